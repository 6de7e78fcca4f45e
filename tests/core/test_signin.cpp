// SignIn: by login and password, the same sentence for a wrong login and a wrong password, a
// growing delay after failed attempts that holds across connections, deactivated users, users
// without a password, and the rehash of a hash made with lower parameters.
#include "core/services/accountservice.h"
#include "core/services/signin.h"
#include "core/services/workspace.h"
#include "core/storage/credentialrepository.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

const PasswordHasher::Cost Cheap{1, 8 * 1024 * 1024};
const QString BossPassword = QStringLiteral("b0ss-password");
const QString RonPassword = QStringLiteral("r0n-password");
const QString Wrong = QStringLiteral("not-the-password");

struct Shop
{
    test::TempWorkspace t;
    AccountService accounts{*t->door(), PasswordHasher(Cheap)};
    qint64 boss = 0, ron = 0, ada = 0;

    qint64 add(const QString &login, Role role, std::optional<QString> password)
    {
        NewUser u;
        u.login = login;
        u.displayName = login;
        u.role = role;
        u.password = std::move(password);
        Result<qint64> id = accounts.addUser(u);
        REQUIRE(id);
        return *id;
    }

    Shop()
    {
        t->signOut();
        ron = add(QStringLiteral("ron"), Role::SalesRep, RonPassword);
        ada = add(QStringLiteral("ada"), Role::ServiceAgent, std::nullopt);
    }
    void requirePasswords()
    {
        boss = add(QStringLiteral("boss"), Role::Administrator, BossPassword);
    }

    Result<User> signIn(const QString &login, const std::optional<QString> &password)
    {
        return SignIn(t.db(), t->door()).signIn(login, password);
    }
    QString hashOf(qint64 user)
    {
        Result<Credentials> c = CredentialRepository(t.db()).get(user);
        REQUIRE(c);
        return c->passwordHash;
    }
};

QString refusal(const Result<User> &r)
{
    REQUIRE_FALSE(r);
    CHECK(r.error().kind() == Error::Kind::Forbidden);
    return r.error().message();
}

} // namespace

TEST_CASE("The delay after failed sign-ins grows from nothing to 30 seconds", "[signin]")
{
    const std::array<int, 11> expected{0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30};
    for (int failures = 0; failures < int(expected.size()); ++failures) {
        INFO(failures << " failures");
        CHECK(SignIn::delaySeconds(failures) == expected[std::size_t(failures)]);
    }
    CHECK(SignIn::delaySeconds(1000) == 30);
}

TEST_CASE("Without an administrator's password a login alone signs in, and with one passwords "
          "rule",
          "[signin]")
{
    Shop s;
    CHECK_FALSE(*SignIn::requiresPassword(s.t.db()));
    // A user without a password: the login is enough, as before passwords.
    Result<User> ada = s.signIn(QStringLiteral("ada"), std::nullopt);
    REQUIRE(ada);
    CHECK(ada->id == s.ada);
    // A user with a password needs it even here.
    CHECK(*SignIn(s.t.db(), nullptr).needsPassword(QStringLiteral("ron")));
    CHECK_FALSE(*SignIn(s.t.db(), nullptr).needsPassword(QStringLiteral("ada")));
    CHECK(refusal(s.signIn(QStringLiteral("ron"), std::nullopt))
          == QLatin1String("The login or the password is wrong."));
    REQUIRE(s.signIn(QStringLiteral("RON"), RonPassword)); // logins without case

    s.requirePasswords();
    CHECK(*SignIn::requiresPassword(s.t.db()));
    CHECK(*SignIn(s.t.db(), nullptr).needsPassword(QStringLiteral("ada")));
    CHECK(*SignIn(s.t.db(), nullptr).needsPassword(QStringLiteral("nobody-such")));
    CHECK(refusal(s.signIn(QStringLiteral("ada"), std::nullopt))
              .contains(QLatin1String("no password yet")));
    // A wrong login and a wrong password read the same.
    const QString wrongLogin = refusal(s.signIn(QStringLiteral("nobody-such"), BossPassword));
    const QString wrongPassword = refusal(s.signIn(QStringLiteral("boss"), Wrong));
    CHECK(wrongLogin == wrongPassword);
    CHECK(wrongLogin == QLatin1String("The login or the password is wrong."));
    Result<User> boss = s.signIn(QStringLiteral("boss"), BossPassword);
    REQUIRE(boss);
    CHECK(boss->role == Role::Administrator);
}

