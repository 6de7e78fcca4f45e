// The manager dashboards at 1M customers (--quick 20k): reading the columns into memory, fitting
// the CLV models, and the refresh the issue times (every panel recomputed from the columns in
// memory, "warm"), for the default filters and after a change of owner or segment, and a
// drill-down into a cohort cell.
#include "bench.h"
#include "benchdata.h"

#include "core/analytics/dashboard.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/database.h"

#include <algorithm>
#include <cstdio>

namespace {

using namespace rapport;
using namespace rapport::analytics;

double seconds(qint64 start)
{
    return bench::msSince(start) / 1000.0;
}

// The fastest of `repeats` runs of compute().
double refresh(const DashboardColumns &columns,
               const DashboardFilters &filters,
               const DashboardClv &clv,
               const DashboardClv &previous,
               int repeats,
               Result<DashboardResult> *last = nullptr)
{
    double best = 1e9;
    for (int i = 0; i < repeats; ++i) {
        const qint64 start = bench::nowNs();
        auto r = Dashboard::compute(columns, filters, &clv, &previous);
        best = std::min(best, seconds(start));
        if (!r)
            std::fprintf(stderr, "dashboard: %s\n", qPrintable(r.error().message()));
        if (last)
            *last = std::move(r);
    }
    return best;
}

} // namespace

RAPPORT_BENCH("dashboard")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    auto db = Database::open(bench::demoDatabase(ctx, customers, 10), Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "dashboard: %s\n", qPrintable(db.error().message()));
        return;
    }
    qint64 start = bench::nowNs();
    auto loaded = DashboardRepository(**db).load();
    if (!loaded) {
        std::fprintf(stderr, "dashboard: %s\n", qPrintable(loaded.error().message()));
        return;
    }
    const DashboardColumns &columns = *loaded;
    ctx.report(QStringLiteral("dashboard.load_seconds"), seconds(start), QStringLiteral("s"));
    ctx.report(QStringLiteral("dashboard.columns_mb"),
               double(columns.bytes()) / (1024.0 * 1024.0),
               QStringLiteral("MB"));
    ctx.report(QStringLiteral("dashboard.customers"), double(columns.customers()), QString());
    ctx.report(QStringLiteral("dashboard.orders"), double(columns.orderDays.size()), QString());

    const DashboardFilters filters = DashboardFilters::lastYear(QDate(2026, 6, 30));
    start = bench::nowNs();
    const DashboardClv clv = Dashboard::lifetimeValues(columns, filters.to);
    ctx.report(QStringLiteral("dashboard.clv_fit_seconds"), seconds(start), QStringLiteral("s"));
    const DashboardClv previous = Dashboard::lifetimeValues(columns, filters.previousTo());

    Result<DashboardResult> result = Error(Error::Kind::Cancelled, QString());
    ctx.report(QStringLiteral("dashboard.refresh_seconds"),
               refresh(columns, filters, clv, previous, 3, &result),
               QStringLiteral("s"));
    if (!result)
        return;
    DashboardFilters owner = filters;
    owner.ownerId = columns.owners[columns.customers() / 2];
    ctx.report(QStringLiteral("dashboard.refresh_owner_seconds"),
               refresh(columns, owner, clv, previous, 3),
               QStringLiteral("s"));
    DashboardFilters segment = filters;
    segment.segment = RfmSegment::AtRisk;
    ctx.report(QStringLiteral("dashboard.refresh_segment_seconds"),
               refresh(columns, segment, clv, previous, 3),
               QStringLiteral("s"));
    if (result->cohorts.result) {
        const int cohorts = result->cohorts.result->cohorts.cohorts();
        start = bench::nowNs();
        const auto ids = Dashboard::cohortCustomers(columns, *result, cohorts - 13, 12);
        ctx.report(QStringLiteral("dashboard.cohort_drill_seconds"),
                   seconds(start),
                   QStringLiteral("s"));
        ctx.report(QStringLiteral("dashboard.cohort_drill_customers"),
                   double(ids.ids.size()),
                   QString());
    }
}
