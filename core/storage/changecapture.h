#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace rapport {

// A row change caught on a connection, not yet in the history: what the write door turns into
// history entries before it commits.
struct StagedChange
{
    QString operation;     // create, update, delete (trash and restore are told apart later)
    QString entity;        // 'customer', 'contact_point'... (see 0011_history.sql)
    qint64 entityId = 0;   // 0: none (a setting)
    qint64 customerId = 0; // 0: none
    QString changes;       // JSON object {"column": [old, new], ...}
};

// ChangeCapture catches every row a connection inserts, updates or deletes in the tables users
// edit (customers and everything hanging off them, users, tags, products, settings), whoever
// writes it: TEMP triggers on this connection copy each change, with its old and new values,
// into a TEMP table. The triggers are made at open from the tables' columns as the schema has
// them, so they cannot drift from the migrations; being TEMP, they exist on Rapport's own
// connections only and never in the file.
//
// A commit hook keeps the door the only way in: a transaction that changed such rows commits
// only while the door is committing it (allowCommit()); any other commit is turned into a
// rollback and fails, so nothing can be written without its history.
//
// Bulk loads of new rows (the demo, purchase files) switch the capture off and record one batch
// entry instead of millions of rows.
class ChangeCapture final
{
public:
    explicit ChangeCapture(sqlite3 *db);
    ~ChangeCapture();
    ChangeCapture(const ChangeCapture &) = delete;
    ChangeCapture &operator=(const ChangeCapture &) = delete;

    // Creates the TEMP table and triggers. Call once after the migrations.
    Status install();
    // Drops (false) or recreates (true) the triggers.
    Status setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // The changes caught since the last take(), in the order they happened; empties the table.
    Result<QList<StagedChange>> take();

    // While true, a commit of captured changes goes through (the door sets it around COMMIT).
    void allowCommit(bool allow) { m_commitAllowed = allow; }

    // The tables whose changes are captured, with their entity names.
    struct Table
    {
        const char *table;
        const char *entity;
        const char *idColumn;       // nullptr: no id (settings)
        const char *customerColumn; // a column of the row, or nullptr
        const char *customerExpr;   // an expression over NEW/OLD when customerColumn is null
    };
    static const QList<Table> &tables();
    // Columns never copied into the history: users' password hashes and failed sign-ins.
    static bool isUncaptured(const char *table, const QByteArray &column);

private:
    static int onCommit(void *self);
    static void onRollback(void *self);
    static void onUpdate(void *self, int op, const char *db, const char *table, qint64 rowid);
    QByteArray triggersSql(bool create) const;

    sqlite3 *m_db;
    bool m_enabled = false;
    bool m_commitAllowed = false;
    qint64 m_staged = 0; // rows added to the staging table since the last commit or rollback
    QList<QPair<QByteArray, QByteArrayList>> m_columns; // table -> its captured columns
    QList<QByteArrayList> m_keys; // per m_columns entry: the primary key's columns
};

} // namespace rapport
