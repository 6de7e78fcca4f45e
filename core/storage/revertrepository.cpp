// RevertRepository (revertrepository.h): the history's batches and entries, and single rows read
// and written back by entity. Bulk batches by id range are in revertrepositorybulk.cpp.
#include "core/storage/revertrepository.h"

#include "core/storage/changecapture.h"
#include "core/storage/database.h"
#include "core/storage/revertsql.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace rapport {

using revertsql::bindAll;
using revertsql::quoted;

namespace {

const QString CurrentColumns = QStringLiteral(
    "id, batch, at, user_id, actor, operation, entity, entity_id, customer_id, changes, hash, "
    "redacted_by");
// A file of a schema before 14 (migrations/0014_privacy.sql): nothing was ever erased.
const QString LegacyColumns = QStringLiteral(
    "id, batch, at, user_id, actor, operation, entity, entity_id, customer_id, changes, hash, "
    "NULL");
constexpr int RedactionSchema = 14;

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.batch = q.value(1).toLongLong();
    e.at = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    e.userId = sql::toId(q.value(3));
    e.actor = q.value(4).toString();
    e.operation = q.value(5).toString();
    e.entity = q.value(6).toString();
    e.entityId = q.value(7).toLongLong();
    e.customerId = q.value(8).toLongLong();
    e.changes = q.value(9).toString();
    e.hash = q.value(10).toString();
    // The erase that blanked the entry: a revert must not replay what an erase removed.
    e.redactedBy = q.value(11).toLongLong();
    return e;
}

// A JSON value as SQLite stored it: whole numbers as INTEGER, others as REAL, null as NULL.
QVariant valueOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QVariant(qint64(v.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QVariant(qint64(d));
        return QVariant(d);
    }
    case QJsonValue::String:
        return QVariant(v.toString());
    default:
        return QVariant(QMetaType(QMetaType::QString));
    }
}

} // namespace

RevertRepository::RevertRepository(const Database &db)
    : m_db(db)
{}

const QString &RevertRepository::columns() const
{
    return m_db.schemaVersion() >= RedactionSchema ? CurrentColumns : LegacyColumns;
}

QString RevertRepository::tableOf(const QString &entity)
{
    for (const ChangeCapture::Table &t : ChangeCapture::tables()) {
        if (entity == QLatin1String(t.entity))
            return QLatin1String(t.table);
    }
    return {};
}

QString RevertRepository::tableOfRange(const QString &name)
{
    if (name == QLatin1String("notes"))
        return QStringLiteral("customer_notes");
    for (const ChangeCapture::Table &t : ChangeCapture::tables()) {
        if (name == QLatin1String(t.table) && t.idColumn && qstrcmp(t.idColumn, "id") == 0)
            return name;
    }
    return {};
}

Result<QList<HistoryEntry>> RevertRepository::read(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !bindAll(q, values))
        return sqlError(q, tr("Reading the history"));
    QList<HistoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<QList<HistoryEntry>> RevertRepository::heads(const QStringList &kinds,
                                                    qint64 beforeId,
                                                    int limit)
{
    // The heads are few; the history has no index for them, so this is one pass over it.
    QString sql = QStringLiteral("SELECT ") + columns()
                  + QStringLiteral(" FROM history WHERE operation = 'batch'");
    QVariantList values;
    if (!kinds.isEmpty()) {
        sql += QStringLiteral(" AND entity IN (SELECT value FROM json_each(?))");
        values << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(kinds)).toJson(QJsonDocument::Compact));
    }
    if (beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        values << beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << qBound(1, limit, 100000);
    return read(sql, values);
}

Result<std::optional<HistoryEntry>> RevertRepository::head(qint64 batch)
{
    Result<QList<HistoryEntry>> found = read(QStringLiteral("SELECT ") + columns()
                                                 + QStringLiteral(" FROM history WHERE id = ? "
                                                                  "AND operation = 'batch'"),
                                             {batch});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<HistoryEntry>();
    return std::optional<HistoryEntry>(found->first());
}

