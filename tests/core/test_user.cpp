#include "core/domain/user.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

User validUser()
{
    User u;
    u.login = QStringLiteral("a.lovelace");
    u.displayName = QStringLiteral("Ada Lovelace");
    u.email = QStringLiteral("ada@example.org");
    u.role = Role::Manager;
    return u;
}

QString brokenField(const User &u)
{
    const Status s = u.validate();
    if (s.ok())
        return QStringLiteral("<valid>");
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK_FALSE(s.error().message().isEmpty());
    return s.error().field();
}

} // namespace

TEST_CASE("Roles have keys, schema codes and names", "[domain][user]")
{
    test::checkEnumeration<Role>(roleKeys, roleName);
    CHECK(int(Role::Administrator) == 0);
    CHECK(int(Role::ServiceAgent) == 3);
    CHECK(enumFromKey<Role>(u"sales_rep", roleKeys) == Role::SalesRep);
}

TEST_CASE("A user is validated field by field", "[domain][user]")
{
    CHECK(validUser().validate().ok());

    User u = validUser();
    u.login.clear();
    CHECK(brokenField(u) == QStringLiteral("login"));
    u.login = QStringLiteral("ada lovelace");
    CHECK(brokenField(u) == QStringLiteral("login"));
    u.login = QString(65, QLatin1Char('a'));
    CHECK(brokenField(u) == QStringLiteral("login"));
    u.login = QStringLiteral("ada@example.org");
    CHECK(brokenField(u) == QStringLiteral("<valid>"));

    u = validUser();
    u.displayName = QStringLiteral("   ");
    CHECK(brokenField(u) == QStringLiteral("displayName"));
    u.displayName = QString(201, QLatin1Char('x'));
    CHECK(brokenField(u) == QStringLiteral("displayName"));

    u = validUser();
    u.email = QStringLiteral("not an address");
    CHECK(brokenField(u) == QStringLiteral("email"));
    u.email.clear(); // optional
    CHECK(brokenField(u) == QStringLiteral("<valid>"));

    u = validUser();
    u.role = static_cast<Role>(4);
    CHECK(brokenField(u) == QStringLiteral("role"));
}

TEST_CASE("Tidying a user trims and lower-cases", "[domain][user]")
{
    User u = validUser();
    u.login = QStringLiteral("  ada  ");
    u.displayName = QStringLiteral(" Ada   Lovelace ");
    u.email = QStringLiteral(" Ada@Example.ORG ");
    u.tidy();
    CHECK(u.login == QStringLiteral("ada"));
    CHECK(u.displayName == QStringLiteral("Ada Lovelace"));
    CHECK(u.email == QStringLiteral("ada@example.org"));
}
