// The `report` command: shared options, the table of report kinds, output helpers.
#include "reports.h"

#include "core/domain/enumkeys.h"
#include "core/services/accesspolicy.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <array>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

// Every report kind: name, one line of help, function, its own options (or nullptr).
// Add a kind with one line here (and its declaration in reports.h).
const std::array reportKinds{
    ReportKind{"pareto",
               "customers ranked by value: ABC classes, top 20% share, Gini",
               &paretoReport,
               &paretoOptions,
               &paretoCheck},
    ReportKind{"rfm", "recency, frequency, monetary scores and segments", &rfmReport, nullptr},
    ReportKind{"cohorts",
               "monthly cohorts, retention and churn per month",
               &cohortsReport,
               &cohortsOptions,
               &cohortsCheck},
    ReportKind{"activity", "the team's interactions and cases per week", &activityReport},
    ReportKind{"lost",
               "lost customers with their last contact",
               &lostReport,
               &lostOptions,
               &lostCheck},
    ReportKind{"clv",
               "customer lifetime value: BG/NBD and Gamma-Gamma fits, P(alive), CLV",
               &clvReport,
               &clvOptions,
               &clvCheck},
    ReportKind{"satisfaction",
               "satisfaction and value: advocates, vulnerable, growth potential, saboteurs; NPS",
               &satisfactionReport,
               &satisfactionOptions,
               &satisfactionCheck},
};

const ReportKind *findKind(const QString &name)
{
    for (const ReportKind &kind : reportKinds) {
        if (name == QLatin1String(kind.name))
            return &kind;
    }
    return nullptr;
}

