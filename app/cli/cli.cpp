#include "cli.h"

#include "core/services/door.h"
#include "core/storage/database.h"
#include "core/storage/sqlerror.h"
#include "core/storage/writeholder.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QTextStream>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

QString usage()
{
    return RapportCliTexts::tr(
        "Usage: rapport-cli COMMAND [--db FILE] [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init                       create a database, or bring it up to date\n"
        "  demo --customers N [--seed S] [--as-of YYYY-MM-DD]\n"
        "                             fill an empty database with demo customers\n"
        "  info [--json]              schema version, journal mode, size, rows per table\n"
        "  check                      integrity and history chain check (exit 0 when sound)\n"
        "  search [--json] TEXT       find customers by name, e-mail, city or phone\n"
        "  import-orders --format cdnow|csv FILE\n"
        "                             import purchases (customers by their key)\n"
        "  import customers FILE [--mode create|upsert|update] [--match external-id,email,phone]\n"
        "          [--mapping M.json] [--save-mapping M.json] [--delimiter ,|;|tab]\n"
        "          [--encoding utf-8|utf-16|windows-1252] [--dates dmy|mdy|iso]\n"
        "          [--decimal comma|point] [--region CC] [--dry-run] [--report FILE.csv] [--json]\n"
        "                             import customers from CSV or vCard, as one batch\n"
        "  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]\n"
        "                             analytics; 'report --help' lists the kinds\n"
        "  history [--customer ID] [--batch ID] [--since YYYY-MM-DD] [--by LOGIN] [--json]\n"
        "                             who changed what, newest first\n"
        "  batches [--kind import|merge|...] [--json]\n"
        "                             imports, merges and other batches, newest first\n"
        "  revert BATCH [--dry-run] [--keep-changes|--overwrite] [--json]\n"
        "                             undo a batch in one step, updates included\n"
        "  backup [--to PATH]         back up while others work (default: the automatic backups)\n"
        "  backups [--json]           list the automatic backups, newest first\n"
        "  restore BACKUP --db FILE   check a backup and put it in the place of FILE\n"
        "  salvage --db DAMAGED --to NEW\n"
        "                             read what can be read of a damaged file into a new one\n"
        "  export customers [--format csv|vcard] [--search TEXT] [--stage S] [--owner LOGIN]\n"
        "         [--tag T] [--segment NAME] [--columns a,b,c|all] [--consent CHANNEL] [--out "
        "FILE]\n"
        "                             a customer list or segment as CSV or vCard 4.0\n"
        "  consent ID [CHANNEL opt-in|opt-out|clear] [--source S] [--date YYYY-MM-DD] [--json]\n"
        "                             show or record a customer's consent per channel\n"
        "  export customer ID --format json [--out FILE]\n"
        "                             everything held about one customer (data-protection access)\n"
        "  erase ID [--yes] [--json]  erase a customer's personal data everywhere (orders stay)\n"
        "  duplicates [--min-score S] [--limit N] [--json]\n"
        "                             pairs of customers that may be one, with score and evidence\n"
        "  merge SURVIVOR OTHER [--take FIELD=other,...] [--json]\n"
        "                             merge OTHER into SURVIVOR as one batch (undo: revert BATCH)\n"
        "  users list [--json]        the users, their roles and teams\n"
        "  users add LOGIN --name NAME --role administrator|manager|rep|agent [--teams T1,T2]\n"
        "            [--email E] [--no-password]\n"
        "                             add a user (password from RAPPORT_NEW_PASSWORD or a prompt)\n"
        "  users set-role LOGIN ROLE  give a user another role\n"
        "  users set-teams LOGIN T1,T2\n"
        "                             put a user in these teams (made when missing; '' for none)\n"
        "  users disable LOGIN        deactivate a user (history and customers stay); enable: "
        "back\n"
        "  users passwd LOGIN         change your own password, or (administrator) reset "
        "another's\n"
        "\n"
        "Every command takes --db FILE (default: the desktop app's database) and --user LOGIN\n"
        "(sign in; the password from RAPPORT_PASSWORD or a prompt). A database where an\n"
        "administrator has a password refuses commands without --user.\n"
        "Run 'rapport-cli COMMAND --help' for a command's options.\n"
        "Exit codes: 0 success, 1 usage error, 2 data or file error.\n");
}

} // namespace

