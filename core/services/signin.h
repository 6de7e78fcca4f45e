#pragma once

#include "core/domain/user.h"
#include "core/services/passwordhash.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace rapport {

class CredentialRepository;
class Database;
class Door;
class UserRepository;

// SignIn checks who someone is on one database: by login and password, with a growing delay
// after failed attempts, kept in the user's row so that it holds across processes and machines
// (no delay after the first three failures, then 1 s after the fourth doubling up to 30 s; during the delay every
// attempt is refused with "try again in N seconds" without looking at the password, and nothing
// sleeps). A wrong login and a wrong password give the same sentence; a deactivated user cannot
// sign in. A good sign-in whose hash was made with lower parameters stores a new hash.
//
// A database "requires passwords" once an active administrator has one. Before that, a user
// without a password signs in by login alone (a one-user local database opens without a
// prompt); a user who has a password always needs it.
//
// The bookkeeping (failures, rehash) goes through `door` as WriteAction::SignIn, which every
// permission check allows; it leaves no history entry (those columns are not captured).
class SignIn final
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)

public:
    // `door` may be null (a database open read-only): sign-in then checks but records nothing.
    SignIn(Database &db, Door *door, PasswordHasher hasher = {});
    ~SignIn();
    SignIn(const SignIn &) = delete;
    SignIn &operator=(const SignIn &) = delete;

    // Whether every sign-in on `db` needs a password (an active administrator has one).
    static Result<bool> requiresPassword(const Database &db);
    // Whether signing in as `login` needs a password: the database requires them, or this user
    // has one. True for an unknown login on a database that requires passwords.
    Result<bool> needsPassword(const QString &login);

    // The user `login` names, when `password` is theirs (or none is needed: see above);
    // otherwise a Forbidden error with one sentence.
    Result<User> signIn(const QString &login, const std::optional<QString> &password);

    // The delay after `failures` failed attempts in a row, in seconds.
    static int delaySeconds(int failures);

private:
    Status recordFailure(qint64 userId);
    Error wrongLoginOrPassword() const;

    Database &m_db;
    Door *m_door;
    PasswordHasher m_hasher;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<CredentialRepository> m_credentials;
};

} // namespace rapport
