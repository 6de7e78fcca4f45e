// rapport-cli report pareto: customers ranked by revenue, gross margin or service load.
// text: the summary; csv: one row per ranked customer; json: the summary, the ABC classes and
// the concentration and Lorenz curves at every percent.
#include "reports.h"

#include "core/analytics/pareto.h"
#include "core/domain/money.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

const QCommandLineOption byOption(QStringLiteral("by"),
                                  QStringLiteral("revenue (default), margin or service."),
                                  QStringLiteral("MEASURE"),
                                  QStringLiteral("revenue"));

QJsonArray curveJson(const std::vector<analytics::CurvePoint> &curve)
{
    QJsonArray points;
    for (const analytics::CurvePoint &p : curve)
        points.append(QJsonArray{p.x, p.y});
    return points;
}

} // namespace

QList<QCommandLineOption> paretoOptions()
{
    return {byOption};
}

std::optional<int> paretoCheck(const QCommandLineParser &parser)
{
    const QString by = parser.value(byOption);
    if (by != QLatin1String("revenue") && by != QLatin1String("margin")
        && by != QLatin1String("service"))
        return fail(RapportCliTexts::tr("--by must be revenue, margin or service."), UsageError);
    return std::nullopt;
}

int paretoReport(const ReportContext &context)
{
    const QString by = context.parser.value(byOption);
    AnalyticsFilter filter = context.filter;
    // The Pareto period is the last 12 months unless --from says otherwise.
    if (!filter.from.isValid())
        filter.from = filter.asOf.addYears(-1).addDays(1);
    AnalyticsRepository repository(context.db);
    Result<CustomerValues> values = Error(Error::Kind::Validation, {});
    analytics::ParetoMeasure measure = analytics::ParetoMeasure::Revenue;
    bool money = true;
    if (by == QLatin1String("revenue")) {
        values = repository.revenuePerCustomer(filter);
    } else if (by == QLatin1String("margin")) {
        measure = analytics::ParetoMeasure::GrossMargin;
        values = repository.marginPerCustomer(filter);
    } else {
        measure = analytics::ParetoMeasure::ServiceLoad;
        money = false;
        values = repository.serviceLoadPerCustomer(filter);
    }
    if (!values)
        return fail(values.error());
    // Nothing to rank in the period: say which period that was, and where the orders are.
    if (money && std::none_of(values->values.begin(), values->values.end(), [](qint64 v) {
            return v > 0;
        })) {
        const QString what = measure == analytics::ParetoMeasure::Revenue
                                 ? RapportCliTexts::tr("revenue")
                                 : RapportCliTexts::tr("gross margin");
        return noDataInPeriod(ReportContext{context.db, filter, context.format, context.parser},
                              filter.from,
                              what);
    }
    auto result = analytics::pareto(values->ids, values->values, measure);
    if (!result)
        return fail(result.error());
    const analytics::ParetoResult &r = *result;

    if (context.format == ReportFormat::Csv) {
        QStringList lines{csvRecord({QStringLiteral("rank"),
                                     QStringLiteral("customer_id"),
                                     money ? QStringLiteral("value_minor") : QStringLiteral("cases"),
                                     QStringLiteral("cumulative_share"),
                                     QStringLiteral("class")})};
        lines.reserve(qsizetype(r.ids.size()) + 1);
        for (std::size_t i = 0; i < r.ids.size(); ++i)
            lines << QStringLiteral("%1,%2,%3,%4,%5")
                         .arg(i + 1)
                         .arg(r.ids[i])
                         .arg(r.values[i])
                         .arg(QString::number(r.cumulativeShare[i], 'f', 6))
                         .arg(QLatin1Char(analytics::abcLetter(r.classes[i])));
        printLines(lines);
        return Success;
    }

    const char *classNames[] = {"A", "B", "C"};
    if (context.format == ReportFormat::Json) {
        QJsonObject classes;
        for (int c = 0; c < 3; ++c)
            classes.insert(QLatin1String(classNames[c]),
                           QJsonObject{{QStringLiteral("customers"), r.classCustomers[c]},
                                       {QStringLiteral("value"), r.classValue[c]}});
        printJson(QJsonObject{
            {QStringLiteral("report"), QStringLiteral("pareto")},
            {QStringLiteral("by"), by},
            {QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
            {QStringLiteral("as_of"), filter.asOf.toString(Qt::ISODate)},
            {QStringLiteral("currency"), money ? QJsonValue(filter.currency) : QJsonValue()},
            {QStringLiteral("customers"), r.customers},
            {QStringLiteral("total"), r.total},
            {QStringLiteral("net_total"), r.netTotal},
            {QStringLiteral("negative_customers"), r.negativeCustomers},
            {QStringLiteral("negative_total"), r.negativeTotal},
            {QStringLiteral("zero_customers"), r.zeroCustomers},
            {QStringLiteral("top20_share"), r.top20Share},
            {QStringLiteral("customers_for_80_share"), r.customersFor80Share},
            {QStringLiteral("gini"), r.gini},
            {QStringLiteral("classes"), classes},
            {QStringLiteral("concentration_curve"), curveJson(r.concentrationCurve())},
            {QStringLiteral("lorenz_curve"), curveJson(r.lorenzCurve())},
        });
        return Success;
    }

    const QLocale locale;
    const int decimals = Money::decimals(filter.currency);
    const auto amount = [&](qint64 v) -> QString {
        return money ? Money::formatMinor(v, decimals, locale) + QLatin1Char(' ') + filter.currency
                     : locale.toString(v);
    };
    const auto percent = [&](double share) -> QString {
        return locale.toString(share * 100, 'f', 1) + u'%';
    };
    QStringList lines;
    lines << RapportCliTexts::tr("Pareto by %1, %2 to %3")
                 .arg(by, filter.from.toString(Qt::ISODate), filter.asOf.toString(Qt::ISODate));
    lines << RapportCliTexts::tr("Customers               %1").arg(locale.toString(r.customers));
    lines << RapportCliTexts::tr("Total                   %1").arg(amount(r.total));
    if (r.negativeCustomers > 0)
        lines << RapportCliTexts::tr("Net negative            %1 customers, %2 (counted as 0)")
                     .arg(locale.toString(r.negativeCustomers), amount(r.negativeTotal));
    lines << RapportCliTexts::tr("Top 20% hold            %1").arg(percent(r.top20Share));
    lines << RapportCliTexts::tr("80% is held by          %1 of the customers")
                 .arg(percent(r.customersFor80Share));
    lines << RapportCliTexts::tr("Gini coefficient        %1").arg(locale.toString(r.gini, 'f', 3));
    for (int c = 0; c < 3; ++c)
        lines << RapportCliTexts::tr("Class %1                 %2 customers, %3")
                     .arg(QLatin1String(classNames[c]),
                          locale.toString(r.classCustomers[c]),
                          amount(r.classValue[c]));
    printLines(lines);
    return Success;
}

} // namespace rapport::cli
