// The analytics reports at 1M customers / 3M orders / 10M interactions (demo data): each as
// `rapport-cli report` runs it, the loader's one query (pulling the columns) and the pure
// function, timed warm (the median of three runs after one that fills the page cache).
// tests/bench/compare_reports.sh times the same numbers in the sqlite3 shell and pandas.
//   rapport-bench --only reports [--quick]
#include "bench.h"
#include "benchdata.h"

#include "core/analytics/activity.h"
#include "core/analytics/pareto.h"
#include "core/analytics/retention.h"
#include "core/analytics/rfm.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/database.h"

#include <cstdio>
#include <functional>

using namespace rapport;

namespace {

// Runs `work` once to warm up and three times measured; reports the median of the load and of
// the computation, and their sum.
void measure(const bench::Context &ctx,
             const QString &name,
             const std::function<bool(double &loadMs, double &computeMs)> &work)
{
    std::vector<double> load, compute, total;
    for (int run = 0; run < 4; ++run) {
        double l = 0, c = 0;
        if (!work(l, c)) {
            std::fprintf(stderr, "reports: %s failed\n", qPrintable(name));
            return;
        }
        if (run == 0)
            continue;
        load.push_back(l);
        compute.push_back(c);
        total.push_back(l + c);
    }
    ctx.report(name + QStringLiteral(".load_ms"), bench::percentile(load, 50), QStringLiteral("ms"));
    ctx.report(name + QStringLiteral(".compute_ms"),
               bench::percentile(compute, 50),
               QStringLiteral("ms"));
    ctx.report(name + QStringLiteral(".ms"), bench::percentile(total, 50), QStringLiteral("ms"));
}

} // namespace

RAPPORT_BENCH("reports")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const QString path = bench::demoDatabase(ctx, customers, 10);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "reports: %s\n", qPrintable(db.error().message()));
        return;
    }
    AnalyticsRepository repository(**db);
    AnalyticsFilter all;
    all.asOf = QDate(2026, 6, 30);
    all.currency = QStringLiteral("EUR");
    AnalyticsFilter year = all;
    year.from = QDate(2025, 7, 1);

    const auto pareto = [&](const char *what, auto load, analytics::ParetoMeasure m) {
        measure(ctx,
                QStringLiteral("reports.pareto_%1").arg(QLatin1String(what)),
                [&](double &l, double &c) {
                    qint64 t = bench::nowNs();
                    auto v = (repository.*load)(year);
                    l = bench::msSince(t);
                    if (!v)
                        return false;
                    t = bench::nowNs();
                    auto r = analytics::pareto(v->ids, v->values, m);
                    c = bench::msSince(t);
                    return r.ok();
                });
    };
    pareto("revenue", &AnalyticsRepository::revenuePerCustomer, analytics::ParetoMeasure::Revenue);
    pareto("margin", &AnalyticsRepository::marginPerCustomer, analytics::ParetoMeasure::GrossMargin);
    pareto("service",
           &AnalyticsRepository::serviceLoadPerCustomer,
           analytics::ParetoMeasure::ServiceLoad);

    measure(ctx, QStringLiteral("reports.rfm"), [&](double &l, double &c) {
        qint64 t = bench::nowNs();
        auto v = repository.purchaseSummaries(all);
        l = bench::msSince(t);
        if (!v)
            return false;
        t = bench::nowNs();
        auto r = analytics::rfm(v->ids, v->lastPurchaseDay, v->purchases, v->value, all.asOf);
        c = bench::msSince(t);
        return r.ok();
    });

    measure(ctx, QStringLiteral("reports.cohorts"), [&](double &l, double &c) {
        qint64 t = bench::nowNs();
        auto v = repository.purchases(all);
        l = bench::msSince(t);
        if (!v)
            return false;
        t = bench::nowNs();
        auto r = analytics::retention(v->customers, v->times, {}, {}, all.asOf, 12);
        c = bench::msSince(t);
        return r.ok();
    });

    AnalyticsFilter quarter = all;
    quarter.from = analytics::weekMonday(analytics::weekOf(all.asOf) - 12);
    measure(ctx, QStringLiteral("reports.activity"), [&](double &l, double &c) {
        qint64 t = bench::nowNs();
        auto counts = repository.interactionCounts(quarter);
        auto cases = repository.caseTimes(quarter);
        l = bench::msSince(t);
        if (!counts || !cases)
            return false;
        t = bench::nowNs();
        auto r = analytics::teamActivity(counts->agents,
                                         counts->channels,
                                         counts->weeks,
                                         counts->counts,
                                         cases->opened,
                                         cases->resolved,
                                         analytics::weekOf(quarter.from),
                                         analytics::weekOf(quarter.asOf));
        c = bench::msSince(t);
        return !r.casesOpened.empty();
    });
}
