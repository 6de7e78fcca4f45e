#include "core/services/customeraccess.h"

#include "core/storage/permissionrepository.h"

namespace rapport {

CustomerAccess::CustomerAccess(const Database &db)
    : m_owners(std::make_unique<PermissionRepository>(db))
{}

CustomerAccess::~CustomerAccess() = default;

Status CustomerAccess::check(const AccessPolicy &access, Permission permission, qint64 customerId)
{
    if (!access.allowsAny(permission))
        return Error(Error::Kind::Forbidden, access.refusal(permission));
    const CustomerScope scope = access.scope(permission);
    if (scope.isEverything() || customerId == 0)
        return {};
    Result<std::optional<qint64>> owner = m_owners->customerOwner(customerId);
    if (!owner) {
        if (owner.error().kind() == Error::Kind::NotFound)
            return {};
        return owner.error();
    }
    // An unowned customer is in no one's "own" or "team": only "all" reaches it (as the door).
    if (!*owner || !scope.allows(*owner))
        return Error(Error::Kind::Forbidden, outOfReach(access, permission));
    return {};
}

QString CustomerAccess::outOfReach(const AccessPolicy &access, Permission permission)
{
    const QString action = permissionName(permission).toLower();
    AccessLevel level = access.level(permission);
    // "Team" without a team is the user's own customers: say that, not "of your teams".
    if (level == AccessLevel::Team && access.teamMembers().size() <= 1)
        level = AccessLevel::Own;
    switch (level) {
    case AccessLevel::Own:
        return tr("Your role (%1) allows this only for the customers you own: %2.")
            .arg(roleName(access.role()), action);
    case AccessLevel::Team:
        return tr("Your role (%1) allows this only for the customers of your teams: %2.")
            .arg(roleName(access.role()), action);
    case AccessLevel::None:
    case AccessLevel::All:
        break;
    }
    return access.refusal(permission);
}

} // namespace rapport
