#include "core/analytics/lostcustomers.h"

#include <algorithm>

namespace rapport::analytics {

namespace {
// The context lupdate files this file's texts under (a free tr() would get another one).
struct LostTexts
{
    Q_DECLARE_TR_FUNCTIONS(LostCustomers)
};
} // namespace

QString lostDefinition(int lostAfterDays)
{
    return LostTexts::tr("Lost: customers who had bought before and then not for more than %n "
                         "day(s); counted in the period in which that limit passed, if they had "
                         "not bought again by its end. The lifecycle stage does not count.",
                         nullptr,
                         lostAfterDays);
}

std::vector<LostCustomer> lostCustomers(std::span<const qint64> ids,
                                        std::span<const qint64> stages,
                                        std::span<const qint64> lastPurchaseJulianDay,
                                        std::span<const qint64> lastContactAt,
                                        std::span<const qint64> lastOutcome,
                                        const QDate &from,
                                        const QDate &to,
                                        int lostAfterDays)
{
    const std::size_t n = std::min({ids.size(),
                                    stages.size(),
                                    lastPurchaseJulianDay.size(),
                                    lastContactAt.size(),
                                    lastOutcome.size()});
    const qint64 first = from.toJulianDay(), last = to.toJulianDay();
    std::vector<LostCustomer> lost;
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 bought = lastPurchaseJulianDay[i];
        if (bought <= 0 || bought > last || !lostDuring(bought, first, last, lostAfterDays))
            continue;
        LostCustomer c;
        c.id = ids[i];
        c.stage = stages[i];
        c.lastPurchase = QDate::fromJulianDay(bought);
        c.lostOn = QDate::fromJulianDay(lostOn(bought, lostAfterDays));
        c.daysSincePurchase = last - bought;
        c.lastContactAt = lastContactAt[i];
        c.lastOutcome = int(lastOutcome[i]);
        lost.push_back(c);
    }
    std::sort(lost.begin(), lost.end(), [](const LostCustomer &a, const LostCustomer &b) {
        return a.lastContactAt != b.lastContactAt ? a.lastContactAt > b.lastContactAt : a.id < b.id;
    });
    return lost;
}

} // namespace rapport::analytics
