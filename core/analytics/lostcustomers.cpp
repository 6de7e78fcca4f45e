#include "core/analytics/lostcustomers.h"

#include <algorithm>

namespace rapport::analytics {

namespace {
constexpr qint64 LostStage = 4; // core/domain LifecycleStage::Lost
}

std::vector<LostCustomer> lostCustomers(std::span<const qint64> ids,
                                        std::span<const qint64> stages,
                                        std::span<const qint64> lastPurchaseJulianDay,
                                        std::span<const qint64> lastContactAt,
                                        std::span<const qint64> lastOutcome,
                                        const QDate &asOf,
                                        int noPurchaseDays)
{
    const std::size_t n = std::min({ids.size(),
                                    stages.size(),
                                    lastPurchaseJulianDay.size(),
                                    lastContactAt.size(),
                                    lastOutcome.size()});
    const qint64 today = asOf.toJulianDay();
    std::vector<LostCustomer> lost;
    for (std::size_t i = 0; i < n; ++i) {
        const bool bought = lastPurchaseJulianDay[i] > 0;
        const qint64 days = bought ? std::max<qint64>(0, today - lastPurchaseJulianDay[i]) : -1;
        LostCustomer c;
        if (stages[i] == LostStage)
            c.reason = LostReason::Stage;
        else if (bought && days > noPurchaseDays)
            c.reason = LostReason::NoPurchase;
        else
            continue;
        c.id = ids[i];
        c.daysSincePurchase = days;
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
