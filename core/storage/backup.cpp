#include "core/storage/backup.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct BackupTexts
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString engineMessage(sqlite3 *db, int rc)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

Error writeFailed(int rc, const QString &detail)
{
    if ((rc & 0xff) == SQLITE_FULL)
        return Error(
            Error::Kind::Io,
            BackupTexts::tr(
                "The backup could not be written: the disk is full. Nothing was changed."));
    return Error(Error::Kind::Io,
                 BackupTexts::tr("The backup could not be written: %1. Nothing was changed.")
                     .arg(detail));
}

Error openElsewhere(const QString &target)
{
    return Error(Error::Kind::Database,
                 BackupTexts::tr("%1 is open in another window or program; close it there and "
                                 "restore again. Nothing was changed.")
                     .arg(shown(target)));
}

// One raw connection, closed with its scope.
struct RawConnection
{
    sqlite3 *handle = nullptr;
    int open(const QString &path, int flags, const QByteArray &vfs = {})
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(),
                                       &handle,
                                       flags,
                                       vfs.isEmpty() ? nullptr : vfs.constData());
        if (rc == SQLITE_OK)
            sqlite3_extended_result_codes(handle, 1);
        return rc;
    }
    ~RawConnection()
    {
        if (handle)
            sqlite3_close_v2(handle);
    }
};

int execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

