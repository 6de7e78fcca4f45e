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
    using P = Permission;
    using L = AccessLevel;
    PermissionMatrix m;
    // A manager sees every customer and every dashboard, and changes their teams' customers.
    const Role manager = Role::Manager;
    m.set(manager, P::View, L::All);
    m.set(manager, P::Create, L::All);
    m.set(manager, P::Edit, L::Team);
    m.set(manager, P::Delete, L::Team);
    m.set(manager, P::Import, L::All);
    m.set(manager, P::Export, L::All);
    m.set(manager, P::Merge, L::Team);
    m.set(manager, P::SeeDashboards, L::All);
    // A sales rep sees, edits and exports the customers owned by their teams.
    const Role rep = Role::SalesRep;
    m.set(rep, P::View, L::Team);
    m.set(rep, P::Create, L::Team);
    m.set(rep, P::Edit, L::Team);
    m.set(rep, P::Delete, L::Own);
    m.set(rep, P::Export, L::Team);
    m.set(rep, P::SeeDashboards, L::Team);
    // A service agent sees every customer, logs calls and works cases; no export, import,
    // merge, delete or erase.
    const Role agent = Role::ServiceAgent;
    m.set(agent, P::View, L::All);
    m.set(agent, P::Create, L::All);
    m.set(agent, P::Edit, L::All);
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
