#pragma once

#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport {

class Database;

// What sign-in needs of a user's row beyond the User value: the password hash and the failed
// attempts (users.password_hash, password_changed_at, failed_signins, last_failed_at; schema 15).
struct Credentials
{
    qint64 userId = 0;
    QString passwordHash; // empty: no password
    int failedSignins = 0;
    QDateTime lastFailedAt; // invalid: never
    bool hasPassword() const { return !passwordHash.isEmpty(); }
};

// CredentialRepository owns the SQL of users' passwords and sign-in bookkeeping. The hash and the
// failure counters are left out of the history (ChangeCapture); setting a password also stamps
// password_changed_at, which the history does record. Opens no transaction itself.
class CredentialRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialRepository)

public:
    explicit CredentialRepository(const Database &db);

    Result<Credentials> get(qint64 userId);
    // Sets (or, with an empty hash, removes) the password; clears the failed attempts and bumps
    // the user's version. `now` stamps password_changed_at and updated_at.
    Status setPassword(qint64 userId, const QString &hash, const QDateTime &now);
    // Replaces the hash by a stronger one of the same password (sign-in's rehash): no version
    // bump and no history, as nothing a user decided changed.
    Status rehash(qint64 userId, const QString &hash);
    // One more failed sign-in at `now`.
    Status recordFailure(qint64 userId, const QDateTime &now);
    // A good sign-in: the failed attempts start again from zero.
    Status clearFailures(qint64 userId);
    // Whether any active administrator has a password: then every sign-in needs one.
    Result<bool> anyAdministratorPassword();

private:
    Statement m_select;
    Statement m_setPassword;
    Statement m_rehash;
    Statement m_failure;
    Statement m_clear;
    Statement m_adminPassword;
};

} // namespace rapport
