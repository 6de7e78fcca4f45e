// RevertRepository's bulk batches (revertrepository.h): rows deleted by id range, set-based,
// with the derived tables (search index, customer list and its counts, name terms) kept
// set-based too. The history and single rows are in revertrepository.cpp.
#include "core/storage/revertrepository.h"

#include "core/storage/database.h"
#include "core/storage/revertsql.h"
#include "core/storage/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport {

using revertsql::bindAll;
using revertsql::quoted;

namespace {

QString keptJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// The tables whose row triggers feed the derived tables.
const char *const TriggerTables[] = {"customers",
                                     "customer_tags",
                                     "contact_points",
                                     "relationships",
                                     "orders",
                                     "interactions",
                                     "customer_list"};

} // namespace

Result<QHash<qint64, qint64>> RevertRepository::referencesFrom(const QString &table,
                                                               const QString &column,
                                                               qint64 first,
                                                               qint64 last,
                                                               qint64 ownFirst,
                                                               qint64 ownLast)
{
    Result<QStringList> columns = columnsOf(table);
    if (!columns)
        return columns.error();
    if (!columns->contains(column))
        return QHash<qint64, qint64>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + quoted(column) + QStringLiteral(", count(*) FROM ")
                   + quoted(table) + QStringLiteral(" WHERE ") + quoted(column)
                   + QStringLiteral(" BETWEEN ? AND ? AND NOT (id BETWEEN ? AND ?) GROUP BY ")
                   + quoted(column))
        || !bindAll(q, {first, last, ownFirst, ownLast}))
        return sqlError(q, tr("Looking for rows added since the batch"));
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Result<qint64> RevertRepository::deleteRange(const QString &table,
                                             qint64 first,
                                             qint64 last,
                                             const QList<qint64> &keptCustomers)
{
    Result<QStringList> columns = columnsOf(table);
    if (!columns)
        return columns.error();
    QJsonArray kept;
    for (qint64 id : keptCustomers)
        kept.append(id);
    const QString keptList = QStringLiteral("(SELECT value FROM json_each(:kept))");
    // What stays although it lies in the range: the customers kept and their rows, products and
    // tags still used, users still named by rows that stay.
    QString keep;
    if (table == QLatin1String("customers")) {
        keep = QStringLiteral("id NOT IN ") + keptList;
    } else if (table == QLatin1String("relationships")) {
        keep = QStringLiteral("from_id NOT IN ") + keptList + QStringLiteral(" AND to_id NOT IN ")
               + keptList;
    } else if (table == QLatin1String("order_lines")) {
        keep = QStringLiteral("order_id NOT IN (SELECT id FROM orders WHERE customer_id IN ")
               + keptList + QLatin1Char(')');
    } else if (table == QLatin1String("products")) {
        keep = QStringLiteral("id NOT IN (SELECT product_id FROM order_lines)");
    } else if (table == QLatin1String("tags")) {
        keep = QStringLiteral("id NOT IN (SELECT tag_id FROM customer_tags)");
    } else if (table == QLatin1String("users")) {
        keep = QStringLiteral(
            "id NOT IN (SELECT owner_id FROM customers WHERE owner_id IS NOT NULL "
            "UNION SELECT rep_id FROM orders WHERE rep_id IS NOT NULL "
            "UNION SELECT owner_id FROM cases WHERE owner_id IS NOT NULL "
            "UNION SELECT agent_id FROM interactions WHERE agent_id IS NOT NULL "
            "UNION SELECT assignee_id FROM tasks WHERE assignee_id IS NOT NULL "
            "UNION SELECT author_id FROM customer_notes WHERE author_id IS NOT NULL)");
    } else if (columns->contains(QStringLiteral("customer_id"))) {
        keep = QStringLiteral("(customer_id IS NULL OR customer_id NOT IN ") + keptList
               + QLatin1Char(')');
    }
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("DELETE FROM ") + quoted(table)
                   + QStringLiteral(" WHERE id BETWEEN :first AND :last")
                   + (keep.isEmpty() ? QString() : QStringLiteral(" AND ") + keep)))
        return sqlError(q, tr("Deleting the rows the batch loaded"));
    q.bindValue(QStringLiteral(":first"), first);
    q.bindValue(QStringLiteral(":last"), last);
    if (keep.contains(QLatin1String(":kept")))
        q.bindValue(QStringLiteral(":kept"),
                    QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q, tr("Deleting the rows the batch loaded"));
    return qint64(q.numRowsAffected());
}

Result<qint64> RevertRepository::countRange(const QString &table, qint64 first, qint64 last)
{
    if (Result<QStringList> columns = columnsOf(table); !columns)
        return columns.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM ") + quoted(table)
                   + QStringLiteral(" WHERE id BETWEEN ? AND ?"))
        || !bindAll(q, {first, last}) || !q.next())
        return sqlError(q, tr("Counting the rows the batch loaded"));
    return q.value(0).toLongLong();
}

