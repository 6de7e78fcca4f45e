#pragma once

#include "core/storage/backup.h"
#include "core/storage/salvage.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace rapport {

class Database;
class Door;

// How many automatic backups to keep: the newest of each of the last `keepDaily` days that have
// one, and before those the newest of each of `keepWeekly` weeks. Stored in the database's
// settings table, so every user of the database shares them.
struct BackupSettings
{
    bool automatic = true;
    int keepDaily = 7;
    int keepWeekly = 4;
};

// One backup file as the restore dialog and `rapport-cli backups` list it.
struct BackupEntry
{
    QString path;
    QDateTime created; // UTC
    qint64 bytes = 0;
    qint64 customers = -1;      // customers not in the trash; -1 when the file could not be read
    bool beforeRestore = false; // saved by a restore, of the database as it was before
};

// BackupService is the one place backups are made, kept, listed, checked and restored, for the
// desktop and the CLI alike. Automatic backups of a database live in
// <AppDataLocation>/backups/<name>-<hash of its path>/, one self-contained file each, named by
// their local date and time (rapport-2026-12-07-041500.db).
class BackupService final
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    using Clock = std::function<QDateTime()>; // UTC

    // `root` holds one folder per database (default: defaultRoot()); `clock` is the time now.
    explicit BackupService(QString databasePath, QString root = {}, Clock clock = {});

    static QString defaultRoot();
    // The folder of this database's automatic backups (made when a backup is written).
    QString folder() const;
    const QString &databasePath() const { return m_path; }

    // Writes a backup of `source` (a connection of its own) to `target`, or to a new file in the
    // automatic folder when `target` is empty; returns the path written.
    Result<QString> backUp(const Database &source,
                           const QString &target = {},
                           const BackupOptions &options = {}) const;
    // No automatic backup in the last 24 hours?
    bool isDue() const;
    // The automatic backup: when one is due, writes it and rotates; returns the path written, or
    // an empty string when none was due.
    Result<QString> backUpIfDue(const Database &source,
                                const BackupSettings &settings,
                                const BackupOptions &options = {}) const;
    // Removes the automatic backups the settings do not keep; returns the paths removed.
    QStringList rotate(const BackupSettings &settings) const;
    // The backups in the automatic folder, newest first. `withCustomers` opens each to count.
    QList<BackupEntry> list(bool withCustomers = true) const;

    // Is `path` a backup that can be restored: an SQLite file, a Rapport database this version
    // can open, and clean under integrity_check? The entry, or one sentence saying why not.
    static Result<BackupEntry> inspect(const QString &path);
    // Checks the backup, then puts it in the place of the database (see restoreDatabase: refused
    // while another client has the database open; the current database is first saved into the
    // automatic folder as a "before-restore" backup, a damaged one is moved aside).
    Result<RestoreOutcome> restore(const QString &backupPath) const;
    // Reads what can be read of this (damaged) database into a new file.
    Result<SalvageReport> salvage(const QString &newPath,
                                  const std::function<bool(int, int)> &progress = {}) const;

    // The quick check a database gets when it opens (PRAGMA quick_check): empty when sound.
    static Result<QStringList> quickCheck(const Database &db);
    // Did opening `path` fail because SQLite finds the file damaged, while the file still starts
    // as a Rapport database? Then a backup or a salvage is the way forward.
    static bool isDamagedRapportFile(const QString &path, const Error &openError);

    static BackupSettings settings(const Database &db);
    // Saves them through the door, as every other write (WriteAction::Settings, in the history).
    static Status saveSettings(Door &door, const BackupSettings &settings);

private:
    QDateTime now() const;
    QString newFileName(const QString &suffix) const;

    QString m_path;
    QString m_root;
    Clock m_clock;
};

} // namespace rapport
