#include "core/services/personexportfields.h"

#include "core/domain/money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <vector>

namespace rapport::personexport {
namespace {

enum class As {
    Same,  // as stored
    Drop,  // bookkeeping: left out
    Time,  // Unix seconds -> ISO 8601 UTC
    Words, // a small integer code -> its English word
    Bool,  // 0/1 -> false/true
    User,  // users.id -> the user's name
    Money, // minor units -> a decimal in the row's currency
};

struct Column
{
    const char *column;
    const char *name;
    As as = As::Same;
    std::vector<const char *> words = {};
};

struct Table
{
    const char *table;
    std::vector<Column> columns;
};

const std::vector<const char *> priorities = {"low", "normal", "high", "urgent"};

// The meaning of each code is the schema's (core/storage/migrations/0001_schema.sql and later).
const std::vector<Table> &tables()
{
    static const std::vector<Table> all = {
        {"customers",
         {{"id", "customer_id"},
          {"kind", "type", As::Words, {"person", "organisation"}},
          {"first_name", "first_name"},
          {"last_name", "last_name"},
          {"name", "display_name"},
          {"sort_name", "", As::Drop},
          {"stage", "lifecycle_stage", As::Words, {"lead", "prospect", "active", "lapsed", "lost"}},
          {"owner_id", "account_owner", As::User},
          {"source", "acquisition_source"},
          {"acquired_on", "acquired_on"},
          {"notes", "notes"},
          {"external_key", "id_in_other_system"},
          {"created_at", "record_created_at", As::Time},
          {"updated_at", "record_changed_at", As::Time},
          {"deleted_at", "moved_to_trash_at", As::Time},
          {"version", "", As::Drop}}},
        {"contact_points",
         {{"id", "id"},
          {"customer_id", "", As::Drop},
          {"kind", "type", As::Words, {"phone", "e-mail", "postal address", "website"}},
          {"label", "label", As::Words, {"work", "home", "mobile", "other"}},
          {"value", "value"},
          {"street", "street"},
          {"postal_code", "postal_code"},
          {"city", "city"},
          {"region", "region"},
          {"country", "country"},
          {"is_primary", "primary", As::Bool},
          {"phone_key", "", As::Drop}, // the phone's digits for matching: the value again
          {"version", "", As::Drop}}},
        {"relationships",
         {{"id", "id"},
          {"from_id", "from_customer_id"},
          {"from_name", "from"},
          {"kind",
           "relation",
           As::Words,
           {"works at", "subsidiary of", "referred by", "partner of", "supplier of"}},
          {"to_id", "to_customer_id"},
          {"to_name", "to"},
          {"role", "role"},
          {"since", "since"},
          {"note", "note"},
          {"version", "", As::Drop}}},
        {"interactions",
         {{"id", "id"},
          {"customer_id", "", As::Drop},
          {"occurred_at", "when", As::Time},
          {"channel",
           "channel",
           As::Words,
           {"phone", "e-mail", "meeting", "letter", "web form", "chat", "sms", "visit"}},
          {"direction", "direction", As::Words, {"from the customer", "to the customer"}},
          {"duration_s", "duration_seconds"},
          {"agent_id", "staff_member", As::User},
          {"subject", "subject"},
          {"notes", "notes"},
          {"outcome",
           "outcome",
           As::Words,
           {"completed",
            "no answer",
            "left message",
            "follow-up",
            "sale",
            "complaint",
            "not interested"}},
          {"case_id", "case_id"},
          {"version", "", As::Drop}}},
        {"orders",
         {{"id", "order_id"},
          {"customer_id", "", As::Drop},
          {"ordered_at", "ordered_at", As::Time},
          {"status", "status", As::Words, {"open", "fulfilled", "cancelled", "refunded"}},
          {"currency", "currency"},
          {"total_minor", "total", As::Money},
          {"rep_id", "sales_rep", As::User},
          {"version", "", As::Drop}}},
        {"order_lines",
         {{"id", "line_id"},
          {"order_id", "", As::Drop},
          {"product_id", "product_id"},
          {"sku", "sku"},
          {"product_name", "product"},
          {"quantity", "quantity"},
          {"unit_price_minor", "unit_price", As::Money}}},
        {"cases",
         {{"id", "case_id"},
          {"customer_id", "", As::Drop},
          {"kind", "type", As::Words, {"complaint", "service request"}},
          {"subject", "subject"},
          {"description", "description"},
          {"category", "category"},
          {"status", "status", As::Words, {"new", "open", "waiting", "resolved", "closed"}},
          {"priority", "priority", As::Words, priorities},
          {"owner_id", "handled_by", As::User},
          {"opened_at", "opened_at", As::Time},
          {"resolved_at", "resolved_at", As::Time},
          {"resolution", "resolution"},
          {"version", "", As::Drop}}},
        {"tasks",
         {{"id", "task_id"},
          {"customer_id", "", As::Drop},
          {"case_id", "case_id"},
          {"title", "title"},
          {"notes", "notes"},
          {"due_at", "due_at", As::Time},
          {"done_at", "done_at", As::Time},
          {"assignee_id", "assigned_to", As::User},
          {"priority", "priority", As::Words, priorities},
          {"created_at", "created_at", As::Time},
          {"version", "", As::Drop}}},
        {"customer_notes",
         {{"id", "note_id"},
          {"customer_id", "", As::Drop},
          {"body", "text"},
          {"author_id", "written_by", As::User},
          {"created_at", "written_at", As::Time},
          {"updated_at", "changed_at", As::Time},
          {"version", "", As::Drop}}},
        {"surveys",
         {{"id", "answer_id"},
          {"customer_id", "", As::Drop},
          {"answered_at", "answered_at", As::Time},
          {"kind", "survey", As::Words, {"relationship", "after a purchase", "after a case"}},
          {"score", "score_0_to_10"},
          {"comment", "comment"}}},
        {"consents",
         {{"id", "", As::Drop},
          {"customer_id", "", As::Drop},
          {"channel", "channel"},
          {"status", "answer"},
          {"given_on", "given_on"},
          {"source", "source"}}},
        {"tags", {{"id", "", As::Drop}, {"name", "tag"}}},
        {"customer_tags", {{"customer_id", "", As::Drop}, {"tag_id", "tag_id"}}},
    };
    return all;
}

const Table *tableSpec(const QString &table)
{
    for (const Table &t : tables()) {
        if (table == QLatin1String(t.table))
            return &t;
    }
    return nullptr;
}

const Column *columnSpec(const QString &table, const QString &column)
{
    if (const Table *t = tableSpec(table)) {
        for (const Column &c : t->columns) {
            if (column == QLatin1String(c.column))
                return &c;
        }
    }
    return nullptr;
}

QJsonValue convert(const Column &c,
                   const QJsonValue &v,
                   const Context &context,
                   const QString &currency)
{
    if (v.isNull() || v.isUndefined())
        return QJsonValue(QJsonValue::Null);
    switch (c.as) {
    case As::Same:
    case As::Drop:
        return v;
    case As::Time:
        if (!v.isDouble())
            return v;
        return QDateTime::fromSecsSinceEpoch(v.toInteger(), Qt::UTC).toString(Qt::ISODate);
    case As::Words: {
        const qint64 code = v.toInteger(-1);
        if (!v.isDouble() || code < 0 || code >= qint64(c.words.size()))
            return v;
        return QString::fromUtf8(c.words[std::size_t(code)]);
    }
    case As::Bool:
        return v.isDouble() ? QJsonValue(v.toInteger() != 0) : v;
    case As::User: {
        const QString name = context.users.value(v.toInteger());
        return name.isEmpty() ? v : QJsonValue(name);
    }
    case As::Money:
        if (!v.isDouble() || currency.isEmpty())
            return v;
        return Money::formatMinor(v.toInteger(), Money::decimals(currency), QLocale::c());
    }
    return v;
}

} // namespace

QJsonObject readable(const QString &table, const QJsonObject &row, const Context &context)
{
    const QString currency = row.value(QLatin1String("currency")).toString(context.currency);
    QJsonObject out;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        const Column *c = columnSpec(table, it.key());
        if (!c) {
            out.insert(it.key(), it.value()); // a column this version does not know yet
            continue;
        }
        if (c->as == As::Drop)
            continue;
        out.insert(QLatin1String(c->name), convert(*c, it.value(), context, currency));
    }
    return out;
}

