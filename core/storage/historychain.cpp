#include "core/storage/historychain.h"

#include "core/domain/historyentry.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace rapport {
namespace {

struct HistoryChainTexts
{
    Q_DECLARE_TR_FUNCTIONS(HistoryChain)
};

QString text(sqlite3_stmt *s, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(s, column)) : QString();
}

} // namespace

Status rechainHistory(sqlite3 *db)
{
    const QString what = HistoryChainTexts::tr("Recomputing the history's chain");
    sqlite3_stmt *read = nullptr;
    sqlite3_stmt *write = nullptr;
    const auto done = [&](int rc) -> Status {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(read);
        sqlite3_finalize(write);
        if (rc == SQLITE_OK || rc == SQLITE_DONE)
            return {};
        return sqliteError(rc, message, what);
    };
    int rc = sqlite3_prepare_v2(db,
                                "SELECT id, batch, at, user_id, actor, operation, entity, "
                                "entity_id, customer_id, changes FROM history ORDER BY id",
                                -1,
                                &read,
                                nullptr);
    if (rc != SQLITE_OK)
        return done(rc);
    rc = sqlite3_prepare_v2(db,
                            "UPDATE history SET changes_digest = ?, hash = ? WHERE id = ?",
                            -1,
                            &write,
                            nullptr);
    if (rc != SQLITE_OK)
        return done(rc);
    QString previous;
    while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
        HistoryEntry e;
        e.id = sqlite3_column_int64(read, 0);
        e.batch = sqlite3_column_int64(read, 1);
        e.at = QDateTime::fromSecsSinceEpoch(sqlite3_column_int64(read, 2), Qt::UTC);
        if (sqlite3_column_type(read, 3) != SQLITE_NULL)
            e.userId = sqlite3_column_int64(read, 3);
        e.actor = text(read, 4);
        e.operation = text(read, 5);
        e.entity = text(read, 6);
        e.entityId = sqlite3_column_int64(read, 7);
        e.customerId = sqlite3_column_int64(read, 8);
        e.changes = text(read, 9);
        e.changesDigest = historyChangesDigest(e.changes);
        e.hash = historyHash(e, previous);
        previous = e.hash;
        const QByteArray digest = e.changesDigest.toLatin1();
        const QByteArray hash = e.hash.toLatin1();
        sqlite3_bind_text(write, 1, digest.constData(), int(digest.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(write, 2, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(write, 3, e.id);
        if ((rc = sqlite3_step(write)) != SQLITE_DONE)
            return done(rc);
        sqlite3_reset(write);
    }
    return done(rc);
}

} // namespace rapport
