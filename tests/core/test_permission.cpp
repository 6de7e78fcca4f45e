#include "core/domain/permission.h"

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("The default matrix follows the house policy", "[permission]")
{
    const PermissionMatrix m = PermissionMatrix::defaults();
    using P = Permission;
    using L = AccessLevel;
    for (int p = 0; p < PermissionCount; ++p)
        CHECK(m.level(Role::Administrator, P(p)) == L::All);
    CHECK(m.level(Role::ServiceAgent, P::View) == L::All);
    CHECK(m.level(Role::ServiceAgent, P::Edit) == L::All);
    for (P denied : {P::Export, P::Import, P::Merge, P::Delete, P::Erase, P::ManageUsers})
        CHECK(m.level(Role::ServiceAgent, denied) == L::None);
    CHECK(m.level(Role::SalesRep, P::View) == L::Team);
    CHECK(m.level(Role::SalesRep, P::Edit) == L::Team);
    CHECK(m.level(Role::SalesRep, P::Export) == L::Team);
    CHECK(m.level(Role::SalesRep, P::ManageUsers) == L::None);
    CHECK(m.level(Role::Manager, P::View) == L::All);
    CHECK(m.level(Role::Manager, P::SeeDashboards) == L::All);
    CHECK(m.level(Role::Manager, P::Edit) == L::Team);
}

TEST_CASE("The administrator role cannot be narrowed", "[permission]")
{
    PermissionMatrix m = PermissionMatrix::defaults();
    CHECK_FALSE(m.set(Role::Administrator, Permission::ManageUsers, AccessLevel::None));
    CHECK(m.level(Role::Administrator, Permission::ManageUsers) == AccessLevel::All);
    CHECK(m.set(Role::Manager, Permission::Erase, AccessLevel::All));
    CHECK(m.level(Role::Manager, Permission::Erase) == AccessLevel::All);
    CHECK_FALSE(m == PermissionMatrix::defaults());
}

TEST_CASE("A customer scope allows its owners only", "[permission]")
{
    CHECK(CustomerScope::everything().allows(std::nullopt));
    CHECK(CustomerScope::everything().allows(7));
    const CustomerScope s = CustomerScope::ownedBy({9, 3, 3});
    CHECK(s.owners == QList<qint64>{3, 9});
    CHECK(s.allows(3));
    CHECK(s.allows(9));
    CHECK_FALSE(s.allows(4));
    CHECK_FALSE(s.allows(std::nullopt));
    CHECK(CustomerScope::nothing().isNothing());
    CHECK_FALSE(CustomerScope::nothing().allows(3));
}
