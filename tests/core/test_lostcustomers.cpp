#include "core/analytics/lostcustomers.h"

#include <catch2/catch.hpp>

using namespace rapport::analytics;

TEST_CASE("Lost customers: the day the limit without a purchase passes, in the period",
          "[retention][lost]")
{
    const QDate to(2026, 6, 30);
    const QDate from(2026, 4, 2); // 90 days
    const qint64 d = to.toJulianDay();
    // 1: stage lost, never bought (not lost: no purchase to lapse from); 2: bought 500 days
    // before `to`, lost 134 days before it, before the period; 3: bought exactly 365
    // days back (not over the limit yet); 4: a lead who never bought; 5: bought 366 days back,
    // lost on `to` itself; 6: lost on `from` (last purchase 365 + 1 days before it); 7: lost the
    // day before `from`.
    const std::vector<qint64> ids{1, 2, 3, 4, 5, 6, 7};
    const std::vector<qint64> stages{4, 2, 2, 0, 3, 2, 4};
    const qint64 f = from.toJulianDay();
    const std::vector<qint64> last{0, d - 500, d - 365, 0, d - 366, f - 366, f - 367};
    const std::vector<qint64> contact{100, 300, 0, 50, 300, 400, 0};
    const std::vector<qint64> outcome{6, 5, -1, 0, 1, 2, -1};
    const auto lost = lostCustomers(ids, stages, last, contact, outcome, from, to, 365);
    REQUIRE(lost.size() == 2);
    // Most recent contact first.
    CHECK(lost[0].id == 6);
    CHECK(lost[0].lostOn == from);
    CHECK(lost[0].lastPurchase == from.addDays(-366));
    CHECK(lost[0].stage == 2); // the stage is shown, not counted
    CHECK(lost[1].id == 5);
    CHECK(lost[1].lostOn == to);
    CHECK(lost[1].daysSincePurchase == 366);
    CHECK(lost[1].lastOutcome == 1);

    // A longer period ending on the same day holds the shorter one's lost customers and more:
    // over the whole year 2 (lost in February) and 7 (the day before April) count too.
    const auto year = lostCustomers(ids, stages, last, contact, outcome, to.addDays(-364), to, 365);
    CHECK(year.size() == 4);
    // Another limit: 30 days. 3 (365 days back) was lost long before the period.
    CHECK(lostCustomers(ids, stages, last, contact, outcome, from, to, 30).empty());
    CHECK(lostCustomers({}, {}, {}, {}, {}, from, to).empty());

    CHECK(lostOn(100, 365) == 466);
    CHECK(lostDuring(100, 466, 466, 365));
    CHECK_FALSE(lostDuring(100, 467, 500, 365));
    CHECK_FALSE(lostDuring(100, 400, 465, 365));
    CHECK(lostDefinition(365).contains(QStringLiteral("365")));
}
