#include "core/analytics/clvaverage.h"
#include "core/analytics/lostcustomers.h"
#include "core/demo/demogenerator.h"
#include "core/services/changebus.h"
#include "core/services/clvanalysis.h"
#include "core/services/dashboardservice.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/dashboardrepository.h"
#include "tests/support/tempdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace rapport;
using namespace rapport::analytics;

namespace {

const QDate AsOf(2026, 6, 30);

// One demo database for the file's tests (generating it is the slow part).
test::TempDatabase &demo()
{
    static const auto t = [] {
        auto made = std::make_unique<test::TempDatabase>();
        DemoOptions o;
        o.customers = 1500;
        o.seed = 11;
        o.asOf = AsOf;
        REQUIRE(DemoGenerator(made->db(), o).run().ok());
        return made;
    }();
    return *t;
}

const DashboardColumns &columns()
{
    static const DashboardColumns c = [] {
        auto loaded = DashboardRepository(demo().db()).load();
        REQUIRE(loaded.ok());
        return std::move(*loaded);
    }();
    return c;
}

bool waitFor(QSignalSpy &spy, int count, int ms = 120'000)
{
    while (spy.count() < count) {
        if (!spy.wait(ms))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("the dashboards' columns hold what the database holds", "[dashboard][dashboardrepository]")
{
    const DashboardColumns &c = columns();
    REQUIRE(c.customers() > 1000);
    CHECK(std::is_sorted(c.ids.begin(), c.ids.end()));
    REQUIRE(c.orderStart.size() == c.customers() + 1);
    CHECK(c.orderStart.back() == c.orderDays.size());
    for (std::size_t i = 0; i < c.customers(); ++i) {
        const auto days = c.ordersOf(i);
        CHECK(std::is_sorted(days.begin(), days.end()));
    }
    CHECK_FALSE(c.caseCustomers.empty());
    CHECK_FALSE(c.activityCounts.empty());
    CHECK_FALSE(c.userNames.empty());
    CHECK(c.bytes() > c.orderDays.size() * 12);

    // Cancelling stops the load with a Cancelled error.
    CancelFlag stop{true};
    auto stopped = DashboardRepository(demo().db()).load({}, &stop);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().kind() == Error::Kind::Cancelled);
}

TEST_CASE("the dashboards read a file from before the survey answers",
          "[dashboard][dashboardrepository]")
{
    // A file opened read-only is not migrated; one made before schema 9 has no surveys table.
    test::TempDatabase t;
    QSqlQuery q(t->connection());
    REQUIRE(q.exec(QStringLiteral("DROP TABLE surveys")));
    auto loaded = DashboardRepository(t.db()).load();
    REQUIRE(loaded.ok());
    CHECK(loaded->surveyScores.empty());
}

TEST_CASE("the dashboards draw the numbers the CLI reports", "[dashboard][dashboardrepository]")
{
    const DashboardColumns &c = columns();
    const DashboardFilters f = DashboardFilters::lastYear(AsOf);
    AnalyticsFilter cli;
    cli.asOf = f.to;
    cli.from = f.from;

    auto r = Dashboard::compute(c, f, nullptr);
    REQUIRE(r.ok());
    auto revenue = AnalyticsRepository(demo().db()).revenuePerCustomer(cli);
    REQUIRE(revenue.ok());
    qint64 total = 0;
    std::map<qint64, qint64> byCustomer;
    for (std::size_t k = 0; k < revenue->ids.size(); ++k) {
        total += revenue->values[k];
        byCustomer[revenue->ids[k]] = revenue->values[k];
    }
    CHECK(*r->kpis[std::size_t(Kpi::Revenue)].current == double(total));
    REQUIRE(r->pareto.result.has_value());
    const ParetoResult &p = *r->pareto.result;
    CHECK(p.ids.size() == byCustomer.size());
    for (std::size_t k = 0; k < p.ids.size(); ++k)
        CHECK(byCustomer[p.ids[k]] == p.values[k]);

    auto summaries = AnalyticsRepository(demo().db()).purchaseSummaries(cli);
    REQUIRE(summaries.ok());
    REQUIRE(r->rfm.result.has_value());
    CHECK(r->rfm.result->ids.size() == summaries->ids.size());

    // The same CLV fit as `rapport-cli report clv`.
    ClvSettings settings;
    settings.asOf = AsOf;
    settings.currency = c.currency;
    auto analysis = ClvAnalyzer::run(demo().db(), settings);
    REQUIRE(analysis.ok());
    const DashboardClv clv = Dashboard::lifetimeValues(c, AsOf);
    REQUIRE(clv.fit.has_value());
    CHECK(clv.fit->params.r == Approx(analysis->bgnbd.params.r).epsilon(1e-9));
    CHECK(clv.fit->params.alpha == Approx(analysis->bgnbd.params.alpha).epsilon(1e-9));
    CHECK(clv.fit->params.a == Approx(analysis->bgnbd.params.a).epsilon(1e-9));
    CHECK(clv.fit->params.b == Approx(analysis->bgnbd.params.b).epsilon(1e-9));
    CHECK(clv.fit->logLikelihood == Approx(analysis->bgnbd.logLikelihood));

    // One average lifetime value: the tile, the Lifetime value tab and `report clv` (the mean of
    // the analysis' scores) over the same customers, everyone who had bought by then.
    auto valued = Dashboard::compute(c, f, &clv);
    REQUIRE(valued.ok());
    const KpiValue &tile = valued->kpis[std::size_t(Kpi::AverageClv)];
    REQUIRE(tile.current.has_value());
    CHECK(*tile.current == valued->clv.average);
    CHECK(qint64(tile.customers.size()) == valued->clv.customers);
    CHECK(tile.customers == analysis->summary.customerIds);
    CHECK(tile.customers.size() > valued->kpis[std::size_t(Kpi::ActiveCustomers)].customers.size());
    const auto reported = averageLifetimeValue(analysis->scores.lifetimeValue);
    REQUIRE(reported.average().has_value());
    CHECK(*tile.current == Approx(*reported.average()).epsilon(1e-5));
    // The same with an owner: the models are fitted on everyone either way.
    const qint64 owner = *std::max_element(c.owners.begin(), c.owners.end());
    REQUIRE(owner > 0);
    DashboardFilters mine = f;
    mine.ownerId = owner;
    settings.customers.ownerId = owner;
    auto ownerAnalysis = ClvAnalyzer::run(demo().db(), settings);
    REQUIRE(ownerAnalysis.ok());
    auto ownerResult = Dashboard::compute(c, mine, &clv);
    REQUIRE(ownerResult.ok());
    CHECK(ownerResult->kpis[std::size_t(Kpi::AverageClv)].customers
          == ownerAnalysis->summary.customerIds);
    CHECK(ownerResult->clv.average
          == Approx(*averageLifetimeValue(ownerAnalysis->scores.lifetimeValue).average())
                 .epsilon(1e-5));

    // Lost customers: the tile's ids are the report's, for periods of several lengths.
    for (int days : {30, 90, 365}) {
        DashboardFilters period;
        period.to = AsOf;
        period.from = AsOf.addDays(1 - days);
        auto lostTile = Dashboard::compute(c, period, nullptr);
        REQUIRE(lostTile.ok());
        AnalyticsFilter lostFilter;
        lostFilter.from = period.from;
        lostFilter.asOf = AsOf;
        lostFilter.currency = c.currency;
        auto candidates = AnalyticsRepository(demo().db()).lostCandidates(lostFilter, 365);
        REQUIRE(candidates.ok());
        std::vector<qint64> ids;
        for (const LostCustomer &l : lostCustomers(candidates->ids,
                                                   candidates->stages,
                                                   candidates->lastPurchaseDay,
                                                   candidates->lastContactAt,
                                                   candidates->lastOutcome,
                                                   period.from,
                                                   AsOf))
            ids.push_back(l.id);
        std::sort(ids.begin(), ids.end());
        CAPTURE(days);
        CHECK(lostTile->kpis[std::size_t(Kpi::LostCustomers)].customers == ids);
        CHECK(*lostTile->kpis[std::size_t(Kpi::LostCustomers)].current == double(ids.size()));
        if (days == 365)
            CHECK(ids.size() > 10);
    }
}

// One service through its life (sections would read and fit everything again for each).
TEST_CASE("the dashboard service computes off the GUI thread and caches",
          "[dashboard][dashboardservice]")
{
    ChangeBus bus;
    DashboardService service(demo().path(), &bus);
    QSignalSpy ready(&service, &DashboardService::resultReady);
    QSignalSpy busy(&service, &DashboardService::busyChanged);
    QSignalSpy progress(&service, &DashboardService::progress);
    QSignalSpy stale(&service, &DashboardService::staleChanged);
    const auto idle = [&] { return QTest::qWaitFor([&] { return !service.isBusy(); }, 120'000); };

    DashboardFilters f = DashboardFilters::lastYear(AsOf);
    service.refresh(f);
    CHECK(service.isBusy());
    // Twice on a first refresh: the panels, then the lifetime values.
    REQUIRE(idle());
    REQUIRE(ready.count() == 2);
    CHECK(busy.count() == 2);
    CHECK(progress.count() > 0);
    auto first = ready.at(0).at(0).value<std::shared_ptr<const DashboardResult>>();
    auto full = ready.at(1).at(0).value<std::shared_ptr<const DashboardResult>>();
    CHECK_FALSE(first->clv.fit.has_value());
    REQUIRE(full->clv.fit.has_value());
    CHECK(full->kpis[std::size_t(Kpi::AverageClv)].current.has_value());
    // The first "valuable but slipping" customers come with their names.
    for (std::size_t i = 0; i < std::min<std::size_t>(full->clv.slipping.size(), 5); ++i)
        CHECK_FALSE(full->clv.slipping[i].name.isEmpty());
    // The demo's survey answers reach the satisfaction quadrant.
    CHECK(full->satisfaction.answered > 0);
    CHECK(full->satisfaction.nps.has_value());
    REQUIRE(service.columns() != nullptr);
    CHECK(service.lastLoadSeconds() > 0);

    // The same filters again come from the cache at once.
    service.refresh(f);
    CHECK(ready.count() == 3);
    CHECK_FALSE(service.isBusy());

    // Another owner re-scores with the fitted models: one delivery.
    DashboardFilters owned = f;
    owned.ownerId = service.columns()->owners.front();
    service.refresh(owned);
    REQUIRE(idle());
    REQUIRE(ready.count() == 4);
    auto mine = ready.at(3).at(0).value<std::shared_ptr<const DashboardResult>>();
    CHECK(mine->clv.fit.has_value());
    CHECK(mine->population < full->population);

    // A refresh while busy cancels and runs the newest filters.
    service.reload();
    DashboardFilters other = f;
    other.kind = 1;
    service.refresh(other);
    REQUIRE(idle());
    REQUIRE(service.result() != nullptr);
    CHECK(service.result()->filters == other);

    // A change to the data makes the results stale; the columns are kept and the next refresh
    // reads only what changed (here: every customer's orders).
    const auto before = service.columns();
    ChangeNotice notice;
    notice.entity = ChangeNotice::Entity::Order;
    bus.publish(notice);
    CHECK(service.isStale());
    CHECK(stale.count() >= 1);
    CHECK(service.columns() == before);
    service.refresh(f);
    CHECK(service.isBusy());
    REQUIRE(idle());
    CHECK_FALSE(service.isStale());
    REQUIRE(service.columns() != nullptr);
    CHECK(service.columns() != before);
    CHECK(service.columns()->orderDays == before->orderDays);

    // While the lifetime values are fitted again, the CLV panel and tile on show stay, marked
    // as being updated; the fitted ones replace them.
    const auto delivered = ready.count();
    bus.publish(notice);
    service.refresh(f);
    REQUIRE(idle());
    REQUIRE(ready.count() == delivered + 2);
    auto interim = ready.at(delivered).at(0).value<std::shared_ptr<const DashboardResult>>();
    auto settled = ready.at(delivered + 1).at(0).value<std::shared_ptr<const DashboardResult>>();
    CHECK(interim->clv.updating);
    REQUIRE(interim->clv.fit.has_value());
    CHECK(interim->kpis[std::size_t(Kpi::AverageClv)].current.has_value());
    CHECK_FALSE(settled->clv.updating);
    REQUIRE(settled->clv.fit.has_value());
    CHECK(settled->clv.total == interim->clv.total); // the same orders

    // A Reset reads everything again.
    bus.publish(ChangeNotice{});
    service.refresh(f);
    REQUIRE(idle());
    CHECK(service.columns()->ids == before->ids);
}

TEST_CASE("the dashboard service says so when the file cannot be read",
          "[dashboard][dashboardservice]")
{
    DashboardService service(QStringLiteral("/nonexistent/rapport.db"), nullptr);
    QSignalSpy failed(&service, &DashboardService::failed);
    service.refresh(DashboardFilters::lastYear(AsOf));
    REQUIRE(waitFor(failed, 1));
    CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
    CHECK_FALSE(service.isBusy());
}
