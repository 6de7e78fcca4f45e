#pragma once

#include "core/domain/permission.h"
#include "core/services/door.h"

#include <functional>
#include <optional>

namespace rapport {

class AccessPolicy;
class Database;

// The permission a write asks for: Create, Edit, Delete, Import, Export, Merge, Erase and
// ManageUsers by name; Settings are ManageUsers (database-wide). SignIn (sign-in bookkeeping)
// and OwnAccount (one's own password) ask for none: nothing when no permission applies.
std::optional<Permission> permissionFor(WriteAction action);

// The door's permission check (Door::setPermissionCheck) for the policy `policy` returns at the
// time of each write: the action's permission, for a request about one customer checked against
// that customer's owner (read from `db`). `policy` is called on every write so that a sign-in,
// a role change or a new matrix applies at once.
Door::PermissionCheck permissionCheck(const Database &db,
                                      std::function<const AccessPolicy &()> policy);

} // namespace rapport
