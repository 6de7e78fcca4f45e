#include "core/services/backupservice.h"

#include "core/services/door.h"

#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace rapport {
namespace {

const QString AutomaticKey = QStringLiteral("backup_automatic");
const QString KeepDailyKey = QStringLiteral("backup_keep_daily");
const QString KeepWeeklyKey = QStringLiteral("backup_keep_weekly");
const QString BeforeRestoreSuffix = QStringLiteral("-before-restore");
const QString StampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// <name>-<stamp>[-before-restore][-N].db
const QRegularExpression &backupName()
{
    static const QRegularExpression re(
        QStringLiteral("^(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(-before-restore)?(?:-\\d+)?\\.db$"));
    return re;
}

} // namespace

BackupService::BackupService(QString databasePath, QString root, Clock clock)
    : m_path(QFileInfo(databasePath).absoluteFilePath())
    , m_root(root.isEmpty() ? defaultRoot() : std::move(root))
    , m_clock(std::move(clock))
{}

QString BackupService::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString BackupService::folder() const
{
    // Two databases of one name in different folders keep their backups apart.
    const QByteArray hash
        = QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QDir(m_root).filePath(QFileInfo(m_path).completeBaseName() + QLatin1Char('-')
                                 + QString::fromLatin1(hash));
}

QDateTime BackupService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString BackupService::newFileName(const QString &suffix) const
{
    const QString stem = QFileInfo(m_path).completeBaseName() + QLatin1Char('-')
                         + now().toLocalTime().toString(StampFormat) + suffix;
    const QDir dir(folder());
    QString name = stem + QStringLiteral(".db");
    for (int n = 2; dir.exists(name); ++n)
        name = stem + QStringLiteral("-%1.db").arg(n);
    return dir.filePath(name);
}

Result<QString> BackupService::backUp(const Database &source,
                                      const QString &target,
                                      const BackupOptions &options) const
{
    QString path = target;
    if (path.isEmpty()) {
        if (!QDir().mkpath(folder()))
            return Error(Error::Kind::Io,
                         tr("The backup could not be written: the folder %1 cannot be made. "
                            "Nothing was changed.")
                             .arg(shown(folder())));
        path = newFileName({});
    }
    path = QFileInfo(path).absoluteFilePath();
    if (path == m_path || path == QFileInfo(source.path()).absoluteFilePath())
        return Error(Error::Kind::Io,
                     tr("A backup cannot be written over the database itself; choose another "
                        "file."));
    if (Status s = writeBackup(source, path, options); !s)
        return s.error();
    return path;
}

bool BackupService::isDue() const
{
    const QDateTime since = now().addSecs(-24 * 3600);
    for (const BackupEntry &e : list(false)) {
        if (!e.beforeRestore && e.created > since)
            return false;
    }
    return true;
}

Result<QString> BackupService::backUpIfDue(const Database &source,
                                           const BackupSettings &settings,
                                           const BackupOptions &options) const
{
    if (!settings.automatic || !isDue())
        return QString();
    Result<QString> written = backUp(source, {}, options);
    if (written)
        rotate(settings);
    return written;
}

QStringList BackupService::rotate(const BackupSettings &settings) const
{
    QList<BackupEntry> automatic;
    for (const BackupEntry &e : list(false)) {
        if (!e.beforeRestore)
            automatic.append(e); // newest first
    }
    QSet<QString> keep;
    QSet<QDate> days;
    QDate oldestDay;
    for (const BackupEntry &e : std::as_const(automatic)) {
        const QDate day = e.created.toLocalTime().date();
        if (days.contains(day))
            continue;
        if (days.size() >= settings.keepDaily)
            break;
        days.insert(day);
        oldestDay = day;
        keep.insert(e.path);
    }
    QSet<int> weeks;
    for (const BackupEntry &e : std::as_const(automatic)) {
        const QDate day = e.created.toLocalTime().date();
        if (keep.contains(e.path) || (oldestDay.isValid() && day >= oldestDay))
            continue;
        int year = 0;
        const int week = day.weekNumber(&year) + year * 100;
        if (weeks.contains(week))
            continue;
        if (weeks.size() >= settings.keepWeekly)
            break;
        weeks.insert(week);
        keep.insert(e.path);
    }
    QStringList removed;
    for (const BackupEntry &e : std::as_const(automatic)) {
        if (!keep.contains(e.path) && QFile::remove(e.path))
            removed << e.path;
    }
    return removed;
}

