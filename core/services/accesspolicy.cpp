#include "core/services/accesspolicy.h"

namespace rapport {

AccessPolicy AccessPolicy::unrestricted()
{
    return {};
}

Result<AccessPolicy> AccessPolicy::forUser(const Database &db, qint64 userId)
{
    Q_UNUSED(db);
    Q_UNUSED(userId);
    // Filled in by the accounts work of issue 13 (roles, teams, the stored matrix).
    return unrestricted();
}

AccessLevel AccessPolicy::level(Permission permission) const
{
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
    return tr("Your role (%1) does not allow this: %2.")
        .arg(roleName(m_role), permissionName(permission).toLower());
}

} // namespace rapport
