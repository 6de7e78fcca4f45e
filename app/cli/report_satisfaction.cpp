// rapport-cli report satisfaction: the satisfaction/value quadrant of the customers who answered
// a survey (advocates, vulnerable, growth potential, saboteurs) and their Net Promoter Score.
// text: the quadrants; csv: one row per scored customer; json: the quadrants and the NPS.
#include "reports.h"

#include "core/analytics/satisfaction.h"
#include "core/domain/money.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

const QCommandLineOption answersOption(QStringLiteral("answers"),
                                       QStringLiteral("latest (default: each customer's latest "
                                                      "answer up to --as-of, as on the "
                                                      "dashboard) or period (only answers from "
                                                      "--from on, default 12 months back). Value "
                                                      "is always the net revenue of the 12 "
                                                      "months up to --as-of."),
                                       QStringLiteral("WHICH"),
                                       QStringLiteral("latest"));
const QCommandLineOption satisfiedOption(QStringLiteral("satisfied-from"),
                                         QStringLiteral("The score from which a customer counts "
                                                        "as satisfied (default 7)."),
                                         QStringLiteral("SCORE"),
                                         QStringLiteral("7"));

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QList<QCommandLineOption> satisfactionOptions()
{
    return {answersOption, satisfiedOption};
}

std::optional<int> satisfactionCheck(const QCommandLineParser &parser)
{
    const QString answers = parser.value(answersOption);
    if (answers != QLatin1String("latest") && answers != QLatin1String("period"))
        return fail(RapportCliTexts::tr("--answers must be latest or period."), UsageError);
    bool ok = false;
    const int satisfied = parser.value(satisfiedOption).toInt(&ok);
    if (!ok || satisfied < 0 || satisfied > 10)
        return fail(RapportCliTexts::tr("--satisfied-from must be a whole number from 0 to 10."),
                    UsageError);
    return std::nullopt;
}

