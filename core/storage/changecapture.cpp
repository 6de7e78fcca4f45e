#include "core/storage/changecapture.h"

#include "core/storage/sqlerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>

namespace rapport {
namespace {

struct CaptureTexts
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCapture)
};

const char *const StagingTable = "rapport_staged";

Status run(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return sqliteError(rc, text, CaptureTexts::tr("Preparing the history of changes"));
}

QByteArray quoted(const QByteArray &name)
{
    return '"' + QByteArray(name).replace('"', "\"\"") + '"';
}

// json_object('a', ROW.a, 'b', ROW.b, ...)
QByteArray jsonOf(const QByteArrayList &columns, const char *row)
{
    QByteArray out = "json_object(";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            out += ", ";
        out += '\'' + columns[i] + "', " + row + '.' + quoted(columns[i]);
    }
    return out + ')';
}

QByteArray customerOf(const ChangeCapture::Table &t, const char *row)
{
    if (t.customerColumn)
        return QByteArray(row) + '.' + t.customerColumn;
    if (t.customerExpr)
        return QByteArray(t.customerExpr).replace("ROW", row);
    return "NULL";
}

QByteArray idOf(const ChangeCapture::Table &t, const char *row)
{
    return t.idColumn ? QByteArray(row) + '.' + t.idColumn : QByteArray("NULL");
}

} // namespace

const QList<ChangeCapture::Table> &ChangeCapture::tables()
{
    static const QList<Table> all{
        {"settings", "setting", nullptr, nullptr, nullptr},
        {"users", "user", "id", nullptr, nullptr},
        {"customers", "customer", "id", "id", nullptr},
        {"tags", "tag", "id", nullptr, nullptr},
        {"customer_tags", "customer_tag", "tag_id", "customer_id", nullptr},
        {"contact_points", "contact_point", "id", "customer_id", nullptr},
        {"relationships", "relationship", "id", "from_id", nullptr},
        {"products", "product", "id", nullptr, nullptr},
        {"orders", "order", "id", "customer_id", nullptr},
        {"order_lines",
         "order_line",
         "id",
         nullptr,
         "(SELECT customer_id FROM main.orders WHERE id = ROW.order_id)"},
        {"cases", "case", "id", "customer_id", nullptr},
        {"interactions", "interaction", "id", "customer_id", nullptr},
        {"tasks", "task", "id", "customer_id", nullptr},
        {"customer_notes", "note", "id", "customer_id", nullptr},
        {"surveys", "survey", "id", "customer_id", nullptr},
        {"consents", "consent", "id", "customer_id", nullptr},
        {"teams", "team", "id", nullptr, nullptr},
        {"user_teams", "user_team", "user_id", nullptr, nullptr},
        {"permissions", "permission", nullptr, nullptr, nullptr},
    };
    return all;
}

bool ChangeCapture::isUncaptured(const char *table, const QByteArray &column)
{
    // A password hash must not outlive its password in an append-only history (an offline
    // guessing target for ever), and failed sign-ins are bookkeeping that would bury the
    // changes people made: password_changed_at records a password change instead.
    if (std::strcmp(table, "users") != 0)
        return false;
    return column == "password_hash" || column == "failed_signins" || column == "last_failed_at";
}

ChangeCapture::ChangeCapture(sqlite3 *db)
    : m_db(db)
{}

ChangeCapture::~ChangeCapture()
{
    if (m_db) {
        sqlite3_commit_hook(m_db, nullptr, nullptr);
        sqlite3_rollback_hook(m_db, nullptr, nullptr);
        sqlite3_update_hook(m_db, nullptr, nullptr);
    }
}

Status ChangeCapture::install()
{
    m_columns.clear();
    m_keys.clear();
    for (const Table &t : tables()) {
        QByteArrayList columns;
        QByteArrayList keys; // the primary key's columns
        sqlite3_stmt *s = nullptr;
        const QByteArray sql = "PRAGMA main.table_info(" + QByteArray(t.table) + ")";
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &s, nullptr) == SQLITE_OK) {
            while (sqlite3_step(s) == SQLITE_ROW) {
                const QByteArray column = reinterpret_cast<const char *>(sqlite3_column_text(s, 1));
                if (isUncaptured(t.table, column))
                    continue;
                columns << column;
                if (sqlite3_column_int(s, 5) > 0)
                    keys << column;
            }
        }
        sqlite3_finalize(s);
        if (columns.isEmpty())
            continue; // a table an older schema (opened read-only) does not have yet
        m_columns.append({QByteArray(t.table), columns});
        m_keys.append(keys.isEmpty() ? QByteArrayList{columns.first()} : keys);
    }
    const QByteArray staging = "CREATE TEMP TABLE IF NOT EXISTS " + QByteArray(StagingTable)
                               + " (seq INTEGER PRIMARY KEY, operation TEXT NOT NULL, "
                                 "entity TEXT NOT NULL, entity_id INTEGER, customer_id INTEGER, "
                                 "changes TEXT NOT NULL)";
    if (Status s = run(m_db, staging); !s)
        return s;
    sqlite3_commit_hook(m_db, &ChangeCapture::onCommit, this);
    sqlite3_rollback_hook(m_db, &ChangeCapture::onRollback, this);
    return setEnabled(true);
}

