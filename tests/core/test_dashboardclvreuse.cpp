// Dashboard::lifetimeValues() takes values fitted before when they were fitted to the same
// purchases (DashboardClv::inputs), and fits again whenever anything the models see changed.
#include "core/analytics/dashboard.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

using namespace rapport::analytics;

qint32 epoch(const QDate &d)
{
    return qint32(d.toJulianDay() - QDate(1970, 1, 1).toJulianDay());
}

const QDate AsOf(2026, 3, 31);

// Thirty customers buying every few weeks since 2024; every third stops early.
DashboardColumns buyers()
{
    DashboardColumns c;
    c.currency = QStringLiteral("EUR");
    c.orderStart.push_back(0);
    const qint32 start = epoch(QDate(2024, 2, 1));
    for (int i = 0; i < 30; ++i) {
        c.ids.push_back(100 + i);
        c.owners.push_back(1);
        c.kinds.push_back(0);
        c.stages.push_back(1);
        const int every = 20 + 3 * (i % 7);
        const int times = i % 3 == 0 ? 3 + i % 4 : (epoch(AsOf) - start) / every;
        for (int k = 0; k < times; ++k) {
            c.orderDays.push_back(start + 2 * i + k * every);
            c.orderAmounts.push_back(2000 + 150 * (i % 6));
        }
        c.orderStart.push_back(quint32(c.orderDays.size()));
    }
    return c;
}

// `c` with one more order of customer `i` on `day` (kept in day order).
DashboardColumns withOrder(DashboardColumns c, std::size_t i, qint32 day, qint64 amount)
{
    const auto begin = c.orderDays.begin() + c.orderStart[i];
    const auto end = c.orderDays.begin() + c.orderStart[i + 1];
    const auto at = std::upper_bound(begin, end, day) - c.orderDays.begin();
    c.orderDays.insert(c.orderDays.begin() + at, day);
    c.orderAmounts.insert(c.orderAmounts.begin() + at, amount);
    for (std::size_t k = i + 1; k < c.orderStart.size(); ++k)
        ++c.orderStart[k];
    return c;
}

// Values no fit gives: where they come back, they were taken, not fitted.
DashboardClv marked(DashboardClv clv)
{
    for (float &v : clv.lifetimeValue)
        v = -7.f;
    return clv;
}

} // namespace

TEST_CASE("dashboard lifetime values are taken again for the same purchases only",
          "[dashboard][clv]")
{
    const DashboardColumns c = buyers();
    const DashboardClv fitted = Dashboard::lifetimeValues(c, AsOf);
    REQUIRE(fitted.fit.has_value());
    REQUIRE(fitted.inputs.size() == 20); // a SHA-1
    CHECK(Dashboard::lifetimeValues(c, AsOf).inputs == fitted.inputs);
    const DashboardClv earlier = marked(fitted);

    SECTION("the same columns take the earlier values")
    {
        const DashboardClv again = Dashboard::lifetimeValues(c, AsOf, nullptr, &earlier);
        CHECK(again.lifetimeValue == earlier.lifetimeValue);
        CHECK(again.inputs == fitted.inputs);
    }
    SECTION("an order after the day changes nothing the models see")
    {
        const DashboardColumns later = withOrder(c, 4, epoch(AsOf) + 1, 9900);
        const DashboardClv again = Dashboard::lifetimeValues(later, AsOf, nullptr, &earlier);
        CHECK(again.lifetimeValue == earlier.lifetimeValue);
    }
    SECTION("a new customer without orders keeps the values and has none")
    {
        DashboardColumns more = c;
        more.ids.push_back(500);
        more.owners.push_back(1);
        more.kinds.push_back(0);
        more.stages.push_back(0);
        more.orderStart.push_back(more.orderStart.back());
        const DashboardClv again = Dashboard::lifetimeValues(more, AsOf, nullptr, &earlier);
        REQUIRE(again.lifetimeValue.size() == more.customers());
        CHECK(again.bought.back() == 0);
        CHECK(again.lifetimeValue.back() == 0.f);
        CHECK(again.lifetimeValue[0] == -7.f);
        // And the values are those a fit of the new columns gives.
        const DashboardClv fresh = Dashboard::lifetimeValues(more, AsOf);
        CHECK(fresh.bought == again.bought);
        CHECK(fresh.probabilityAlive == again.probabilityAlive);
    }
    SECTION("an order up to the day is fitted again, exactly as from nothing")
    {
        for (const qint32 day : {epoch(AsOf), epoch(AsOf) - 40}) {
            const DashboardColumns changed = withOrder(c, 7, day, 4100);
            const DashboardClv again = Dashboard::lifetimeValues(changed, AsOf, nullptr, &earlier);
            const DashboardClv fresh = Dashboard::lifetimeValues(changed, AsOf);
            CHECK(again.inputs != fitted.inputs);
            CHECK(again.inputs == fresh.inputs);
            CHECK(again.lifetimeValue == fresh.lifetimeValue);
            CHECK(again.probabilityAlive == fresh.probabilityAlive);
        }
    }
    SECTION("a refund's amount is not seen, a purchase's amount is")
    {
        // Amounts below zero are left out of the summary; a repeat purchase's amount is its
        // mean spend.
        const DashboardColumns refund = withOrder(c, 2, epoch(AsOf) - 3, -500);
        CHECK(Dashboard::lifetimeValues(refund, AsOf, nullptr, &earlier).lifetimeValue
              == earlier.lifetimeValue);
        DashboardColumns dearer = c;
        dearer.orderAmounts[dearer.orderStart[5] + 1] += 1;
        CHECK(Dashboard::lifetimeValues(dearer, AsOf, nullptr, &earlier).lifetimeValue
              != earlier.lifetimeValue);
    }
    SECTION("another day is fitted for that day")
    {
        const QDate before = AsOf.addDays(-1);
        const DashboardClv other = Dashboard::lifetimeValues(c, before, nullptr, &earlier);
        CHECK(other.asOf == before);
        CHECK(other.lifetimeValue != earlier.lifetimeValue);
        CHECK(other.inputs != fitted.inputs);
    }
}
