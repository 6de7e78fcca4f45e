#include "core/services/personexport.h"

#include "core/domain/historyentry.h"
#include "core/storage/historyrepository.h"
#include "core/storage/personrecordrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {
namespace {

QJsonObject historyJson(const HistoryEntry &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("batch"), e.batch},
                  {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                  {QStringLiteral("actor"), e.actor},
                  {QStringLiteral("operation"), e.operation},
                  {QStringLiteral("entity"), e.entity}};
    o.insert(QStringLiteral("entity_id"),
             e.entityId ? QJsonValue(e.entityId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("customer_id"),
             e.customerId ? QJsonValue(e.customerId) : QJsonValue(QJsonValue::Null));
    const QJsonDocument changes = QJsonDocument::fromJson(e.changes.toUtf8());
    o.insert(QStringLiteral("changes"),
             changes.isObject() ? QJsonValue(changes.object()) : QJsonValue(e.changes));
    o.insert(QStringLiteral("redacted"), e.isRedacted());
    return o;
}

} // namespace

Result<QJsonObject> PersonExport::build(const Database &db, qint64 customerId, const QDateTime &now)
{
    PersonRecordRepository records(db);
    Result<QJsonObject> customer = records.customer(customerId);
    if (!customer)
        return customer.error();
    QJsonObject doc{{QStringLiteral("format"), QStringLiteral("rapport-person-export")},
                    {QStringLiteral("version"), FormatVersion},
                    {QStringLiteral("exported_at"), now.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("customer_id"), customerId},
                    {QStringLiteral("customer"), *customer}};
    for (const PersonRecordRepository::Section &section : PersonRecordRepository::sections()) {
        if (section.key == QLatin1String("customer") || section.key == QLatin1String("history"))
            continue;
        Result<QJsonArray> rows = records.rows(section.key, customerId);
        if (!rows)
            return rows.error();
        if (section.key == QLatin1String("orders")) {
            QJsonArray orders;
            for (const QJsonValue &v : std::as_const(*rows)) {
                QJsonObject order = v.toObject();
                Result<QJsonArray> lines
                    = records.rows(QStringLiteral("order_lines"),
                                   order.value(QLatin1String("id")).toInteger());
                if (!lines)
                    return lines.error();
                order.insert(QStringLiteral("lines"), *lines);
                orders.append(order);
            }
            doc.insert(section.key, orders);
        } else {
            doc.insert(section.key, *rows);
        }
    }
    Result<QList<HistoryEntry>> entries = HistoryRepository(db).aboutCustomer(customerId, {});
    if (!entries)
        return entries.error();
    QJsonArray history;
    for (const HistoryEntry &e : std::as_const(*entries))
        history.append(historyJson(e));
    doc.insert(QStringLiteral("history"), history);
    return doc;
}

Result<QJsonObject> PersonExport::build(const Database &db,
                                        qint64 customerId,
                                        const QDateTime &now,
                                        const AccessPolicy &access)
{
    const Permission refused = access.allowsAny(Permission::Export) ? Permission::View
                                                                    : Permission::Export;
    return build(db,
                 customerId,
                 now,
                 access.scope(Permission::View).intersected(access.scope(Permission::Export)),
                 access.refusal(refused));
}

Result<QJsonObject> PersonExport::build(const Database &db,
                                        qint64 customerId,
                                        const QDateTime &now,
                                        const CustomerScope &scope,
                                        const QString &refusal)
{
    if (!scope.isEverything()) {
        // The owner as stored (a customer in the trash included): asked before anything is read.
        Result<QJsonObject> customer = PersonRecordRepository(db).customer(customerId);
        if (!customer)
            return customer.error();
        const QJsonValue owner = customer->value(QStringLiteral("owner_id"));
        const std::optional<qint64> ownerId = owner.isDouble()
                                                  ? std::optional<qint64>(owner.toInteger())
                                                  : std::nullopt;
        if (!scope.allows(ownerId))
            return Error(Error::Kind::Forbidden, refusal);
    }
    return build(db, customerId, now);
}

} // namespace rapport
