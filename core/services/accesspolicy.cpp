#include "core/services/accesspolicy.h"

#include "core/storage/database.h"
#include "core/storage/permissionrepository.h"
#include "core/storage/teamrepository.h"
#include "core/storage/userrepository.h"

namespace rapport {

AccessPolicy AccessPolicy::unrestricted()
{
    return {};
}

AccessPolicy AccessPolicy::signedOut()
{
    AccessPolicy p;
    p.m_signedOut = true;
    return p;
}

Result<AccessPolicy> AccessPolicy::forUser(const Database &db, qint64 userId)
{
    Result<User> user = UserRepository(db).get(userId);
    if (!user)
        return user.error();
    AccessPolicy p;
    p.m_userId = userId;
    p.m_role = user->role;
    if (!user->active) {
        p.m_signedOut = true; // a deactivated user does nothing
        p.m_teamMembers = {userId};
        return p;
    }
    // A database older than schema 15 (open read-only) has no matrix and no teams: defaults.
    constexpr int AccountsSchema = 15;
    if (db.schemaVersion() < AccountsSchema) {
        p.m_matrix = PermissionMatrix::defaults();
        p.m_teamMembers = {userId};
        return p;
    }
    Result<PermissionMatrix> matrix = PermissionRepository(db).matrix();
    if (!matrix)
        return matrix.error();
    p.m_matrix = *matrix;
    Result<QList<qint64>> members = TeamRepository(db).teamMembers(userId);
    if (!members)
        return members.error();
    p.m_teamMembers = *members;
    return p;
}

AccessLevel AccessPolicy::level(Permission permission) const
{
    if (m_signedOut)
        return AccessLevel::None;
    if (!m_userId)
        return AccessLevel::All;
    return m_matrix.level(m_role, permission);
}

CustomerScope AccessPolicy::scope(Permission permission) const
{
    switch (level(permission)) {
    case AccessLevel::All:
        return CustomerScope::everything();
    case AccessLevel::Team:
        return CustomerScope::ownedBy(m_teamMembers);
    case AccessLevel::Own:
        return CustomerScope::ownedBy({*m_userId});
    case AccessLevel::None:
        break;
    }
    return CustomerScope::nothing();
}

Status AccessPolicy::check(Permission permission, std::optional<qint64> ownerId) const
{
    const CustomerScope s = scope(permission);
    if (s.isNothing() || (ownerId.has_value() && !s.allows(ownerId))
        || (!ownerId.has_value() && !s.isEverything() && permission == Permission::ManageUsers))
        return Error(Error::Kind::Forbidden, refusal(permission));
    return {};
}

QString AccessPolicy::refusal(Permission permission) const
{
    if (m_signedOut && m_userId)
        return tr("Your account is deactivated, so Rapport allows nothing.");
    if (m_signedOut)
        return tr("This database requires a password: sign in first.");
    return tr("Your role (%1) does not allow this: %2.")
        .arg(roleName(m_role), permissionName(permission).toLower());
}

} // namespace rapport
