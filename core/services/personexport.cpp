#include "core/services/personexport.h"

#include "core/domain/historyentry.h"
#include "core/services/personexportfields.h"
#include "core/storage/historyrepository.h"
#include "core/storage/personrecordrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {
namespace {

using personexport::Context;

// What the document says about itself, for whoever opens the file without the documentation.
QString aboutText()
{
    return QStringLiteral(
        "Everything Rapport holds about one customer, as of exported_at. Times are UTC (ISO "
        "8601), amounts are decimals in the currency beside them. 'history' lists every recorded "
        "change, oldest first; values an erase removed show as null with erased: true. The "
        "format is described in Rapport's docs/person-export.md.");
}

// One history entry as a reader follows it: when, who, what was done to which record, and each
// field's value before and after.
QJsonObject historyJson(const HistoryEntry &e, qint64 customerId, const Context &context)
{
    // Entries of one act (one save, one import, one merge) share the number of its first entry.
    QJsonObject o{{QStringLiteral("entry"), e.id},
                  {QStringLiteral("act"), e.batch ? e.batch : e.id},
                  {QStringLiteral("when"), e.at.toString(Qt::ISODate)},
                  {QStringLiteral("who"), e.actor}};
    const QJsonDocument changes = QJsonDocument::fromJson(e.changes.toUtf8());
    if (e.isBatchHead()) {
        // The head of an import, a merge, an erase...: what it was, as it describes itself.
        o.insert(QStringLiteral("action"), QStringLiteral("batch"));
        o.insert(QStringLiteral("batch_kind"), e.entity);
        o.insert(QStringLiteral("details"),
                 changes.isObject() ? QJsonValue(changes.object()) : QJsonValue(e.changes));
        o.insert(QStringLiteral("erased"), e.isRedacted());
        return o;
    }
    o.insert(QStringLiteral("action"), personexport::actionName(e.operation));
    o.insert(QStringLiteral("record"), personexport::recordName(e.entity));
    o.insert(QStringLiteral("record_id"),
             e.entityId ? QJsonValue(e.entityId) : QJsonValue(QJsonValue::Null));
    if (e.customerId && e.customerId != customerId) // a link another customer's record made
        o.insert(QStringLiteral("on_customer_id"), e.customerId);
    const QString table = personexport::tableOf(e.entity);
    Context values = context;
    QJsonObject fields;
    if (changes.isObject()) {
        const QJsonObject c = changes.object();
        // Money in the history is read in the currency the same change names, when it names one.
        const QJsonArray currency = c.value(QLatin1String("currency")).toArray();
        if (!currency.isEmpty())
            values.currency = currency.at(1).isString() ? currency.at(1).toString()
                                                        : currency.at(0).toString();
        for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
            const QString name = table.isEmpty() ? it.key()
                                                 : personexport::fieldName(table, it.key());
            if (name.isEmpty())
                continue;
            const QJsonArray pair = it.value().toArray();
            if (pair.size() != 2) {
                fields.insert(name, it.value());
                continue;
            }
            fields
                .insert(name,
                        QJsonObject{{QStringLiteral("before"),
                                     personexport::fieldValue(table, it.key(), pair.at(0), values)},
                                    {QStringLiteral("after"),
                                     personexport::fieldValue(table, it.key(), pair.at(1), values)}});
        }
    } else if (!e.changes.isEmpty()) {
        fields.insert(QStringLiteral("text"), e.changes);
    }
    o.insert(QStringLiteral("fields"), fields);
    o.insert(QStringLiteral("erased"), e.isRedacted());
    return o;
}

QJsonArray readableRows(const QString &table, const QJsonArray &rows, const Context &context)
{
    QJsonArray out;
    for (const QJsonValue &v : rows)
        out.append(personexport::readable(table, v.toObject(), context));
    return out;
}

} // namespace

Result<QJsonObject> PersonExport::build(const Database &db, qint64 customerId, const QDateTime &now)
{
    PersonRecordRepository records(db);
    Result<QJsonObject> customer = records.customer(customerId);
    if (!customer)
        return customer.error();
    Result<QHash<qint64, QString>> users = records.userNames();
    if (!users)
        return users.error();
    Context context;
    context.users = std::move(users).value();

    QJsonObject doc{{QStringLiteral("format"), QStringLiteral("rapport-person-export")},
                    {QStringLiteral("version"), FormatVersion},
                    {QStringLiteral("about"), aboutText()},
                    {QStringLiteral("exported_at"), now.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("customer_id"), customerId},
                    {QStringLiteral("person"),
                     personexport::readable(QStringLiteral("customers"), *customer, context)}};
    for (const PersonRecordRepository::Section &section : PersonRecordRepository::sections()) {
        if (section.key == QLatin1String("person") || section.key == QLatin1String("history"))
            continue;
        Result<QJsonArray> rows = records.rows(section.key, customerId);
        if (!rows)
            return rows.error();
        const QString table = section.tables.first();
        if (section.key == QLatin1String("tags")) {
            QJsonArray names; // a tag is its name
            for (const QJsonValue &v : std::as_const(*rows))
                names.append(v.toObject().value(QLatin1String("name")));
            doc.insert(section.key, names);
        } else if (section.key == QLatin1String("orders")) {
            QJsonArray orders;
            for (const QJsonValue &v : std::as_const(*rows)) {
                const QJsonObject raw = v.toObject();
                QJsonObject order = personexport::readable(table, raw, context);
                Result<QJsonArray> lines = records.rows(QStringLiteral("order_lines"),
                                                        raw.value(QLatin1String("id")).toInteger());
                if (!lines)
                    return lines.error();
                Context inOrder = context;
                inOrder.currency = raw.value(QLatin1String("currency")).toString();
                order.insert(QStringLiteral("lines"),
                             readableRows(QStringLiteral("order_lines"), *lines, inOrder));
                orders.append(order);
            }
            doc.insert(section.key, orders);
        } else {
            doc.insert(section.key, readableRows(table, *rows, context));
        }
    }
    Result<QList<HistoryEntry>> entries = HistoryRepository(db).aboutCustomer(customerId, {});
    if (!entries)
        return entries.error();
    QJsonArray history;
    for (const HistoryEntry &e : std::as_const(*entries))
        history.append(historyJson(e, customerId, context));
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
