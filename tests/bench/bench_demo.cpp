// Demo data generation: customers, contact points, orders, interactions, cases, tasks and the
// search index written into a new database file. RAPPORT_BENCH_DEMO_CUSTOMERS overrides the size.
#include "bench.h"

#include "core/demo/demogenerator.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

using namespace rapport;

RAPPORT_BENCH("demo")
{
    DemoOptions options;
    options.customers = ctx.quick ? 20'000 : 1'000'000;
    if (const qint64 n = qEnvironmentVariableIntValue("RAPPORT_BENCH_DEMO_CUSTOMERS"); n > 0)
        options.customers = n;
    options.interactionsPerCustomer = 10;
    options.seed = 1;
    options.asOf = QDate(2025, 6, 30);

    const QString path = QDir(ctx.workDir).filePath(QStringLiteral("demo.db"));
    auto db = Database::open(path, Database::Mode::Create);
    if (!db) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(db.error().message()));
        return;
    }
    DemoGenerator generator(**db, options);
    const qint64 start = bench::nowNs();
    const Result<DemoSummary> summary = generator.run();
    const double seconds = bench::msSince(start) / 1000.0;
    if (!summary) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(summary.error().message()));
        return;
    }
    db->reset();
    const DemoSummary &s = *summary;
    ctx.report(QStringLiteral("demo.customers"), double(s.customers), QStringLiteral("rows"));
    ctx.report(QStringLiteral("demo.interactions"), double(s.interactions), QStringLiteral("rows"));
    ctx.report(QStringLiteral("demo.orders"), double(s.orders), QStringLiteral("rows"));
    ctx.report(QStringLiteral("demo.rows"), double(s.rows), QStringLiteral("rows"));
    ctx.report(QStringLiteral("demo.seconds"), seconds, QStringLiteral("s"));
    ctx.report(QStringLiteral("demo.write_seconds"), s.writeSeconds, QStringLiteral("s"));
    ctx.report(QStringLiteral("demo.finish_seconds"),
               s.seconds - s.writeSeconds,
               QStringLiteral("s"));
    ctx.report(QStringLiteral("demo.customers_per_s"),
               double(s.customers) / seconds,
               QStringLiteral("customers/s"));
    ctx.report(QStringLiteral("demo.rows_per_s"),
               double(s.rows) / seconds,
               QStringLiteral("rows/s"));
    ctx.report(QStringLiteral("demo.file_size"),
               double(QFileInfo(path).size()) / 1048576.0,
               QStringLiteral("MiB"));
    if (qEnvironmentVariableIsSet("RAPPORT_BENCH_DEMO_KEEP"))
        QFile::copy(path, qEnvironmentVariable("RAPPORT_BENCH_DEMO_KEEP"));
}

} // namespace
