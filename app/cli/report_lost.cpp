// rapport-cli report lost: the customers lost in the period (analytics/lostcustomers.h: they had
// bought, then not for more than --days days, and that limit passed in the period), with their
// last purchase, the day they became lost, and their last contact and its outcome, the most
// recent contact first. The period is --from to --as-of, by default the 12 months up to --as-of;
// the dashboard's "Lost customers" tile and its list hold exactly these customers for the same
// period (365 days).
// text: a heading with the count and the definition, then one row per customer; csv: the rows;
// json: the count, the period and the list.
#include "reports.h"

#include "core/analytics/lostcustomers.h"
#include "core/domain/customer.h"
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

const QCommandLineOption daysOption(
    QStringLiteral("days"),
    QStringLiteral("A customer who had bought is lost once more than N days pass without a "
                   "purchase (default 365, as on the dashboard). The report lists those whose "
                   "limit passed between --from (default: 12 months before --as-of) and --as-of "
                   "and who had not bought again by --as-of; the lifecycle stage does not count."),
    QStringLiteral("N"),
    QString::number(analytics::DefaultLostAfterDays));

QString contactText(qint64 at)
{
    return at > 0 ? QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString outcomeKey(int outcome)
{
    return outcome >= 0 ? enumKey(Outcome(outcome), outcomeKeys) : QString();
}

QString stageKey(qint64 stage)
{
    return stage >= 0 && stage < qint64(lifecycleStageKeys.size())
               ? QLatin1String(lifecycleStageKeys[std::size_t(stage)])
               : QString();
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
    AnalyticsFilter filter = context.filter;
    if (!filter.from.isValid())
        filter.from = filter.asOf.addYears(-1).addDays(1);
    auto candidates = AnalyticsRepository(context.db).lostCandidates(filter, days);
    if (!candidates)
        return fail(candidates.error());
    const auto lost = analytics::lostCustomers(candidates->ids,
                                               candidates->stages,
                                               candidates->lastPurchaseDay,
                                               candidates->lastContactAt,
                                               candidates->lastOutcome,
                                               filter.from,
                                               filter.asOf,
                                               days);
    QHash<qint64, QString> names;
    names.reserve(qsizetype(candidates->ids.size()));
    for (std::size_t i = 0; i < candidates->ids.size(); ++i)
        names.insert(candidates->ids[i], candidates->names[i]);

    if (context.format == ReportFormat::Json) {
        QJsonArray list;
        for (const analytics::LostCustomer &c : lost) {
            list.append(
                QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("name"), names.value(c.id)},
                            {QStringLiteral("stage"), stageKey(c.stage)},
                            {QStringLiteral("last_purchase"), c.lastPurchase.toString(Qt::ISODate)},
                            {QStringLiteral("lost_on"), c.lostOn.toString(Qt::ISODate)},
                            {QStringLiteral("days_since_purchase"), c.daysSincePurchase},
                            {QStringLiteral("last_contact"),
                             c.lastContactAt > 0 ? QJsonValue(contactText(c.lastContactAt))
                                                 : QJsonValue()},
                            {QStringLiteral("last_outcome"),
                             c.lastOutcome >= 0 ? QJsonValue(outcomeKey(c.lastOutcome))
                                                : QJsonValue()}});
        }
        printJson(QJsonObject{{QStringLiteral("report"), QStringLiteral("lost")},
                              {QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                              {QStringLiteral("as_of"), filter.asOf.toString(Qt::ISODate)},
                              {QStringLiteral("currency"), filter.currency},
                              {QStringLiteral("days"), days},
                              {QStringLiteral("definition"), analytics::lostDefinition(days)},
                              {QStringLiteral("customers"), qint64(lost.size())},
                              {QStringLiteral("lost"), list}});
        return Success;
    }
    QStringList lines;
    lines.reserve(qsizetype(lost.size()) + 4);
    if (context.format == ReportFormat::Text) {
        lines << RapportCliTexts::tr("%n customer(s) lost from %1 to %2 (purchases in %3).",
                                     nullptr,
                                     int(lost.size()))
                     .arg(filter.from.toString(Qt::ISODate),
                          filter.asOf.toString(Qt::ISODate),
                          filter.currency)
              << analytics::lostDefinition(days) << QString();
    }
    lines << csvRecord({QStringLiteral("customer_id"),
                        QStringLiteral("name"),
                        QStringLiteral("stage"),
                        QStringLiteral("last_purchase"),
                        QStringLiteral("lost_on"),
                        QStringLiteral("days_since_purchase"),
                        QStringLiteral("last_contact"),
                        QStringLiteral("last_outcome")});
    for (const analytics::LostCustomer &c : lost)
        lines << csvRecord({QString::number(c.id),
                            names.value(c.id),
                            stageKey(c.stage),
                            c.lastPurchase.toString(Qt::ISODate),
                            c.lostOn.toString(Qt::ISODate),
                            QString::number(c.daysSincePurchase),
                            contactText(c.lastContactAt),
                            outcomeKey(c.lastOutcome)});
    printLines(lines);
    return Success;
}

} // namespace rapport::cli
