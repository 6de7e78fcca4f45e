#include "core/storage/userrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#define USER_COLUMNS "id, login, display_name, email, role, active, created_at, updated_at, version"

namespace rapport {
namespace {

using namespace repository;

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.role = enumColumn(q.value(4), roleKeys, Role::SalesRep);
    u.active = q.value(5).toBool();
    u.createdAt = sql::toDateTime(q.value(6));
    u.updatedAt = sql::toDateTime(q.value(7));
    u.version = q.value(8).toInt();
    return u;
}

void bindUser(QSqlQuery &q, const User &u)
{
    q.bindValue(0, u.login);
    q.bindValue(1, u.displayName);
    q.bindValue(2, sql::fromText(u.email));
    q.bindValue(3, int(u.role));
    q.bindValue(4, u.active ? 1 : 0);
}

} // namespace

UserRepository::UserRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO users (login, display_name, email, role, active, "
                              "created_at, updated_at, version) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, 1)"))
    , m_select(db, QStringLiteral("SELECT " USER_COLUMNS " FROM users WHERE id = ?"))
    , m_selectByLogin(db, QStringLiteral("SELECT " USER_COLUMNS " FROM users WHERE login = ?"))
    , m_update(db,
               QStringLiteral("UPDATE users SET login = ?, display_name = ?, email = ?, "
                              "role = ?, active = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM users WHERE id = ?"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"))
    , m_list(db,
             QStringLiteral("SELECT " USER_COLUMNS " FROM users WHERE active = 1 OR ? "
                            "ORDER BY display_name COLLATE NOCASE, id"))
{}

Error UserRepository::writeError(const QSqlQuery &query, const User &user, const QString &what) const
{
    if (brokenConstraint(query) == Constraint::Unique)
        return Error(Error::Kind::Validation,
                     tr("The login \"%1\" is already taken.").arg(user.login),
                     QStringLiteral("login"));
    return sqlError(query, what);
}

Result<qint64> UserRepository::insert(User &user, const QDateTime &now)
{
    if (Status s = user.validate(); !s)
        return s.error();
    const QDateTime stamp = stored(now);
    const QDateTime created = user.createdAt.isValid() ? user.createdAt : stamp;
    QSqlQuery &q = m_insert.query();
    bindUser(q, user);
    q.bindValue(5, sql::fromDateTime(created));
    q.bindValue(6, sql::fromDateTime(stamp));
    const QString what = tr("Saving the user");
    if (Status s = m_insert.exec(what); !s)
        return writeError(q, user, what);
    user.id = q.lastInsertId().toLongLong();
    user.version = 1;
    user.createdAt = sql::toDateTime(sql::fromDateTime(created));
    user.updatedAt = stamp;
    return user.id;
}

Result<User> UserRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the user")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("User %1 does not exist.").arg(id));
    return readUser(q);
}

Result<User> UserRepository::findByLogin(const QString &login)
{
    FinishGuard guard(m_selectByLogin);
    QSqlQuery &q = m_selectByLogin.query();
    q.bindValue(0, login.trimmed());
    if (Status s = m_selectByLogin.exec(tr("Looking up the user")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound,
                     tr("There is no user with the login \"%1\".").arg(login.trimmed()));
    return readUser(q);
}

Status UserRepository::update(User &user, const QDateTime &now)
{
    if (Status s = user.validate(); !s)
        return s;
    const QDateTime stamp = stored(now);
    QSqlQuery &q = m_update.query();
    bindUser(q, user);
    q.bindValue(5, sql::fromDateTime(stamp));
    q.bindValue(6, user.id);
    q.bindValue(7, user.version);
    const QString what = tr("Saving the user");
    if (Status s = m_update.exec(what); !s)
        return writeError(q, user, what);
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              user.id,
                              tr("The user was changed by someone else since you opened it; "
                                 "reload it and apply your change again."),
                              tr("The user does not exist any more."),
                              what);
    ++user.version;
    user.updatedAt = stamp;
    return {};
}

Status UserRepository::remove(qint64 id)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    if (Status s = m_delete.exec(tr("Deleting the user")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The user does not exist any more."));
    return {};
}

Result<QList<User>> UserRepository::list(bool includeInactive)
{
    FinishGuard guard(m_list);
    QSqlQuery &q = m_list.query();
    q.bindValue(0, includeInactive ? 1 : 0);
    if (Status s = m_list.exec(tr("Reading the users")); !s)
        return s.error();
    QList<User> users;
    while (q.next())
        users << readUser(q);
    return users;
}

} // namespace rapport
