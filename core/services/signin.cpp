#include "core/services/signin.h"

#include "core/services/door.h"
#include "core/storage/credentialrepository.h"
#include "core/storage/database.h"
#include "core/storage/userrepository.h"

#include <algorithm>

namespace rapport {
namespace {

constexpr int AccountsSchema = 15; // migrations/0015_accounts.sql
constexpr int FreeFailures = 3;    // typos: no delay for the first three
constexpr int MaxDelaySeconds = 30;

// A hash of a password nobody has, checked when the login is unknown so that an unknown login
// takes as long as a wrong password (the time must not tell which logins exist).
const QString &decoyHash()
{
    static const QString hash = [] {
        Result<QString> h = PasswordHasher().hash(QStringLiteral("rapport-decoy"));
        return h ? *h : QString();
    }();
    return hash;
}

} // namespace

SignIn::SignIn(Database &db, Door *door, PasswordHasher hasher)
    : m_db(db)
    , m_door(door)
    , m_hasher(hasher)
    , m_users(std::make_unique<UserRepository>(db))
    , m_credentials(db.schemaVersion() >= AccountsSchema
                        ? std::make_unique<CredentialRepository>(db)
                        : nullptr)
{}

SignIn::~SignIn() = default;

Result<bool> SignIn::requiresPassword(const Database &db)
{
    if (db.schemaVersion() < AccountsSchema)
        return false;
    return CredentialRepository(db).anyAdministratorPassword();
}

int SignIn::delaySeconds(int failures)
{
    if (failures <= FreeFailures)
        return 0;
    const int doublings = std::min(failures - FreeFailures - 1, 5); // 2^5 = 32 > 30
    return std::min(1 << doublings, MaxDelaySeconds);
}

Result<bool> SignIn::needsPassword(const QString &login)
{
    Result<bool> required = requiresPassword(m_db);
    if (!required || *required)
        return required;
    Result<User> user = m_users->findByLogin(login);
    if (!user)
        return false; // the sign-in will say the login is wrong
    Result<Credentials> credentials = m_credentials ? m_credentials->get(user->id)
                                                    : Result<Credentials>(Credentials{});
    if (!credentials)
        return credentials.error();
    return credentials->hasPassword();
}

Error SignIn::wrongLoginOrPassword() const
{
    return Error(Error::Kind::Forbidden, tr("The login or the password is wrong."));
}

Status SignIn::recordFailure(qint64 userId)
{
    if (!m_door || !m_credentials)
        return {};
    return m_door->write({WriteAction::SignIn}, [&](WriteScope &w) {
        return m_credentials->recordFailure(userId, w.now());
    });
}

Result<User> SignIn::signIn(const QString &login, const std::optional<QString> &password)
{
    Result<bool> required = requiresPassword(m_db);
    if (!required)
        return required.error();
    Result<User> user = m_users->findByLogin(login);
    if (!user) {
        if (user.error().kind() != Error::Kind::NotFound)
            return user.error();
        if (password)
            PasswordHasher::verify(decoyHash(), *password);
        return wrongLoginOrPassword();
    }
    Credentials credentials;
    if (m_credentials) {
        Result<Credentials> c = m_credentials->get(user->id);
        if (!c)
            return c.error();
        credentials = *c;
    }
    if (!credentials.hasPassword()) {
        // Deactivated first: "an administrator must set a password" would send a deactivated
        // user to ask for one that would not let them in either.
        if (!user->active)
            return Error(Error::Kind::Forbidden,
                         tr("%1 is deactivated and cannot sign in.").arg(user->login));
        if (*required)
            return Error(Error::Kind::Forbidden,
                         tr("%1 has no password yet, and this database requires one: an "
                            "administrator must set it first.")
                             .arg(user->login));
        return user; // a database without passwords: the login is enough, as before
    }
    // During the delay after repeated failures the password is not even looked at.
    const QDateTime now = m_door ? m_door->now() : Door::systemNow();
    if (const int delay = delaySeconds(credentials.failedSignins);
        delay > 0 && credentials.lastFailedAt.isValid()) {
        const qint64 left = now.secsTo(credentials.lastFailedAt.addSecs(delay));
        if (left > 0)
            return Error(Error::Kind::Forbidden,
                         tr("Too many failed attempts; try again in %n second(s).",
                            nullptr,
                            int(left)));
    }
    if (!password || !PasswordHasher::verify(credentials.passwordHash, *password)) {
        if (Status s = recordFailure(user->id); !s)
            return s.error();
        return wrongLoginOrPassword();
    }
    if (!user->active)
        return Error(Error::Kind::Forbidden,
                     tr("%1 is deactivated and cannot sign in.").arg(user->login));
    if (m_door) {
        const bool rehash = m_hasher.needsRehash(credentials.passwordHash);
        Result<QString> stronger = rehash ? m_hasher.hash(*password) : Result<QString>(QString());
        if (!stronger)
            return stronger.error();
        const bool clear = credentials.failedSignins != 0 || credentials.lastFailedAt.isValid();
        if (rehash || clear) {
            Status s = m_door->write({WriteAction::SignIn}, [&](WriteScope &) -> Status {
                if (rehash) {
                    if (Status r = m_credentials->rehash(user->id, *stronger); !r)
                        return r;
                }
                return m_credentials->clearFailures(user->id);
            });
            if (!s)
                return s.error();
        }
    }
    return user;
}

} // namespace rapport
