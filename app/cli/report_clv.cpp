// `rapport-cli report clv`: the BG/NBD and Gamma-Gamma fits and every customer's P(alive),
// expected purchases and lifetime value, from ClvAnalyzer (the same code the dashboards run).
#include "reports.h"

#include "core/analytics/clvaverage.h"
#include "core/services/clvanalysis.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

const QCommandLineOption horizonOption(QStringLiteral("horizon-weeks"),
                                       QStringLiteral("Expected purchases over this many weeks "
                                                      "(default 52)."),
                                       QStringLiteral("N"),
                                       QStringLiteral("52"));
const QCommandLineOption monthsOption(QStringLiteral("months"),
                                      QStringLiteral("The lifetime value's horizon in months "
                                                     "(default 12)."),
                                      QStringLiteral("N"),
                                      QStringLiteral("12"));
const QCommandLineOption discountOption(QStringLiteral("discount"),
                                        QStringLiteral("Annual discount rate (default 0.10)."),
                                        QStringLiteral("RATE"),
                                        QStringLiteral("0.10"));
const QCommandLineOption marginOption(QStringLiteral("margin"),
                                      QStringLiteral("Share of the spend that is margin "
                                                     "(default 1: revenue)."),
                                      QStringLiteral("SHARE"),
                                      QStringLiteral("1"));
const QCommandLineOption topOption(QStringLiteral("top"),
                                   QStringLiteral("How many customers the text and JSON list "
                                                  "(default 20)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("20"));

struct Numbers
{
    double horizon = 52, discount = 0.1, margin = 1;
    int months = 12, top = 20;
};

std::optional<Numbers> readNumbers(const QCommandLineParser &parser)
{
    Numbers n;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false;
    n.horizon = parser.value(horizonOption).toDouble(&ok1);
    n.months = parser.value(monthsOption).toInt(&ok2);
    n.discount = parser.value(discountOption).toDouble(&ok3);
    n.margin = parser.value(marginOption).toDouble(&ok4);
    n.top = parser.value(topOption).toInt(&ok5);
    if (!ok1 || !(n.horizon > 0 && n.horizon <= 520) || !ok2 || n.months < 1 || n.months > 240
        || !ok3 || !(n.discount >= 0 && n.discount < 10) || !ok4
        || !(n.margin >= 0 && n.margin <= 1) || !ok5 || n.top < 0 || n.top > 100000)
        return std::nullopt;
    return n;
}

// Money in minor units, rounded to whole ones (figures the models expect are not exact).
qint64 minor(double value)
{
    return std::isfinite(value) ? qint64(std::llround(value)) : 0;
}

QString number(double value, int decimals)
{
    return QString::number(std::isfinite(value) ? value : 0.0, 'f', decimals);
}

} // namespace

QList<QCommandLineOption> clvOptions()
{
    return {horizonOption, monthsOption, discountOption, marginOption, topOption};
}

std::optional<int> clvCheck(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("from")))
        return fail(RapportCliTexts::tr(
                        "report clv uses the whole history up to --as-of; it takes no --from."),
                    UsageError);
    if (!readNumbers(parser))
        return fail(RapportCliTexts::tr(
                        "report clv: --horizon-weeks must be 1 to 520, --months 1 to 240, "
                        "--discount 0 to 10, --margin 0 to 1 and --top 0 to 100000."),
                    UsageError);
    return std::nullopt;
}

