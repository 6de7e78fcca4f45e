// rapport-cli report cohorts: monthly acquisition cohorts (the share of each cohort active in
// month k after its first purchase) and retention and churn per calendar month.
// text: the cohort table in percent and the monthly rates; csv: one row per cohort and month
// k; json: both tables.
#include "reports.h"

#include "core/analytics/retention.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

const QCommandLineOption activityOption(QStringLiteral("activity"),
                                        QStringLiteral("What counts as active: purchases "
                                                       "(default) or any (an interaction too)."),
                                        QStringLiteral("WHAT"),
                                        QStringLiteral("purchases"));
const QCommandLineOption windowOption(QStringLiteral("window-months"),
                                      QStringLiteral("Retention: a customer is active while a "
                                                     "purchase lies this many months back "
                                                     "(default 12)."),
                                      QStringLiteral("N"),
                                      QStringLiteral("12"));

QString monthText(int index)
{
    return analytics::monthStart(index).toString(QStringLiteral("yyyy-MM"));
}

QJsonValue optional(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QList<QCommandLineOption> cohortsOptions()
{
    return {activityOption, windowOption};
}

std::optional<int> cohortsCheck(const QCommandLineParser &parser)
{
    const QString activity = parser.value(activityOption);
    if (activity != QLatin1String("purchases") && activity != QLatin1String("any"))
        return fail(RapportCliTexts::tr("--activity must be purchases or any."), UsageError);
    bool ok = false;
    const int window = parser.value(windowOption).toInt(&ok);
    if (!ok || window < 1 || window > 120)
        return fail(RapportCliTexts::tr("--window-months must be a whole number from 1 to 120."),
                    UsageError);
    return std::nullopt;
}

int cohortsReport(const ReportContext &context)
{
    AnalyticsRepository repository(context.db);
    auto purchases = repository.purchases(context.filter);
    if (!purchases)
        return fail(purchases.error());
    CustomerEvents activity;
    if (context.parser.value(activityOption) == QLatin1String("any")) {
        auto interactions = repository.interactions(context.filter);
        if (!interactions)
            return fail(interactions.error());
        activity = std::move(*interactions);
    }
    auto result = analytics::retention(purchases->customers,
                                       purchases->times,
                                       activity.customers,
                                       activity.times,
                                       context.filter.asOf,
                                       context.parser.value(windowOption).toInt());
    if (!result)
        return fail(result.error());
    const analytics::CohortTable &t = result->cohorts;

    if (context.format == ReportFormat::Csv) {
        QStringList lines{QStringLiteral("cohort,size,month,active,share")};
        for (int c = 0; c < t.cohorts(); ++c) {
            const auto &row = t.active[std::size_t(c)];
            for (std::size_t k = 0; k < row.size(); ++k) {
                const auto share = t.share(c, int(k));
                lines << QStringLiteral("%1,%2,%3,%4,%5")
                             .arg(monthText(t.firstMonth + c))
                             .arg(t.sizes[std::size_t(c)])
                             .arg(k)
                             .arg(row[k])
                             .arg(share ? QString::number(*share, 'f', 6) : QString());
            }
        }
        printLines(lines);
        return Success;
    }
    if (context.format == ReportFormat::Json) {
        QJsonArray cohorts;
        for (int c = 0; c < t.cohorts(); ++c) {
            QJsonArray active, shares;
            for (std::size_t k = 0; k < t.active[std::size_t(c)].size(); ++k) {
                active.append(t.active[std::size_t(c)][k]);
                shares.append(optional(t.share(c, int(k))));
            }
            cohorts.append(QJsonObject{{QStringLiteral("cohort"), monthText(t.firstMonth + c)},
                                       {QStringLiteral("size"), t.sizes[std::size_t(c)]},
                                       {QStringLiteral("active"), active},
                                       {QStringLiteral("share"), shares}});
        }
        QJsonArray months;
        for (const analytics::MonthlyRetention &m : result->months)
            months.append(
                QJsonObject{{QStringLiteral("month"), monthText(m.month)},
                            {QStringLiteral("active_at_start"), m.activeAtStart},
                            {QStringLiteral("retained"), m.retained},
                            {QStringLiteral("churned"), m.churned},
                            {QStringLiteral("acquired"), m.acquired},
                            {QStringLiteral("reactivated"), m.reactivated},
                            {QStringLiteral("active"), m.active},
                            {QStringLiteral("retention_rate"), optional(m.retentionRate())},
                            {QStringLiteral("churn_rate"), optional(m.churnRate())}});
        printJson(QJsonObject{{QStringLiteral("report"), QStringLiteral("cohorts")},
                              {QStringLiteral("as_of"), context.filter.asOf.toString(Qt::ISODate)},
                              {QStringLiteral("activity"), context.parser.value(activityOption)},
                              {QStringLiteral("window_months"),
                               context.parser.value(windowOption).toInt()},
                              {QStringLiteral("customers"), result->customers},
                              {QStringLiteral("cohorts"), cohorts},
                              {QStringLiteral("months"), months}});
        return Success;
    }
    const QLocale locale;
    const auto percent = [&](std::optional<double> v) -> QString {
        return v ? locale.toString(*v * 100, 'f', 0) : QString();
    };
    QStringList lines{
        RapportCliTexts::tr("Cohorts by month of first purchase, %L1 customers up to %2; percent "
                            "active in month k")
            .arg(result->customers)
            .arg(context.filter.asOf.toString(Qt::ISODate))};
    QString header = QStringLiteral("%1 %2")
                         .arg(RapportCliTexts::tr("cohort"), -7)
                         .arg(RapportCliTexts::tr("size"), 8);
    for (int k = 0; k < t.cohorts(); ++k)
        header += QStringLiteral(" %1").arg(k, 3);
    lines << header;
    for (int c = 0; c < t.cohorts(); ++c) {
        QString line = QStringLiteral("%1 %2")
                           .arg(monthText(t.firstMonth + c), -7)
                           .arg(locale.toString(t.sizes[std::size_t(c)]), 8);
        for (std::size_t k = 0; k < t.active[std::size_t(c)].size(); ++k)
            line += QStringLiteral(" %1").arg(percent(t.share(c, int(k))), 3);
        lines << line;
    }
    lines << QString() << RapportCliTexts::tr("month   active  retention  churn  acquired");
    for (const analytics::MonthlyRetention &m : result->months)
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(monthText(m.month), -7)
                     .arg(locale.toString(m.active), 7)
                     .arg(m.retentionRate() ? percent(m.retentionRate()) + u'%' : QString(), 10)
                     .arg(m.churnRate() ? percent(m.churnRate()) + u'%' : QString(), 6)
                     .arg(locale.toString(m.acquired), 9);
    printLines(lines);
    return Success;
}

} // namespace rapport::cli