Result<QHash<qint64, QHash<QString, qint64>>> RevertRepository::operationCounts(
    const QList<qint64> &batches)
{
    QHash<qint64, QHash<QString, qint64>> out;
    if (batches.isEmpty())
        return out;
    QJsonArray ids;
    for (qint64 b : batches)
        ids.append(b);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT batch, operation, count(*) FROM history WHERE batch IN "
            "(SELECT value FROM json_each(?)) AND operation <> 'batch' GROUP BY batch, operation"))
        || !bindAll(q, {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))}))
        return sqlError(q, tr("Reading the history"));
    while (q.next())
        out[q.value(0).toLongLong()][q.value(1).toString()] = q.value(2).toLongLong();
    return out;
}

Result<QList<HistoryEntry>> RevertRepository::rows(qint64 batch)
{
    return read(QStringLiteral("SELECT ") + columns()
                    + QStringLiteral(" FROM history WHERE batch = ? AND operation <> 'batch' "
                                     "ORDER BY id DESC"),
                {batch});
}

Result<QList<HistoryEntry>> RevertRepository::laterForCustomer(qint64 customerId, qint64 afterId)
{
    return read(QStringLiteral("SELECT ") + columns()
                    + QStringLiteral(" FROM history WHERE customer_id = ? AND id > ? ORDER BY id"),
                {customerId, afterId});
}

Result<QList<HistoryEntry>> RevertRepository::laterForRow(const QString &entity,
                                                          qint64 entityId,
                                                          qint64 afterId)
{
    return read(QStringLiteral("SELECT ") + columns()
                    + QStringLiteral(" FROM history WHERE id > ? AND customer_id IS NULL AND "
                                     "entity = ? AND entity_id = ? ORDER BY id"),
                {afterId, entity, entityId});
}

Result<QHash<qint64, HistoryEntry>> RevertRepository::laterInRange(qint64 first,
                                                                   qint64 last,
                                                                   qint64 afterId)
{
    // history_customer (customer_id, id) answers this without reading the batch's own rows.
    Result<QList<HistoryEntry>> found
        = read(QStringLiteral("SELECT ") + columns()
                   + QStringLiteral(
                       " FROM history WHERE id IN (SELECT max(id) FROM history "
                       "WHERE customer_id BETWEEN ? AND ? AND id > ? GROUP BY customer_id)"),
               {first, last, afterId});
    if (!found)
        return found.error();
    QHash<qint64, HistoryEntry> out;
    for (HistoryEntry &e : *found)
        out.insert(e.customerId, std::move(e));
    return out;
}

