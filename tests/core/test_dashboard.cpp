#include "core/analytics/dashboard.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace rapport;
using namespace rapport::analytics;

namespace {

qint32 day(int y, int m, int d)
{
    return qint32(QDate(y, m, d).toJulianDay() - 2440588);
}

qint64 seconds(int y, int m, int d)
{
    return qint64(day(y, m, d)) * 86400 + 3600;
}

// Five customers around the period 2026-01-01 .. 2026-03-31 (90 days; the previous period is
// 2025-10-03 .. 2025-12-31 and the one before 2025-07-05 .. 2025-10-02):
//   10 (owner 1, person): 2025-08-01 +100, 2025-11-15 +200, 2026-02-01 +300 and -50 (a refund)
//   20 (owner 1, organisation): 2025-11-20 +500               -> lost on 2026-11-21
//   30 (owner 2, person): 2026-01-10 +1000                    -> new in the period
//   40 (nobody's, person): no orders
//   50 (owner 2, person): 2025-09-01 +40, 2026-03-31 +60     -> back on the last day
// Cases: 20 a complaint opened 2025-12-01, still open; 30 a complaint 2026-01-15 resolved
// 2026-02-01; 10 a service request opened 2026-02-10, open.
DashboardColumns shop()
{
    DashboardColumns c;
    c.currency = QStringLiteral("EUR");
    c.ids = {10, 20, 30, 40, 50};
    c.owners = {1, 1, 2, 0, 2};
    c.kinds = {0, 1, 0, 0, 0};
    c.stages = {2, 2, 2, 0, 2};
    c.orderStart = {0, 4, 5, 6, 6, 8};
    c.orderDays = {day(2025, 8, 1),
                   day(2025, 11, 15),
                   day(2026, 2, 1),
                   day(2026, 2, 1),
                   day(2025, 11, 20),
                   day(2026, 1, 10),
                   day(2025, 9, 1),
                   day(2026, 3, 31)};
    c.orderAmounts = {100, 200, 300, -50, 500, 1000, 40, 60};
    c.caseCustomers = {1, 2, 0};
    c.caseKinds = {0, 0, 1};
    c.caseOwners = {1, 2, 1};
    c.caseOpened = {seconds(2025, 12, 1), seconds(2026, 1, 15), seconds(2026, 2, 10)};
    c.caseResolved = {0, seconds(2026, 2, 1), 0};
    c.activityAgents = {1, 1, 2};
    c.activityChannels = {0, 1, 0};
    c.activityWeeks = {weekOf(QDate(2026, 1, 5)),
                       weekOf(QDate(2026, 1, 5)),
                       weekOf(QDate(2026, 3, 2))};
    c.activityKinds = {0, 1, 0};
    c.activityCounts = {3, 2, 4};
    // Surveys: 10 answered 3 (2025-01-01) then 9 (2026-02-01); 30 4; 40 8; 50 only after the
    // period.
    c.surveyCustomers = {0, 0, 2, 3, 4};
    c.surveyDays
        = {day(2025, 1, 1), day(2026, 2, 1), day(2026, 3, 1), day(2026, 1, 5), day(2026, 4, 15)};
    c.surveyScores = {3, 9, 4, 8, 10};
    c.userIds = {1, 2};
    c.userNames = {QStringLiteral("Rita Rep"), QStringLiteral("Sam Service")};
    return c;
}

DashboardFilters quarter()
{
    DashboardFilters f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 3, 31);
    return f;
}

double kpi(const DashboardResult &r, Kpi k)
{
    const auto &v = r.kpis[std::size_t(k)].current;
    REQUIRE(v.has_value());
    return *v;
}

double previous(const DashboardResult &r, Kpi k)
{
    const auto &v = r.kpis[std::size_t(k)].previous;
    REQUIRE(v.has_value());
    return *v;
}

std::vector<qint64> customers(const DashboardResult &r, Kpi k)
{
    return r.kpis[std::size_t(k)].customers;
}