Status RevertRepository::run(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql) || !bindAll(q, values))
        return sqlError(q, what);
    return {};
}

Status RevertRepository::suspendTriggers()
{
    const QString what = tr("Preparing to delete the rows the batch loaded");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QJsonArray tables;
    for (const char *t : TriggerTables)
        tables.append(QLatin1String(t));
    if (!q.prepare(
            QStringLiteral("SELECT name, sql FROM main.sqlite_schema WHERE type = 'trigger' "
                           "AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY rowid"))
        || !bindAll(q, {QString::fromUtf8(QJsonDocument(tables).toJson(QJsonDocument::Compact))}))
        return sqlError(q, what);
    QStringList names;
    // The deletes touch every page of the big tables' indexes: a larger cache for them (the
    // read model's pages spill to disk with the connection's 32 MB), put back by resume.
    {
        QSqlQuery c(m_db.connection());
        if (c.exec(QStringLiteral("PRAGMA cache_size")) && c.next())
            m_cacheSize = c.value(0).toLongLong();
    }
    if (Status s = m_db.exec(QStringLiteral("PRAGMA cache_size = -262144")); !s)
        return s;
    while (q.next()) {
        names << q.value(0).toString();
        m_suspended << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        if (Status s = m_db.exec(QStringLiteral("DROP TRIGGER main.") + quoted(name)); !s)
            return s;
    }
    return {};
}

Status RevertRepository::resumeTriggers()
{
    // The statements come from sqlite_schema as the migrations made them.
    for (const QString &sql : std::as_const(m_suspended)) {
        if (Status s = m_db.exec(sql); !s)
            return s;
    }
    m_suspended.clear();
    if (m_cacheSize != 0)
        return m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    return {};
}

Status RevertRepository::forgetCustomers(qint64 first, qint64 last, const QList<qint64> &kept)
{
    const QString what = tr("Taking the deleted customers out of the search and the list");
    const QString keep = keptJson(kept);
    // Name terms: the words of the names going, subtracted (needs the names, so before).
    if (Status s = m_db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.revert_terms")); !s)
        return s;
    if (Status s = run(QStringLiteral(
                           "CREATE TEMP TABLE revert_terms AS SELECT t.token AS term, "
                           "count(DISTINCT c.id) AS n FROM customers c, customer_name_tokenizer t "
                           "WHERE c.id BETWEEN ? AND ? AND c.id NOT IN (SELECT value FROM "
                           "json_each(?)) AND t.input = c.name AND c.deleted_at IS NULL "
                           "GROUP BY t.token"),
                       {first, last, keep},
                       what);
        !s)
        return s;
    if (Status s = run(QStringLiteral("UPDATE customer_name_terms SET customers = customers - g.n "
                                      "FROM temp.revert_terms g WHERE g.term = "
                                      "customer_name_terms.term"),
                       {},
                       what);
        !s)
        return s;
    if (Status s = run(QStringLiteral("DELETE FROM customer_name_terms WHERE customers <= 0"),
                       {},
                       what);
        !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DROP TABLE temp.revert_terms")); !s)
        return s;
    if (Status s = run(QStringLiteral("DELETE FROM customer_list WHERE id BETWEEN ? AND ? AND id "
                                      "NOT IN (SELECT value FROM json_each(?))"),
                       {first, last, keep},
                       what);
        !s)
        return s;
    // The search index: row by row when few go; rebuilt from what stays when most of it goes
    // (an FTS5 delete costs about as much as an insert).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE id BETWEEN ? AND "
                                  "?), (SELECT count(*) FROM customers)"))
        || !bindAll(q, {first, last}) || !q.next())
        return sqlError(q, what);
    const qint64 going = q.value(0).toLongLong();
    const qint64 all = q.value(1).toLongLong();
    q.finish();
    if (going * 2 < all)
        return run(QStringLiteral("DELETE FROM customer_search WHERE rowid BETWEEN ? AND ? AND "
                                  "rowid NOT IN (SELECT value FROM json_each(?))"),
                   {first, last, keep},
                   what);
    if (!q.exec(QStringLiteral(
            "SELECT sql FROM main.sqlite_schema WHERE name = 'customer_search' AND type = 'table'"))
        || !q.next())
        return sqlError(q, what);
    const QString create = q.value(0).toString();
    q.finish();
    if (Status s = m_db.exec(QStringLiteral("DROP TABLE customer_search")); !s)
        return s;
    if (Status s = m_db.exec(create); !s)
        return s;
    return run(QStringLiteral("INSERT INTO customer_search (rowid, name, organisation, email, "
                              "phone, city) SELECT id, name, organisation, email, phone, city "
                              "FROM customer_search_source WHERE NOT (id BETWEEN ? AND ?) OR id IN "
                              "(SELECT value FROM json_each(?))"),
               {first, last, keep},
               what);
}