int clvReport(const ReportContext &context)
{
    const Numbers n = *readNumbers(context.parser);
    ClvSettings settings;
    settings.asOf = context.filter.asOf;
    settings.currency = context.filter.currency;
    settings.customers.ownerId = context.filter.ownerId;
    settings.customers.scope = context.filter.scope;
    if (context.filter.kind)
        settings.customers.kind = int(*context.filter.kind);
    settings.horizonWeeks = n.horizon;
    settings.value.months = n.months;
    settings.value.annualDiscount = n.discount;
    settings.value.margin = n.margin;
    auto result = ClvAnalyzer::run(context.db, settings);
    if (!result)
        return fail(result.error());
    const ClvAnalysis &a = *result;
    const PurchaseSummary &s = a.summary;
    const analytics::ClvScores &sc = a.scores;
    const std::size_t count = s.size();

    // Customers by lifetime value, highest first (ties by id).
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) {
        return sc.lifetimeValue[l] > sc.lifetimeValue[r];
    });
    // The average the dashboard's tile and Lifetime value tab show (clvaverage.h).
    const analytics::LifetimeValueAverage average = analytics::averageLifetimeValue(
        sc.lifetimeValue);
    const double totalClv = average.total;
    double totalPurchases = 0, aliveSum = 0;
    qint64 repeatBuyers = 0;
    for (std::size_t i = 0; i < count; ++i) {
        totalPurchases += sc.expectedPurchases[i];
        aliveSum += sc.probabilityAlive[i];
        repeatBuyers += s.x[i] > 0 ? 1 : 0;
    }

    if (context.format == ReportFormat::Csv) {
        QStringList lines{csvRecord({QStringLiteral("customer_id"),
                                     QStringLiteral("x"),
                                     QStringLiteral("t_x"),
                                     QStringLiteral("T"),
                                     QStringLiteral("p_alive"),
                                     QStringLiteral("expected_purchases"),
                                     QStringLiteral("expected_spend_minor"),
                                     QStringLiteral("clv_minor")})};
        lines.reserve(qsizetype(count) + 1);
        for (std::size_t i = 0; i < count; ++i)
            lines << csvRecord({QString::number(s.customerIds[i]),
                                QString::number(s.x[i], 'f', 0),
                                number(s.tx[i], 4),
                                number(s.T[i], 4),
                                number(sc.probabilityAlive[i], 6),
                                number(sc.expectedPurchases[i], 6),
                                QString::number(minor(sc.expectedSpend[i])),
                                QString::number(minor(sc.lifetimeValue[i]))});
        printLines(lines);
        return Success;
    }

    // "Valuable but slipping": among the top fifth by value, those more likely gone than not.
    std::vector<std::size_t> slipping;
    for (std::size_t k = 0; k < count && k < (count + 4) / 5; ++k)
        if (sc.probabilityAlive[order[k]] < 0.5)
            slipping.push_back(order[k]);
    const std::size_t shown = std::min<std::size_t>(std::size_t(n.top), count);
    if (slipping.size() > shown)
        slipping.resize(shown);
    // The names of the customers listed.
    std::vector<qint64> listed;
    for (std::size_t k = 0; k < shown; ++k)
        listed.push_back(s.customerIds[order[k]]);
    for (std::size_t i : slipping)
        listed.push_back(s.customerIds[i]);
    auto labels = ClvRepository(context.db).labels(listed);
    if (!labels)
        return fail(labels.error());

    const auto customerJson = [&](std::size_t i) {
        const ClvRepository::Label label = labels->value(s.customerIds[i]);
        return QJsonObject{{QStringLiteral("customer_id"), s.customerIds[i]},
                           {QStringLiteral("name"), label.name},
                           {QStringLiteral("external_key"), label.externalKey},
                           {QStringLiteral("x"), s.x[i]},
                           {QStringLiteral("t_x"), s.tx[i]},
                           {QStringLiteral("T"), s.T[i]},
                           {QStringLiteral("p_alive"), sc.probabilityAlive[i]},
                           {QStringLiteral("expected_purchases"), sc.expectedPurchases[i]},
                           {QStringLiteral("expected_spend_minor"), minor(sc.expectedSpend[i])},
                           {QStringLiteral("clv_minor"), minor(sc.lifetimeValue[i])}};
    };
    if (context.format == ReportFormat::Json) {
        QJsonArray top, slip;
        for (std::size_t k = 0; k < shown; ++k)
            top.append(customerJson(order[k]));
        for (std::size_t i : slipping)
            slip.append(customerJson(i));
        QJsonObject o{
            {QStringLiteral("report"), QStringLiteral("clv")},
            {QStringLiteral("as_of"), a.settings.asOf.toString(Qt::ISODate)},
            {QStringLiteral("currency"), a.settings.currency},
            {QStringLiteral("customers"), qint64(count)},
            {QStringLiteral("repeat_buyers"), repeatBuyers},
            {QStringLiteral("r"), a.bgnbd.params.r},
            {QStringLiteral("alpha"), a.bgnbd.params.alpha},
            {QStringLiteral("a"), a.bgnbd.params.a},
            {QStringLiteral("b"), a.bgnbd.params.b},
            {QStringLiteral("log_likelihood"), a.bgnbd.logLikelihood},
            {QStringLiteral("converged"), a.bgnbd.converged},
            {QStringLiteral("evaluations"), a.bgnbd.evaluations},
            {QStringLiteral("horizon_weeks"), n.horizon},
            {QStringLiteral("clv_months"), n.months},
            {QStringLiteral("annual_discount"), n.discount},
            {QStringLiteral("margin"), n.margin},
            {QStringLiteral("expected_purchases_total"), totalPurchases},
            {QStringLiteral("p_alive_mean"), count ? aliveSum / double(count) : 0.0},
            {QStringLiteral("clv_total_minor"), minor(totalClv)},
            {QStringLiteral("clv_mean_minor"), minor(average.average().value_or(0.0))},
            {QStringLiteral("clv_mean_definition"),
             analytics::averageLifetimeValueDefinition(n.months)},
            {QStringLiteral("top"), top},
            {QStringLiteral("valuable_but_slipping"), slip},
            {QStringLiteral("seconds"), a.seconds},
        };
        if (a.spend)
            o.insert(QStringLiteral("spend_model"),
                     QJsonObject{{QStringLiteral("p"), a.spend->params.p},
                                 {QStringLiteral("q"), a.spend->params.q},
                                 {QStringLiteral("gamma"), a.spend->params.gamma},
                                 {QStringLiteral("customers"), a.spend->customers},
                                 {QStringLiteral("log_likelihood"), a.spend->logLikelihood}});
        else
            o.insert(QStringLiteral("spend_model"), a.spendNote);
        printJson(o);
        return Success;
    }

    QStringList lines;
    lines << RapportCliTexts::tr(
                 "Customer lifetime value as of %1 (%2), %L3 customers, %L4 repeat buyers")
                 .arg(a.settings.asOf.toString(Qt::ISODate), a.settings.currency)
                 .arg(qint64(count))
                 .arg(repeatBuyers);
    lines << RapportCliTexts::tr("BG/NBD  r %1  alpha %2  a %3  b %4  log-likelihood %5")
                 .arg(number(a.bgnbd.params.r, 3),
                      number(a.bgnbd.params.alpha, 3),
                      number(a.bgnbd.params.a, 3),
                      number(a.bgnbd.params.b, 3),
                      number(a.bgnbd.logLikelihood, 1));
    if (!a.bgnbd.converged)
        lines << RapportCliTexts::tr("The BG/NBD fit did not settle within %n likelihood "
                                     "evaluations: its parameters are where the search stopped, "
                                     "not the best fit, and so are the figures below.",
                                     "",
                                     a.bgnbd.evaluations);
    if (a.spend)
        lines << RapportCliTexts::tr(
                     "Spend   p %1  q %2  gamma %3 (Gamma-Gamma on minor units, %L4 repeat buyers)")
                     .arg(number(a.spend->params.p, 3),
                          number(a.spend->params.q, 3),
                          number(a.spend->params.gamma, 3))
                     .arg(a.spend->customers);
    else
        lines << a.spendNote;
    lines << RapportCliTexts::tr(
                 "Expected purchases in %1 weeks: %2; mean P(alive) %3; total CLV over %4 months "
                 "%5 %6 (margin %7, discount %8 a year)")
                 .arg(number(n.horizon, 0),
                      number(totalPurchases, 1),
                      number(count ? aliveSum / double(count) : 0.0, 3))
                 .arg(n.months)
                 .arg(number(totalClv / 100.0, 2), a.settings.currency)
                 .arg(n.margin)
                 .arg(n.discount);
    lines << RapportCliTexts::tr("Average lifetime value %1 %2 over %L3 customers.")
                 .arg(number(average.average().value_or(0.0) / 100.0, 2), a.settings.currency)
                 .arg(average.customers);
    lines << analytics::averageLifetimeValueDefinition(n.months);
    lines << QString();
    lines << RapportCliTexts::tr("%1 %2 %3 %4 %5 %6 %7")
                 .arg(RapportCliTexts::tr("customer"), 10)
                 .arg(RapportCliTexts::tr("name"), -24)
                 .arg(RapportCliTexts::tr("x"), 5)
                 .arg(RapportCliTexts::tr("P(alive)"), 9)
                 .arg(RapportCliTexts::tr("expected"), 9)
                 .arg(RapportCliTexts::tr("spend"), 10)
                 .arg(RapportCliTexts::tr("CLV"), 12);
    for (std::size_t k = 0; k < shown; ++k) {
        const std::size_t i = order[k];
        // The name goes in last: a '%' in it must not meet a later arg().
        const QString name = labels->value(s.customerIds[i]).name.left(24).leftJustified(24);
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(s.customerIds[i], 10)
                     .arg(QStringLiteral("%8"))
                     .arg(s.x[i], 5, 'f', 0)
                     .arg(number(sc.probabilityAlive[i], 3), 9)
                     .arg(number(sc.expectedPurchases[i], 2), 9)
                     .arg(number(sc.expectedSpend[i] / 100.0, 2), 10)
                     .arg(number(sc.lifetimeValue[i] / 100.0, 2), 12)
                     .arg(name);
    }
    printLines(lines);
    return Success;
}

} // namespace rapport::cli
