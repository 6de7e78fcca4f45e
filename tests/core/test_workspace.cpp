#include "core/services/changebus.h"
#include "core/services/workspace.h"
#include "core/storage/userrepository.h"
#include "tests/support/tempworkspace.h"

#include <QSignalSpy>

#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

std::unique_ptr<Workspace> reopen(test::TempWorkspace &t, const QString &systemLogin)
{
    auto opened = Workspace::open(t.path(), Database::Mode::Existing);
    REQUIRE(opened.ok());
    (*opened)->signInAutomatically(systemLogin);
    return std::move(opened).value();
}

} // namespace

TEST_CASE("A database without users has nobody signed in", "[workspace][user]")
{
    test::TempWorkspace t;
    CHECK_FALSE(t->currentUser().has_value());
    CHECK_FALSE(t->currentUserId().has_value());
    CHECK(t->currentUserName().isEmpty());
}

TEST_CASE("The first front-office user signs in when nothing else decides", "[workspace][user]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("k.admin"), Role::Administrator, false);
    t.addUser(QStringLiteral("m.manager"), Role::Manager, false);
    const qint64 rep = t.addUser(QStringLiteral("s.rep"), Role::SalesRep, false);
    const qint64 agent = t.addUser(QStringLiteral("a.agent"), Role::ServiceAgent, false);
    t.addUser(QStringLiteral("b.agent"), Role::ServiceAgent, false);

    auto w = reopen(t, QStringLiteral("nobody-here"));
    REQUIRE(w->currentUserId() == agent); // agents first: they have follow-ups and cases

    SECTION("without agents, the first sales rep")
    {
        User a = *UserRepository(t.db()).get(agent);
        a.active = false;
        REQUIRE(test::committed(t.db(), [&] {
                    return UserRepository(t.db()).update(a, t->now());
                }).ok());
        User b = *UserRepository(t.db()).findByLogin(QStringLiteral("b.agent"));
        b.active = false;
        REQUIRE(test::committed(t.db(), [&] {
                    return UserRepository(t.db()).update(b, t->now());
                }).ok());
        CHECK(reopen(t, QString())->currentUserId() == rep);
    }
}

TEST_CASE("The operating system's login wins, then the remembered choice", "[workspace][user]")
{
    test::TempWorkspace t;
    const qint64 agent = t.addUser(QStringLiteral("a.agent"), Role::ServiceAgent, false);
    const qint64 rep = t.addUser(QStringLiteral("s.rep"), Role::SalesRep, false);
    const qint64 manager = t.addUser(QStringLiteral("m.manager"), Role::Manager, false);

    CHECK(reopen(t, QStringLiteral("S.REP"))->currentUserId() == rep); // logins ignore case

    auto w = reopen(t, QStringLiteral("nobody-here"));
    CHECK(w->currentUserId() == agent);
    QSignalSpy changed(w.get(), &Workspace::currentUserChanged);
    REQUIRE(w->setCurrentUser(manager).ok());
    CHECK(w->currentUserId() == manager);
    CHECK(w->currentUserName() == QStringLiteral("Manager"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == manager);
    w.reset();

    CHECK(reopen(t, QStringLiteral("nobody-here"))->currentUserId() == manager); // remembered
    CHECK(reopen(t, QStringLiteral("a.agent"))->currentUserId() == agent);       // login first
}

TEST_CASE("Only an active user can sign in", "[workspace][user]")
{
    test::TempWorkspace t;
    const qint64 agent = t.addUser(QStringLiteral("a.agent"));
    User gone;
    gone.login = QStringLiteral("gone");
    gone.displayName = QStringLiteral("Gone");
    gone.active = false;
    REQUIRE(test::committed(t.db(), [&] {
                return UserRepository(t.db()).insert(gone, t->now());
            }).ok());

    const Status s = t->setCurrentUser(gone.id);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(t->currentUserId() == agent);
    CHECK_FALSE(t->setCurrentUser(9999).ok());

    auto users = t->activeUsers();
    REQUIRE(users.ok());
    CHECK(users->size() == 1);
}

TEST_CASE("Deactivating the signed-in user signs in someone else", "[workspace][user]")
{
    test::TempWorkspace t;
    const qint64 first = t.addUser(QStringLiteral("a.agent"));
    const qint64 second = t.addUser(QStringLiteral("b.agent"), Role::ServiceAgent, false);
    User u = *UserRepository(t.db()).get(first);
    u.displayName = QStringLiteral("Anna Agent");
    REQUIRE(
        test::committed(t.db(), [&] { return UserRepository(t.db()).update(u, t->now()); }).ok());
    t->changes().publish({ChangeNotice::Entity::User, ChangeNotice::Action::Updated, {first}, {}});
    CHECK(t->currentUserName() == QStringLiteral("Anna Agent"));

    u.active = false;
    REQUIRE(
        test::committed(t.db(), [&] { return UserRepository(t.db()).update(u, t->now()); }).ok());
    QSignalSpy changed(&t.workspace(), &Workspace::currentUserChanged);
    t->changes().publish({ChangeNotice::Entity::User, ChangeNotice::Action::Updated, {first}, {}});
    CHECK(t->currentUserId() == second);
    CHECK(changed.count() == 1);
}

TEST_CASE("The workspace's clock can be replaced and restored", "[workspace]")
{
    const QDateTime start(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    test::TempWorkspace t(start);
    CHECK(t->now() == start);
    t.advance(90);
    CHECK(t->now() == start.addSecs(90));
    t->setClock({});
    CHECK(qAbs(t->now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    CHECK(t->now().time().msec() == 0);
}

TEST_CASE("A database that gets its first users signs one in (the demo data on a first start)",
          "[workspace][user]")
{
    test::TempWorkspace t;
    REQUIRE_FALSE(t->currentUser().has_value());
    QSignalSpy changed(&t.workspace(), &Workspace::currentUserChanged);
    // The demo task writes on its own connection, then announces everything changed.
    const qint64 agent = test::addUser(t.db(), QStringLiteral("a.agent"), Role::ServiceAgent);
    t->changes().publish({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
    CHECK(t->currentUserId() == agent);
    CHECK(changed.count() == 1);
}
