#include "core/storage/userrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

User makeUser(const QString &login, const QString &name, Role role = Role::SalesRep)
{
    User u;
    u.login = login;
    u.displayName = name;
    u.role = role;
    return u;
}

} // namespace

TEST_CASE("A user round-trips every field", "[repo][user]")
{
    test::TempDatabase t;
    UserRepository repo(t.db());
    User u = makeUser(QStringLiteral("g.hopper"),
                      QStringLiteral("Grace Hopper"),
                      Role::ServiceAgent);
    u.email = QStringLiteral("grace@example.org");
    u.active = false;
    u.createdAt = test::utc(2023, 1, 2, 3, 4, 5);
    auto id = repo.insert(u, test::wallClock());
    REQUIRE(id.ok());
    CHECK(u.id == *id);
    CHECK(u.version == 1);
    CHECK(u.updatedAt.isValid());

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->id == u.id);
    CHECK(back->login == u.login);
    CHECK(back->displayName == u.displayName);
    CHECK(back->email == u.email);
    CHECK(back->role == Role::ServiceAgent);
    CHECK(back->active == false);
    CHECK(back->createdAt == test::utc(2023, 1, 2, 3, 4, 5));
    CHECK(back->updatedAt == u.updatedAt);
    CHECK(back->version == 1);

    User plain = makeUser(QStringLiteral("admin"), QStringLiteral("Admin"), Role::Administrator);
    REQUIRE(repo.insert(plain, test::wallClock()).ok());
    auto plainBack = repo.get(plain.id);
    REQUIRE(plainBack.ok());
    CHECK(plainBack->email.isEmpty());
    CHECK(plainBack->active);
    CHECK(plainBack->createdAt == plain.createdAt);
    CHECK(plainBack->createdAt.isValid());
}

TEST_CASE("An invalid user is not saved", "[repo][user]")
{
    test::TempDatabase t;
    UserRepository repo(t.db());
    User u = makeUser(QString(), QStringLiteral("Nobody"));
    auto id = repo.insert(u, test::wallClock());
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().field() == QStringLiteral("login"));
    CHECK(u.id == 0);
    CHECK(test::rowCount(t.db(), "users") == 0);
}

TEST_CASE("A login is taken only once, whatever its case", "[repo][user]")
{
    test::TempDatabase t;
    UserRepository repo(t.db());
    User a = makeUser(QStringLiteral("ada"), QStringLiteral("Ada"));
    REQUIRE(repo.insert(a, test::wallClock()).ok());
    User b = makeUser(QStringLiteral("ADA"), QStringLiteral("Another Ada"));
    auto id = repo.insert(b, test::wallClock());
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind() == Error::Kind::Validation);
    CHECK(id.error().field() == QStringLiteral("login"));

    auto found = repo.findByLogin(QStringLiteral("Ada"));
    REQUIRE(found.ok());
    CHECK(found->id == a.id);
    auto missing = repo.findByLogin(QStringLiteral("bob"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Updating a user checks its version", "[repo][user]")
{
    test::TempDatabase t;
    UserRepository repo(t.db());
    User u = makeUser(QStringLiteral("ada"), QStringLiteral("Ada"));
    REQUIRE(repo.insert(u, test::wallClock()).ok());

    User mine = *repo.get(u.id);
    User theirs = *repo.get(u.id);
    mine.role = Role::Manager;
    mine.displayName = QStringLiteral("Ada L.");
    REQUIRE(repo.update(mine, test::wallClock()).ok());
    CHECK(mine.version == 2);
    CHECK(repo.get(u.id)->role == Role::Manager);
    CHECK(repo.get(u.id)->version == 2);

    theirs.email = QStringLiteral("ada@example.org");
    Status stale = repo.update(theirs, test::wallClock());
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind() == Error::Kind::Conflict);
    CHECK(stale.error().message().contains(QStringLiteral("changed by someone else")));
    CHECK(theirs.version == 1);
    CHECK(repo.get(u.id)->email.isEmpty());

    User other = makeUser(QStringLiteral("bob"), QStringLiteral("Bob"));
    REQUIRE(repo.insert(other, test::wallClock()).ok());
    mine.login = QStringLiteral("BOB");
    Status taken = repo.update(mine, test::wallClock());
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().field() == QStringLiteral("login"));
}

TEST_CASE("A missing user is NotFound for get, update and remove", "[repo][user]")
{
    test::TempDatabase t;
    UserRepository repo(t.db());
    auto got = repo.get(42);
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().kind() == Error::Kind::NotFound);

    User u = makeUser(QStringLiteral("ada"), QStringLiteral("Ada"));
    REQUIRE(repo.insert(u, test::wallClock()).ok());
    REQUIRE(repo.remove(u.id).ok());
    CHECK(repo.get(u.id).error().kind() == Error::Kind::NotFound);
    Status update = repo.update(u, test::wallClock());
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().kind() == Error::Kind::NotFound);
    Status again = repo.remove(u.id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Users are listed by name, inactive ones on request", "[repo][user]")
{
    test::TempDatabase t;
    UserRepository repo(t.db());
    User c = makeUser(QStringLiteral("carl"), QStringLiteral("carl"));
    User a = makeUser(QStringLiteral("anna"), QStringLiteral("Anna"));
    User b = makeUser(QStringLiteral("bert"), QStringLiteral("Bert"));
    b.active = false;
    for (User *u : {&c, &a, &b})
        REQUIRE(repo.insert(*u, test::wallClock()).ok());

    auto active = repo.list();
    REQUIRE(active.ok());
    REQUIRE(active->size() == 2);
    CHECK(active->at(0).login == QStringLiteral("anna"));
    CHECK(active->at(1).login == QStringLiteral("carl"));

    auto all = repo.list(true);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(1).login == QStringLiteral("bert"));
}
