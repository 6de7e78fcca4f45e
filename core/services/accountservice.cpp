#include "core/services/accountservice.h"

#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/storage/credentialrepository.h"
#include "core/storage/permissionrepository.h"
#include "core/storage/teamrepository.h"
#include "core/storage/userrepository.h"

#include <algorithm>

namespace rapport {
namespace {

ChangeNotice usersChanged(ChangeNotice::Action action, QList<qint64> ids = {})
{
    // Teams and the matrix are part of what users may do: an empty id list tells listeners
    // (the workspace's access) that any user may be concerned.
    return {ChangeNotice::Entity::User, action, std::move(ids), {}};
}

} // namespace

AccountService::AccountService(Door &door, PasswordHasher hasher)
    : m_door(door)
    , m_hasher(hasher)
    , m_users(std::make_unique<UserRepository>(door.database()))
    , m_teams(std::make_unique<TeamRepository>(door.database()))
    , m_credentials(std::make_unique<CredentialRepository>(door.database()))
    , m_permissions(std::make_unique<PermissionRepository>(door.database()))
{}

AccountService::~AccountService() = default;

Result<QList<UserAccount>> AccountService::users(bool includeInactive)
{
    Result<QList<User>> users = m_users->list(includeInactive);
    if (!users)
        return users.error();
    QList<UserAccount> accounts;
    accounts.reserve(users->size());
    for (User &u : *users) {
        UserAccount a;
        Result<QList<Team>> teams = m_teams->teamsOf(u.id);
        if (!teams)
            return teams.error();
        for (const Team &t : std::as_const(*teams))
            a.teams << t.name;
        Result<Credentials> c = m_credentials->get(u.id);
        if (!c)
            return c.error();
        a.hasPassword = c->hasPassword();
        a.failedSignins = c->failedSignins;
        a.user = std::move(u);
        accounts << std::move(a);
    }
    return accounts;
}

Result<User> AccountService::findByLogin(const QString &login)
{
    return m_users->findByLogin(login);
}

Result<QList<Team>> AccountService::teams()
{
    return m_teams->list();
}

Result<PermissionMatrix> AccountService::matrix()
{
    return m_permissions->matrix();
}

Result<QList<qint64>> AccountService::teamIds(const QStringList &names, const QDateTime &now)
{
    QList<qint64> ids;
    for (const QString &name : names) {
        if (name.simplified().isEmpty())
            continue;
        Result<Team> found = m_teams->findByName(name);
        if (found) {
            ids << found->id;
            continue;
        }
        if (found.error().kind() != Error::Kind::NotFound)
            return found.error();
        Team team;
        team.name = name;
        Result<qint64> id = m_teams->insert(team, now);
        if (!id)
            return id.error();
        ids << *id;
    }
    return ids;
}

Result<qint64> AccountService::addUser(NewUser draft)
{
    User user;
    user.login = draft.login;
    user.displayName = draft.displayName;
    user.email = draft.email;
    user.role = draft.role;
    user.tidy();
    if (Status s = user.validate(); !s)
        return s.error();
    QString hash;
    if (draft.password) {
        if (Status s = PasswordHasher::acceptable(*draft.password); !s)
            return s.error();
        Result<QString> h = m_hasher.hash(*draft.password);
        if (!h)
            return h.error();
        hash = *h;
    }
    qint64 id = 0;
    const Status written = m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        Result<qint64> inserted = m_users->insert(user, w.now());
        if (!inserted)
            return inserted.error();
        id = *inserted;
        Result<QList<qint64>> teams = teamIds(draft.teams, w.now());
        if (!teams)
            return teams.error();
        if (Status s = m_teams->setTeams(id, *teams); !s)
            return s;
        if (!hash.isEmpty()) {
            if (Status s = m_credentials->setPassword(id, hash, w.now()); !s)
                return s;
        }
        w.notify(usersChanged(ChangeNotice::Action::Created, {id}));
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Status AccountService::keepAnAdministrator(qint64 userId, Role newRole, bool active)
{
    Result<User> user = m_users->get(userId);
    if (!user)
        return user.error();
    if (user->role != Role::Administrator || !user->active
        || (newRole == Role::Administrator && active))
        return {};
    Result<QList<User>> all = m_users->list(false);
    if (!all)
        return all.error();
    const bool another = std::any_of(all->cbegin(), all->cend(), [&](const User &u) {
        return u.id != userId && u.role == Role::Administrator && u.active;
    });
    if (!another)
        return Error(Error::Kind::Validation,
                     tr("%1 is the last active administrator; make someone else an "
                        "administrator first.")
                         .arg(user->displayName),
                     QStringLiteral("role"));
    return {};
}

Status AccountService::setRole(qint64 userId, Role role)
{
    return m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        if (Status s = keepAnAdministrator(userId, role, true); !s)
            return s;
        Result<User> user = m_users->get(userId);
        if (!user)
            return user.error();
        if (user->role == role)
            return {};
        user->role = role;
        if (Status s = m_users->update(*user, w.now()); !s)
            return s;
        w.notify(usersChanged(ChangeNotice::Action::Updated, {userId}));
        return {};
    });
}

