#pragma once

#include <QDate>

#include <span>
#include <vector>

namespace rapport::analytics {

// Why a customer counts as lost.
enum class LostReason : quint8 {
    Stage,      // the lifecycle stage says lost
    NoPurchase, // bought before, but not for longer than the limit
};

struct LostCustomer
{
    qint64 id = 0;
    LostReason reason = LostReason::Stage;
    qint64 daysSincePurchase = -1; // -1: never bought
    qint64 lastContactAt = 0;      // Unix seconds of the last interaction; 0: none
    int lastOutcome = -1;          // its outcome (core/domain Outcome); -1: none
};

// The lost customers as of a day: the lifecycle stage is `lost` (stage code 4), or the last
// purchase lies more than `noPurchaseDays` days back. Customers who never bought and are not
// marked lost are leads, not lost. Parallel columns; lastPurchaseJulianDay 0 for none. The list
// comes out with the most recent contact first (ties by id), the order in which a manager would
// call them back.
std::vector<LostCustomer> lostCustomers(std::span<const qint64> ids,
                                        std::span<const qint64> stages,
                                        std::span<const qint64> lastPurchaseJulianDay,
                                        std::span<const qint64> lastContactAt,
                                        std::span<const qint64> lastOutcome,
                                        const QDate &asOf,
                                        int noPurchaseDays);

} // namespace rapport::analytics
