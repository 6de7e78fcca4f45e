// The duplicate scan at a million customers: the demo database plus 1% of its persons entered a
// second time with typos (DemoDuplicates), scanned with DuplicateFinder as `rapport-cli
// duplicates` does. The floor: under 60 s.
#include "bench.h"
#include "benchdata.h"

#include "core/demo/demoduplicates.h"
#include "core/services/door.h"
#include "core/services/duplicatefinder.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cstdio>
#include <cstdlib>

using namespace rapport;

namespace {

[[noreturn]] void die(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.message()));
    std::exit(2);
}

} // namespace

RAPPORT_BENCH("duplicates")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const QString source = bench::demoDatabase(ctx, customers);
    // A copy: the seeded duplicates must not change what the other benchmarks read.
    const QString path
        = QDir(ctx.workDir).filePath(QStringLiteral("duplicates-%1.db").arg(customers));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!QFile::copy(source, path)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        std::exit(2);
    }
    qint64 highest = 0;
    qint64 seeded = 0;
    {
        auto db = Database::open(path, Database::Mode::Existing);
        if (!db)
            die(db.error());
        auto door = Door::open(**db, nullptr);
        if (!door)
            die(door.error());
        highest = customers;
        const qint64 start = bench::nowNs();
        auto made = DemoDuplicates::add(**door, customers / 100, 7);
        if (!made)
            die(made.error());
        seeded = *made;
        ctx.report(QStringLiteral("duplicates.seed_ms"),
                   bench::msSince(start),
                   QStringLiteral("ms"));
    }

    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        die(db.error());
    DuplicateFinder finder(**db);
    DuplicateFinder::Options options;
    options.minScore = 0.7;
    options.limit = 0;
    const qint64 start = bench::nowNs();
    auto pairs = finder.find(options);
    const double ms = bench::msSince(start);
    if (!pairs)
        die(pairs.error());
    const DuplicateFinder::Stats &s = finder.stats();
    ctx.report(QStringLiteral("duplicates.scan_ms"), ms, QStringLiteral("ms"));
    ctx.report(QStringLiteral("duplicates.customers"), double(s.customers), QStringLiteral("rows"));
    ctx.report(QStringLiteral("duplicates.comparisons"),
               double(s.comparisons),
               QStringLiteral("pairs"));
    ctx.report(QStringLiteral("duplicates.blocks"), double(s.blocks), QStringLiteral("blocks"));
    ctx.report(QStringLiteral("duplicates.large_blocks"),
               double(s.largeBlocks),
               QStringLiteral("blocks"));
    // How many of the seeded second entries (ids past the demo's) are in a pair, at the default
    // threshold and at 0.7; and how many pairs there are in all.
    QSet<qint64> found08, found07;
    qint64 pairs08 = 0;
    for (const DuplicatePair &p : std::as_const(*pairs)) {
        if (p.score >= 0.8)
            ++pairs08;
        for (qint64 id : {p.a.id, p.b.id}) {
            if (id > highest) {
                found07.insert(id);
                if (p.score >= 0.8)
                    found08.insert(id);
            }
        }
    }
    ctx.report(QStringLiteral("duplicates.pairs_at_0.8"), double(pairs08), QStringLiteral("pairs"));
    ctx.report(QStringLiteral("duplicates.pairs_at_0.7"),
               double(pairs->size()),
               QStringLiteral("pairs"));
    if (seeded > 0) {
        ctx.report(QStringLiteral("duplicates.recall_at_0.8"),
                   100.0 * double(found08.size()) / double(seeded),
                   QStringLiteral("%"));
        ctx.report(QStringLiteral("duplicates.recall_at_0.7"),
                   100.0 * double(found07.size()) / double(seeded),
                   QStringLiteral("%"));
    }
}