QString kindList()
{
    QStringList lines;
    for (const ReportKind &kind : reportKinds)
        lines << QStringLiteral("  %1 %2")
                     .arg(QLatin1String(kind.name), -10)
                     .arg(QLatin1String(kind.summary));
    return lines.join(QLatin1Char('\n'));
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printLines(const QStringList &lines)
{
    QByteArray bytes;
    for (const QString &line : lines) {
        bytes += line.toUtf8();
        bytes += '\n';
    }
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString formatShare(double share)
{
    return QString::number(share, 'f', 4);
}

QString periodText(const QDate &from, const QDate &to)
{
    return from.isValid() ? RapportCliTexts::tr("from %1 to %2")
                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                          : RapportCliTexts::tr("up to %1").arg(to.toString(Qt::ISODate));
}

int noDataInPeriod(const ReportContext &context, const QDate &from, const QString &what)
{
    const QDate to = context.filter.effectiveAsOf();
    Result<OrderSpan> span = AnalyticsRepository(context.db).orderSpan(context.filter);
    if (!span)
        return fail(span.error());
    if (span->isEmpty())
        return fail(RapportCliTexts::tr("There is no %1 %2, and no order in %3 at all: import "
                                        "purchases with rapport-cli import-orders.")
                        .arg(what, periodText(from, to), context.filter.currency));
    return fail(RapportCliTexts::tr("There is no %1 %2; the orders lie between %3 and %4: try "
                                    "--from %3 --to %4.")
                    .arg(what,
                         periodText(from, to),
                         span->first.toString(Qt::ISODate),
                         span->last.toString(Qt::ISODate)));
}

int reportCommand(const QStringList &args)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        if (!args.isEmpty()
            && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
            out(RapportCliTexts::tr(
                    "Usage: rapport-cli report KIND --db FILE [--as-of YYYY-MM-DD] [--from "
                    "YYYY-MM-DD]\n"
                    "       [--owner ID] [--kind person|organisation] [--currency CODE]\n"
                    "       [--format text|csv|json]\n\nKinds:\n")
                + kindList()
                + RapportCliTexts::tr(
                    "\n\nRun 'rapport-cli report KIND --help' for a kind's own options."));
            return Success;
        }
        return fail(RapportCliTexts::tr("report needs a kind: %1.")
                        .arg(QStringList([] {
                                 QStringList names;
                                 for (const ReportKind &k : reportKinds)
                                     names << QLatin1String(k.name);
                                 return names;
                             }())
                                 .join(QLatin1String(", "))),
                    UsageError);
    }
    const ReportKind *kind = findKind(args.first());
    if (!kind)
        return fail(RapportCliTexts::tr(
                        "unknown report \"%1\"; run 'rapport-cli report --help' for the list.")
                        .arg(args.first()),
                    UsageError);

    QCommandLineParser parser;
    parser.setApplicationDescription(QLatin1String(kind->summary));
    const QCommandLineOption asOf(QStringList{QStringLiteral("as-of"), QStringLiteral("to")},
                                  QStringLiteral("The last day counted (default today, UTC)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("The first day counted (default: the report's)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   QStringLiteral("Only the customers of this user (id)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption customerKind(QStringLiteral("kind"),
                                          QStringLiteral("Only persons or organisations."),
                                          QStringLiteral("person|organisation"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      QStringLiteral("Count money in this currency (default: "
                                                     "the database's)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("text (default), csv or json."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({asOf, from, owner, customerKind, currency, format});
    if (kind->options)
        parser.addOptions(kind->options());
    const QString command = QStringLiteral("report ") + QLatin1String(kind->name);
    if (auto stop = parse(parser, command, args.mid(1)))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("%1 takes no arguments besides its options.").arg(command),
                    UsageError);

    AnalyticsFilter filter;
    if (parser.isSet(asOf)) {
        filter.asOf = parseDate(parser.value(asOf));
        if (!filter.asOf.isValid())
            return fail(RapportCliTexts::tr("--as-of must be a date written YYYY-MM-DD."),
                        UsageError);
    }
    if (parser.isSet(from)) {
        filter.from = parseDate(parser.value(from));
        if (!filter.from.isValid())
            return fail(RapportCliTexts::tr("--from must be a date written YYYY-MM-DD."),
                        UsageError);
        if (filter.from > filter.effectiveAsOf())
            return fail(RapportCliTexts::tr("--from must not come after --as-of."), UsageError);
    }
    if (parser.isSet(owner)) {
        bool ok = false;
        filter.ownerId = parser.value(owner).toLongLong(&ok);
        if (!ok || *filter.ownerId < 1)
            return fail(RapportCliTexts::tr("--owner must be a user id (a whole number)."),
                        UsageError);
    }
    if (parser.isSet(customerKind)) {
        filter.kind = enumFromKey<CustomerKind>(parser.value(customerKind), customerKindKeys);
        if (!filter.kind)
            return fail(RapportCliTexts::tr("--kind must be person or organisation."), UsageError);
    }
    if (parser.isSet(currency)) {
        filter.currency = parser.value(currency).toUpper();
        if (filter.currency.size() != 3)
            return fail(RapportCliTexts::tr("--currency must be a three-letter code such as EUR."),
                        UsageError);
    }
    ReportFormat fmt = ReportFormat::Text;
    const QString f = parser.value(format);
    if (f == QLatin1String("csv"))
        fmt = ReportFormat::Csv;
    else if (f == QLatin1String("json"))
        fmt = ReportFormat::Json;
    else if (f != QLatin1String("text"))
        return fail(RapportCliTexts::tr("--format must be text, csv or json."), UsageError);

    if (kind->check) {
        if (auto stop = kind->check(parser))
            return *stop;
    }

    auto db = openExisting(databasePath(parser));
    if (!db)
        return fail(db.error());
    // The reports are the dashboards' figures: whose customers they count is the reader's
    // SeeDashboards scope, and without it they are refused (exit 2, one sentence).
    if (Status allowed = access().check(Permission::SeeDashboards); !allowed)
        return fail(allowed.error());
    filter.scope = access().scope(Permission::SeeDashboards);
    if (filter.currency.isEmpty()) {
        auto c = AnalyticsRepository(**db).defaultCurrency();
        if (!c)
            return fail(c.error());
        filter.currency = *c;
    }
    filter.asOf = filter.effectiveAsOf();
    return kind->run(ReportContext{**db, filter, fmt, parser});
}

} // namespace rapport::cli