Status AccountService::setTeams(qint64 userId, const QStringList &teamNames)
{
    return m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        if (Result<User> user = m_users->get(userId); !user)
            return user.error();
        Result<QList<qint64>> teams = teamIds(teamNames, w.now());
        if (!teams)
            return teams.error();
        if (Status s = m_teams->setTeams(userId, *teams); !s)
            return s;
        w.notify(usersChanged(ChangeNotice::Action::Updated));
        return {};
    });
}

Status AccountService::setActive(qint64 userId, bool active)
{
    return m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        Result<User> user = m_users->get(userId);
        if (!user)
            return user.error();
        if (Status s = keepAnAdministrator(userId, user->role, active); !s)
            return s;
        if (user->active == active)
            return {};
        user->active = active;
        if (Status s = m_users->update(*user, w.now()); !s)
            return s;
        w.notify(usersChanged(ChangeNotice::Action::Updated, {userId}));
        return {};
    });
}

Result<qint64> AccountService::createTeam(const QString &name)
{
    Team team;
    team.name = name;
    qint64 id = 0;
    const Status written = m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        Result<qint64> inserted = m_teams->insert(team, w.now());
        if (!inserted)
            return inserted.error();
        id = *inserted;
        w.notify(usersChanged(ChangeNotice::Action::Updated));
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Status AccountService::renameTeam(qint64 teamId, const QString &name)
{
    return m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        Result<Team> team = m_teams->get(teamId);
        if (!team)
            return team.error();
        team->name = name;
        if (Status s = m_teams->update(*team, w.now()); !s)
            return s;
        w.notify(usersChanged(ChangeNotice::Action::Updated));
        return {};
    });
}

Status AccountService::deleteTeam(qint64 teamId)
{
    return m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        if (Status s = m_teams->remove(teamId); !s)
            return s;
        w.notify(usersChanged(ChangeNotice::Action::Updated));
        return {};
    });
}

Status AccountService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    const std::optional<qint64> me = m_door.actor().userId;
    if (!me)
        return Error(Error::Kind::Forbidden,
                     tr("Nobody is signed in, so there is no own password to change."));
    if (Status s = PasswordHasher::acceptable(newPassword); !s)
        return s;
    Result<Credentials> credentials = m_credentials->get(*me);
    if (!credentials)
        return credentials.error();
    if (credentials->hasPassword()
        && !PasswordHasher::verify(credentials->passwordHash, oldPassword))
        return Error(Error::Kind::Forbidden,
                     tr("The current password is wrong; the password stays as it was."),
                     QStringLiteral("oldPassword"));
    Result<QString> hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    return m_door.write({WriteAction::OwnAccount}, [&](WriteScope &w) -> Status {
        if (Status s = m_credentials->setPassword(*me, *hash, w.now()); !s)
            return s;
        w.notify(usersChanged(ChangeNotice::Action::Updated, {*me}));
        return {};
    });
}

Status AccountService::resetPassword(qint64 userId, const QString &newPassword)
{
    if (Status s = PasswordHasher::acceptable(newPassword); !s)
        return s;
    Result<QString> hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    return m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        if (Status s = m_credentials->setPassword(userId, *hash, w.now()); !s)
            return s;
        w.notify(usersChanged(ChangeNotice::Action::Updated, {userId}));
        return {};
    });
}

Status AccountService::setMatrix(const PermissionMatrix &matrix)
{
    // PermissionMatrix::set() refuses the administrator's row, so it is All in any matrix; the
    // repository stores the other roles only.
    return m_door.write({WriteAction::ManageUsers}, [&](WriteScope &w) -> Status {
        if (Status s = m_permissions->save(matrix); !s)
            return s;
        w.notify(usersChanged(ChangeNotice::Action::Updated));
        return {};
    });
}

Status AccountService::setLevel(Role role, Permission permission, AccessLevel level)
{
    if (role == Role::Administrator)
        return Error(Error::Kind::Validation,
                     tr("The administrator always has every permission, so that nobody can "
                        "lock everyone out."),
                     QStringLiteral("role"));
    Result<PermissionMatrix> current = m_permissions->matrix();
    if (!current)
        return current.error();
    current->set(role, permission, level);
    return setMatrix(*current);
}

} // namespace rapport