// Enough repeat buyers for the lifetime value model: `count` customers buying about monthly since
// early 2024; the even ones stop after a few purchases (they dropped out), the odd ones keep
// buying.
DashboardColumns repeatBuyers(int count)
{
    DashboardColumns c;
    c.currency = QStringLiteral("EUR");
    c.orderStart.push_back(0);
    for (int i = 0; i < count; ++i) {
        c.ids.push_back(i + 1);
        c.owners.push_back(0);
        c.kinds.push_back(0);
        c.stages.push_back(2);
        const int gap = 25 + i % 9;
        const int purchases = i % 2 == 0 ? 2 + i % 5
                                         : (day(2026, 3, 31) - day(2024, 1, 1)) / gap - 1;
        for (int k = 0; k < purchases; ++k) {
            c.orderDays.push_back(day(2024, 1, 1) + i + k * gap);
            c.orderAmounts.push_back(1000 + 100 * (i % 5));
        }
        c.orderStart.push_back(quint32(c.orderDays.size()));
    }
    return c;
}

} // namespace

TEST_CASE("dashboard KPIs against the previous period, by hand", "[dashboard]")
{
    const DashboardColumns c = shop();
    auto r = Dashboard::compute(c, quarter(), nullptr);
    REQUIRE(r.ok());
    CHECK(r->population == 5);
    CHECK(quarter().previousFrom() == QDate(2025, 10, 3));
    CHECK(quarter().previousTo() == QDate(2025, 12, 31));

    // Bought in the period: 10, 30, 50; in the previous one: 10, 20.
    CHECK(kpi(*r, Kpi::ActiveCustomers) == 3);
    CHECK(previous(*r, Kpi::ActiveCustomers) == 2);
    CHECK(customers(*r, Kpi::ActiveCustomers) == std::vector<qint64>{10, 30, 50});
    // First purchase in the period: 30; in the previous one: 20.
    CHECK(kpi(*r, Kpi::NewCustomers) == 1);
    CHECK(previous(*r, Kpi::NewCustomers) == 1);
    CHECK(customers(*r, Kpi::NewCustomers) == std::vector<qint64>{30});
    // Lost (365 days without a purchase): nobody's year is over by 2026-03-31, nor by the
    // previous period's end. 20, who last bought on 2025-11-20, is lost on 2026-11-21: in the
    // last two months of 2026 and in the 12 months to the end of 2026, not in October, and not
    // in the 12 months to 2026-11-20, whose end it has not reached.
    CHECK(kpi(*r, Kpi::LostCustomers) == 0);
    CHECK(previous(*r, Kpi::LostCustomers) == 0);
    CHECK(customers(*r, Kpi::LostCustomers).empty());
    DashboardFilters late;
    late.from = QDate(2026, 11, 1);
    late.to = QDate(2026, 12, 31);
    auto lateResult = Dashboard::compute(c, late, nullptr);
    REQUIRE(lateResult.ok());
    CHECK(customers(*lateResult, Kpi::LostCustomers) == std::vector<qint64>{20});
    CHECK(kpi(*lateResult, Kpi::LostCustomers) == 1);
    CHECK(previous(*lateResult, Kpi::LostCustomers) == 0); // 2026-09-01 .. 2026-10-31
    auto year = Dashboard::compute(c, DashboardFilters::lastYear(late.to), nullptr);
    REQUIRE(year.ok());
    CHECK(customers(*year, Kpi::LostCustomers) == std::vector<qint64>{20});
    late.to = QDate(2026, 11, 20);
    late.from = QDate(2026, 10, 1);
    CHECK(customers(Dashboard::compute(c, late, nullptr).value(), Kpi::LostCustomers).empty());
    CHECK(customers(Dashboard::compute(c, DashboardFilters::lastYear(late.to), nullptr).value(),
                    Kpi::LostCustomers)
              .empty());
    // Retention: 1 of the 2 previous buyers (10) bought again; before: 10 of {10, 50}.
    CHECK(kpi(*r, Kpi::RetentionRate) == Approx(0.5));
    CHECK(previous(*r, Kpi::RetentionRate) == Approx(0.5));
    // Revenue net of the refund: 300 - 50 + 1000 + 60; before: 200 + 500.
    CHECK(kpi(*r, Kpi::Revenue) == 1310);
    CHECK(previous(*r, Kpi::Revenue) == 700);
    // Open complaints at the end of each period: 20's (30's was resolved, 10's is a request).
    CHECK(kpi(*r, Kpi::OpenComplaints) == 1);
    CHECK(previous(*r, Kpi::OpenComplaints) == 1);
    CHECK(customers(*r, Kpi::OpenComplaints) == std::vector<qint64>{20});
    // No CLV given: no value, a note in the panel.
    CHECK_FALSE(r->kpis[std::size_t(Kpi::AverageClv)].current.has_value());
    CHECK_FALSE(r->clv.message.isEmpty());
}