QString fieldName(const QString &table, const QString &column)
{
    const Column *c = columnSpec(table, column);
    if (!c)
        return column;
    return c->as == As::Drop ? QString() : QString::fromLatin1(c->name);
}

QJsonValue fieldValue(const QString &table,
                      const QString &column,
                      const QJsonValue &value,
                      const Context &context)
{
    const Column *c = columnSpec(table, column);
    return c ? convert(*c, value, context, context.currency) : value;
}

QString recordName(const QString &entity)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("customer_tag"), QStringLiteral("tag")},
        {QStringLiteral("contact_point"), QStringLiteral("contact point")},
        {QStringLiteral("order_line"), QStringLiteral("order line")},
        {QStringLiteral("survey"), QStringLiteral("survey answer")},
    };
    return names.value(entity, entity);
}

QString tableOf(const QString &entity)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("customer"), QStringLiteral("customers")},
        {QStringLiteral("customer_tag"), QStringLiteral("customer_tags")},
        {QStringLiteral("tag"), QStringLiteral("tags")},
        {QStringLiteral("contact_point"), QStringLiteral("contact_points")},
        {QStringLiteral("relationship"), QStringLiteral("relationships")},
        {QStringLiteral("order"), QStringLiteral("orders")},
        {QStringLiteral("order_line"), QStringLiteral("order_lines")},
        {QStringLiteral("case"), QStringLiteral("cases")},
        {QStringLiteral("interaction"), QStringLiteral("interactions")},
        {QStringLiteral("task"), QStringLiteral("tasks")},
        {QStringLiteral("note"), QStringLiteral("customer_notes")},
        {QStringLiteral("survey"), QStringLiteral("surveys")},
        {QStringLiteral("consent"), QStringLiteral("consents")},
    };
    return tables.value(entity);
}

QString actionName(const QString &operation)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("create"), QStringLiteral("created")},
        {QStringLiteral("update"), QStringLiteral("changed")},
        {QStringLiteral("delete"), QStringLiteral("deleted")},
        {QStringLiteral("trash"), QStringLiteral("moved to the trash")},
        {QStringLiteral("restore"), QStringLiteral("restored from the trash")},
    };
    return names.value(operation, operation);
}

} // namespace rapport::personexport