int satisfactionReport(const ReportContext &context)
{
    // Value is the net revenue of the 12 months up to --as-of, as on the dashboard whatever its
    // period (over a short one most answering customers bought nothing); --from only chooses
    // the answers, with --answers period. The latest answer in [from, as-of] is the latest up
    // to as-of when that one is not older than `from`, so one read serves both.
    AnalyticsFilter filter = context.filter;
    const QDate answersFrom = filter.from.isValid() ? filter.from
                                                    : filter.asOf.addYears(-1).addDays(1);
    filter.from = filter.asOf.addYears(-1).addDays(1);
    const bool period = context.parser.value(answersOption) == QLatin1String("period");
    auto columns = AnalyticsRepository(context.db).satisfaction(filter, SurveyWindow::UpToAsOf);
    if (!columns)
        return fail(columns.error());
    if (period) {
        const qint64 start = answersFrom.startOfDay(Qt::UTC).toSecsSinceEpoch();
        SatisfactionColumns kept;
        for (std::size_t i = 0; i < columns->ids.size(); ++i) {
            if (columns->answeredAt[i] < start)
                continue;
            kept.ids.push_back(columns->ids[i]);
            kept.values.push_back(columns->values[i]);
            kept.scores.push_back(columns->scores[i]);
            kept.answeredAt.push_back(columns->answeredAt[i]);
        }
        *columns = std::move(kept);
    }
    analytics::SatisfactionOptions options;
    options.satisfiedFrom = context.parser.value(satisfiedOption).toInt();
    auto result
        = analytics::satisfactionQuadrants(columns->ids, columns->values, columns->scores, options);
    if (!result)
        return fail(result.error());
    const analytics::SatisfactionResult &r = *result;
    using analytics::SatisfactionQuadrant;
    using analytics::satisfactionQuadrantKeys;

    if (context.format == ReportFormat::Csv) {
        QStringList lines{QStringLiteral("customer_id,value_minor,score,answered_on,quadrant")};
        lines.reserve(qsizetype(columns->ids.size()) + 1);
        for (std::size_t i = 0; i < columns->ids.size(); ++i)
            lines << QStringLiteral("%1,%2,%3,%4,%5")
                         .arg(columns->ids[i])
                         .arg(columns->values[i])
                         .arg(columns->scores[i])
                         .arg(QDateTime::fromSecsSinceEpoch(columns->answeredAt[i], Qt::UTC)
                                  .date()
                                  .toString(Qt::ISODate))
                         .arg(QLatin1String(satisfactionQuadrantKeys[std::size_t(r.quadrantOf[i])]));
        printLines(lines);
        return Success;
    }
    if (context.format == ReportFormat::Json) {
        QJsonObject quadrants;
        for (std::size_t q = 0; q < analytics::SatisfactionQuadrantCount; ++q) {
            const auto &s = r.quadrants[q];
            quadrants
                .insert(QLatin1String(satisfactionQuadrantKeys[q]),
                        QJsonObject{{QStringLiteral("name"),
                                     analytics::satisfactionQuadrantName(SatisfactionQuadrant(q))},
                                    {QStringLiteral("count"), s.customers},
                                    {QStringLiteral("value"), s.value},
                                    {QStringLiteral("mean_score"), optionalNumber(s.meanScore)}});
        }
        printJson(
            QJsonObject{{QStringLiteral("report"), QStringLiteral("satisfaction")},
                        {QStringLiteral("as_of"), filter.asOf.toString(Qt::ISODate)},
                        {QStringLiteral("value_from"), filter.from.toString(Qt::ISODate)},
                        {QStringLiteral("answers_from"),
                         period ? QJsonValue(answersFrom.toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("answers"),
                         period ? QStringLiteral("period") : QStringLiteral("latest")},
                        {QStringLiteral("currency"), filter.currency},
                        {QStringLiteral("customers"), r.customers},
                        {QStringLiteral("value"), r.totalValue},
                        {QStringLiteral("mean_score"), r.meanScore},
                        {QStringLiteral("nps"), r.nps},
                        {QStringLiteral("promoters"), r.promoters},
                        {QStringLiteral("passives"), r.passives},
                        {QStringLiteral("detractors"), r.detractors},
                        {QStringLiteral("satisfied_from"), r.satisfiedFrom},
                        {QStringLiteral("high_value_from"), r.highValueFrom},
                        {QStringLiteral("quadrants"), quadrants}});
        return Success;
    }
    const QLocale locale;
    const int decimals = Money::decimals(filter.currency);
    QStringList
        lines{RapportCliTexts::tr(
                  "Satisfaction and value as of %1: %L2 customers with a survey answer, "
                  "revenue in %3 from %4")
                  .arg(filter.asOf.toString(Qt::ISODate))
                  .arg(r.customers)
                  .arg(filter.currency, filter.from.toString(Qt::ISODate)),
              RapportCliTexts::tr("Satisfied: a score of %1 or more; high value: %2 or more of net "
                                  "revenue in the 12 months up to %3 (the median of the answering "
                                  "customers who bought in them; the others are low value)")
                  .arg(r.satisfiedFrom)
                  .arg(Money::formatMinor(qint64(std::ceil(r.highValueFrom)), decimals, locale),
                       filter.asOf.toString(Qt::ISODate))};
    for (std::size_t q = 0; q < analytics::SatisfactionQuadrantCount; ++q) {
        const auto &s = r.quadrants[q];
        lines << QStringLiteral("%1 %2 %3%  %4  %5")
                     .arg(analytics::satisfactionQuadrantName(SatisfactionQuadrant(q)), -18)
                     .arg(locale.toString(s.customers), 10)
                     .arg(locale.toString(100.0 * double(s.customers) / double(r.customers), 'f', 1),
                          5)
                     .arg(Money::formatMinor(s.value, decimals, locale), 18)
                     .arg(s.meanScore ? RapportCliTexts::tr("mean score %1")
                                            .arg(locale.toString(*s.meanScore, 'f', 1))
                                      : QString());
    }
    lines << RapportCliTexts::tr("NPS %1 (promoters %L2, passives %L3, detractors %L4)")
                 .arg(locale.toString(r.nps, 'f', 1))
                 .arg(r.promoters)
                 .arg(r.passives)
                 .arg(r.detractors);
    printLines(lines);
    return Success;
}

} // namespace rapport::cli
