#include "core/domain/permission.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct PermissionTexts
{
    Q_DECLARE_TR_FUNCTIONS(Permission)
};

std::size_t index(Role role)
{
    return static_cast<std::size_t>(role);
}

std::size_t index(Permission permission)
{
    return static_cast<std::size_t>(permission);
}

// The house policy, the matrix of docs/architecture.md "Roles and permissions": one row a role
// (in the order of Role), one column a permission (in the order of Permission).
//   A manager sees every customer and every dashboard, and changes their teams' customers.
//   A sales rep sees, edits and exports the customers owned by their teams.
//   A service agent sees every customer, logs calls and works cases; no export, import, merge,
//   delete or erase.
constexpr AccessLevel N = AccessLevel::None;
constexpr AccessLevel O = AccessLevel::Own;
constexpr AccessLevel T = AccessLevel::Team;
constexpr AccessLevel A = AccessLevel::All;
// clang-format off
constexpr std::array<std::array<AccessLevel, PermissionCount>, 4> DefaultLevels{{
    //                   view create edit delete import export merge erase users dashboards
    /* administrator */ {A,   A,     A,   A,     A,     A,     A,    A,    A,    A},
    /* manager       */ {A,   A,     T,   T,     A,     A,     T,    N,    N,    A},
    /* sales rep     */ {T,   T,     T,   O,     N,     T,     N,    N,    N,    T},
    /* service agent */ {A,   A,     A,   N,     N,     N,     N,    N,    N,    N},
}};
// clang-format on

// The administrator row cannot be narrowed (set() refuses it), so the table cannot either.
constexpr bool administratorHasAll()
{
    for (AccessLevel level : DefaultLevels[std::size_t(Role::Administrator)])
        if (level != AccessLevel::All)
            return false;
    return true;
}
static_assert(administratorHasAll());

} // namespace

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::View:
        return PermissionTexts::tr("View customers");
    case Permission::Create:
        return PermissionTexts::tr("Create");
    case Permission::Edit:
        return PermissionTexts::tr("Edit");
    case Permission::Delete:
        return PermissionTexts::tr("Delete");
    case Permission::Import:
        return PermissionTexts::tr("Import");
    case Permission::Export:
        return PermissionTexts::tr("Export");
    case Permission::Merge:
        return PermissionTexts::tr("Merge duplicates");
    case Permission::Erase:
        return PermissionTexts::tr("Erase personal data");
    case Permission::ManageUsers:
        return PermissionTexts::tr("Manage users");
    case Permission::SeeDashboards:
        return PermissionTexts::tr("See dashboards");
    }
    return {};
}

QString accessLevelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::None:
        return PermissionTexts::tr("None");
    case AccessLevel::Own:
        return PermissionTexts::tr("Own");
    case AccessLevel::Team:
        return PermissionTexts::tr("Team");
    case AccessLevel::All:
        return PermissionTexts::tr("All");
    }
    return {};
}

PermissionMatrix::PermissionMatrix()
{
    for (auto &row : m_levels)
        row.fill(AccessLevel::None);
    m_levels[index(Role::Administrator)].fill(AccessLevel::All);
}

PermissionMatrix PermissionMatrix::defaults()
{
    PermissionMatrix m;
    m.m_levels = DefaultLevels;
    return m;
}

AccessLevel PermissionMatrix::level(Role role, Permission permission) const
{
    return m_levels[index(role)][index(permission)];
}

bool PermissionMatrix::set(Role role, Permission permission, AccessLevel level)
{
    if (role == Role::Administrator)
        return false;
    m_levels[index(role)][index(permission)] = level;
    return true;
}

CustomerScope CustomerScope::ownedBy(QList<qint64> owners)
{
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    return {false, std::move(owners)};
}

bool CustomerScope::allows(std::optional<qint64> ownerId) const
{
    if (all)
        return true;
    return ownerId && std::binary_search(owners.cbegin(), owners.cend(), *ownerId);
}

CustomerScope CustomerScope::intersected(const CustomerScope &other) const
{
    if (all)
        return other;
    if (other.all)
        return *this;
    QList<qint64> both;
    std::set_intersection(owners.cbegin(),
                          owners.cend(),
                          other.owners.cbegin(),
                          other.owners.cend(),
                          std::back_inserter(both));
    return {false, std::move(both)};
}

} // namespace rapport