TEST_CASE("dashboard Pareto, RFM and drill-downs follow the filters", "[dashboard]")
{
    const DashboardColumns c = shop();
    auto r = Dashboard::compute(c, quarter(), nullptr);
    REQUIRE(r.ok());
    REQUIRE(r->pareto.result.has_value());
    CHECK(r->pareto.result->ids == std::vector<qint64>{30, 10, 50});
    CHECK(r->pareto.result->total == 1310);
    CHECK(Dashboard::rankedCustomers(*r, 0, 1).ids == std::vector<qint64>{10, 30});
    CHECK(Dashboard::rankedCustomers(*r, 2, 99).ids == std::vector<qint64>{50});
    CHECK(Dashboard::rankedCustomers(*r, 5, 9).ids.empty());

    REQUIRE(r->rfm.result.has_value());
    CHECK(r->rfm.result->ids.size() == 3);
    CHECK(r->segments[1] == -1); // 20 did not buy in the period
    CHECK(r->segments[3] == -1); // 40 never bought
    const auto segment = RfmSegment(r->segments[2]);
    const auto inSegment = Dashboard::segmentCustomers(*r, segment).ids;
    CHECK(std::find(inSegment.begin(), inSegment.end(), 30) != inSegment.end());

    SECTION("a segment narrows every panel to its customers")
    {
        DashboardFilters f = quarter();
        f.segment = segment;
        auto s = Dashboard::compute(c, f, nullptr);
        REQUIRE(s.ok());
        CHECK(s->population == qint64(inSegment.size()));
        CHECK(customers(*s, Kpi::ActiveCustomers) == inSegment);
        CHECK(customers(*s, Kpi::LostCustomers).empty());
    }
    SECTION("an owner")
    {
        DashboardFilters f = quarter();
        f.ownerId = 1;
        auto s = Dashboard::compute(c, f, nullptr);
        REQUIRE(s.ok());
        CHECK(s->population == 2);
        CHECK(kpi(*s, Kpi::Revenue) == 250);
        CHECK(customers(*s, Kpi::ActiveCustomers) == std::vector<qint64>{10});
        // The activity panel shows that agent's work only.
        CHECK(s->activity.activity.agents == std::vector<qint64>{1});
        CHECK(s->activity.agentNames == std::vector<QString>{QStringLiteral("Rita Rep")});
    }
    SECTION("a kind with no orders in the period: a message, not a chart")
    {
        DashboardFilters f = quarter();
        f.kind = 1;
        auto s = Dashboard::compute(c, f, nullptr);
        REQUIRE(s.ok());
        CHECK(s->population == 1);
        CHECK(kpi(*s, Kpi::ActiveCustomers) == 0);
        CHECK(kpi(*s, Kpi::RetentionRate) == 0);
        CHECK_FALSE(s->pareto.result.has_value());
        CHECK_FALSE(s->pareto.message.isEmpty());
        CHECK_FALSE(s->rfm.result.has_value());
    }
    SECTION("service load ranks the customers who bought or opened a case")
    {
        DashboardFilters f = quarter();
        f.paretoMeasure = ParetoMeasure::ServiceLoad;
        auto s = Dashboard::compute(c, f, nullptr);
        REQUIRE(s.ok());
        REQUIRE(s->pareto.result.has_value());
        // 10's service request and 30's complaint were opened in the period; equal loads rank
        // by id.
        CHECK(s->pareto.result->ids == std::vector<qint64>{10, 30, 50});
        CHECK(s->pareto.result->total == 2);
    }
}

TEST_CASE("dashboard team activity per agent, by hand", "[dashboard]")
{
    auto r = Dashboard::compute(shop(), quarter(), nullptr);
    REQUIRE(r.ok());
    const ActivityPanel &a = r->activity;
    REQUIRE(a.activity.agents == std::vector<qint64>{1, 2});
    CHECK(a.agentNames
          == std::vector<QString>{QStringLiteral("Rita Rep"), QStringLiteral("Sam Service")});
    // Rita: 3 + 2 interactions; Sam: 4.
    CHECK(a.activity.agentTotal(0) == 5);
    CHECK(a.activity.agentTotal(1) == 4);
    // Rita owns 20's complaint (opened before the period) and 10's request (opened in it, open);
    // Sam owns 30's complaint, opened 2026-01-15 and resolved 2026-02-01: 17 days = 408 hours.
    CHECK(a.agentCasesOpened == std::vector<qint64>{1, 1});
    CHECK(a.agentCasesResolved == std::vector<qint64>{0, 1});
    CHECK_FALSE(a.agentMedianHoursToResolve[0].has_value());
    REQUIRE(a.agentMedianHoursToResolve[1].has_value());
    CHECK(*a.agentMedianHoursToResolve[1] == Approx(408.0));
}

