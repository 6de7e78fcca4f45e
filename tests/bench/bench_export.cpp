// Export of the whole customer list to CSV at scale (1M customers; --quick: 20k): every
// importable column, consent read per batch, written through the CSV writer to a file renamed
// into place; the same as vCard when the vCard writer is built; and a filtered list (one stage).
//   rapport-bench --only export [--quick]; RAPPORT_BENCH_DB=FILE reuses a demo database.
#include "bench.h"
#include "benchdata.h"

#include "core/services/customerexport.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace rapport;

namespace {

void run(const bench::Context &ctx,
         Database &db,
         const QString &name,
         const CustomerExportRequest &request,
         const QString &file)
{
    const QString path = QDir(ctx.workDir).filePath(file);
    CustomerExport exporter(db);
    const qint64 t = bench::nowNs();
    const Result<CustomerExportResult> result = exporter.writeFile(request, path);
    const double ms = bench::msSince(t);
    if (!result) {
        std::fprintf(stderr, "export: %s\n", qUtf8Printable(result.error().message()));
        return;
    }
    ctx.report(name + QStringLiteral("_s"), ms / 1000.0, QStringLiteral("s"));
    ctx.report(name + QStringLiteral("_customers"),
               double(result->customers),
               QStringLiteral("rows"));
    ctx.report(name + QStringLiteral("_per_s"),
               double(result->customers) / (ms / 1000.0),
               QStringLiteral("rows/s"));
    ctx.report(name + QStringLiteral("_mb"),
               double(QFileInfo(path).size()) / 1e6,
               QStringLiteral("MB"));
    QFile::remove(path);
}

} // namespace

RAPPORT_BENCH("export")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const QString path = bench::demoDatabase(ctx, customers);
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "export: %s\n", qUtf8Printable(opened.error().message()));
        return;
    }
    Database &db = **opened;
    run(ctx, db, QStringLiteral("export.csv_all"), {}, QStringLiteral("export.csv"));

    CustomerExportRequest active;
    active.filter.withStage(LifecycleStage::Active);
    run(ctx, db, QStringLiteral("export.csv_active"), active, QStringLiteral("active.csv"));

    CustomerExportRequest vcard;
    vcard.format = ExportFormat::VCard;
    run(ctx, db, QStringLiteral("export.vcard_all"), vcard, QStringLiteral("export.vcf"));
}
