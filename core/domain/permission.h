#pragma once

#include "core/domain/user.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rapport {

// What a user asks to do, as the permission matrix names it. Reading is View (and SeeDashboards
// for the figures); the others are writes or sensitive reads (Export).
enum class Permission {
    View = 0,
    Create,
    Edit,
    Delete,
    Import,
    Export,
    Merge,
    Erase,
    ManageUsers,
    SeeDashboards,
};
inline constexpr int PermissionCount = 10;
inline constexpr std::array<const char *, PermissionCount> permissionKeys{"view",
                                                                          "create",
                                                                          "edit",
                                                                          "delete",
                                                                          "import",
                                                                          "export",
                                                                          "merge",
                                                                          "erase",
                                                                          "manage_users",
                                                                          "dashboards"};

// How far a permission reaches, after EspoCRM's levels: no customer, the customers the user
// owns, those owned by anyone who shares a team with the user (the user's own when they have no
// team), or every customer. Ordered: a higher level includes the lower ones.
enum class AccessLevel { None = 0, Own = 1, Team = 2, All = 3 };
inline constexpr std::array<const char *, 4> accessLevelKeys{"none", "own", "team", "all"};

QString permissionName(Permission permission); // translated, for display
QString accessLevelName(AccessLevel level);    // translated, for display

// The level each role has for each permission. defaults() is the house policy (see
// docs/architecture.md, "Roles and permissions"); an administrator may change the stored matrix,
// but the administrator role itself always keeps All (nobody can lock everyone out).
class PermissionMatrix final
{
public:
    PermissionMatrix(); // every level None
    static PermissionMatrix defaults();

    AccessLevel level(Role role, Permission permission) const;
    // Sets one level; refused (returns false) for the administrator role.
    bool set(Role role, Permission permission, AccessLevel level);

    friend bool operator==(const PermissionMatrix &, const PermissionMatrix &) = default;

private:
    std::array<std::array<AccessLevel, PermissionCount>, 4> m_levels{};
};

// Which customers a read or write may touch: every customer, or those owned by the listed users
// (sorted ids; empty means none at all). Customers without an owner are only in "every".
struct CustomerScope
{
    bool all = true;
    QList<qint64> owners;

    static CustomerScope everything() { return {}; }
    static CustomerScope nothing() { return {false, {}}; }
    static CustomerScope ownedBy(QList<qint64> owners);

    bool isEverything() const { return all; }
    bool isNothing() const { return !all && owners.isEmpty(); }
    // Whether a customer with this owner is in the scope.
    bool allows(std::optional<qint64> ownerId) const;
    // The customers both scopes reach (an export reaches what the reader may both see and
    // export).
    CustomerScope intersected(const CustomerScope &other) const;

    friend bool operator==(const CustomerScope &, const CustomerScope &) = default;
};

} // namespace rapport
