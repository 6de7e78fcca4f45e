// rapport-cli history: the audit trail, newest first, as text or JSON.
#include "cli.h"

#include "core/services/historyservice.h"
#include "core/storage/database.h"
#include "core/storage/userrepository.h"
#include "core/util/displayformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

constexpr int PageSize = 5000;

// One value of a change as a person reads it: text as it is, numbers and booleans written out,
// nothing as "(none)".
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return RapportCliTexts::tr("(none)");
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const HistoryEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("batch"), e.batch},
        {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
        {QStringLiteral("user_id"), e.userId ? QJsonValue(*e.userId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("operation"), e.operation},
        {QStringLiteral("entity"), e.entity},
        {QStringLiteral("entity_id"), idOrNull(e.entityId)},
        {QStringLiteral("customer_id"), idOrNull(e.customerId)},
        {QStringLiteral("changes"), e.changeObject()},
        {QStringLiteral("hash"), e.hash},
    };
}

void print(const HistoryEntry &e)
{
    QString what = e.operation + QLatin1Char(' ') + e.entity;
    if (e.entityId)
        what += QLatin1Char(' ') + QString::number(e.entityId);
    if (e.customerId && !(e.entity == QLatin1String("customer") && e.entityId == e.customerId))
        what += QLatin1Char(' ') + RapportCliTexts::tr("(customer %1)").arg(e.customerId);
    QString head = QStringLiteral("#%1  %2  %3  %4")
                       .arg(QString::number(e.id), display::dateTime(e.at), e.actor, what);
    if (e.batch != e.id)
        head += QLatin1String("  ") + RapportCliTexts::tr("(batch %1)").arg(e.batch);
    out(head);
    const QJsonObject changes = e.changeObject();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        if (!e.isBatchHead() && it.value().isArray() && pair.size() == 2)
            out(QStringLiteral("    %1: %2 → %3")
                    .arg(it.key(), valueText(pair.at(0)), valueText(pair.at(1))));
        else // a batch's description: what it made
            out(QStringLiteral("    %1: %2").arg(it.key(), valueText(it.value())));
    }
}

} // namespace

int historyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Shows the history of changes, newest first: who changed what and when, each field's "
        "old and new value, and the batches (imports, demo data) with what they made."));
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      QStringLiteral("Only the changes of this customer."),
                                      QStringLiteral("ID"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Only the entries of this batch."),
                                   QStringLiteral("ID"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("Only changes on or after this day (local)."),
                                   QStringLiteral("YYYY-MM-DD"));
    // --user is everyone's sign-in (parse()): the filter by author is --by.
    const QCommandLineOption user(QStringLiteral("by"),
                                  QStringLiteral("Only changes by the user with this login."),
                                  QStringLiteral("LOGIN"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Most entries (default 100)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("100"));
    parser.addOptions({customer, batch, since, user, limit, jsonOption});
    if (auto stop = parse(parser, QStringLiteral("history"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("history takes no arguments besides its options."),
                    UsageError);

    HistoryFilter filter;
    bool ok = true;
    if (parser.isSet(customer)) {
        filter.customerId = parser.value(customer).toLongLong(&ok);
        if (!ok || filter.customerId < 1)
            return fail(RapportCliTexts::tr("--customer must be a customer's id (a whole number)."),
                        UsageError);
    }
    if (parser.isSet(batch)) {
        filter.batch = parser.value(batch).toLongLong(&ok);
        if (!ok || filter.batch < 1)
            return fail(RapportCliTexts::tr("--batch must be a batch's id (a whole number)."),
                        UsageError);
    }
    if (parser.isSet(since)) {
        const QDate day = QDate::fromString(parser.value(since), Qt::ISODate);
        if (!day.isValid())
            return fail(RapportCliTexts::tr("--since must be a date written YYYY-MM-DD."),
                        UsageError);
        filter.since = QDateTime(day, QTime(0, 0)).toUTC(); // the day begins in local time
    }
    const qint64 most = parser.value(limit).toLongLong(&ok);
    if (!ok || most < 1 || most > 10'000'000)
        return fail(RapportCliTexts::tr("--limit must be a whole number from 1 to 10000000."),
                    UsageError);

    auto db = openExisting(databasePath(parser));
    if (!db)
        return fail(db.error());
    if (parser.isSet(user)) {
        Result<User> found = UserRepository(**db).findByLogin(parser.value(user));
        if (!found)
            return fail(found.error());
        filter.userId = found->id;
    }

    HistoryService history(**db);
    const bool json = parser.isSet(jsonOption);
    QJsonArray entries;
    qint64 shown = 0;
    qint64 before = 0;
    while (shown < most) {
        const int want = int(std::min<qint64>(PageSize, most - shown));
        auto page = history.page(filter, before, want);
        if (!page)
            return fail(page.error());
        for (const HistoryEntry &e : std::as_const(*page)) {
            if (json)
                entries.append(toJson(e));
            else
                print(e);
        }
        shown += page->size();
        if (page->size() < want)
            break;
        before = page->constLast().id;
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Indented)).trimmed());
    else if (shown == 0)
        out(RapportCliTexts::tr("No history entries match."));
    return Success;
}

} // namespace rapport::cli