Status RevertRepository::refreshCustomers(const QList<qint64> &customers)
{
    if (customers.isEmpty())
        return {};
    const QString what = tr("Bringing the search and the list up to date");
    const QString ids = keptJson(customers);
    if (Status s = run(QStringLiteral("DELETE FROM customer_search WHERE rowid IN (SELECT value "
                                      "FROM json_each(?))"),
                       {ids},
                       what);
        !s)
        return s;
    if (Status s = run(QStringLiteral(
                           "INSERT INTO customer_search (rowid, name, organisation, email, phone, "
                           "city) SELECT id, name, organisation, email, phone, city FROM "
                           "customer_search_source WHERE id IN (SELECT value FROM json_each(?))"),
                       {ids},
                       what);
        !s)
        return s;
    if (Status s = run(QStringLiteral("DELETE FROM customer_list WHERE id IN (SELECT value FROM "
                                      "json_each(?))"),
                       {ids},
                       what);
        !s)
        return s;
    return run(QStringLiteral(
                   "INSERT INTO customer_list (id, live, kind, stage, owner_id, tag_bits, name, "
                   "name_key, org_id, org_name, org_key, owner_name, owner_key, phone, email, "
                   "city, city_key, last_contact_at, revenue_minor, revenue_currency, "
                   "revenue_oldest_at) SELECT id, live, kind, stage, owner_id, tag_bits, name, "
                   "name_key, org_id, org_name, org_key, owner_name, owner_key, phone, email, "
                   "city, city_key, last_contact_at, revenue_minor, revenue_currency, "
                   "revenue_oldest_at FROM customer_list_source WHERE id IN (SELECT value FROM "
                   "json_each(?))"),
               {ids},
               what);
}

Status RevertRepository::recountList()
{
    const QString what = tr("Counting the customer list");
    if (Status s = run(QStringLiteral("DELETE FROM customer_list_counts"), {}, what); !s)
        return s;
    return run(QStringLiteral("INSERT INTO customer_list_counts (stage, kind, owner_id, tag_bits, "
                              "n) SELECT stage, kind, coalesce(owner_id, 0), tag_bits, count(*) "
                              "FROM customer_list WHERE live = 1 GROUP BY 1, 2, 3, 4"),
               {},
               what);
}

Result<QList<qint64>> RevertRepository::customersTouched(
    const QString &table, qint64 first, qint64 last, qint64 customerFirst, qint64 customerLast)
{
    QString sql;
    QVariantList values;
    if (table.isEmpty()) {
        sql = QStringLiteral("SELECT from_id FROM relationships WHERE to_id BETWEEN ? AND ? "
                             "AND NOT (from_id BETWEEN ? AND ?) UNION SELECT to_id FROM "
                             "relationships WHERE from_id BETWEEN ? AND ? AND NOT (to_id "
                             "BETWEEN ? AND ?)");
        values = {customerFirst,
                  customerLast,
                  customerFirst,
                  customerLast,
                  customerFirst,
                  customerLast,
                  customerFirst,
                  customerLast};
    } else if (table == QLatin1String("relationships")) {
        sql = QStringLiteral("SELECT from_id FROM relationships WHERE id BETWEEN ? AND ? AND "
                             "NOT (from_id BETWEEN ? AND ?) UNION SELECT to_id FROM "
                             "relationships WHERE id BETWEEN ? AND ? AND NOT (to_id BETWEEN ? "
                             "AND ?)");
        values
            = {first, last, customerFirst, customerLast, first, last, customerFirst, customerLast};
    } else if (table == QLatin1String("order_lines")) {
        sql = QStringLiteral("SELECT DISTINCT o.customer_id FROM order_lines l JOIN orders o ON "
                             "o.id = l.order_id WHERE l.id BETWEEN ? AND ? AND NOT "
                             "(o.customer_id BETWEEN ? AND ?)");
        values = {first, last, customerFirst, customerLast};
    } else {
        Result<QStringList> columns = columnsOf(table);
        if (!columns)
            return columns.error();
        if (!columns->contains(QStringLiteral("customer_id")))
            return QList<qint64>();
        sql = QStringLiteral("SELECT DISTINCT customer_id FROM ") + quoted(table)
              + QStringLiteral(" WHERE id BETWEEN ? AND ? AND customer_id IS NOT NULL AND NOT "
                               "(customer_id BETWEEN ? AND ?)");
        values = {first, last, customerFirst, customerLast};
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !bindAll(q, values))
        return sqlError(q, tr("Looking for customers the batch's rows belong to"));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace rapport
