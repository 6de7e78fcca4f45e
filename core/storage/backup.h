#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace rapport {

class Database;

// How a backup copies. The copy goes in slices of pages with a short pause between them, so that
// other connections keep reading and writing while it runs; progress may cancel it.
struct BackupOptions
{
    int pagesPerStep = 1024; // 4 MiB at the default page size
    int pauseMs = 2;
    // Pages copied and pages in all; return false to cancel (the partial file is removed).
    std::function<bool(qint64 done, qint64 total)> progress;
    // The SQLite VFS to write the copy through (empty: the default). Tests pass one that fails
    // writes, to see a full disk without filling one.
    QByteArray vfs;
};

// Writes an online, consistent copy of `source` to `target` with SQLite's backup API: into a
// temporary file beside the target, synced, checked (quick_check and the Rapport id), then
// renamed over the target in one step. The copy is a single self-contained file (rollback
// journal mode, no -wal beside it). On any failure or cancel the temporary file is removed and the
// target is left as it was; the error is one sentence ("The backup could not be written: the disk
// is full. Nothing was changed."). `source` should be a connection of its own (a worker's): in WAL
// mode the copy holds one read snapshot of it for its whole duration.
Status writeBackup(const Database &source, const QString &target, const BackupOptions &options = {});

// Runs PRAGMA quick_check (O(file size), without the index cross-checks of integrity_check);
// an empty list means no problem was found.
Result<QStringList> quickCheck(const Database &db);

// The customers not in the trash, as a backup's listing shows them.
Result<qint64> countLiveCustomers(const Database &db);

// Does the file start with SQLite's header and carry Rapport's application id in it? Read from
// the raw bytes, so it answers for a file SQLite itself calls damaged.
bool hasRapportHeader(const QString &path);

// What restoreDatabase() did.
struct RestoreOutcome
{
    QString savedCurrentAs; // the copy of the database as it was before (empty: there was none)
    bool currentWasDamaged = false; // the old file was moved aside instead of backed up
};

// Puts the (already checked) backup in the place of `target`:
// - no file at `target`: the backup is copied there (temporary file + rename);
// - a sound database: refused with one sentence when another connection has it open (the file
//   cannot be switched out of WAL or locked exclusively); else it is first backed up to
//   `beforeRestorePath`, then the backup is copied into it through the backup API, in one
//   transaction of the target (a crash half-way leaves the old content);
// - a file SQLite calls damaged: it is moved aside to `damagedAsidePath` (with its -wal and -shm)
//   and the backup copied in.
// Nothing is half-written on failure.
Result<RestoreOutcome> restoreDatabase(const QString &backupPath,
                                       const QString &target,
                                       const QString &beforeRestorePath,
                                       const QString &damagedAsidePath);

} // namespace rapport
