// rapport-cli report lost: the lost customers (marked lost, or no purchase for --days days) with
// their last contact and its outcome, the most recent contact first.
// text and csv: one row per customer; json: the count per reason and the list.
#include "reports.h"

#include "core/analytics/lostcustomers.h"
#include "core/domain/enumkeys.h"
#include "core/domain/interaction.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

const QCommandLineOption daysOption(QStringLiteral("days"),
                                    QStringLiteral("Lost after this many days without a purchase "
                                                   "(default 365)."),
                                    QStringLiteral("N"),
                                    QStringLiteral("365"));

QString reasonKey(analytics::LostReason r)
{
    return r == analytics::LostReason::Stage ? QStringLiteral("stage_lost")
                                             : QStringLiteral("no_purchase");
}

QString contactText(qint64 at)
{
    return at > 0 ? QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString outcomeKey(int outcome)
{
    return outcome >= 0 ? enumKey(Outcome(outcome), outcomeKeys) : QString();
}

} // namespace

QList<QCommandLineOption> lostOptions()
{
    return {daysOption};
}

std::optional<int> lostCheck(const QCommandLineParser &parser)
{
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!ok || days < 1 || days > 36500)
        return fail(RapportCliTexts::tr("--days must be a whole number from 1 to 36500."),
                    UsageError);
    return std::nullopt;
}

int lostReport(const ReportContext &context)
{
    const int days = context.parser.value(daysOption).toInt();
    const qint64 cutoff = context.filter.asOf.addDays(-days).startOfDay(Qt::UTC).toSecsSinceEpoch();
    auto candidates = AnalyticsRepository(context.db).lostCandidates(context.filter, cutoff);
    if (!candidates)
        return fail(candidates.error());
    const auto lost = analytics::lostCustomers(candidates->ids,
                                               candidates->stages,
                                               candidates->lastPurchaseDay,
                                               candidates->lastContactAt,
                                               candidates->lastOutcome,
                                               context.filter.asOf,
                                               days);
    QHash<qint64, QString> names;
    names.reserve(qsizetype(candidates->ids.size()));
    for (std::size_t i = 0; i < candidates->ids.size(); ++i)
        names.insert(candidates->ids[i], candidates->names[i]);

    if (context.format == ReportFormat::Json) {
        QJsonArray list;
        qint64 byStage = 0;
        for (const analytics::LostCustomer &c : lost) {
            byStage += c.reason == analytics::LostReason::Stage ? 1 : 0;
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("name"), names.value(c.id)},
                                    {QStringLiteral("reason"), reasonKey(c.reason)},
                                    {QStringLiteral("days_since_purchase"),
                                     c.daysSincePurchase >= 0 ? QJsonValue(c.daysSincePurchase)
                                                              : QJsonValue()},
                                    {QStringLiteral("last_contact"),
                                     c.lastContactAt > 0 ? QJsonValue(contactText(c.lastContactAt))
                                                         : QJsonValue()},
                                    {QStringLiteral("last_outcome"),
                                     c.lastOutcome >= 0 ? QJsonValue(outcomeKey(c.lastOutcome))
                                                        : QJsonValue()}});
        }
        printJson(QJsonObject{{QStringLiteral("report"), QStringLiteral("lost")},
                              {QStringLiteral("as_of"), context.filter.asOf.toString(Qt::ISODate)},
                              {QStringLiteral("days"), days},
                              {QStringLiteral("customers"), qint64(lost.size())},
                              {QStringLiteral("stage_lost"), byStage},
                              {QStringLiteral("no_purchase"), qint64(lost.size()) - byStage},
                              {QStringLiteral("lost"), list}});
        return Success;
    }
    QStringList lines;
    lines.reserve(qsizetype(lost.size()) + 1);
    lines << csvRecord({QStringLiteral("customer_id"),
                        QStringLiteral("name"),
                        QStringLiteral("reason"),
                        QStringLiteral("days_since_purchase"),
                        QStringLiteral("last_contact"),
                        QStringLiteral("last_outcome")});
    for (const analytics::LostCustomer &c : lost)
        lines << csvRecord(
            {QString::number(c.id),
             names.value(c.id),
             reasonKey(c.reason),
             c.daysSincePurchase >= 0 ? QString::number(c.daysSincePurchase) : QString(),
             contactText(c.lastContactAt),
             outcomeKey(c.lastOutcome)});
    printLines(lines);
    return Success;
}

} // namespace rapport::cli