void out(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

int fail(const QString &sentence, ExitCode code)
{
    QTextStream(stderr) << "rapport-cli: " << sentence << Qt::endl;
    return code;
}

int fail(const Error &error)
{
    return fail(error.message(), DataError);
}

namespace {

int busyLimitMs()
{
    // RAPPORT_BUSY_LIMIT_MS shortens the wait for the CLI's own tests.
    bool set = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("RAPPORT_BUSY_LIMIT_MS", &set);
    return set && fromEnvironment > 0 ? fromEnvironment : BusyLimitMs;
}

} // namespace

Door::BusyObserver busyObserver()
{
    return [limitMs = busyLimitMs(), told = false](const BusyWait &wait) mutable {
        if (wait.waitedMs >= limitMs)
            return false;
        if (!told && wait.waitedMs >= 1000) {
            told = true;
            QTextStream(stderr) << wait.message() << Qt::endl;
        }
        return true;
    };
}

void waitWhenBusy(Database &db)
{
    db.setBusyHandler(
        [path = db.path(), limitMs = busyLimitMs(), told = false](int waitedMs) mutable {
            if (waitedMs >= limitMs) {
                const std::optional<WriteHolder> holder = WriteHolder::read(path);
                setBusyHolder(holder ? holder->describe() : QString());
                return false;
            }
            if (!told && waitedMs >= 1000) {
                told = true;
                QTextStream(stderr)
                    << BusyWait{waitedMs, WriteHolder::read(path)}.message() << Qt::endl;
            }
            return true;
        });
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return fail(RapportCliTexts::tr("no command given; run 'rapport-cli --help' for the list."),
                    UsageError);
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out(usage());
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QStringLiteral("rapport-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    if (command == QLatin1String("init"))
        return initCommand(rest);
    if (command == QLatin1String("demo"))
        return demoCommand(rest);
    if (command == QLatin1String("info"))
        return infoCommand(rest);
    if (command == QLatin1String("check"))
        return checkCommand(rest);
    if (command == QLatin1String("search"))
        return searchCommand(rest);
    if (command == QLatin1String("report"))
        return reportCommand(rest);
    if (command == QLatin1String("import-orders"))
        return importOrdersCommand(rest);
    if (command == QLatin1String("history"))
        return historyCommand(rest);
    if (command == QLatin1String("backup"))
        return backupCommand(rest);
    if (command == QLatin1String("backups"))
        return backupsCommand(rest);
    if (command == QLatin1String("restore"))
        return restoreCommand(rest);
    if (command == QLatin1String("salvage"))
        return salvageCommand(rest);
    if (command == QLatin1String("import"))
        return importCommand(rest);
    if (command == QLatin1String("revert"))
        return revertCommand(rest);
    if (command == QLatin1String("batches"))
        return batchesCommand(rest);
    if (command == QLatin1String("export"))
        return exportCommand(rest);
    if (command == QLatin1String("erase"))
        return eraseCommand(rest);
    if (command == QLatin1String("consent"))
        return consentCommand(rest);
    if (command == QLatin1String("duplicates"))
        return duplicatesCommand(rest);
    if (command == QLatin1String("merge"))
        return mergeCommand(rest);
    if (command == QLatin1String("users"))
        return usersCommand(rest);
    if (command.startsWith(QLatin1Char('-')))
        return fail(RapportCliTexts::tr(
                        "unknown option %1; a command comes first, e.g. 'rapport-cli info --db "
                        "FILE'.")
                        .arg(command),
                    UsageError);
    return fail(RapportCliTexts::tr(
                    "unknown command \"%1\"; run 'rapport-cli --help' for the list.")
                    .arg(command),
                UsageError);
}

} // namespace rapport::cli
