#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <utility>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct SqlErrorTexts
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)
};

// Set by a busy handler on this thread as it gives up, read by the busy error that follows.
thread_local QString busyHolder;

} // namespace

void setBusyHolder(const QString &holder)
{
    busyHolder = holder;
}

Error sqliteError(int code, const QString &engineMessage, const QString &what)
{
    if (code == SQLITE_CONSTRAINT_COMMITHOOK)
        return Error(Error::Kind::Database,
                     SqlErrorTexts::tr("%1 failed: the change bypassed Rapport's write door, which "
                                       "records every change, so it was not saved.")
                         .arg(what));
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Error(Error::Kind::Io,
                     SqlErrorTexts::tr("%1 failed: the disk is full, so nothing was saved.")
                         .arg(what));
    case SQLITE_READONLY:
        return Error(Error::Kind::Io,
                     SqlErrorTexts::tr("%1 failed: the database file is read-only.").arg(what));
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
        const QString holder = std::exchange(busyHolder, QString());
        if ((code & 0xff) == SQLITE_BUSY && !holder.isEmpty())
            return Error(Error::Kind::Database,
                         SqlErrorTexts::tr("%1 failed: the database is still busy with %2; try "
                                           "again when they are done.")
                             .arg(what, holder));
        return Error(Error::Kind::Database,
                     SqlErrorTexts::tr(
                         "%1 failed: another program is writing to the database; try again.")
                         .arg(what));
    }
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(Error::Kind::Damaged,
                     SqlErrorTexts::tr("%1 failed: the database file is damaged (%2).")
                         .arg(what, engineMessage));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Error(Error::Kind::Io,
                     SqlErrorTexts::tr(
                         "%1 failed: the database file could not be read or written (%2).")
                         .arg(what, engineMessage));
    case SQLITE_CONSTRAINT:
        return Error(Error::Kind::Validation,
                     SqlErrorTexts::tr("%1 failed: a value breaks a rule of the database (%2).")
                         .arg(what, engineMessage));
    default:
        return Error(Error::Kind::Database,
                     SqlErrorTexts::tr("%1 failed: %2.").arg(what, engineMessage));
    }
}

Error sqlError(const QSqlError &error, const QString &what)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return sqliteError(numeric ? code : SQLITE_ERROR, message, what);
}

Error sqlError(const QSqlQuery &query, const QString &what)
{
    return sqlError(query.lastError(), what);
}

} // namespace rapport
