// rapport-cli backup, backups, restore and salvage: thin over core's BackupService.
#include "cli.h"

#include "core/services/backupservice.h"
#include "core/services/door.h"
#include "core/storage/database.h"
#include "core/util/displayformat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace rapport::cli {
namespace {

struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

int backupCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Writes a backup of the database while others may go on working with it: to PATH, or "
        "to the automatic backups in the data folder (which keep 7 daily and 4 weekly)."));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The backup file, or a folder to write it in."),
                                QStringLiteral("PATH"));
    parser.addOption(to);
    if (auto stop = parse(parser, QStringLiteral("backup"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("backup takes no arguments besides its options."),
                    UsageError);
    const QString path = databasePath(parser);
    // Read-write when it can be (as info and search open it): a read-only connection would leave
    // the -wal and -shm files it needed behind.
    auto db = openExisting(path);
    if (!db)
        return fail(db.error());
    const BackupService service(path);
    QString target = parser.value(to);
    if (parser.isSet(to) && target.isEmpty())
        return fail(RapportCliTexts::tr("--to needs a file or a folder."), UsageError);
    if (QFileInfo(target).isDir())
        target = QDir(target).filePath(
            QFileInfo(path).completeBaseName() + QLatin1Char('-')
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))
            + QStringLiteral(".db"));
    const Result<QString> written = service.backUp(**db, target);
    if (!written)
        return fail(written.error());
    if (target.isEmpty())
        service.rotate(BackupService::settings(**db));
    out(shown(*written));
    return Success;
}

int backupsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Lists the automatic backups of the database, newest first."));
    parser.addOption(jsonOption);
    const QCommandLineOption keepDaily(QStringLiteral("keep-daily"),
                                       QStringLiteral("Keep the newest backup of N days (7)."),
                                       QStringLiteral("N"));
    const QCommandLineOption keepWeekly(QStringLiteral("keep-weekly"),
                                        QStringLiteral("And of N weeks before those (4)."),
                                        QStringLiteral("N"));
    const QCommandLineOption automatic(QStringLiteral("automatic"),
                                       QStringLiteral("Daily automatic backups on or off."),
                                       QStringLiteral("on|off"));
    parser.addOptions({keepDaily, keepWeekly, automatic});
    if (auto stop = parse(parser, QStringLiteral("backups"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("backups takes no arguments besides its options."),
                    UsageError);
    if (parser.isSet(keepDaily) || parser.isSet(keepWeekly) || parser.isSet(automatic)) {
        // The database's own settings, shared by everyone who uses it.
        auto db = openExisting(databasePath(parser));
        if (!db)
            return fail(db.error());
        BackupSettings settings = BackupService::settings(**db);
        bool ok = true;
        if (parser.isSet(keepDaily))
            settings.keepDaily = parser.value(keepDaily).toInt(&ok);
        if (ok && parser.isSet(keepWeekly))
            settings.keepWeekly = parser.value(keepWeekly).toInt(&ok);
        if (ok && parser.isSet(automatic)) {
            const QString value = parser.value(automatic);
            ok = value == QLatin1String("on") || value == QLatin1String("off");
            settings.automatic = value == QLatin1String("on");
        }
        if (!ok)
            return fail(RapportCliTexts::tr("--keep-daily and --keep-weekly take whole numbers, "
                                            "--automatic on or off."),
                        UsageError);
        auto door = Door::open(**db, nullptr);
        if (!door)
            return fail(door.error());
        if (Status s = BackupService::saveSettings(**door, settings); !s)
            return fail(s.error().message(), UsageError);
        out(RapportCliTexts::tr("Automatic backups %1; keeping %2 daily and %3 weekly.")
                .arg(settings.automatic ? RapportCliTexts::tr("on") : RapportCliTexts::tr("off"))
                .arg(settings.keepDaily)
                .arg(settings.keepWeekly));
        return Success;
    }
    const BackupService service(databasePath(parser));
    const QList<BackupEntry> entries = service.list();
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const BackupEntry &e : entries)
            list.append(QJsonObject{{QStringLiteral("path"), shown(e.path)},
                                    {QStringLiteral("created"), e.created.toString(Qt::ISODate)},
                                    {QStringLiteral("bytes"), e.bytes},
                                    {QStringLiteral("customers"), e.customers},
                                    {QStringLiteral("before_restore"), e.beforeRestore}});
        const QJsonObject o{{QStringLiteral("folder"), shown(service.folder())},
                            {QStringLiteral("count"), list.size()},
                            {QStringLiteral("backups"), list}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    if (entries.isEmpty()) {
        out(RapportCliTexts::tr("No backups yet in %1.").arg(shown(service.folder())));
        return Success;
    }
    for (const BackupEntry &e : entries) {
        // The count is worked out first: lupdate's parser never finishes on a template call
        // inside translate()'s arguments.
        const int count = int(std::min<qint64>(e.customers, INT_MAX));
        const QString customers
            = e.customers < 0
                  ? RapportCliTexts::tr("unreadable")
                  : QCoreApplication::translate("rapport-cli", "%Ln customer(s)", nullptr, count);
        out(QStringLiteral("%1  %2  %3  %4%5")
                .arg(display::dateTime(e.created), -17)
                .arg(size(e.bytes), 9)
                .arg(customers, -18)
                .arg(shown(e.path),
                     e.beforeRestore ? RapportCliTexts::tr("  (before a restore)") : QString()));
    }
    return Success;
}

int restoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Checks BACKUP and puts it in the place of the database; the database as it was is kept "
        "as a backup first."));
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("The backup file."));
    if (auto stop = parse(parser, QStringLiteral("restore"), args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return fail(RapportCliTexts::tr("restore needs one backup file."), UsageError);
    if (!parser.isSet(dbOption))
        return fail(RapportCliTexts::tr("restore needs --db FILE, the database to replace."),
                    UsageError);
    const BackupService service(parser.value(dbOption));
    const QString backup = parser.positionalArguments().constFirst();
    const Result<RestoreOutcome> restored = service.restore(backup);
    if (!restored)
        return fail(restored.error());
    out(RapportCliTexts::tr("Restored %1 from %2.")
            .arg(shown(service.databasePath()), shown(backup)));
    if (restored->currentWasDamaged)
        out(RapportCliTexts::tr("The damaged file was kept as %1.")
                .arg(shown(restored->savedCurrentAs)));
    else if (!restored->savedCurrentAs.isEmpty())
        out(RapportCliTexts::tr("The database as it was is kept as %1.")
                .arg(shown(restored->savedCurrentAs)));
    return Success;
}

int salvageCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Reads what can be read of a damaged database into a new file; the damaged file is only "
        "read."));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The new database file (must not exist)."),
                                QStringLiteral("NEW"));
    parser.addOption(to);
    if (auto stop = parse(parser, QStringLiteral("salvage"), args))
        return *stop;
    if (!parser.isSet(dbOption) || !parser.isSet(to) || !parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("salvage needs --db DAMAGED and --to NEW."), UsageError);
    const BackupService service(parser.value(dbOption));
    const Result<SalvageReport> report = service.salvage(parser.value(to));
    if (!report)
        return fail(report.error());
    for (const SalvagedTable &t : report->tables) {
        const QString lost = t.lost < 0    ? RapportCliTexts::tr("some lost")
                             : t.lost == 0 ? QString()
                                           : RapportCliTexts::tr("up to %L1 lost").arg(t.lost);
        const QString orphans
            = t.orphans == 0
                  ? QString()
                  : RapportCliTexts::tr("%L1 left out (they referred to lost rows)").arg(t.orphans);
        out(QStringLiteral("  %1 %2  %3 %4")
                .arg(t.name, -22)
                .arg(QLocale::c().toString(t.saved), 12)
                .arg(lost, orphans)
                .trimmed());
    }
    out(report->complete()
            ? RapportCliTexts::tr("Saved %L1 rows into %2; nothing unreadable was found.")
                  .arg(report->saved())
                  .arg(shown(parser.value(to)))
            : RapportCliTexts::tr("Saved %L1 rows into %2; some rows could not be read.")
                  .arg(report->saved())
                  .arg(shown(parser.value(to))));
    return Success;
}

} // namespace rapport::cli
