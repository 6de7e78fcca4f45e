#pragma once

#include "core/domain/user.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

// UserRepository owns all SQL of the users table. Writes check the row's version (optimistic
// locking): saving over a row that changed since it was read is a Conflict, never an overwrite.
// It opens no transaction itself; a service wraps several calls in one WriteTransaction.
// The repository keeps prepared statements on the connection, so it must not outlive `db`.
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(const Database &db);

    // Validates, inserts, and sets id, version 1 and the timestamps to `now` (createdAt only
    // when null).
    Result<qint64> insert(User &user, const QDateTime &now);
    Result<User> get(qint64 id);
    // The user with this login, compared without case; NotFound when there is none.
    Result<User> findByLogin(const QString &login);
    // Saves every field; bumps user.version and sets updatedAt to `now` on success.
    Status update(User &user, const QDateTime &now);
    // Deletes the user; what they owned keeps no owner (ON DELETE SET NULL). Deactivating is
    // usually the better choice, as it keeps the history's authors.
    Status remove(qint64 id);
    // Users sorted by name, the inactive ones only when asked for.
    Result<QList<User>> list(bool includeInactive = false);

private:
    Error writeError(const QSqlQuery &query, const User &user, const QString &what) const;

    Statement m_insert;
    Statement m_select;
    Statement m_selectByLogin;
    Statement m_update;
    Statement m_delete;
    Statement m_exists;
    Statement m_list;
};

} // namespace rapport