TEST_CASE("dashboard cohorts and the customers behind a cell", "[dashboard]")
{
    const DashboardColumns c = shop();
    auto r = Dashboard::compute(c, quarter(), nullptr);
    REQUIRE(r.ok());
    REQUIRE(r->cohorts.result.has_value());
    const CohortTable &t = r->cohorts.result->cohorts;
    CHECK(monthStart(t.firstMonth) == QDate(2025, 8, 1));
    CHECK(monthStart(t.lastMonth) == QDate(2026, 3, 1));
    // Cohorts: 2025-08 {10}, 2025-09 {50}, 2025-11 {20}, 2026-01 {30}.
    CHECK(t.sizes == std::vector<qint64>{1, 1, 0, 1, 0, 1, 0, 0});
    CHECK(t.active[0] == std::vector<qint64>{1, 0, 0, 1, 0, 0, 1, 0});
    CHECK(Dashboard::cohortCustomers(c, *r, 0, 3).ids == std::vector<qint64>{10});
    CHECK(Dashboard::cohortCustomers(c, *r, 0, 6).ids == std::vector<qint64>{10});
    CHECK(Dashboard::cohortCustomers(c, *r, 0, 1).ids.empty());
    CHECK(Dashboard::cohortCustomers(c, *r, 1, 6).ids == std::vector<qint64>{50});
    CHECK(Dashboard::cohortCustomers(c, *r, 3, 0).ids == std::vector<qint64>{20});
    CHECK(Dashboard::cohortCustomers(c, *r, 9, 0).ids.empty());
    CHECK(Dashboard::cohortCustomers(c, *r, 0, 99).ids.empty());
}

TEST_CASE("dashboard lifetime values feed the CLV panel and tile", "[dashboard]")
{
    const DashboardColumns c = repeatBuyers(40);
    const DashboardFilters f = quarter();
    const DashboardClv clv = Dashboard::lifetimeValues(c, f.to);
    REQUIRE(clv.fit.has_value());
    CHECK(std::isfinite(clv.fit->logLikelihood));
    for (std::size_t i = 0; i < c.customers(); ++i) {
        CHECK(clv.bought[i] == 1);
        CHECK(clv.probabilityAlive[i] >= 0.f);
        CHECK(clv.probabilityAlive[i] <= 1.f);
        CHECK(std::isfinite(clv.lifetimeValue[i]));
    }
    auto r = Dashboard::compute(c, f, &clv);
    REQUIRE(r.ok());
    REQUIRE(r->clv.fit.has_value());
    CHECK(r->clv.customers == 40);
    qint64 binned = 0;
    for (qint64 n : r->clv.counts)
        binned += n;
    CHECK(binned == 40);
    CHECK(r->clv.edges.size() == r->clv.counts.size() + 1);
    CHECK(r->clv.average == Approx(r->clv.total / 40));
    for (const auto &s : r->clv.slipping)
        CHECK(s.probabilityAlive < 0.5);
    // The tile and the tab show one number: the mean over everyone who bought by the period's
    // end (40 here, though only the odd ones bought in the period), and the tile's list holds
    // exactly them.
    const auto &tile = r->kpis[std::size_t(Kpi::AverageClv)];
    REQUIRE(tile.current.has_value());
    CHECK(*tile.current == r->clv.average);
    CHECK(tile.customers.size() == 40);
    CHECK(kpi(*r, Kpi::ActiveCustomers) < 40);
    double sum = 0;
    for (float v : clv.lifetimeValue)
        sum += double(v);
    CHECK(*tile.current == Approx(sum / 40).epsilon(1e-12));
    // With a filter both follow it: the persons are all 40, the owner 0's too; kind 1 none.
    DashboardFilters odd = f;
    odd.kind = 1;
    auto none = Dashboard::compute(c, odd, &clv);
    REQUIRE(none.ok());
    CHECK_FALSE(none->kpis[std::size_t(Kpi::AverageClv)].current.has_value());
    CHECK(none->clv.customers == 0);
    // A CLV of another day is not used.
    auto other = Dashboard::compute(c, DashboardFilters::lastYear(QDate(2025, 6, 30)), &clv);
    REQUIRE(other.ok());
    CHECK_FALSE(other->clv.fit.has_value());
}

