#include "core/services/permissioncheck.h"

#include "core/services/accesspolicy.h"
#include "core/services/customeraccess.h"
#include "core/storage/permissionrepository.h"

#include <memory>

namespace rapport {

std::optional<Permission> permissionFor(WriteAction action)
{
    switch (action) {
    case WriteAction::Create:
        return Permission::Create;
    case WriteAction::Edit:
        return Permission::Edit;
    case WriteAction::Delete:
        return Permission::Delete;
    case WriteAction::Import:
        return Permission::Import;
    case WriteAction::Export:
        return Permission::Export;
    case WriteAction::Merge:
        return Permission::Merge;
    case WriteAction::Erase:
        return Permission::Erase;
    case WriteAction::ManageUsers:
    case WriteAction::Settings: // shared by everyone on the database: an administrator's call
        return Permission::ManageUsers;
    case WriteAction::SignIn:
    case WriteAction::OwnAccount:
        break;
    }
    return std::nullopt;
}

Door::PermissionCheck permissionCheck(const Database &db,
                                      std::function<const AccessPolicy &()> policy)
{
    // The repository holds a prepared statement: shared by every call of this check.
    auto owners = std::make_shared<PermissionRepository>(db);
    return [owners, policy = std::move(policy)](const Actor &,
                                                const WriteRequest &request) -> Status {
        const AccessPolicy &access = policy();
        if (request.action == WriteAction::SignIn)
            return {};
        if (request.action == WriteAction::OwnAccount) {
            // One's own password: anyone signed in (the service checks whose it is).
            if (access.isSignedOut())
                return Error(Error::Kind::Forbidden, access.refusal(Permission::View));
            return {};
        }
        const std::optional<Permission> permission = permissionFor(request.action);
        if (!permission || access.isUnrestricted())
            return {};
        if (request.customerId == 0)
            return access.check(*permission);
        Result<std::optional<qint64>> owner = owners->customerOwner(request.customerId);
        if (!owner) {
            // A customer that does not exist (any more): the write will say so itself; the
            // check decides on the level alone.
            if (owner.error().kind() == Error::Kind::NotFound)
                return access.check(*permission);
            return owner.error();
        }
        const CustomerScope scope = access.scope(*permission);
        if (scope.isEverything())
            return {};
        // An unowned customer is in no one's "own" or "team": only "all" reaches it. The
        // sentence says the level ("only for the customers of your teams"): a rep refused
        // here has done the same to other customers a minute ago.
        if (!*owner || !scope.allows(*owner))
            return Error(Error::Kind::Forbidden, CustomerAccess::outOfReach(access, *permission));
        return {};
    };
}

} // namespace rapport