QByteArray ChangeCapture::triggersSql(bool create) const
{
    QByteArray sql;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QByteArray &table = m_columns[i].first;
        const QByteArrayList &columns = m_columns[i].second;
        const Table *spec = nullptr;
        for (const Table &t : tables()) {
            if (table == t.table)
                spec = &t;
        }
        const QByteArray prefix = "rapport_capture_" + table;
        if (!create) {
            for (const char *what : {"_insert", "_update", "_delete"})
                sql += "DROP TRIGGER IF EXISTS temp." + prefix + what + ";\n";
            continue;
        }
        const QByteArray head = "INSERT INTO " + QByteArray(StagingTable)
                                + " (operation, entity, entity_id, customer_id, changes) ";
        const QByteArray entity = '\'' + QByteArray(spec->entity) + '\'';
        sql += "CREATE TEMP TRIGGER " + prefix + "_insert AFTER INSERT ON main." + table + " BEGIN "
               + head + "SELECT 'create', " + entity + ", " + idOf(*spec, "NEW") + ", "
               + customerOf(*spec, "NEW")
               + ", (SELECT json_group_object(key, json_array(NULL, value)) FROM json_each("
               + jsonOf(columns, "NEW") + ") WHERE value IS NOT NULL); END;\n";

        QByteArray differs;
        for (const QByteArray &c : columns) {
            if (!differs.isEmpty())
                differs += " OR ";
            differs += "OLD." + quoted(c) + " IS NOT NEW." + quoted(c);
        }
        // A row without an id of its own (a setting, a cell of the permission matrix) keeps its
        // key in every entry.
        QByteArray keep;
        if (!spec->idColumn) {
            for (const QByteArray &key : m_keys[i])
                keep += " OR o.key = '" + key + "'";
        }
        sql += "CREATE TEMP TRIGGER " + prefix + "_update AFTER UPDATE ON main." + table + " WHEN "
               + differs + " BEGIN " + head + "SELECT 'update', " + entity + ", "
               + idOf(*spec, "NEW") + ", " + customerOf(*spec, "NEW")
               + ", (SELECT json_group_object(o.key, json_array(o.value, n.value)) FROM json_each("
               + jsonOf(columns, "OLD") + ") o JOIN json_each(" + jsonOf(columns, "NEW")
               + ") n ON n.key = o.key WHERE o.value IS NOT n.value" + keep + "); END;\n";

        sql += "CREATE TEMP TRIGGER " + prefix + "_delete AFTER DELETE ON main." + table + " BEGIN "
               + head + "SELECT 'delete', " + entity + ", " + idOf(*spec, "OLD") + ", "
               + customerOf(*spec, "OLD")
               + ", (SELECT json_group_object(key, json_array(value, NULL)) FROM json_each("
               + jsonOf(columns, "OLD") + ") WHERE value IS NOT NULL); END;\n";
    }
    return sql;
}

Status ChangeCapture::setEnabled(bool enabled)
{
    if (Status s = run(m_db, triggersSql(false)); !s)
        return s;
    if (enabled) {
        if (Status s = run(m_db, triggersSql(true)); !s)
            return s;
        sqlite3_update_hook(m_db, &ChangeCapture::onUpdate, this);
    } else {
        sqlite3_update_hook(m_db, nullptr, nullptr);
    }
    m_enabled = enabled;
    return {};
}

Result<QList<StagedChange>> ChangeCapture::take()
{
    QList<StagedChange> out;
    sqlite3_stmt *s = nullptr;
    const QByteArray select = "SELECT operation, entity, entity_id, customer_id, changes FROM temp."
                              + QByteArray(StagingTable) + " ORDER BY seq";
    int rc = sqlite3_prepare_v2(m_db, select.constData(), -1, &s, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        const auto text = [s](int i) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                                     sqlite3_column_bytes(s, i));
        };
        out.append(
            {text(0), text(1), sqlite3_column_int64(s, 2), sqlite3_column_int64(s, 3), text(4)});
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE && rc != SQLITE_OK)
        return sqliteError(rc,
                           QString::fromUtf8(sqlite3_errmsg(m_db)),
                           CaptureTexts::tr("Reading the changes to record"));
    if (!out.isEmpty()) {
        if (Status st = run(m_db, "DELETE FROM temp." + QByteArray(StagingTable)); !st)
            return st.error();
    }
    return out;
}

int ChangeCapture::onCommit(void *self)
{
    auto *capture = static_cast<ChangeCapture *>(self);
    if (capture->m_staged > 0 && !capture->m_commitAllowed)
        return 1; // changes without their history: turn the commit into a rollback
    capture->m_staged = 0;
    return 0;
}

void ChangeCapture::onRollback(void *self)
{
    static_cast<ChangeCapture *>(self)->m_staged = 0;
}

void ChangeCapture::onUpdate(void *self, int op, const char *db, const char *table, qint64)
{
    if (op == SQLITE_INSERT && std::strcmp(db, "temp") == 0 && std::strcmp(table, StagingTable) == 0)
        ++static_cast<ChangeCapture *>(self)->m_staged;
}

} // namespace rapport
