#include "benchdata.h"

#include "core/demo/demogenerator.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace rapport::bench {

QString demoDatabase(const Context &ctx, qint64 customers, double interactionsPerCustomer)
{
    const QString given = qEnvironmentVariable("RAPPORT_BENCH_DB");
    if (!given.isEmpty())
        return given;
    const QString path
        = QDir(ctx.workDir)
              .filePath(QStringLiteral("demo-%1-%2.db").arg(customers).arg(interactionsPerCustomer));
    if (QFileInfo::exists(path))
        return path;
    auto db = Database::open(path, Database::Mode::Create);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        std::exit(2);
    }
    DemoOptions options;
    options.customers = customers;
    options.seed = 42;
    options.asOf = QDate(2026, 6, 30);
    options.interactionsPerCustomer = interactionsPerCustomer;
    DemoGenerator generator(**db, options);
    auto summary = generator.run();
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().message()));
        std::exit(2);
    }
    return path;
}

QString scratchCopy(const Context &ctx, const QString &source, const QString &name)
{
    const QString copy = QDir(ctx.workDir).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    const auto copied = [](const QString &from, const QString &to) {
        if (QFile::copy(from, to))
            return;
        std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(from), qPrintable(to));
        std::exit(2);
    };
    copied(source, copy);
    if (QFile::exists(source + QStringLiteral("-wal")))
        copied(source + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    return copy;
}

} // namespace rapport::bench