TEST_CASE("Failed sign-ins delay the next attempt, across connections, until the delay is over",
          "[signin]")
{
    Shop s;
    s.requirePasswords();
    for (int i = 0; i < 3; ++i) // typos: no delay
        CHECK(refusal(s.signIn(QStringLiteral("ron"), Wrong))
              == QLatin1String("The login or the password is wrong."));
    REQUIRE(s.signIn(QStringLiteral("ron"), RonPassword)); // and a good one starts again
    for (int i = 0; i < 5; ++i) // the fifth comes within the delay: refused, not counted
        CHECK_FALSE(s.signIn(QStringLiteral("ron"), Wrong));
    // Four failures: one second, in which even the right password is not looked at.
    // (English plurals come from rapport_en.qm, which these tests do not load: "second(s)")
    CHECK(refusal(s.signIn(QStringLiteral("ron"), RonPassword))
              .startsWith(QLatin1String("Too many failed attempts; try again in 1 second")));
    // Another connection (another process) sees the same delay: it is in the users row.
    std::unique_ptr<Workspace> other = test::openWorkspace(s.t.path());
    other->setClock([&s] { return s.t.now(); });
    CHECK(
        refusal(SignIn(other->database(), other->door()).signIn(QStringLiteral("ron"), RonPassword))
            .startsWith(QLatin1String("Too many failed attempts")));
    s.t.advance(1);
    CHECK(refusal(s.signIn(QStringLiteral("ron"), Wrong))
          == QLatin1String("The login or the password is wrong.")); // the fifth: two seconds
    s.t.advance(1);
    // (English plurals come from rapport_en.qm, which these tests do not load: "second(s)")
    CHECK(refusal(s.signIn(QStringLiteral("ron"), RonPassword))
              .startsWith(QLatin1String("Too many failed attempts; try again in 1 second")));
    s.t.advance(1);
    REQUIRE(s.signIn(QStringLiteral("ron"), RonPassword));
    Result<Credentials> c = CredentialRepository(s.t.db()).get(s.ron);
    REQUIRE(c);
    CHECK(c->failedSignins == 0);
    CHECK_FALSE(c->lastFailedAt.isValid());
}

TEST_CASE("A deactivated user cannot sign in, and a wrong password still reads as wrong", "[signin]")
{
    Shop s;
    s.requirePasswords();
    REQUIRE(s.t->signIn(QStringLiteral("boss"), BossPassword));
    REQUIRE(s.accounts.setActive(s.ron, false));
    CHECK(refusal(s.signIn(QStringLiteral("ron"), RonPassword))
          == QLatin1String("ron is deactivated and cannot sign in."));
    CHECK(refusal(s.signIn(QStringLiteral("ron"), Wrong))
          == QLatin1String("The login or the password is wrong."));
    REQUIRE(s.accounts.setActive(s.ron, true));
    CHECK(s.signIn(QStringLiteral("ron"), RonPassword));
    // Deactivated without a password: told that, not to ask an administrator for a password.
    REQUIRE(s.accounts.setActive(s.ada, false));
    CHECK(refusal(s.signIn(QStringLiteral("ada"), std::nullopt))
          == QLatin1String("ada is deactivated and cannot sign in."));
}

TEST_CASE("A sign-in stores a stronger hash when the parameters rose", "[signin]")
{
    Shop s;
    const QString weak = s.hashOf(s.ron);
    CHECK(weak.contains(QLatin1String("m=8192,t=1")));
    CHECK(PasswordHasher().needsRehash(weak));
    // A failed attempt changes nothing.
    CHECK_FALSE(s.signIn(QStringLiteral("ron"), Wrong));
    CHECK(s.hashOf(s.ron) == weak);
    REQUIRE(s.signIn(QStringLiteral("ron"), RonPassword));
    const QString strong = s.hashOf(s.ron);
    CHECK(strong != weak);
    CHECK_FALSE(PasswordHasher().needsRehash(strong));
    CHECK(PasswordHasher::verify(strong, RonPassword));
    // Once is enough.
    REQUIRE(s.signIn(QStringLiteral("ron"), RonPassword));
    CHECK(s.hashOf(s.ron) == strong);
}

TEST_CASE("Own password changes need the old one, and an administrator resets another's", "[signin]")
{
    Shop s;
    s.requirePasswords();
    REQUIRE(s.t->signIn(QStringLiteral("ron"), RonPassword));
    const Status wrongOld = s.accounts.changeOwnPassword(Wrong, QStringLiteral("n3w-password"));
    REQUIRE_FALSE(wrongOld);
    CHECK(wrongOld.error().kind() == Error::Kind::Forbidden);
    CHECK_FALSE(s.accounts.changeOwnPassword(RonPassword, QStringLiteral("short")));
    REQUIRE(s.accounts.changeOwnPassword(RonPassword, QStringLiteral("n3w-password")));
    CHECK_FALSE(s.signIn(QStringLiteral("ron"), RonPassword));
    s.t.advance(60);
    CHECK(s.signIn(QStringLiteral("ron"), QStringLiteral("n3w-password")));
    // A rep may not reset someone else's password.
    const Status reset = s.accounts.resetPassword(s.boss, QStringLiteral("taken-over!"));
    REQUIRE_FALSE(reset);
    CHECK(reset.error().kind() == Error::Kind::Forbidden);
    // The administrator may.
    REQUIRE(s.t->signIn(QStringLiteral("boss"), BossPassword));
    REQUIRE(s.accounts.resetPassword(s.ron, QStringLiteral("r3set-by-boss")));
    CHECK(s.signIn(QStringLiteral("ron"), QStringLiteral("r3set-by-boss")));
}