TEST_CASE("dashboard lifetime values added to finished panels equal a whole computation",
          "[dashboard]")
{
    // Repeat buyers under three owners, some organisations, and a refund each where there are
    // four orders, so past values differ from revenue.
    DashboardColumns c = repeatBuyers(60);
    for (std::size_t i = 0; i < c.customers(); ++i) {
        c.owners[i] = qint32(i % 3);
        c.kinds[i] = quint8(i % 4 == 0);
        if (c.orderStart[i + 1] - c.orderStart[i] >= 4)
            c.orderAmounts[c.orderStart[i] + 3] = -500;
    }
    const DashboardFilters f = quarter();
    const DashboardClv clv = Dashboard::lifetimeValues(c, f.to);
    const DashboardClv previous = Dashboard::lifetimeValues(c, f.previousTo());
    REQUIRE(clv.fit.has_value());
    REQUIRE(previous.fit.has_value());
    DashboardFilters owner = f;
    owner.ownerId = 1;
    DashboardFilters organisations = f;
    organisations.kind = 1;
    for (const DashboardFilters &filters : {f, owner, organisations}) {
        auto whole = Dashboard::compute(c, filters, &clv, &previous);
        auto panels = Dashboard::compute(c, filters, nullptr, nullptr);
        REQUIRE(whole);
        REQUIRE(panels);
        CHECK_FALSE(panels->clv.fit.has_value());
        // While the models are fitted again the panel and tile on show stay, marked; the
        // fitted ones then replace them entirely.
        DashboardResult kept = *panels;
        Dashboard::keepLifetimeValuesWhileUpdating(kept, *whole);
        CHECK(kept.clv.updating);
        CHECK(kept.clv.customers == whole->clv.customers);
        CHECK(kept.kpis[std::size_t(Kpi::AverageClv)].current
              == whole->kpis[std::size_t(Kpi::AverageClv)].current);
        CHECK(kept.kpis[std::size_t(Kpi::ActiveCustomers)].current
              == panels->kpis[std::size_t(Kpi::ActiveCustomers)].current);
        const DashboardResult added = Dashboard::withLifetimeValues(c,
                                                                    filters == organisations
                                                                        ? *panels
                                                                        : kept,
                                                                    &clv,
                                                                    &previous);
        CHECK_FALSE(added.clv.updating);
        for (std::size_t k = 0; k < whole->kpis.size(); ++k) {
            INFO("kpi " << k);
            CHECK(added.kpis[k].current == whole->kpis[k].current);
            CHECK(added.kpis[k].previous == whole->kpis[k].previous);
            CHECK(added.kpis[k].customers == whole->kpis[k].customers);
            CHECK(added.kpis[k].values == whole->kpis[k].values);
            CHECK(added.kpis[k].figure == whole->kpis[k].figure);
        }
        REQUIRE(added.clv.fit.has_value());
        CHECK(added.clv.customers == whole->clv.customers);
        CHECK(added.clv.total == whole->clv.total);
        CHECK(added.clv.average == whole->clv.average);
        CHECK(added.clv.edges == whole->clv.edges);
        CHECK(added.clv.counts == whole->clv.counts);
        REQUIRE(added.clv.slipping.size() == whole->clv.slipping.size());
        for (std::size_t k = 0; k < added.clv.slipping.size(); ++k) {
            CHECK(added.clv.slipping[k].id == whole->clv.slipping[k].id);
            CHECK(added.clv.slipping[k].pastValue == whole->clv.slipping[k].pastValue);
        }
        CHECK(added.population == whole->population);
    }
}

