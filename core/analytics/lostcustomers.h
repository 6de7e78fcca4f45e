#pragma once

#include <QCoreApplication>
#include <QDate>

#include <span>
#include <vector>

namespace rapport::analytics {

// What "lost" means, everywhere (the dashboard's tile and its drill-down list, `rapport-cli
// report lost`): a customer who has bought before and then not for more than `lostAfterDays`
// days (365 unless said otherwise) is lost from the first day past that limit. A customer is
// "lost in a period" when that day falls in the period and they had not bought again by the
// period's end. So a longer period ending on the same day always holds at least the lost
// customers of a shorter one, and a customer who buys every few months is never lost.
// Purchases are standing orders (open or fulfilled) with a positive total in the currency money
// is counted in. The lifecycle stage does not decide: it carries no date, so "marked lost" could
// not be placed in a period; the report shows it next to each customer.
inline constexpr int DefaultLostAfterDays = 365;

// The day on which a customer whose last purchase was on `lastPurchaseDay` becomes lost (any day
// numbering: Julian days or days since 1970).
constexpr qint64 lostOn(qint64 lastPurchaseDay, int lostAfterDays)
{
    return lastPurchaseDay + qint64(lostAfterDays) + 1;
}

// Lost in [from, to]: `lastPurchaseDay` must be the last purchase up to `to`.
constexpr bool lostDuring(qint64 lastPurchaseDay, qint64 from, qint64 to, int lostAfterDays)
{
    const qint64 day = lostOn(lastPurchaseDay, lostAfterDays);
    return day >= from && day <= to;
}

// The definition in one translated sentence, for the tile's tooltip and the CLI.
QString lostDefinition(int lostAfterDays = DefaultLostAfterDays);

struct LostCustomer
{
    qint64 id = 0;
    qint64 stage = 0;             // the lifecycle stage (core/domain LifecycleStage), for reading
    QDate lastPurchase;           // the last purchase up to the period's end
    QDate lostOn;                 // lostOn(lastPurchase)
    qint64 daysSincePurchase = 0; // at the period's end
    qint64 lastContactAt = 0;     // Unix seconds of the last interaction; 0: none
    int lastOutcome = -1;         // its outcome (core/domain Outcome); -1: none
};

// The customers lost in [from, to]. Parallel columns; lastPurchaseJulianDay is the last purchase
// up to `to`, 0 for none (never bought: a lead, not lost). The list comes out with the most
// recent contact first (ties by id), the order in which a manager would call them back.
std::vector<LostCustomer> lostCustomers(std::span<const qint64> ids,
                                        std::span<const qint64> stages,
                                        std::span<const qint64> lastPurchaseJulianDay,
                                        std::span<const qint64> lastContactAt,
                                        std::span<const qint64> lastOutcome,
                                        const QDate &from,
                                        const QDate &to,
                                        int lostAfterDays = DefaultLostAfterDays);

} // namespace rapport::analytics
