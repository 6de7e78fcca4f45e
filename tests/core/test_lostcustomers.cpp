#include "core/analytics/lostcustomers.h"

#include <catch2/catch.hpp>

using namespace rapport::analytics;

TEST_CASE("Lost customers: the stage or a long time without a purchase", "[retention]")
{
    const QDate asOf(2026, 6, 30);
    const qint64 d = asOf.toJulianDay();
    // 1: stage lost, never bought; 2: active, bought 400 days ago; 3: active, bought exactly 365
    // days ago (not over the limit); 4: a lead who never bought; 5: lapsed, 366 days.
    const std::vector<qint64> ids{1, 2, 3, 4, 5};
    const std::vector<qint64> stages{4, 2, 2, 0, 3};
    const std::vector<qint64> last{0, d - 400, d - 365, 0, d - 366};
    const std::vector<qint64> contact{100, 300, 0, 50, 300};
    const std::vector<qint64> outcome{6, 5, -1, 0, 1};
    const auto lost = lostCustomers(ids, stages, last, contact, outcome, asOf, 365);
    REQUIRE(lost.size() == 3);
    // Most recent contact first; 2 and 5 tie at 300, by id.
    CHECK(lost[0].id == 2);
    CHECK(lost[0].reason == LostReason::NoPurchase);
    CHECK(lost[0].daysSincePurchase == 400);
    CHECK(lost[0].lastOutcome == 5);
    CHECK(lost[1].id == 5);
    CHECK(lost[1].daysSincePurchase == 366);
    CHECK(lost[2].id == 1);
    CHECK(lost[2].reason == LostReason::Stage);
    CHECK(lost[2].daysSincePurchase == -1);
    CHECK(lostCustomers({}, {}, {}, {}, {}, asOf, 365).empty());
}