TEST_CASE("dashboard on nothing, or a bad period", "[dashboard]")
{
    DashboardColumns empty;
    empty.orderStart = {0};
    auto r = Dashboard::compute(empty, quarter(), nullptr);
    REQUIRE(r.ok());
    CHECK(r->population == 0);
    CHECK(kpi(*r, Kpi::ActiveCustomers) == 0);
    CHECK(kpi(*r, Kpi::Revenue) == 0);
    CHECK_FALSE(r->kpis[std::size_t(Kpi::RetentionRate)].current.has_value());
    CHECK_FALSE(r->pareto.message.isEmpty());
    CHECK_FALSE(r->rfm.message.isEmpty());
    CHECK_FALSE(r->cohorts.message.isEmpty());
    const DashboardClv clv = Dashboard::lifetimeValues(empty, quarter().to);
    CHECK_FALSE(clv.fit.has_value());
    CHECK_FALSE(clv.message.isEmpty());

    DashboardFilters backwards = quarter();
    std::swap(backwards.from, backwards.to);
    CHECK(Dashboard::compute(shop(), backwards, nullptr).error().kind() == Error::Kind::Validation);

    analytics::CancelFlag stop{true};
    CHECK(Dashboard::compute(shop(), quarter(), nullptr, nullptr, &stop).error().kind()
          == Error::Kind::Cancelled);
}

TEST_CASE("dashboard satisfaction quadrant over the newest answers, by hand", "[dashboard]")
{
    auto r = Dashboard::compute(shop(), quarter(), nullptr);
    REQUIRE(r.ok());
    const SatisfactionPanel &s = r->satisfaction;
    // Scored up to the period's end, worth their net revenue in the 12 months to it (from
    // 2025-04-01), whatever the period: 10 (newest 9, worth 100 + 200 + 300 - 50 = 550), 30 (4,
    // 1000), 40 (8, 0). The median of those worth something is 775: 30 is high value, 10 and 40
    // (worth nothing) low.
    CHECK(s.answered == 3);
    CHECK(s.valueFrom == QDate(2025, 4, 1));
    CHECK(s.highValueFrom == 775.0);
    CHECK(s.customers[0].empty());                        // advocates
    CHECK(s.customers[1] == std::vector<qint64>{30});     // vulnerable
    CHECK(s.customers[2] == std::vector<qint64>{10, 40}); // growth potential
    CHECK(s.customers[3].empty());                        // saboteurs
    CHECK(s.value[1] == 1000);
    CHECK(s.value[2] == 550);

    // A month in which nobody who answered bought: the value still separates them (it is the
    // 12 months'), where the month's revenue would be 0 for everyone.
    DashboardFilters march;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 3, 30);
    auto quiet = Dashboard::compute(shop(), march, nullptr);
    REQUIRE(quiet.ok());
    CHECK(kpi(*quiet, Kpi::Revenue) == 0);
    CHECK(quiet->satisfaction.highValueFrom == 775.0);
    CHECK(quiet->satisfaction.customers[1] == std::vector<qint64>{30});
    CHECK(quiet->satisfaction.value[2] == 550);
    // One promoter (10), one detractor (30), one passive (40): NPS 0.
    REQUIRE(s.nps.has_value());
    CHECK(*s.nps == Approx(0.0).margin(1e-9));

    DashboardFilters f = quarter();
    f.kind = 1; // the organisation answered nothing
    auto none = Dashboard::compute(shop(), f, nullptr);
    REQUIRE(none.ok());
    CHECK(none->satisfaction.answered == 0);
    CHECK_FALSE(none->satisfaction.message.isEmpty());
}

TEST_CASE("dashboard panels say which periods are still running as of the last day", "[dashboard]")
{
    CHECK_FALSE(monthRunning(QDate(2026, 3, 31)));
    CHECK(monthRunning(QDate(2026, 3, 30)));
    CHECK_FALSE(monthRunning(QDate(2028, 2, 29)));
    CHECK(weekRunning(QDate(2026, 12, 5)));       // a Saturday
    CHECK_FALSE(weekRunning(QDate(2026, 12, 6))); // a Sunday
    CHECK_FALSE(monthRunning(QDate()));

    // 2026-01-01 .. 2026-03-31: March is over; the period starts on a Thursday and ends on a
    // Tuesday, so both of its end weeks are partial.
    auto r = Dashboard::compute(shop(), quarter(), nullptr);
    REQUIRE(r.ok());
    CHECK_FALSE(r->cohorts.lastMonthRunning);
    CHECK(r->activity.lastWeekRunning);
    CHECK(r->activity.firstWeekPartial);

    // 2025-12-29 (a Monday) .. 2026-03-29 (a Sunday, two days before the month's end).
    DashboardFilters f;
    f.from = QDate(2025, 12, 29);
    f.to = QDate(2026, 3, 29);
    auto s = Dashboard::compute(shop(), f, nullptr);
    REQUIRE(s.ok());
    CHECK(s->cohorts.lastMonthRunning);
    CHECK_FALSE(s->activity.lastWeekRunning);
    CHECK_FALSE(s->activity.firstWeekPartial);
}

