#pragma once

#include "core/services/backupservice.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <QMutex>

#include <atomic>

class QThread;

namespace rapport {

class Database;

// BackupJob runs backup work on a worker thread with a connection of its own (a connection
// belongs to the thread that opened it), so the window stays in use meanwhile:
// - backUp(): a backup to a file the user chose (or to the automatic folder);
// - openChecks(): what a database gets when it opens: PRAGMA quick_check, then, when the file is
//   sound, read-write and no automatic backup was made in the last 24 hours, the automatic backup
//   and its rotation. A file that fails the check is never backed up (its backup would rotate a
//   good one out);
// - salvage(): reads what can be read of a damaged file into a new one (progress: tables);
// - restore(): BackupService::restore (checks the backup, keeps the current file, copies in).
// Progress and the end arrive as queued signals on the thread that made the job. Destroying the
// job cancels the work and waits for the thread.
class BackupJob final : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString written;         // the backup file written (empty when none was)
        QString message;         // what went wrong, one sentence
        QStringList problems;    // what quick_check found (openChecks only)
        SalvageReport salvage;   // salvage only
        RestoreOutcome restored; // restore only
    };

    static BackupJob *backUp(const QString &databasePath, const QString &target, QObject *parent);
    static BackupJob *openChecks(const QString &databasePath, bool mayBackUp, QObject *parent);
    static BackupJob *salvage(const QString &damagedPath, const QString &newPath, QObject *parent);
    static BackupJob *restore(const QString &databasePath, const QString &backup, QObject *parent);
    ~BackupJob() override;

    // The folder of automatic backups (tests point it elsewhere); set before start().
    void setBackupsRoot(const QString &root) { m_root = root; }
    void start();
    // Stops the work: between two slices of a copy, or in the middle of the quick check.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const rapport::BackupJob::Outcome &outcome);

private:
    enum class Kind { BackUp, OpenChecks, Salvage, Restore };
    BackupJob(Kind kind, QString path, QString target, bool mayBackUp, QObject *parent);
    void work();

    Kind m_kind;
    QString m_path;
    QString m_target;
    QString m_root;
    bool m_mayBackUp = false;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    QMutex m_liveMutex;
    const Database *m_live = nullptr; // the worker's connection while it is open (for cancel)
    Outcome m_outcome;                // written by the worker, read once its thread has finished
};

} // namespace rapport

Q_DECLARE_METATYPE(rapport::BackupJob::Outcome)
