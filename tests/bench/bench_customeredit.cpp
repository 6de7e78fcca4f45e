// Editing customers at size: reading a whole record into the editor, saving an edit of fields and
// contact points (version-checked, one transaction), undoing it (content-checked), moving to the
// trash and back, and listing the trash through its partial index against a full scan.
#include "bench.h"
#include "benchdata.h"

#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "core/storage/trashrepository.h"

#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace rapport;

namespace {

void fail(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.message()));
    std::exit(2);
}

// Live persons with at least one contact point, spread over the id range.
QList<qint64> sampleIds(const Database &db, qint64 customers, int count)
{
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    const qint64 step = std::max<qint64>(1, customers / count);
    q.prepare(QStringLiteral("SELECT c.id FROM customers c WHERE c.id % ? = 7 AND c.kind = 0 "
                             "AND c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM contact_points p "
                             "WHERE p.customer_id = c.id) LIMIT ?"));
    q.addBindValue(step);
    q.addBindValue(count);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

} // namespace

RAPPORT_BENCH("customer edit")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const QString path = bench::demoDatabase(ctx, customers);
    auto workspace = Workspace::open(path, Database::Mode::Existing);
    if (!workspace)
        fail(workspace.error());
    Database *db = &(*workspace)->database();
    CustomerService &service = (*workspace)->customers();
    const QList<qint64> ids = sampleIds(*db, customers, ctx.quick ? 100 : 300);

    std::vector<double> load, save, undo, trash;
    for (qint64 id : ids) {
        qint64 t = bench::nowNs();
        Result<CustomerRecord> before = service.record(id);
        load.push_back(bench::msSince(t));
        if (!before)
            fail(before.error());

        CustomerRecord after = *before;
        after.customer.notes = QStringLiteral("Called about the renewal.");
        after.customer.tags << QStringLiteral("renewal");
        after.contactPoints.first().label = ContactLabel::Other;
        t = bench::nowNs();
        if (Status s = service.save(*before, after); !s)
            fail(s.error());
        save.push_back(bench::msSince(t));

        CustomerRecord back = *before;
        t = bench::nowNs();
        if (Status s = service.save(after, back, CustomerService::SaveCheck::Content); !s)
            fail(s.error());
        undo.push_back(bench::msSince(t));

        Customer c = back.customer;
        t = bench::nowNs();
        if (Status s = service.moveToTrash(c); !s)
            fail(s.error());
        if (Status s = service.restore(c); !s)
            fail(s.error());
        trash.push_back(bench::msSince(t) / 2);
    }
    ctx.report(QStringLiteral("edit: record load p50"),
               bench::percentile(load, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("edit: record load p95"),
               bench::percentile(load, 95),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("edit: save p50"), bench::percentile(save, 50), QStringLiteral("ms"));
    ctx.report(QStringLiteral("edit: save p99"), bench::percentile(save, 99), QStringLiteral("ms"));
    ctx.report(QStringLiteral("edit: undo p50"), bench::percentile(undo, 50), QStringLiteral("ms"));
    ctx.report(QStringLiteral("edit: undo p99"), bench::percentile(undo, 99), QStringLiteral("ms"));
    ctx.report(QStringLiteral("edit: move to trash p50"),
               bench::percentile(trash, 50),
               QStringLiteral("ms"));

    // The trash with a hundred customers in it: the partial index against a scan of the table.
    QList<Customer> trashed;
    for (qint64 id : ids.mid(0, 100)) {
        Result<Customer> c = service.get(id);
        if (c && service.moveToTrash(*c).ok())
            trashed << *c;
    }
    TrashRepository repo(*db);
    qint64 t = bench::nowNs();
    Result<QList<TrashEntry>> listed = repo.list(10'000, CustomerScope::everything());
    ctx.report(QStringLiteral("trash: list (index)"), bench::msSince(t), QStringLiteral("ms"));
    QSqlQuery scan(db->connection());
    t = bench::nowNs();
    scan.exec(QStringLiteral("SELECT id, kind, name, deleted_at, version FROM customers "
                             "NOT INDEXED WHERE deleted_at IS NOT NULL "
                             "ORDER BY deleted_at DESC, id DESC LIMIT 10000"));
    while (scan.next()) {
    }
    ctx.report(QStringLiteral("trash: list (full scan)"), bench::msSince(t), QStringLiteral("ms"));
    scan.finish();
    for (Customer &c : trashed)
        (void) service.restore(c);
    if (!listed || listed->size() < trashed.size())
        std::fprintf(stderr, "the trash listed fewer customers than were trashed\n");
}
