// The rapport-cli subcommands. Each parses its own options, opens the database in the mode it
// needs, calls core, and prints plain text or JSON.
#include "cli.h"

#include "core/demo/demoduplicates.h"
#include "core/demo/demogenerator.h"
#include "core/domain/enumkeys.h"
#include "core/services/accesspolicy.h"
#include "core/services/customersearch.h"
#include "core/services/door.h"
#include "core/services/historyservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "core/storage/databaseinfo.h"
#include "core/storage/settingsrepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

const QCommandLineOption dbOption(QStringLiteral("db"),
                                  QStringLiteral("The database file (default: the desktop app's)."),
                                  QStringLiteral("FILE"));
const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dbOption);
    parser.addOption(userOption);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("rapport-cli ") + command} + args))
        return fail(parser.errorText() + QLatin1Char('.'), UsageError);
    if (parser.isSet(help)) {
        out(parser.helpText());
        return Success;
    }
    requestUser(parser);
    return std::nullopt;
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
}

Result<std::unique_ptr<Database>> openExisting(const QString &path)
{
    const QFileInfo info(path);
    const bool writable = info.exists() && info.isWritable();
    auto db = Database::open(path, writable ? Database::Mode::Existing : Database::Mode::ReadOnly);
    if (!db)
        return db;
    waitWhenBusy(**db);
    if (Status s = signIn(**db); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Workspace>> openForWriting(const QString &path, bool create)
{
    auto workspace = Workspace::open(path,
                                     create ? Database::Mode::Create : Database::Mode::Existing);
    if (!workspace)
        return workspace.error();
    Door *door = (*workspace)->door();
    if (!door)
        return Error(Error::Kind::Io,
                     RapportCliTexts::tr("%1 is read-only, so nothing can be changed.").arg(path));
    door->setBusyObserver(busyObserver());
    if (Status s = signIn(**workspace); !s)
        return s.error();
    if (!(*workspace)->currentUser()) {
        // Nobody signed in (a database without passwords): the history names this machine's
        // login, as before sign-in existed.
        Actor actor;
        actor.name = Workspace::systemLoginName();
        actor.machine = Actor::thisMachine();
        door->setActor(std::move(actor));
    }
    return workspace;
}

int initCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Creates a Rapport database, or brings one up to date."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Default phone region (ISO code, e.g. DE)."),
                                    QStringLiteral("CODE"));
    parser.addOption(region);
    if (auto stop = parse(parser, QStringLiteral("init"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("init takes no arguments besides its options."), UsageError);
    if (parser.isSet(region) && !PhoneNormalizer::isKnownRegion(parser.value(region)))
        return fail(RapportCliTexts::tr("\"%1\" is not a region code such as DE, FR or US.")
                        .arg(parser.value(region)),
                    UsageError);

    const QString path = databasePath(parser);
    const bool existed = QFileInfo::exists(path);
    auto workspace = openForWriting(path, true);
    if (!workspace)
        return fail(workspace.error());
    if (parser.isSet(region)) {
        if (Status s = (*workspace)
                           ->setSetting(SettingsRepository::PhoneRegion,
                                        parser.value(region).toUpper());
            !s)
            return fail(s.error());
    }
    const Database &db = (*workspace)->database();
    out(existed
            ? RapportCliTexts::tr("%1 is a Rapport database at schema %2.")
                  .arg(db.path())
                  .arg(db.schemaVersion())
            : RapportCliTexts::tr("Created %1 (schema %2).").arg(db.path()).arg(db.schemaVersion()));
    return Success;
}

int demoCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Fills an empty database with demo customers and three "
                            "years of history."));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("How many customers (default 2000)."),
                                       QStringLiteral("N"),
                                       QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed; the same seed gives the same data."),
                                  QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Last day of the history (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption perCustomer(QStringLiteral("interactions-per-customer"),
                                         QStringLiteral("Average interactions (default 10)."),
                                         QStringLiteral("X"),
                                         QStringLiteral("10"));
    const QCommandLineOption ordersPer(QStringLiteral("orders-per-customer"),
                                       QStringLiteral("Average orders (default 3)."),
                                       QStringLiteral("X"),
                                       QStringLiteral("3"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress output."));
    const QCommandLineOption duplicates(QStringLiteral("duplicates"),
                                        QStringLiteral("Also enter N of the persons a second "
                                                       "time, with typos (for the duplicate "
                                                       "scan)."),
                                        QStringLiteral("N"));
    parser.addOptions({customers, seed, asOf, perCustomer, ordersPer, quiet, duplicates});
    if (auto stop = parse(parser, QStringLiteral("demo"), args))
        return *stop;

    DemoOptions options;
    bool ok = false;
    options.customers = parser.value(customers).toLongLong(&ok);
    if (!ok || options.customers < 1 || options.customers > 50'000'000)
        return fail(RapportCliTexts::tr("--customers must be a whole number from 1 to 50000000."),
                    UsageError);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(RapportCliTexts::tr("--seed must be a whole number."), UsageError);
    options.interactionsPerCustomer = parser.value(perCustomer).toDouble(&ok);
    if (!ok || options.interactionsPerCustomer < 0 || options.interactionsPerCustomer > 1000)
        return fail(RapportCliTexts::tr(
                        "--interactions-per-customer must be a number from 0 to 1000."),
                    UsageError);
    options.ordersPerCustomer = parser.value(ordersPer).toDouble(&ok);
    if (!ok || options.ordersPerCustomer < 0 || options.ordersPerCustomer > 1000)
        return fail(RapportCliTexts::tr("--orders-per-customer must be a number from 0 to 1000."),
                    UsageError);
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid())
            return fail(RapportCliTexts::tr("--as-of must be a date written YYYY-MM-DD."),
                        UsageError);
    }

    auto workspace = openForWriting(databasePath(parser), true);
    if (!workspace)
        return fail(workspace.error());
    const bool showProgress = !parser.isSet(quiet);
    qint64 lastShown = -1;
    QTextStream err(stderr);
    const auto progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (showProgress && percent / 10 != lastShown / 10) {
            lastShown = percent;
            err << RapportCliTexts::tr("generating: %1%").arg(percent) << Qt::endl;
        }
        return true;
    };
    // One batch in the history, its head naming what was made (Door::bulk).
    DemoGenerator generator(*(*workspace)->door(), options);
    auto summary = generator.run(progress);
    if (!summary)
        return fail(summary.error());
    out(RapportCliTexts::tr(
            "Generated %L1 customers, %L2 contact points, %L3 interactions, %L4 orders "
            "(%L5 lines), %L6 cases, %L7 tasks, %L8 users and %L9 products in %10 s.")
            .arg(summary->customers)
            .arg(summary->contactPoints)
            .arg(summary->interactions)
            .arg(summary->orders)
            .arg(summary->orderLines)
            .arg(summary->cases)
            .arg(summary->tasks)
            .arg(summary->users)
            .arg(summary->products)
            .arg(summary->seconds, 0, 'f', 1));
    if (parser.isSet(duplicates)) {
        bool valid = false;
        const qint64 wanted = parser.value(duplicates).toLongLong(&valid);
        if (!valid || wanted < 0)
            return fail(RapportCliTexts::tr("--duplicates must be a whole number, 0 or more."),
                        UsageError);
        auto made = DemoDuplicates::add(*(*workspace)->door(), wanted, options.seed);
        if (!made)
            return fail(made.error());
        out(RapportCliTexts::tr("Entered %L1 of them a second time, with typos.").arg(*made));
    }
    return Success;
}

int infoCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Shows the schema version, journal mode, size and rows."));
    parser.addOption(jsonOption);
    if (auto stop = parse(parser, QStringLiteral("info"), args))
        return *stop;
    auto db = openExisting(databasePath(parser));
    if (!db)
        return fail(db.error());
    auto info = readDatabaseInfo(**db);
    if (!info)
        return fail(info.error());

    if (parser.isSet(jsonOption)) {
        QJsonObject tables;
        for (const auto &[name, count] : info->rowCounts)
            tables.insert(name, count);
        QJsonObject o{{QStringLiteral("path"), info->path},
                      {QStringLiteral("schema_version"), info->schemaVersion},
                      {QStringLiteral("latest_schema_version"), info->latestSchemaVersion},
                      {QStringLiteral("journal_mode"), info->journalMode},
                      {QStringLiteral("file_size_bytes"), info->fileBytes},
                      {QStringLiteral("customers"), info->rows(QStringLiteral("customers"))},
                      {QStringLiteral("interactions"), info->rows(QStringLiteral("interactions"))},
                      {QStringLiteral("orders"), info->rows(QStringLiteral("orders"))},
                      {QStringLiteral("tables"), tables}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    out(RapportCliTexts::tr("Database      %1").arg(info->path));
    out(RapportCliTexts::tr("Schema        %1 (this Rapport knows up to %2)")
            .arg(info->schemaVersion)
            .arg(info->latestSchemaVersion));
    out(RapportCliTexts::tr("Journal mode  %1").arg(info->journalMode));
    out(RapportCliTexts::tr("Size          %1").arg(humanBytes(info->fileBytes)));
    out(RapportCliTexts::tr("Rows"));
    for (const auto &[name, count] : info->rowCounts)
        out(QStringLiteral("  %1 %2").arg(name, -16).arg(QLocale::c().toString(count), 12));
    return Success;
}

int checkCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Checks the database file's integrity and references."));
    if (auto stop = parse(parser, QStringLiteral("check"), args))
        return *stop;
    auto db = Database::open(databasePath(parser), Database::Mode::ReadOnly);
    if (!db)
        return fail(db.error());
    if (Status s = signIn(**db); !s)
        return fail(s.error());
    auto problems = (*db)->check();
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString &p : problems->mid(0, 20))
            QTextStream(stderr) << "  " << p << Qt::endl;
        return fail(QCoreApplication::translate("rapport-cli",
                                                "%1 has %n problem(s); restore it from a backup.",
                                                nullptr,
                                                int(problems->size()))
                        .arg((*db)->path()));
    }
    // The history's hash chain: an entry changed, removed or inserted by hand breaks it there.
    // (A file of an older schema opened read-only has no history yet.)
    constexpr int HistorySchema = 11; // migrations/0011_history.sql
    if ((*db)->schemaVersion() >= HistorySchema) {
        auto broken = HistoryService(**db).verify();
        if (!broken)
            return fail(broken.error());
        if (*broken)
            return fail((*broken)->reason);
    }
    out(RapportCliTexts::tr("%1 is sound.").arg((*db)->path()));
    return Success;
}

int searchCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Finds customers by name, organisation, e-mail, city or "
                            "phone number in any format."));
    parser.addOption(jsonOption);
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Most results (20)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("20"));
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("What to look for."));
    if (auto stop = parse(parser, QStringLiteral("search"), args))
        return *stop;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return fail(RapportCliTexts::tr("search needs the text to look for."), UsageError);
    bool ok = false;
    const int most = parser.value(limit).toInt(&ok);
    if (!ok || most < 1 || most > 1000)
        return fail(RapportCliTexts::tr("--limit must be a whole number from 1 to 1000."),
                    UsageError);

    auto db = openExisting(databasePath(parser));
    if (!db)
        return fail(db.error());
    const PhoneNormalizer phones(SettingsRepository(**db).phoneRegion());
    CustomerSearch search(**db, phones);
    auto hits = search.find(text, most);
    if (!hits)
        return fail(hits.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray results;
        for (const SearchHit &h : std::as_const(*hits)) {
            const SearchCandidate &c = h.customer;
            results.append(
                QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("name"), c.name},
                            {QStringLiteral("kind"), enumKey(c.kind, customerKindKeys)},
                            {QStringLiteral("stage"), enumKey(c.stage, lifecycleStageKeys)},
                            {QStringLiteral("phone"), c.phones.value(0)},
                            {QStringLiteral("email"), c.emails.value(0)},
                            {QStringLiteral("city"), c.cities.value(0)},
                            {QStringLiteral("matched"), h.matched},
                            {QStringLiteral("score"), h.score},
                            {QStringLiteral("close"), h.close},
                            {QStringLiteral("edits"), h.edits}});
        }
        const QJsonObject o{{QStringLiteral("query"), text},
                            {QStringLiteral("count"), results.size()},
                            {QStringLiteral("results"), results}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    if (hits->isEmpty()) {
        out(RapportCliTexts::tr("No customer matches \"%1\".").arg(text));
        return Success;
    }
    // Close matches (a typo forgiven) come after the exact ones, under a line that says so.
    if (hits->constFirst().close)
        out(RapportCliTexts::tr("No exact match — showing close matches for \"%1\".").arg(text));
    bool exactBefore = false;
    for (const SearchHit &h : std::as_const(*hits)) {
        const SearchCandidate &c = h.customer;
        if (h.close && exactBefore) {
            out(RapportCliTexts::tr("Close matches for \"%1\":").arg(text));
            exactBefore = false;
        }
        exactBefore = exactBefore || !h.close;
        out(QStringLiteral("%1  %2  %3  %4  %5")
                .arg(c.id, 8)
                .arg(c.name, -32)
                .arg(phones.formatInternational(c.phones.value(0)), -18)
                .arg(c.emails.value(0), -34)
                .arg(c.cities.value(0)));
    }
    return Success;
}

} // namespace rapport::cli