// The first column of the first row of `sql`, as text (empty when there is none); rc in `rc`.
QString scalar(sqlite3 *db, const char *sql, int *rc)
{
    sqlite3_stmt *stmt = nullptr;
    *rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QString value;
    if (*rc == SQLITE_OK) {
        *rc = sqlite3_step(stmt);
        if (*rc == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            *rc = SQLITE_OK;
        } else if (*rc == SQLITE_DONE) {
            *rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    return value;
}

void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// A name beside `target` that no one else uses: the copy is made there and renamed at the end.
QString temporaryBeside(const QString &target)
{
    return target
           + QStringLiteral(".partial-%1-%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool syncPath(const QString &path, bool directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(),
                          directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    Q_UNUSED(directory);
    return true;
#endif
}

// Is the finished copy a sound Rapport database? Read through the same VFS it was written with.
Status verifyCopy(const QString &path, const QByteArray &vfs)
{
    RawConnection c;
    int rc = c.open(path, SQLITE_OPEN_READONLY, vfs);
    if (rc != SQLITE_OK)
        return writeFailed(rc, engineMessage(c.handle, rc));
    const QString check = scalar(c.handle, "PRAGMA quick_check", &rc);
    if (rc != SQLITE_OK)
        return writeFailed(rc, engineMessage(c.handle, rc));
    if (check != QLatin1String("ok"))
        return writeFailed(SQLITE_CORRUPT,
                           BackupTexts::tr("the copy failed its check (%1)").arg(check));
    const QString id = scalar(c.handle, "PRAGMA application_id", &rc);
    if (rc != SQLITE_OK || id.toLongLong() != Database::ApplicationId)
        return writeFailed(SQLITE_CORRUPT, BackupTexts::tr("the copy is not a Rapport database"));
    return {};
}

// Copies the database of `source` (the main schema) into a new file at `target`; see writeBackup.
Status copyInto(sqlite3 *source, const QString &target, const BackupOptions &options)
{
    const QFileInfo info(target);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return writeFailed(SQLITE_CANTOPEN,
                           BackupTexts::tr("the folder %1 does not exist")
                               .arg(shown(folder.filePath())));
    if (info.isDir())
        return writeFailed(SQLITE_CANTOPEN, BackupTexts::tr("%1 is a folder").arg(shown(target)));
    const QString temp = temporaryBeside(info.absoluteFilePath());
    auto cleanup = qScopeGuard([&] { removeWithSideFiles(temp); });

    {
        RawConnection dest;
        int rc = dest.open(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, options.vfs);
        if (rc != SQLITE_OK)
            return writeFailed(rc, engineMessage(dest.handle, rc));

        // In WAL mode one read transaction held for the whole copy keeps it on one snapshot:
        // writers go on beside it, and the copy never restarts. (A rollback-journal file cannot do
        // that without stopping its writers; there a restarted copy finishes in one step.)
        int journalRc = SQLITE_OK;
        const bool wal = scalar(source, "PRAGMA journal_mode", &journalRc) == QLatin1String("wal");
        bool snapshot = false;
        if (wal && sqlite3_get_autocommit(source)) {
            snapshot = execRaw(source, "BEGIN") == SQLITE_OK
                       && execRaw(source, "SELECT count(*) FROM sqlite_schema") == SQLITE_OK;
        }
        auto endSnapshot = qScopeGuard([&] {
            if (snapshot)
                execRaw(source, "ROLLBACK");
        });

        sqlite3_backup *backup = sqlite3_backup_init(dest.handle, "main", source, "main");
        if (!backup)
            return writeFailed(sqlite3_errcode(dest.handle), engineMessage(dest.handle, 0));
        int step = options.pagesPerStep > 0 ? options.pagesPerStep : -1;
        qint64 lastRemaining = -1;
        int restarts = 0, busyRounds = 0;
        bool cancelled = false;
        for (;;) {
            rc = sqlite3_backup_step(backup, step);
            if (rc == SQLITE_DONE)
                break;
            if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
                break;
            const qint64 remaining = sqlite3_backup_remaining(backup);
            const qint64 total = sqlite3_backup_pagecount(backup);
            if (rc != SQLITE_OK && ++busyRounds > 30'000 / std::max(1, options.pauseMs))
                break; // another program kept the file locked for half a minute
            if (lastRemaining >= 0 && remaining > lastRemaining && ++restarts >= 3)
                step = -1;
            lastRemaining = remaining;
            if (options.progress && !options.progress(total - remaining, total)) {
                cancelled = true;
                break;
            }
            if (options.pauseMs > 0)
                QThread::msleep(options.pauseMs);
        }
        const qint64 pages = sqlite3_backup_pagecount(backup);
        const int finished = sqlite3_backup_finish(backup);
        if (cancelled)
            return Error(Error::Kind::Cancelled,
                         BackupTexts::tr("The backup was cancelled. Nothing was changed."));
        if (rc != SQLITE_DONE || finished != SQLITE_OK) {
            const int code = rc != SQLITE_DONE ? rc : finished;
            return writeFailed(code, engineMessage(dest.handle, code));
        }
        endSnapshot.dismiss();
        if (snapshot)
            execRaw(source, "ROLLBACK");
        if (options.progress)
            options.progress(pages, pages);

        // A backup is one file: the copy of a WAL database would want a -wal beside it.
        rc = execRaw(dest.handle, "PRAGMA journal_mode = DELETE");
        if (rc != SQLITE_OK)
            return writeFailed(rc, engineMessage(dest.handle, rc));
        rc = sqlite3_close(dest.handle);
        dest.handle = nullptr;
        if (rc != SQLITE_OK)
            return writeFailed(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    }
    if (!syncPath(temp, false))
        return writeFailed(SQLITE_IOERR, BackupTexts::tr("the copy could not be synced to disk"));
    if (Status s = verifyCopy(temp, options.vfs); !s)
        return s;
    if (std::rename(QFile::encodeName(temp).constData(),
                    QFile::encodeName(info.absoluteFilePath()).constData())
        != 0)
        return writeFailed(SQLITE_IOERR,
                           BackupTexts::tr("%1 could not be replaced").arg(shown(target)));
    cleanup.dismiss();
    syncPath(info.absolutePath(), true);
    return {};
}

bool moveWithSideFiles(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString side = from + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, to + QLatin1String(suffix));
    }
    return true;
}

} // namespace

Status writeBackup(const Database &source, const QString &target, const BackupOptions &options)
{
    return copyInto(source.handle(), target, options);
}

Result<QStringList> quickCheck(const Database &db)
{
    QStringList problems;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return sqlError(q, BackupTexts::tr("Checking the database"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

Result<qint64> countLiveCustomers(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"))
        || !q.next())
        return sqlError(q, BackupTexts::tr("Counting the customers"));
    return q.value(0).toLongLong();
}

bool hasRapportHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 100 || !head.startsWith(magic))
        return false;
    const auto byte = [&](int i) { return quint32(quint8(head.at(i))); };
    const quint32 id = (byte(68) << 24) | (byte(69) << 16) | (byte(70) << 8) | byte(71);
    return id == quint32(Database::ApplicationId);
}

Result<RestoreOutcome> restoreDatabase(const QString &backupPath,
                                       const QString &target,
                                       const QString &beforeRestorePath,
                                       const QString &damagedAsidePath)
{
    RestoreOutcome outcome;
    RawConnection backup;
    int rc = backup.open(backupPath, SQLITE_OPEN_READONLY);
    if (rc != SQLITE_OK)
        return Error(Error::Kind::Io,
                     BackupTexts::tr("The backup %1 could not be opened (%2). Nothing was changed.")
                         .arg(shown(backupPath), engineMessage(backup.handle, rc)));

    // No database there yet (or an empty file that was to become one): the backup is copied in.
    if (!QFileInfo::exists(target) || QFileInfo(target).size() == 0) {
        if (Status s = copyInto(backup.handle, target, {}); !s)
            return s.error();
        return outcome;
    }

    bool damaged = false;
    {
        RawConnection current;
        rc = current.open(target, SQLITE_OPEN_READWRITE);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(current.handle, 0);
            // Leaving WAL needs the only connection to the file: the test for other clients.
            const QString mode = scalar(current.handle, "PRAGMA journal_mode = DELETE", &rc);
            if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED
                || (rc == SQLITE_OK && mode != QLatin1String("delete")))
                return openElsewhere(target);
        }
        if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB) {
            damaged = true;
        } else if (rc != SQLITE_OK) {
            return Error(Error::Kind::Io,
                         BackupTexts::tr("%1 could not be opened (%2). Nothing was changed.")
                             .arg(shown(target), engineMessage(current.handle, rc)));
        } else {
            // Keep what is there now: the restore can itself be undone.
            if (Status s = copyInto(current.handle, beforeRestorePath, {}); !s)
                return Error(s.error().kind(),
                             BackupTexts::tr("The database as it is now could not be saved "
                                             "first, so it was not replaced: %1")
                                 .arg(s.error().message()));
            outcome.savedCurrentAs = beforeRestorePath;
            // One transaction of the target: a crash half-way leaves the old content whole.
            sqlite3_backup *copy
                = sqlite3_backup_init(current.handle, "main", backup.handle, "main");
            if (!copy)
                return writeFailed(sqlite3_errcode(current.handle),
                                   engineMessage(current.handle, 0));
            rc = sqlite3_backup_step(copy, -1);
            const int finished = sqlite3_backup_finish(copy);
            if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
                return openElsewhere(target);
            if (rc != SQLITE_DONE || finished != SQLITE_OK) {
                const int code = rc != SQLITE_DONE ? rc : finished;
                return Error(Error::Kind::Io,
                             BackupTexts::tr("The backup could not be restored: %1. Nothing was "
                                             "changed.")
                                 .arg((code & 0xff) == SQLITE_FULL
                                          ? BackupTexts::tr("the disk is full")
                                          : engineMessage(current.handle, code)));
            }
            return outcome;
        }
    }

    // A damaged file is kept aside untouched (with its journal), never overwritten.
    Q_ASSERT(damaged);
    if (!moveWithSideFiles(target, damagedAsidePath))
        return Error(Error::Kind::Io,
                     BackupTexts::tr("The damaged file %1 could not be moved aside, so it was not "
                                     "replaced.")
                         .arg(shown(target)));
    outcome.currentWasDamaged = true;
    outcome.savedCurrentAs = damagedAsidePath;
    if (Status s = copyInto(backup.handle, target, {}); !s) {
        moveWithSideFiles(damagedAsidePath, target);
        return s.error();
    }
    return outcome;
}

} // namespace rapport
