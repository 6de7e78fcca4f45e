#include "core/storage/credentialrepository.h"

#include "core/domain/user.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

namespace rapport {

using namespace repository;

CredentialRepository::CredentialRepository(const Database &db)
    : m_select(db,
               QStringLiteral("SELECT password_hash, failed_signins, last_failed_at FROM users "
                              "WHERE id = ?"))
    , m_setPassword(db,
                    QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                                   "failed_signins = 0, last_failed_at = NULL, updated_at = ?, "
                                   "version = version + 1 WHERE id = ?"))
    , m_rehash(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"))
    , m_failure(db,
                QStringLiteral("UPDATE users SET failed_signins = failed_signins + 1, "
                               "last_failed_at = ? WHERE id = ?"))
    , m_clear(db,
              QStringLiteral("UPDATE users SET failed_signins = 0, last_failed_at = NULL "
                             "WHERE id = ? AND (failed_signins <> 0 OR last_failed_at IS NOT "
                             "NULL)"))
    , m_adminPassword(db,
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE role = %1 AND "
                                     "active = 1 AND password_hash IS NOT NULL)")
                          .arg(int(Role::Administrator)))
{}

Result<Credentials> CredentialRepository::get(qint64 userId)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, userId);
    if (Status s = m_select.exec(tr("Reading the user's password")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("User %1 does not exist.").arg(userId));
    Credentials c;
    c.userId = userId;
    c.passwordHash = q.value(0).toString();
    c.failedSignins = q.value(1).toInt();
    c.lastFailedAt = sql::toDateTime(q.value(2));
    return c;
}

Status CredentialRepository::setPassword(qint64 userId, const QString &hash, const QDateTime &now)
{
    QSqlQuery &q = m_setPassword.query();
    q.bindValue(0, sql::fromText(hash));
    q.bindValue(1, sql::fromDateTime(stored(now)));
    q.bindValue(2, sql::fromDateTime(stored(now)));
    q.bindValue(3, userId);
    if (Status s = m_setPassword.exec(tr("Saving the password")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The user does not exist any more."));
    return {};
}

Status CredentialRepository::rehash(qint64 userId, const QString &hash)
{
    QSqlQuery &q = m_rehash.query();
    q.bindValue(0, hash);
    q.bindValue(1, userId);
    return m_rehash.exec(tr("Saving the password"));
}

Status CredentialRepository::recordFailure(qint64 userId, const QDateTime &now)
{
    QSqlQuery &q = m_failure.query();
    q.bindValue(0, sql::fromDateTime(stored(now)));
    q.bindValue(1, userId);
    return m_failure.exec(tr("Recording a failed sign-in"));
}

Status CredentialRepository::clearFailures(qint64 userId)
{
    QSqlQuery &q = m_clear.query();
    q.bindValue(0, userId);
    return m_clear.exec(tr("Recording a sign-in"));
}

Result<bool> CredentialRepository::anyAdministratorPassword()
{
    FinishGuard guard(m_adminPassword);
    QSqlQuery &q = m_adminPassword.query();
    if (Status s = m_adminPassword.exec(tr("Reading whether the database requires passwords")); !s)
        return s.error();
    return q.next() && q.value(0).toBool();
}

} // namespace rapport
