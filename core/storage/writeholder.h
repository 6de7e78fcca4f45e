#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport {

// WriteHolder is who holds the write lock of a database file for a long write (an import, the
// demo load), as the holder wrote it in a small side file beside the database (FILE-writer,
// JSON). SQLite's lock says only that someone writes; this says who, so that a client waiting
// for the lock (on the same disk or across a network share) can name them. Short writes hold
// the lock for about a millisecond and leave no file: nobody waits long enough to ask.
//
// The file is a hint, never a lock: one whose process is gone (same machine) or that is older
// than a day is ignored, and a writer that holds the lock removes a file left by someone else.
struct WriteHolder
{
    Q_DECLARE_TR_FUNCTIONS(WriteHolder)

public:
    QString user;    // the user's name (the login name when nobody is signed in)
    QString machine; // the host name
    qint64 pid = 0;
    QString what;    // what the write is: a batch kind ('import', 'demo', 'merge', 'erase'...)
    QDateTime since; // UTC

    // "Anna Weber on laptop-3, who is importing purchases (since 10:02)"
    QString describe(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // "importing purchases", "loading demo data"...; a generic phrase for an unknown kind.
    static QString activity(const QString &kind);

    // The side file of the database at `databasePath`.
    static QString pathFor(const QString &databasePath);
    // Writes this holder's file for `databasePath` (replacing any).
    Status write(const QString &databasePath) const;
    // The holder named in the file beside `databasePath`, unless there is none or it is stale.
    static std::optional<WriteHolder> read(const QString &databasePath,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Removes the file beside `databasePath` when it names `pid` on `machine` (or, with pid 0,
    // whoever wrote it).
    static void remove(const QString &databasePath, const QString &machine = {}, qint64 pid = 0);
    // Is this process of this machine gone? (Never says so for another machine's process.)
    bool isGone() const;
    static qint64 thisProcess();
};

} // namespace rapport