QList<BackupEntry> BackupService::list(bool withCustomers) const
{
    QList<BackupEntry> entries;
    const QDir dir(folder());
    const QString stem = QFileInfo(m_path).completeBaseName();
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const QRegularExpressionMatch m = backupName().match(file.fileName());
        if (!m.hasMatch() || m.captured(1) != stem)
            continue;
        QDateTime local = QDateTime::fromString(m.captured(2), StampFormat);
        if (!local.isValid())
            continue;
        BackupEntry entry;
        entry.path = file.absoluteFilePath();
        entry.created = local.toUTC();
        entry.bytes = file.size();
        entry.beforeRestore = !m.captured(3).isEmpty();
        if (withCustomers) {
            if (auto db = Database::open(entry.path, Database::Mode::ReadOnly)) {
                if (auto count = countLiveCustomers(**db))
                    entry.customers = *count;
            }
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return entries;
}

Result<BackupEntry> BackupService::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error(Error::Kind::Io,
                     tr("There is no backup at %1. Nothing was changed.").arg(shown(path)));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        switch (db.error().kind()) {
        case Error::Kind::NotRapport:
            return Error(Error::Kind::NotRapport,
                         tr("%1 is not a Rapport backup. Nothing was changed.").arg(shown(path)));
        case Error::Kind::Damaged:
            return Error(Error::Kind::Damaged,
                         tr("The backup %1 is damaged and cannot be restored. Nothing was "
                            "changed.")
                             .arg(shown(path)));
        default:
            return Error(db.error().kind(),
                         tr("The backup cannot be restored: %1 Nothing was changed.")
                             .arg(db.error().message()));
        }
    }
    auto problems = (*db)->check();
    if (!problems || !problems->isEmpty())
        return Error(Error::Kind::Damaged,
                     tr("The backup %1 is damaged and cannot be restored. Nothing was changed.")
                         .arg(shown(path)));
    BackupEntry entry;
    entry.path = info.absoluteFilePath();
    entry.bytes = info.size();
    const QRegularExpressionMatch m = backupName().match(info.fileName());
    const QDateTime stamped = m.hasMatch() ? QDateTime::fromString(m.captured(2), StampFormat)
                                           : QDateTime();
    entry.created = stamped.isValid() ? stamped.toUTC() : info.lastModified().toUTC();
    entry.beforeRestore = m.hasMatch() && !m.captured(3).isEmpty();
    if (auto count = countLiveCustomers(**db))
        entry.customers = *count;
    return entry;
}

Result<RestoreOutcome> BackupService::restore(const QString &backupPath) const
{
    if (QFileInfo(backupPath).absoluteFilePath() == m_path)
        return Error(Error::Kind::Io,
                     tr("A database cannot be restored from itself. Nothing was changed."));
    Result<BackupEntry> checked = inspect(backupPath);
    if (!checked)
        return checked.error();
    const QFileInfo current(m_path);
    // Only a Rapport database (or what is left of one) is ever replaced.
    if (current.exists() && current.size() > 0 && !hasRapportHeader(m_path))
        return Error(Error::Kind::NotRapport,
                     tr("%1 is not a Rapport database, so it was not replaced by the backup.")
                         .arg(shown(m_path)));
    if (!QDir().mkpath(folder()))
        return Error(Error::Kind::Io,
                     tr("The folder %1 for backups cannot be made. Nothing was changed.")
                         .arg(shown(folder())));
    const QString aside = m_path + QStringLiteral(".damaged-")
                          + now().toLocalTime().toString(StampFormat);
    return restoreDatabase(checked->path, m_path, newFileName(BeforeRestoreSuffix), aside);
}

Result<SalvageReport> BackupService::salvage(const QString &newPath,
                                             const std::function<bool(int, int)> &progress) const
{
    return salvageDatabase(m_path, newPath, progress);
}

Result<QStringList> BackupService::quickCheck(const Database &db)
{
    return rapport::quickCheck(db);
}

bool BackupService::isDamagedRapportFile(const QString &path, const Error &openError)
{
    return openError.kind() == Error::Kind::Damaged && hasRapportHeader(path);
}

BackupSettings BackupService::settings(const Database &db)
{
    SettingsRepository repository(db);
    BackupSettings s;
    const auto number = [&](const QString &key, int fallback) {
        bool ok = false;
        const int v = repository.value(key).toInt(&ok);
        return ok && v >= 0 && v <= 1000 ? v : fallback;
    };
    s.automatic = repository.value(AutomaticKey, QStringLiteral("1")) != QLatin1String("0");
    s.keepDaily = number(KeepDailyKey, s.keepDaily);
    s.keepWeekly = number(KeepWeeklyKey, s.keepWeekly);
    return s;
}

Status BackupService::saveSettings(Door &door, const BackupSettings &settings)
{
    if (settings.keepDaily < 1 || settings.keepDaily > 1000 || settings.keepWeekly < 0
        || settings.keepWeekly > 1000)
        return Error(Error::Kind::Validation,
                     tr("Keep from 1 to 1000 daily and from 0 to 1000 weekly backups."));
    return door.write({WriteAction::Settings}, [&](WriteScope &scope) -> Status {
        SettingsRepository repository(scope.database());
        for (const auto &[key, value] :
             {std::pair{AutomaticKey, QString::number(settings.automatic ? 1 : 0)},
              std::pair{KeepDailyKey, QString::number(settings.keepDaily)},
              std::pair{KeepWeeklyKey, QString::number(settings.keepWeekly)}}) {
            if (Status s = repository.setValue(key, value); !s)
                return s;
        }
        return {};
    });
}

} // namespace rapport
