#pragma once

#include "core/util/error.h"

class QSqlError;
class QSqlQuery;

namespace rapport {

// Turns an error reported by SQLite into one sentence for the user. `what` says what was being
// done ("Saving the customer"); the engine's cause is translated where a user can act on it
// (disk full, read-only file, busy, damaged file) and appended verbatim otherwise.
Error sqlError(const QSqlError &error, const QString &what);
Error sqlError(const QSqlQuery &query, const QString &what);
Error sqliteError(int code, const QString &engineMessage, const QString &what);

// Names who holds the database ("Anna Weber on laptop-3, who is importing purchases (since
// 10:02)") in the next busy error made on this thread: a busy handler that gives up says it just
// before SQLite reports the busy error. Taken by that error; an empty text forgets it.
void setBusyHolder(const QString &holder);

} // namespace rapport
