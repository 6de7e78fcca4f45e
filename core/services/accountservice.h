#pragma once

#include "core/domain/permission.h"
#include "core/domain/team.h"
#include "core/domain/user.h"
#include "core/services/passwordhash.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace rapport {

class CredentialRepository;
class Door;
class PermissionRepository;
class TeamRepository;
class UserRepository;

// A user as the users screen and `rapport-cli users list` show them.
struct UserAccount
{
    User user;
    QStringList teams; // names, sorted
    bool hasPassword = false;
    int failedSignins = 0;
};

// A user to add: their login, name, role, teams (made when missing) and, optionally, password.
struct NewUser
{
    QString login;
    QString displayName;
    QString email;
    Role role = Role::SalesRep;
    QStringList teams;
    std::optional<QString> password;
};

// AccountService is every change to users, teams and the permission matrix, each one write
// through the door as WriteAction::ManageUsers (so the permission check asks the matrix, and the
// history records it), except a user changing their own password (WriteAction::OwnAccount, which
// needs the old one). Users are deactivated, never deleted: their history and what they own
// stay. The last active administrator can be neither demoted nor deactivated, so that nobody
// locks everyone out.
class AccountService final
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(Door &door, PasswordHasher hasher = {});
    ~AccountService();
    AccountService(const AccountService &) = delete;
    AccountService &operator=(const AccountService &) = delete;

    // Reads (no permission needed beyond opening the database).
    Result<QList<UserAccount>> users(bool includeInactive = true);
    Result<User> findByLogin(const QString &login);
    Result<QList<Team>> teams();
    Result<PermissionMatrix> matrix();

    // Adds a user; their teams are created when missing. Returns the new id.
    Result<qint64> addUser(NewUser user);
    Status setRole(qint64 userId, Role role);
    // Replaces the user's teams by `teamNames` (made when missing; empty: no team).
    Status setTeams(qint64 userId, const QStringList &teamNames);
    // Deactivates (false) or reactivates a user; their history and ownerships stay.
    Status setActive(qint64 userId, bool active);

    Result<qint64> createTeam(const QString &name);
    Status renameTeam(qint64 teamId, const QString &name);
    // Deletes a team; its members stay, in their other teams.
    Status deleteTeam(qint64 teamId);

    // The signed-in user (the door's actor) changes their own password: `oldPassword` must be
    // theirs (ignored when they have none yet on a database that does not require passwords).
    Status changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    // Sets another user's password (ManageUsers): a reset by an administrator.
    Status resetPassword(qint64 userId, const QString &newPassword);

    // Stores `matrix` (ManageUsers); the administrator's row cannot be narrowed.
    Status setMatrix(const PermissionMatrix &matrix);
    Status setLevel(Role role, Permission permission, AccessLevel level);

private:
    Result<QList<qint64>> teamIds(const QStringList &names, const QDateTime &now);
    Status keepAnAdministrator(qint64 userId, Role newRole, bool active);

    Door &m_door;
    PasswordHasher m_hasher;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<TeamRepository> m_teams;
    std::unique_ptr<CredentialRepository> m_credentials;
    std::unique_ptr<PermissionRepository> m_permissions;
};

} // namespace rapport