Result<QStringList> RevertRepository::columnsOf(const QString &table)
{
    if (auto it = m_columns.constFind(table); it != m_columns.constEnd())
        return *it;
    if (table.isEmpty())
        return Error(Error::Kind::Database,
                     tr("The history names a kind of row this Rapport does not know."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The table name comes from ChangeCapture::tables(), never from the history's text.
    if (!q.exec(QStringLiteral("PRAGMA main.table_info(") + quoted(table) + QLatin1Char(')')))
        return sqlError(q, tr("Reading the table's columns"));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    m_columns.insert(table, columns);
    return columns;
}

Result<QString> RevertRepository::whereOf(const QString &table,
                                          const QJsonObject &key,
                                          QVariantList &values)
{
    Result<QStringList> columns = columnsOf(table);
    if (!columns)
        return columns.error();
    QStringList terms;
    for (auto it = key.constBegin(); it != key.constEnd(); ++it) {
        if (!columns->contains(it.key()))
            return Error(Error::Kind::Database,
                         tr("The history names a column the table does not have."));
        terms << quoted(it.key()) + QStringLiteral(" = ?");
        values << valueOf(it.value());
    }
    if (terms.isEmpty())
        return Error(Error::Kind::Database, tr("The history does not say which row it changed."));
    return QString(QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")));
}

Result<std::optional<QJsonObject>> RevertRepository::row(const QString &entity,
                                                         const QJsonObject &key)
{
    const QString table = tableOf(entity);
    Result<QStringList> columns = columnsOf(table);
    if (!columns)
        return columns.error();
    QVariantList values;
    Result<QString> where = whereOf(table, key, values);
    if (!where)
        return where.error();
    QStringList pairs;
    for (const QString &c : *columns)
        pairs << QLatin1Char('\'') + c + QStringLiteral("', ") + quoted(c);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT json_object(") + pairs.join(QStringLiteral(", "))
                   + QStringLiteral(") FROM ") + quoted(table) + *where)
        || !bindAll(q, values))
        return sqlError(q, tr("Reading the row to revert"));
    if (!q.next())
        return std::optional<QJsonObject>();
    QJsonObject object = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    for (auto it = object.begin(); it != object.end();) {
        if (it.value().isNull())
            it = object.erase(it);
        else
            ++it;
    }
    return std::optional<QJsonObject>(std::move(object));
}

Status RevertRepository::deleteRow(const QString &entity, const QJsonObject &key)
{
    const QString table = tableOf(entity);
    QVariantList values;
    Result<QString> where = whereOf(table, key, values);
    if (!where)
        return where.error();
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("DELETE FROM ") + quoted(table) + *where) || !bindAll(q, values))
        return sqlError(q, tr("Deleting a row the batch created"));
    return {};
}

Status RevertRepository::updateRow(const QString &entity,
                                   const QJsonObject &key,
                                   const QJsonObject &set,
                                   qint64 nowSecs)
{
    const QString table = tableOf(entity);
    Result<QStringList> columns = columnsOf(table);
    if (!columns)
        return columns.error();
    QStringList terms;
    QVariantList values;
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        if (!columns->contains(it.key()))
            return Error(Error::Kind::Database,
                         tr("The history names a column the table does not have."));
        terms << quoted(it.key()) + QStringLiteral(" = ?");
        values << valueOf(it.value());
    }
    if (terms.isEmpty())
        return {};
    // Other editors holding the row see a new version, so their stale save is a conflict.
    if (columns->contains(QStringLiteral("version")) && !set.contains(QStringLiteral("version")))
        terms << QStringLiteral("version = version + 1");
    if (columns->contains(QStringLiteral("updated_at"))
        && !set.contains(QStringLiteral("updated_at"))) {
        terms << QStringLiteral("updated_at = ?");
        values << nowSecs;
    }
    Result<QString> where = whereOf(table, key, values);
    if (!where)
        return where.error();
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("UPDATE ") + quoted(table) + QStringLiteral(" SET ")
                   + terms.join(QStringLiteral(", ")) + *where)
        || !bindAll(q, values))
        return sqlError(q, tr("Setting back the values the batch changed"));
    return {};
}

Status RevertRepository::insertRow(const QString &entity, const QJsonObject &set)
{
    const QString table = tableOf(entity);
    Result<QStringList> columns = columnsOf(table);
    if (!columns)
        return columns.error();
    QStringList names;
    QStringList marks;
    QVariantList values;
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        if (!columns->contains(it.key()))
            return Error(Error::Kind::Database,
                         tr("The history names a column the table does not have."));
        names << quoted(it.key());
        marks << QStringLiteral("?");
        values << valueOf(it.value());
    }
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO ") + quoted(table) + QStringLiteral(" (")
                   + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                   + marks.join(QStringLiteral(", ")) + QLatin1Char(')'))
        || !bindAll(q, values))
        return sqlError(q, tr("Restoring a row the batch deleted"));
    return {};
}

Status RevertRepository::deferForeignKeys()
{
    return m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Result<QString> RevertRepository::customerName(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?"))
        || !bindAll(q, {customerId}))
        return sqlError(q, tr("Reading the customer"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace rapport
