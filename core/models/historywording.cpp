#include "core/models/historywording.h"

#include "core/domain/contactpoint.h"
#include "core/domain/countries.h"
#include "core/domain/customer.h"
#include "core/domain/enumkeys.h"
#include "core/domain/interaction.h"
#include "core/domain/money.h"
#include "core/domain/order.h"
#include "core/domain/permission.h"
#include "core/domain/priority.h"
#include "core/domain/relationship.h"
#include "core/domain/supportcase.h"
#include "core/domain/survey.h"
#include "core/domain/user.h"
#include "core/util/displayformat.h"

#include <QJsonArray>

namespace rapport {
namespace {

bool is(const QString &s, const char *latin1)
{
    return s == QLatin1String(latin1);
}

// Columns every row carries or that follow from others: not worth a row of their own.
bool isBookkeeping(const QString &entity, const QString &field, const QJsonObject &changes)
{
    if (is(field, "id") || is(field, "version") || is(field, "updated_at") || is(field, "sort_name")
        || is(field, "created_at"))
        return true;
    if (is(field, "customer_id") && !is(entity, "task"))
        return true;
    // A permission entry's role and action are its key, named in what() ("Changed permission:
    // Export for Sales representative"); only its level changes.
    if (is(entity, "permission") && (is(field, "role") || is(field, "permission")))
        return true;
    // A person's name is made of the first and last name shown beside it.
    if (is(entity, "customer") && is(field, "name")
        && (changes.contains(QLatin1String("first_name"))
            || changes.contains(QLatin1String("last_name"))))
        return true;
    return false;
}

// The integer of an enumeration's stored value, or -1.
int enumValue(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt(-1) : -1;
}

template<typename Enum, std::size_t N, typename Name>
QString enumName(const QJsonValue &v, const std::array<const char *, N> &keys, Name name)
{
    if (const std::optional<Enum> e = enumFromInt<Enum>(enumValue(v), keys))
        return name(*e);
    return v.toVariant().toString();
}

// The value on one side (0: old, 1: new) of a changed column, falling back to the other side.
QJsonValue sideOf(const QJsonObject &changes, const char *field, int side)
{
    const QJsonArray pair = changes.value(QLatin1String(field)).toArray();
    const QJsonValue v = pair.at(side);
    return v.isNull() || v.isUndefined() ? pair.at(1 - side) : v;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 200 ? text.left(199) + QChar(0x2026) : text;
}

} // namespace

QString HistoryWording::userName(qint64 id) const
{
    const auto it = m_users.constFind(id);
    return it != m_users.constEnd() ? *it : QStringLiteral("#%1").arg(id);
}

QString HistoryWording::teamName(qint64 id) const
{
    const auto it = m_teams.constFind(id);
    return it != m_teams.constEnd() ? *it : QStringLiteral("#%1").arg(id);
}

QString HistoryWording::entityName(const QString &entity)
{
    if (is(entity, "customer"))
        return tr("customer");
    if (is(entity, "contact_point"))
        return tr("contact detail");
    if (is(entity, "relationship"))
        return tr("link");
    if (is(entity, "customer_tag") || is(entity, "tag"))
        return tr("tag");
    if (is(entity, "user"))
        return tr("user");
    if (is(entity, "setting"))
        return tr("setting");
    if (is(entity, "product"))
        return tr("product");
    if (is(entity, "order"))
        return tr("order");
    if (is(entity, "order_line"))
        return tr("order line");
    if (is(entity, "case"))
        return tr("case");
    if (is(entity, "interaction"))
        return tr("interaction");
    if (is(entity, "task"))
        return tr("task");
    if (is(entity, "note"))
        return tr("note");
    if (is(entity, "survey"))
        return tr("survey answer");
    if (is(entity, "team"))
        return tr("team");
    if (is(entity, "user_team"))
        return tr("team membership");
    if (is(entity, "permission"))
        return tr("permission");
    return entity;
}

QStringList HistoryWording::entities()
{
    return {QStringLiteral("customer"),
            QStringLiteral("contact_point"),
            QStringLiteral("relationship"),
            QStringLiteral("customer_tag"),
            QStringLiteral("interaction"),
            QStringLiteral("case"),
            QStringLiteral("task"),
            QStringLiteral("note"),
            QStringLiteral("survey"),
            QStringLiteral("order"),
            QStringLiteral("product"),
            QStringLiteral("user"),
            QStringLiteral("team"),
            QStringLiteral("user_team"),
            QStringLiteral("permission"),
            QStringLiteral("setting")};
}

QString HistoryWording::operationName(const QString &operation)
{
    if (is(operation, "create"))
        return tr("Added");
    if (is(operation, "update"))
        return tr("Changed");
    if (is(operation, "trash"))
        return tr("Moved to the trash");
    if (is(operation, "restore"))
        return tr("Restored");
    if (is(operation, "delete"))
        return tr("Deleted");
    if (is(operation, "batch"))
        return tr("Batch (import, demo data…)");
    return operation;
}

QStringList HistoryWording::operations()
{
    return {QStringLiteral("create"),
            QStringLiteral("update"),
            QStringLiteral("trash"),
            QStringLiteral("restore"),
            QStringLiteral("delete"),
            QStringLiteral("batch")};
}

QString HistoryWording::what(const HistoryEntry &e, const QJsonObject &changes) const
{
    if (e.isBatchHead()) {
        const int customers = changes.value(QLatin1String("customers")).toInt(-1);
        if (is(e.entity, "import"))
            return customers >= 0 ? tr("Imported %Ln customer(s)", "", customers)
                                  : tr("Imported a file");
        if (is(e.entity, "demo"))
            return customers >= 0 ? tr("Loaded demo data: %Ln customer(s)", "", customers)
                                  : tr("Loaded demo data");
        if (is(e.entity, "merge"))
            return tr("Merged customers");
        if (is(e.entity, "erase"))
            return tr("Erased a customer");
        if (is(e.entity, "import-orders")) {
            const int orders = changes.value(QLatin1String("orders")).toInt(-1);
            const QString file = changes.value(QLatin1String("file")).toString();
            if (orders >= 0 && !file.isEmpty())
                return tr("Imported %Ln order(s) from %1", "", orders).arg(file);
            return tr("Imported purchases");
        }
        return tr("Batch: %1").arg(e.entity);
    }
    if (is(e.operation, "trash"))
        return tr("Moved to the trash");
    if (is(e.operation, "restore"))
        return tr("Restored from the trash");
    // Accounts: whom a change was about, which an auditor asks first (a password reset or a
    // deactivation names no one in its fields).
    if (is(e.entity, "user") && is(e.operation, "update"))
        return tr("Changed user %1").arg(userName(e.entityId));
    if (is(e.entity, "user_team")) // the entry's id is the user's; the team is its summary
        return is(e.operation, "delete") ? tr("Took %1 out of a team").arg(userName(e.entityId))
                                         : tr("Put %1 in a team").arg(userName(e.entityId));
    if (is(e.entity, "permission")) {
        const QJsonValue role = sideOf(changes, "role", 1);
        const QJsonValue permission = sideOf(changes, "permission", 1);
        if (role.isString() && permission.isString())
            return tr("Changed permission: %1 for %2")
                .arg(value(e.entity, QStringLiteral("permission"), permission, changes, 1),
                     value(e.entity, QStringLiteral("role"), role, changes, 1));
    }
    QString noun = entityName(e.entity);
    if (is(e.entity, "contact_point")) {
        const int kind = enumValue(sideOf(changes, "kind", 1));
        switch (enumFromInt<ContactKind>(kind, contactKindKeys).value_or(ContactKind(-1))) {
        case ContactKind::Phone:
            noun = tr("phone number");
            break;
        case ContactKind::Email:
            noun = tr("e-mail address");
            break;
        case ContactKind::Postal:
            noun = tr("address");
            break;
        case ContactKind::Web:
            noun = tr("website");
            break;
        }
    }
    if (is(e.entity, "interaction") && is(e.operation, "create")) {
        const QJsonValue channel = sideOf(changes, "channel", 1);
        return tr("Logged an interaction (%1)")
            .arg(enumName<Channel>(channel, channelKeys, channelName));
    }
    if (is(e.operation, "create"))
        return tr("Added %1").arg(noun);
    if (is(e.operation, "delete"))
        return is(e.entity, "customer_tag") ? tr("Removed %1").arg(noun)
                                            : tr("Deleted %1").arg(noun);
    return tr("Changed %1").arg(noun);
}

QString HistoryWording::fieldName(const QString &entity, const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Name")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("acquired_on"), QT_TR_NOOP("Customer since")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("deleted_at"), QT_TR_NOOP("In the trash since")},
        {QStringLiteral("label"), QT_TR_NOOP("Label")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("is_primary"), QT_TR_NOOP("Primary")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("since"), QT_TR_NOOP("Since")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("from_id"), QT_TR_NOOP("From")},
        {QStringLiteral("to_id"), QT_TR_NOOP("Linked customer")},
        {QStringLiteral("sku"), QT_TR_NOOP("SKU")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("is_service"), QT_TR_NOOP("Service")},
        {QStringLiteral("unit_price_minor"), QT_TR_NOOP("Unit price")},
        {QStringLiteral("unit_cost_minor"), QT_TR_NOOP("Unit cost")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("ordered_at"), QT_TR_NOOP("Ordered")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("total_minor"), QT_TR_NOOP("Total")},
        {QStringLiteral("rep_id"), QT_TR_NOOP("Sales rep")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("opened_at"), QT_TR_NOOP("Opened")},
        {QStringLiteral("resolved_at"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("resolution"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("occurred_at"), QT_TR_NOOP("Time")},
        {QStringLiteral("duration_s"), QT_TR_NOOP("Duration")},
        {QStringLiteral("agent_id"), QT_TR_NOOP("Agent")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("case_id"), QT_TR_NOOP("Case")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("due_at"), QT_TR_NOOP("Due")},
        {QStringLiteral("done_at"), QT_TR_NOOP("Done")},
        {QStringLiteral("assignee_id"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("author_id"), QT_TR_NOOP("Author")},
        {QStringLiteral("answered_at"), QT_TR_NOOP("Answered")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("comment"), QT_TR_NOOP("Comment")},
        {QStringLiteral("login"), QT_TR_NOOP("Login")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("key"), QT_TR_NOOP("Setting")},
        {QStringLiteral("tag_id"), QT_TR_NOOP("Tag")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("product_id"), QT_TR_NOOP("Product")},
        {QStringLiteral("order_id"), QT_TR_NOOP("Order")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed")},
        {QStringLiteral("password_changed_at"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("team_id"), QT_TR_NOOP("Team")},
        {QStringLiteral("user_id"), QT_TR_NOOP("User")},
        {QStringLiteral("permission"), QT_TR_NOOP("Permission")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
    };
    if (is(entity, "customer") && is(field, "name"))
        return tr("Organisation");
    const auto it = names.constFind(field);
    return it != names.constEnd() ? tr(*it) : field;
}

QString HistoryWording::value(const QString &entity,
                              const QString &field,
                              const QJsonValue &v,
                              const QJsonObject &changes,
                              int side) const
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (is(field, "kind")) {
        if (is(entity, "customer"))
            return enumName<CustomerKind>(v, customerKindKeys, customerKindName);
        if (is(entity, "contact_point"))
            return enumName<ContactKind>(v, contactKindKeys, contactKindName);
        if (is(entity, "relationship"))
            return enumName<RelationshipKind>(v, relationshipKindKeys, relationshipKindName);
        if (is(entity, "case"))
            return enumName<CaseKind>(v, caseKindKeys, caseKindName);
        if (is(entity, "survey"))
            return enumName<SurveyKind>(v, surveyKindKeys, surveyKindName);
    }
    if (is(field, "stage"))
        return enumName<LifecycleStage>(v, lifecycleStageKeys, lifecycleStageName);
    if (is(field, "label"))
        return enumName<ContactLabel>(v, contactLabelKeys, contactLabelName);
    if (is(field, "status") && is(entity, "order"))
        return enumName<OrderStatus>(v, orderStatusKeys, orderStatusName);
    if (is(field, "status") && is(entity, "case"))
        return enumName<CaseStatus>(v, caseStatusKeys, caseStatusName);
    if (is(field, "priority"))
        return enumName<Priority>(v, priorityKeys, priorityName);
    if (is(field, "channel"))
        return enumName<Channel>(v, channelKeys, channelName);
    if (is(field, "direction"))
        return enumName<Direction>(v, directionKeys, directionName);
    if (is(field, "outcome"))
        return enumName<Outcome>(v, outcomeKeys, outcomeName);
    if (is(field, "role") && is(entity, "user"))
        return enumName<Role>(v, roleKeys, roleName);
    if (is(entity, "permission") && v.isString()) {
        // The stored matrix names roles, permissions and levels by their keys.
        const QString key = v.toString();
        const auto role = enumFromKey<Role>(key, roleKeys);
        const auto permission = enumFromKey<Permission>(key, permissionKeys);
        const auto level = enumFromKey<AccessLevel>(key, accessLevelKeys);
        if (is(field, "role") && role)
            return roleName(*role);
        if (is(field, "permission") && permission)
            return permissionName(*permission);
        if (is(field, "level") && level)
            return accessLevelName(*level);
    }
    if (is(field, "user_id") && is(entity, "user_team"))
        return userName(qint64(v.toDouble()));
    if (is(field, "team_id") && is(entity, "user_team"))
        return teamName(qint64(v.toDouble()));
    if (is(field, "owner_id") || is(field, "rep_id") || is(field, "agent_id")
        || is(field, "assignee_id") || is(field, "author_id"))
        return userName(qint64(v.toDouble()));
    if (is(field, "is_primary") || is(field, "active") || is(field, "is_service"))
        return v.toInt() ? tr("Yes") : tr("No");
    if (field.endsWith(QLatin1String("_at")) && v.isDouble())
        return display::dateTime(QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC));
    if ((is(field, "acquired_on") || is(field, "since")) && v.isString()) {
        const QDate day = QDate::fromString(v.toString(), Qt::ISODate);
        return day.isValid() ? display::date(day) : v.toString();
    }
    if (field.endsWith(QLatin1String("_minor")) && v.isDouble()) {
        const QString currency = sideOf(changes, "currency", side).toString();
        const auto minor = qint64(v.toDouble());
        return currency.isEmpty() ? Money::formatMinor(minor, 2) : Money{minor, currency}.format();
    }
    if (is(field, "duration_s") && v.isDouble()) {
        const int s = v.toInt();
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    if (is(field, "country") && v.isString()) {
        const QString name = Countries::forUser().name(v.toString());
        return name.isEmpty() ? v.toString() : name;
    }
    if (v.isDouble())
        return display::count(qint64(v.toDouble()));
    if (v.isString())
        return oneLine(v.toString());
    return oneLine(v.toVariant().toString());
}

QStringList HistoryWording::shownFields(const QString &entity, const QJsonObject &changes)
{
    QStringList out;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!isBookkeeping(entity, it.key(), changes))
            out << it.key();
    }
    return out;
}

QString HistoryWording::summary(const HistoryEntry &e, const QJsonObject &changes) const
{
    const int side = is(e.operation, "delete") ? 0 : 1;
    const auto text = [&](const char *field) {
        const QJsonValue v = changes.value(QLatin1String(field)).toArray().at(side);
        return v.isNull() || v.isUndefined()
                   ? QString()
                   : value(e.entity, QString::fromLatin1(field), v, changes, side);
    };
    if (is(e.entity, "customer"))
        return text("name");
    if (is(e.entity, "user_team"))
        return text("team_id");
    if (is(e.entity, "contact_point")) {
        QStringList parts;
        for (const char *f : {"value", "street", "postal_code", "city"}) {
            if (const QString t = text(f); !t.isEmpty())
                parts << t;
        }
        return parts.join(QStringLiteral(", "));
    }
    for (const char *f : {"subject", "title", "body", "name", "display_name", "comment", "key"}) {
        if (const QString t = text(f); !t.isEmpty())
            return t;
    }
    return {};
}

} // namespace rapport
