#include "core/analytics/retention.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::analytics;

namespace {

qint64 at(int y, int m, int d, int hh = 12, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), Qt::UTC).toSecsSinceEpoch();
}

const QDate asOf(2026, 4, 15);
// c1: Jan, Jan, Mar; c2: the last second of January and the first of February; c3: Feb;
// c4: only after asOf (not a customer yet); c5: on asOf.
const std::vector<qint64> buyers{1, 1, 1, 2, 2, 3, 4, 5};
const std::vector<qint64> times{at(2026, 1, 10),
                                at(2026, 1, 20),
                                at(2026, 3, 5),
                                at(2026, 1, 31, 23, 59, 59),
                                at(2026, 2, 1, 0, 0, 0),
                                at(2026, 2, 14),
                                at(2026, 5, 1),
                                at(2026, 4, 15, 23)};

} // namespace

TEST_CASE("Retention: months from Unix seconds", "[retention]")
{
    for (const QDate d : {QDate(2026, 1, 31),
                          QDate(2026, 2, 1),
                          QDate(2024, 2, 29),
                          QDate(2000, 3, 1),
                          QDate(1970, 1, 1),
                          QDate(1969, 12, 31),
                          QDate(2100, 12, 31)}) {
        const qint64 noon = QDateTime(d, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 last = QDateTime(d, QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
        CHECK(monthOfUnixSeconds(noon) == monthIndex(d));
        CHECK(monthOfUnixSeconds(last) == monthIndex(d));
        CHECK(monthStart(monthIndex(d)) == QDate(d.year(), d.month(), 1));
    }
}

TEST_CASE("Retention: hand-computed cohorts", "[retention]")
{
    auto r = retention(buyers, times, {}, {}, asOf, 2);
    REQUIRE(r.ok());
    const CohortTable &t = r->cohorts;
    CHECK(t.firstMonth == monthIndex(QDate(2026, 1, 1)));
    CHECK(t.lastMonth == monthIndex(asOf));
    CHECK(r->customers == 4); // c4 bought only after asOf
    // Cohorts Jan {c1, c2}, Feb {c3}, Mar {}, Apr {c5}.
    CHECK(t.sizes == std::vector<qint64>{2, 1, 0, 1});
    // Jan: both in Jan, c2 in Feb, c1 in Mar, nobody in Apr. Feb: c3 only in its first month.
    CHECK(t.active[0] == std::vector<qint64>{2, 1, 1, 0});
    CHECK(t.active[1] == std::vector<qint64>{1, 0, 0});
    CHECK(t.active[2] == std::vector<qint64>{0, 0});
    CHECK(t.active[3] == std::vector<qint64>{1});
    CHECK(t.share(0, 1) == Approx(0.5));
    CHECK(t.share(0, 0) == Approx(1.0));
    CHECK_FALSE(t.share(2, 0).has_value()); // an empty cohort: no share, not NaN
    CHECK_FALSE(t.share(1, 3).has_value()); // after asOf

    SECTION("any interaction counts as activity")
    {
        // c3 called in March; c1 in December (before the first purchase: ignored) and in April;
        // c9 never bought (ignored).
        const std::vector<qint64> who{3, 1, 1, 9};
        const std::vector<qint64> when{at(2026, 3, 2),
                                       at(2025, 12, 1),
                                       at(2026, 4, 1),
                                       at(2026, 2, 1)};
        auto any = retention(buyers, times, who, when, asOf, 2);
        REQUIRE(any.ok());
        CHECK(any->cohorts.active[0] == std::vector<qint64>{2, 1, 1, 1});
        CHECK(any->cohorts.active[1] == std::vector<qint64>{1, 1, 0});
        CHECK(any->cohorts.sizes == t.sizes);
    }
}

TEST_CASE("Retention: retention and churn per calendar month", "[retention]")
{
    SECTION("a two-month window")
    {
        // Active when a purchase fell in this month or the one before: c1 Jan-Apr, c2 Jan-Mar,
        // c3 Feb-Mar, c5 Apr. Active 2, 3, 3, 2.
        auto r = retention(buyers, times, {}, {}, asOf, 2);
        REQUIRE(r.ok());
        REQUIRE(r->months.size() == 4);
        const auto &jan = r->months[0];
        CHECK(jan.active == 2);
        CHECK(jan.acquired == 2);
        CHECK_FALSE(jan.retentionRate().has_value());
        const auto &feb = r->months[1];
        CHECK(feb.activeAtStart == 2);
        CHECK(feb.retained == 2);
        CHECK(feb.acquired == 1);
        CHECK(feb.active == 3);
        CHECK(feb.retentionRate() == Approx(1.0));
        const auto &apr = r->months[3];
        CHECK(apr.activeAtStart == 3);
        CHECK(apr.retained == 1); // c1
        CHECK(apr.churned == 2);  // c2, c3
        CHECK(apr.acquired == 1); // c5
        CHECK(apr.reactivated == 0);
        CHECK(apr.retentionRate() == Approx(1.0 / 3.0));
        CHECK(apr.churnRate() == Approx(2.0 / 3.0));
    }
    SECTION("a one-month window: a reactivation")
    {
        // Active only in purchase months: Jan {c1, c2}, Feb {c2, c3}, Mar {c1}, Apr {c5}.
        auto r = retention(buyers, times, {}, {}, asOf, 1);
        REQUIRE(r.ok());
        const auto &feb = r->months[1];
        CHECK(feb.retained == 1);
        CHECK(feb.churned == 1);
        const auto &mar = r->months[2];
        CHECK(mar.activeAtStart == 2);
        CHECK(mar.retained == 0);
        CHECK(mar.churned == 2);
        CHECK(mar.reactivated == 1); // c1
        CHECK(mar.active == 1);
        for (const auto &m : r->months) {
            CHECK(m.retained + m.churned == m.activeAtStart);
            CHECK(m.retained + m.acquired + m.reactivated == m.active);
        }
    }
}

TEST_CASE("Retention: edge cases", "[retention]")
{
    SECTION("no purchases: an error")
    {
        auto r = retention({}, {}, {}, {}, asOf);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QLatin1String("no purchases")));
    }
    SECTION("one customer, all orders on one day")
    {
        const std::vector<qint64> one{7, 7, 7};
        const std::vector<qint64> day{at(2026, 4, 2, 9), at(2026, 4, 2, 10), at(2026, 4, 2, 11)};
        auto r = retention(one, day, {}, {}, asOf);
        REQUIRE(r.ok());
        CHECK(r->cohorts.sizes == std::vector<qint64>{1});
        CHECK(r->cohorts.active[0] == std::vector<qint64>{1});
        CHECK(r->months.size() == 1);
        CHECK(r->months[0].acquired == 1);
    }
}
