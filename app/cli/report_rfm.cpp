// rapport-cli report rfm: recency, frequency and monetary scores as of a day and the named
// segments. text: the segments; csv: one row per customer; json: the segments and score counts.
#include "reports.h"

#include "core/analytics/rfm.h"
#include "core/domain/money.h"

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

QJsonArray counts(const std::array<qint64, 5> &perScore)
{
    QJsonArray a;
    for (qint64 n : perScore)
        a.append(n);
    return a;
}

} // namespace

int rfmReport(const ReportContext &context)
{
    const AnalyticsFilter &filter = context.filter; // all history up to as-of unless --from
    auto columns = AnalyticsRepository(context.db).purchaseSummaries(filter);
    if (!columns)
        return fail(columns.error());
    if (columns->ids.empty())
        return noDataInPeriod(context, filter.from, RapportCliTexts::tr("purchase"));
    auto result = analytics::rfm(columns->ids,
                                 columns->lastPurchaseDay,
                                 columns->purchases,
                                 columns->value,
                                 filter.asOf);
    if (!result)
        return fail(result.error());
    const analytics::RfmResult &r = *result;
    using analytics::rfmSegmentKeys;

    if (context.format == ReportFormat::Csv) {
        QStringList lines{QStringLiteral("customer_id,recency_days,frequency,monetary_minor,r,f,m,"
                                         "segment")};
        lines.reserve(qsizetype(r.ids.size()) + 1);
        for (std::size_t i = 0; i < r.ids.size(); ++i)
            lines << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8")
                         .arg(r.ids[i])
                         .arg(r.recencyDays[i])
                         .arg(r.frequency[i])
                         .arg(r.monetary[i])
                         .arg(r.r[i])
                         .arg(r.f[i])
                         .arg(r.m[i])
                         .arg(QLatin1String(rfmSegmentKeys[std::size_t(r.segments[i])]));
        printLines(lines);
        return Success;
    }
    qint64 revenue = 0;
    for (const auto &s : r.summary)
        revenue += s.revenue;
    if (context.format == ReportFormat::Json) {
        QJsonArray segments;
        for (std::size_t s = 0; s < analytics::RfmSegmentCount; ++s)
            segments.append(QJsonObject{{QStringLiteral("key"), QLatin1String(rfmSegmentKeys[s])},
                                        {QStringLiteral("name"),
                                         analytics::rfmSegmentName(analytics::RfmSegment(s))},
                                        {QStringLiteral("customers"), r.summary[s].customers},
                                        {QStringLiteral("revenue"), r.summary[s].revenue}});
        printJson(QJsonObject{{QStringLiteral("report"), QStringLiteral("rfm")},
                              {QStringLiteral("as_of"), filter.asOf.toString(Qt::ISODate)},
                              {QStringLiteral("currency"), filter.currency},
                              {QStringLiteral("customers"), qint64(r.ids.size())},
                              {QStringLiteral("revenue"), revenue},
                              {QStringLiteral("segments"), segments},
                              {QStringLiteral("customers_per_r"), counts(r.customersPerR)},
                              {QStringLiteral("customers_per_f"), counts(r.customersPerF)},
                              {QStringLiteral("customers_per_m"), counts(r.customersPerM)}});
        return Success;
    }
    const QLocale locale;
    const int decimals = Money::decimals(filter.currency);
    const auto n = double(r.ids.size());
    QStringList lines{
        RapportCliTexts::tr("RFM segments as of %1, %L2 customers who bought, revenue in %3")
            .arg(filter.asOf.toString(Qt::ISODate))
            .arg(qint64(r.ids.size()))
            .arg(filter.currency)};
    for (std::size_t s = 0; s < analytics::RfmSegmentCount; ++s) {
        const auto &sum = r.summary[s];
        lines << QStringLiteral("%1 %2 %3%  %4 %5%")
                     .arg(analytics::rfmSegmentName(analytics::RfmSegment(s)), -20)
                     .arg(locale.toString(sum.customers), 10)
                     .arg(locale.toString(100.0 * double(sum.customers) / n, 'f', 1), 5)
                     .arg(Money::formatMinor(sum.revenue, decimals, locale), 18)
                     .arg(locale.toString(revenue != 0
                                              ? 100.0 * double(sum.revenue) / double(revenue)
                                              : 0.0,
                                          'f',
                                          1),
                          5);
    }
    printLines(lines);
    return Success;
}

} // namespace rapport::cli