TEST_CASE("every drill-down carries the figure that put its customers there, by hand",
          "[dashboard][drilldown]")
{
    const DashboardColumns c = shop();
    auto r = Dashboard::compute(c, quarter(), nullptr);
    REQUIRE(r.ok());
    using Kind = CustomerFigure::Kind;
    const auto figureOf = [&r](Kpi k) { return r->kpis[std::size_t(k)].figure; };
    const auto valuesOf = [&r](Kpi k) { return r->kpis[std::size_t(k)].values; };
    using Values = std::vector<double>;

    // Revenue in the period, net: 10 300 - 50, 30 1000, 50 60.
    CHECK(figureOf(Kpi::ActiveCustomers).kind == Kind::Money);
    CHECK(figureOf(Kpi::ActiveCustomers).currency == QStringLiteral("EUR"));
    CHECK(figureOf(Kpi::ActiveCustomers).label == QStringLiteral("Revenue in period"));
    CHECK(valuesOf(Kpi::ActiveCustomers) == Values{250, 1000, 60});
    CHECK(valuesOf(Kpi::NewCustomers) == Values{1000});
    CHECK(valuesOf(Kpi::RetentionRate) == Values{250});
    // Nobody is lost in the quarter; 20, who last bought on 2025-11-20, is lost in the last two
    // months of 2026, 365 + 41 days before 2026-12-31.
    CHECK(figureOf(Kpi::LostCustomers).kind == Kind::Days);
    CHECK(valuesOf(Kpi::LostCustomers).empty());
    DashboardFilters late;
    late.from = QDate(2026, 11, 1);
    late.to = QDate(2026, 12, 31);
    auto lateResult = Dashboard::compute(c, late, nullptr);
    REQUIRE(lateResult.ok());
    CHECK(lateResult->kpis[std::size_t(Kpi::LostCustomers)].values == Values{406});
    CHECK(figureOf(Kpi::OpenComplaints).kind == Kind::Count);
    CHECK(valuesOf(Kpi::OpenComplaints) == Values{1});
    for (const KpiValue &k : r->kpis)
        CHECK(k.values.size() == k.customers.size());

    // The Pareto ranks with their revenue; service load counts cases.
    const DrillDown ranked = Dashboard::rankedCustomers(*r, 0, 1);
    CHECK(ranked.values == Values{250, 1000});
    CHECK(ranked.figure.kind == Kind::Money);
    CHECK(Dashboard::paretoFigure(ParetoMeasure::ServiceLoad, QStringLiteral("EUR")).kind
          == Kind::Count);

    // A cohort cell: what its customers spent in that month, refunds included.
    const DrillDown feb = Dashboard::cohortCustomers(c, *r, 0, 6); // 10 in 2026-02
    CHECK(feb.values == Values{250});
    CHECK(feb.figure.label == QStringLiteral("Revenue in month 6"));
    CHECK(Dashboard::cohortCustomers(c, *r, 0, 3).values == Values{200});
    CHECK(Dashboard::cohortCustomers(c, *r, 3, 0).values == Values{500});
    CHECK(Dashboard::cohortCustomers(c, *r, 1, 6).values == Values{60});

    // An RFM segment: revenue in the period.
    const DrillDown segment = Dashboard::segmentCustomers(*r, RfmSegment(r->segments[2]));
    REQUIRE(segment.values.size() == segment.ids.size());
    const std::map<qint64, double> revenue{{10, 250}, {30, 1000}, {50, 60}};
    for (std::size_t k = 0; k < segment.ids.size(); ++k)
        CHECK(segment.values[k] == revenue.at(segment.ids[k]));

    // Satisfaction quadrants: the newest score (no advocates; 30 vulnerable with 4; 10 and 40
    // growth potential with 9 and 8, see the quadrant's own test).
    CHECK(Dashboard::quadrantCustomers(r->satisfaction, 0).values.empty());
    CHECK(Dashboard::quadrantCustomers(r->satisfaction, 1).values == Values{4});
    CHECK(Dashboard::quadrantCustomers(r->satisfaction, 2).values == Values{9, 8});
    CHECK(Dashboard::quadrantCustomers(r->satisfaction, 2).figure.kind == Kind::Score);
}
