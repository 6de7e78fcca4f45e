#include "core/storage/personrecordrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport {
namespace {

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QString::fromLatin1(v.toByteArray().toBase64());
    default:
        return v.toString();
    }
}

// The query of each section, with the customer's id bound as :c (orders' lines are read per
// order with :o).
QString sqlOf(const QString &key)
{
    static const QHash<QString, QString> sql{
        {QStringLiteral("contact_points"),
         QStringLiteral("SELECT * FROM contact_points WHERE customer_id = :c ORDER BY kind, id")},
        {QStringLiteral("tags"),
         QStringLiteral("SELECT t.id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                        "WHERE ct.customer_id = :c ORDER BY t.name")},
        {QStringLiteral("relationships"),
         QStringLiteral("SELECT r.*, f.name AS from_name, t.name AS to_name FROM relationships r "
                        "JOIN customers f ON f.id = r.from_id JOIN customers t ON t.id = r.to_id "
                        "WHERE r.from_id = :c OR r.to_id = :c ORDER BY r.id")},
        {QStringLiteral("interactions"),
         QStringLiteral(
             "SELECT * FROM interactions WHERE customer_id = :c ORDER BY occurred_at, id")},
        {QStringLiteral("orders"),
         QStringLiteral("SELECT * FROM orders WHERE customer_id = :c ORDER BY ordered_at, id")},
        {QStringLiteral("order_lines"),
         QStringLiteral("SELECT l.*, p.sku, p.name AS product_name FROM order_lines l "
                        "JOIN products p ON p.id = l.product_id WHERE l.order_id = :c "
                        "ORDER BY l.id")},
        {QStringLiteral("cases"),
         QStringLiteral("SELECT * FROM cases WHERE customer_id = :c ORDER BY opened_at, id")},
        {QStringLiteral("tasks"),
         QStringLiteral("SELECT * FROM tasks WHERE customer_id = :c OR case_id IN "
                        "(SELECT id FROM cases WHERE customer_id = :c) ORDER BY created_at, id")},
        {QStringLiteral("notes"),
         QStringLiteral("SELECT * FROM customer_notes WHERE customer_id = :c "
                        "ORDER BY created_at, id")},
        {QStringLiteral("surveys"),
         QStringLiteral("SELECT * FROM surveys WHERE customer_id = :c ORDER BY answered_at, id")},
        {QStringLiteral("consents"),
         QStringLiteral("SELECT * FROM consents WHERE customer_id = :c ORDER BY channel")},
    };
    return sql.value(key);
}

} // namespace

PersonRecordRepository::PersonRecordRepository(const Database &db)
    : m_db(db)
{}

const QList<PersonRecordRepository::Section> &PersonRecordRepository::sections()
{
    static const QList<Section> all{
        {QStringLiteral("person"), {QStringLiteral("customers")}},
        {QStringLiteral("contact_points"), {QStringLiteral("contact_points")}},
        {QStringLiteral("tags"), {QStringLiteral("customer_tags"), QStringLiteral("tags")}},
        {QStringLiteral("relationships"), {QStringLiteral("relationships")}},
        {QStringLiteral("interactions"), {QStringLiteral("interactions")}},
        {QStringLiteral("orders"), {QStringLiteral("orders"), QStringLiteral("order_lines")}},
        {QStringLiteral("cases"), {QStringLiteral("cases")}},
        {QStringLiteral("tasks"), {QStringLiteral("tasks")}},
        {QStringLiteral("notes"), {QStringLiteral("customer_notes")}},
        {QStringLiteral("surveys"), {QStringLiteral("surveys")}},
        {QStringLiteral("consents"), {QStringLiteral("consents")}},
        {QStringLiteral("history"), {QStringLiteral("history")}},
    };
    return all;
}

Result<QJsonArray> PersonRecordRepository::select(const QString &sql, qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString what = tr("Reading everything held about the customer");
    if (!q.prepare(sql))
        return sqlError(q, what);
    q.bindValue(QStringLiteral(":c"), id);
    if (!q.exec())
        return sqlError(q, what);
    QJsonArray out;
    while (q.next()) {
        const QSqlRecord r = q.record();
        QJsonObject row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), jsonOf(q.value(i)));
        out.append(row);
    }
    return out;
}

Result<QJsonObject> PersonRecordRepository::customer(qint64 customerId)
{
    Result<QJsonArray> rows = select(QStringLiteral("SELECT * FROM customers WHERE id = :c"),
                                     customerId);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(Error::Kind::NotFound, tr("Customer %1 does not exist.").arg(customerId));
    return rows->first().toObject();
}

Result<QJsonArray> PersonRecordRepository::rows(const QString &key, qint64 customerId)
{
    const QString sql = sqlOf(key);
    if (sql.isEmpty())
        return Error(Error::Kind::Database, tr("There is no section %1 to export.").arg(key));
    return select(sql, customerId);
}

Result<QHash<qint64, QString>> PersonRecordRepository::userNames()
{
    Result<QJsonArray> rows = select(QStringLiteral("SELECT id, display_name FROM users WHERE "
                                                    "id <> :c"),
                                     0);
    if (!rows)
        return rows.error();
    QHash<qint64, QString> names;
    for (const QJsonValue &v : std::as_const(*rows)) {
        const QJsonObject o = v.toObject();
        names.insert(o.value(QLatin1String("id")).toInteger(),
                     o.value(QLatin1String("display_name")).toString());
    }
    return names;
}

} // namespace rapport
