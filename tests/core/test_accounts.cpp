// Accounts and the permission matrix through the door: every role against every write action on
// customers owned by the user, a teammate, someone else and nobody (the table is the default
// matrix); teams, roles, deactivation, the last administrator, the matrix stored and changed, and
// what the history records of it all.
#include "core/services/accesspolicy.h"
#include "core/services/accountservice.h"
#include "core/services/door.h"
#include "core/services/permissioncheck.h"
#include "core/services/workspace.h"
#include "tests/support/tempworkspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

using L = AccessLevel;
using P = Permission;

// The house policy, as issue 13 words it: one row per role, one column per permission in the
// order of Permission (view, create, edit, delete, import, export, merge, erase, manage users,
// see dashboards).
struct Row
{
    Role role;
    std::array<L, PermissionCount> levels;
};
const std::array<Row, 4> Matrix{{
    {Role::Administrator,
     {L::All, L::All, L::All, L::All, L::All, L::All, L::All, L::All, L::All, L::All}},
    {Role::Manager,
     {L::All, L::All, L::Team, L::Team, L::All, L::All, L::Team, L::None, L::None, L::All}},
    {Role::SalesRep,
     {L::Team, L::Team, L::Team, L::Own, L::None, L::Team, L::None, L::None, L::None, L::Team}},
    {Role::ServiceAgent,
     {L::All, L::All, L::All, L::None, L::None, L::None, L::None, L::None, L::None, L::None}},
}};

const PasswordHasher::Cost Cheap{1, 8 * 1024 * 1024};

// Runs `sql` as one write through the door (setting owners in a test's set-up).
void writeSql(Workspace &w, const QString &sql)
{
    const Status s = w.write({WriteAction::Edit}, [&](WriteScope &) -> Status {
        QSqlQuery q(w.database().connection());
        if (!q.exec(sql))
            return Error(Error::Kind::Database, q.lastError().text());
        return {};
    });
    REQUIRE(s);
}

struct Office
{
    test::TempWorkspace t;
    AccountService accounts{*t->door(), PasswordHasher(Cheap)};
    qint64 admin = 0, manager = 0, rep = 0, teammate = 0, stranger = 0, agent = 0;
    // Customers by owner.
    qint64 ownedByUser = 0, ownedByTeammate = 0, ownedByStranger = 0, unowned = 0;

    qint64 add(const QString &login, Role role, QStringList teams)
    {
        NewUser u;
        u.login = login;
        u.displayName = login;
        u.role = role;
        u.teams = std::move(teams);
        Result<qint64> id = accounts.addUser(u);
        REQUIRE(id);
        return *id;
    }

    Office()
    {
        t->signOut(); // nobody, on a database without passwords: everything allowed to set up
        admin = add(QStringLiteral("boss"), Role::Administrator, {});
        manager = add(QStringLiteral("mia"), Role::Manager, {QStringLiteral("North")});
        rep = add(QStringLiteral("ron"), Role::SalesRep, {QStringLiteral("North")});
        teammate = add(QStringLiteral("tom"), Role::SalesRep, {QStringLiteral("North")});
        stranger = add(QStringLiteral("sue"), Role::SalesRep, {QStringLiteral("South")});
        agent = add(QStringLiteral("ada"), Role::ServiceAgent, {QStringLiteral("North")});
        REQUIRE(t->currentUser() == std::nullopt);
    }

    // Four customers: owned by `user`, by someone in a team with them, by someone who is not,
    // and by nobody.
    void customersAround(qint64 user, qint64 mate, qint64 other)
    {
        t->signOut();
        ownedByUser = t.addPerson(QStringLiteral("A"),
                                  QStringLiteral("Mine"),
                                  QStringLiteral("030 1234561"));
        ownedByTeammate = t.addPerson(QStringLiteral("B"),
                                      QStringLiteral("Mate"),
                                      QStringLiteral("030 1234562"));
        ownedByStranger = t.addPerson(QStringLiteral("C"),
                                      QStringLiteral("Other"),
                                      QStringLiteral("030 1234563"));
        unowned = t.addPerson(QStringLiteral("D"),
                              QStringLiteral("Nobody"),
                              QStringLiteral("030 1234564"));
        writeSql(t.workspace(),
                 QStringLiteral("UPDATE customers SET owner_id = CASE id WHEN %1 THEN %2 WHEN %3 "
                                "THEN %4 WHEN %5 THEN %6 ELSE NULL END")
                     .arg(ownedByUser)
                     .arg(user)
                     .arg(ownedByTeammate)
                     .arg(mate)
                     .arg(ownedByStranger)
                     .arg(other));
    }

    Status attempt(WriteAction action, qint64 customer)
    {
        return t->door()->write(WriteRequest(action, customer),
                                [](WriteScope &) { return Status(); });
    }
};

bool reaches(L level, int whose) // 0 own, 1 teammate's, 2 a stranger's, 3 nobody's
{
    switch (level) {
    case L::All:
        return true;
    case L::Team:
        return whose <= 1;
    case L::Own:
        return whose == 0;
    case L::None:
        break;
    }
    return false;
}

} // namespace

TEST_CASE("The default matrix is the house policy, and a new database stores it", "[accounts]")
{
    const PermissionMatrix defaults = PermissionMatrix::defaults();
    for (const Row &row : Matrix) {
        for (int p = 0; p < PermissionCount; ++p) {
            INFO(roleKeys[std::size_t(row.role)] << " " << permissionKeys[std::size_t(p)]);
            CHECK(defaults.level(row.role, Permission(p)) == row.levels[std::size_t(p)]);
        }
    }
    test::TempWorkspace t;
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM permissions")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3 * PermissionCount); // every role but the administrator
    q.finish();
    AccountService accounts(*t->door());
    Result<PermissionMatrix> stored = accounts.matrix();
    REQUIRE(stored);
    CHECK(*stored == defaults);
}

TEST_CASE("Every role meets the door's check for every write action as the matrix says",
          "[accounts]")
{
    Office o;
    const std::array<std::pair<WriteAction, P>, 9> actions{{
        {WriteAction::Create, P::Create},
        {WriteAction::Edit, P::Edit},
        {WriteAction::Delete, P::Delete},
        {WriteAction::Import, P::Import},
        {WriteAction::Export, P::Export},
        {WriteAction::Merge, P::Merge},
        {WriteAction::Erase, P::Erase},
        {WriteAction::ManageUsers, P::ManageUsers},
        {WriteAction::Settings, P::ManageUsers},
    }};
    const std::array<std::pair<Role, qint64 Office::*>, 4> who{{
        {Role::Administrator, &Office::admin},
        {Role::Manager, &Office::manager},
        {Role::SalesRep, &Office::rep},
        {Role::ServiceAgent, &Office::agent},
    }};
    for (const auto &[role, member] : who) {
        const qint64 user = o.*member;
        // The teammate shares North with every one of them but the administrator, who has no
        // team (their own customers only are "own" and "team" alike; all is all).
        o.customersAround(user, role == Role::Administrator ? o.stranger : o.teammate, o.stranger);
        REQUIRE(o.t->setCurrentUser(user));
        REQUIRE(o.t->access().role() == role);
        const Row &row = Matrix[std::size_t(role)];
        for (const auto &[action, permission] : actions) {
            const L level = row.levels[std::size_t(permission)];
            const std::array<qint64, 4> customers{o.ownedByUser,
                                                  o.ownedByTeammate,
                                                  o.ownedByStranger,
                                                  o.unowned};
            for (int whose = 0; whose < 4; ++whose) {
                INFO(roleKeys[std::size_t(role)] << " " << permissionKeys[std::size_t(permission)]
                                                 << " on customer " << whose);
                const bool expected = role == Role::Administrator && whose == 1
                                          ? level == L::All
                                          : reaches(level, whose);
                const Status s = o.attempt(action, customers[std::size_t(whose)]);
                CHECK(bool(s) == expected);
                if (!s) {
                    // The sentence says how far the role reaches: a rep refused another team's
                    // customer hears "only for the customers of your teams", not "does not allow".
                    const QString sentence
                        = level == L::Own ? QStringLiteral("Your role (%1) allows this only for "
                                                           "the customers you own: %2.")
                          : level == L::Team
                              ? QStringLiteral("Your role (%1) allows this only for the "
                                               "customers of your teams: %2.")
                              : QStringLiteral("Your role (%1) does not allow this: %2.");
                    CHECK(s.error().kind() == Error::Kind::Forbidden);
                    CHECK(s.error().message()
                          == sentence.arg(roleName(role), permissionName(permission).toLower()));
                }
            }
            // An action on no customer in particular needs the permission at any level (all
            // for managing users and settings).
            const bool anyLevel = permission == P::ManageUsers ? level == L::All : level != L::None;
            CHECK(bool(o.attempt(action, 0)) == anyLevel);
        }
        // Sign-in bookkeeping and one's own password are everyone's.
        CHECK(o.attempt(WriteAction::SignIn, 0));
        CHECK(o.attempt(WriteAction::OwnAccount, 0));
    }
}

TEST_CASE("Teams decide what a rep reaches, and a deleted team reaches nothing more", "[accounts]")
{
    Office o;
    o.customersAround(o.rep, o.teammate, o.stranger);
    REQUIRE(o.t->setCurrentUser(o.rep));
    QList<qint64> north{o.manager, o.rep, o.teammate, o.agent};
    std::sort(north.begin(), north.end());
    CHECK(o.t->access().teamMembers() == north);
    CHECK(o.attempt(WriteAction::Edit, o.ownedByTeammate));
    CHECK_FALSE(o.attempt(WriteAction::Edit, o.ownedByStranger));
    CHECK(o.t->access().scope(P::View) == CustomerScope::ownedBy(north));

    // The administrator deletes North: ron is in no team now, so "team" is his own customers.
    o.t->signOut();
    Result<QList<Team>> teams = o.accounts.teams();
    REQUIRE(teams);
    REQUIRE(teams->size() == 2);
    REQUIRE(teams->at(0).name == QLatin1String("North"));
    REQUIRE(o.accounts.deleteTeam(teams->at(0).id));
    REQUIRE(o.t->setCurrentUser(o.rep));
    CHECK(o.t->access().teamMembers() == QList<qint64>{o.rep});
    CHECK(o.attempt(WriteAction::Edit, o.ownedByUser));
    CHECK_FALSE(o.attempt(WriteAction::Edit, o.ownedByTeammate));

    // Teams are set by name, made when missing, and a user may be in several.
    o.t->signOut();
    REQUIRE(o.accounts.setTeams(o.rep, {QStringLiteral("South"), QStringLiteral("West")}));
    Result<QList<UserAccount>> users = o.accounts.users();
    REQUIRE(users);
    const auto ron = std::find_if(users->cbegin(), users->cend(), [&](const UserAccount &a) {
        return a.user.id == o.rep;
    });
    REQUIRE(ron != users->cend());
    CHECK(ron->teams == QStringList{QStringLiteral("South"), QStringLiteral("West")});
    REQUIRE(o.t->setCurrentUser(o.rep));
    CHECK(o.attempt(WriteAction::Edit, o.ownedByStranger)); // sue is in South
}

TEST_CASE("Only a user who may manage users changes accounts, and the matrix change is in the "
          "history",
          "[accounts]")
{
    Office o;
    REQUIRE(o.t->setCurrentUser(o.manager));
    NewUser u;
    u.login = QStringLiteral("eve");
    u.displayName = QStringLiteral("Eve");
    u.role = Role::Administrator;
    Result<qint64> refused = o.accounts.addUser(u);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind() == Error::Kind::Forbidden);
    CHECK_FALSE(o.accounts.setRole(o.manager, Role::Administrator));
    CHECK_FALSE(o.accounts.setLevel(Role::Manager, P::Erase, L::All));

    REQUIRE(o.t->setCurrentUser(o.admin));
    REQUIRE(o.accounts.setLevel(Role::SalesRep, P::Export, L::Own));
    Result<PermissionMatrix> matrix = o.accounts.matrix();
    REQUIRE(matrix);
    CHECK(matrix->level(Role::SalesRep, P::Export) == L::Own);
    // The administrator's row cannot be narrowed.
    const Status admin = o.accounts.setLevel(Role::Administrator, P::Export, L::None);
    REQUIRE_FALSE(admin);
    CHECK(admin.error().kind() == Error::Kind::Validation);

    QSqlQuery q(o.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, operation, changes FROM history "
                                  "WHERE entity = 'permission' ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == o.admin);
    CHECK(q.value(1).toString() == QLatin1String("update"));
    const QString changes = q.value(2).toString();
    CHECK(changes.contains(QLatin1String("\"level\":[\"team\",\"own\"]")));
    CHECK(changes.contains(QLatin1String("\"role\":[\"sales_rep\",\"sales_rep\"]")));
    CHECK(changes.contains(QLatin1String("\"permission\":[\"export\",\"export\"]")));
    CHECK_FALSE(q.next()); // one cell changed: one entry
    q.finish();

    // The rep's export now reaches their own customers only.
    REQUIRE(o.t->setCurrentUser(o.rep));
    CHECK(o.t->access().scope(P::Export) == CustomerScope::ownedBy({o.rep}));
}

TEST_CASE("Roles, deactivation and passwords are in the history, password hashes never",
          "[accounts]")
{
    Office o;
    o.customersAround(o.rep, o.teammate, o.stranger);
    REQUIRE(o.t->setCurrentUser(o.admin));
    REQUIRE(o.accounts.setRole(o.rep, Role::Manager));
    REQUIRE(o.accounts.resetPassword(o.rep, QStringLiteral("s3cret-ron!")));
    REQUIRE(o.accounts.setActive(o.rep, false));

    // Deactivated: still the owner of their customers, still the author of their history.
    QSqlQuery q(o.t.db().connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT owner_id FROM customers WHERE id = %1").arg(o.ownedByUser)));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == o.rep);
    q.finish();
    Result<QList<UserAccount>> users = o.accounts.users(true);
    REQUIRE(users);
    CHECK(std::any_of(users->cbegin(), users->cend(), [&](const UserAccount &a) {
        return a.user.id == o.rep && !a.user.active && a.hasPassword;
    }));
    // A deactivated user's policy allows nothing.
    Result<AccessPolicy> gone = AccessPolicy::forUser(o.t.db(), o.rep);
    REQUIRE(gone);
    CHECK_FALSE(gone->allowsAny(P::View));

    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(changes, ' ') FROM history "
                                  "WHERE entity = 'user' AND entity_id = %1")
                       .arg(o.rep)));
    REQUIRE(q.next());
    const QString history = q.value(0).toString();
    q.finish();
    CHECK(history.contains(QLatin1String("\"role\":[2,1]")));
    CHECK(history.contains(QLatin1String("password_changed_at")));
    CHECK(history.contains(QLatin1String("\"active\":[1,0]")));
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM history WHERE changes LIKE '%argon2%' "
                                  "OR changes LIKE '%password_hash%' OR changes LIKE "
                                  "'%failed_signins%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();
    // Team memberships are in the history too.
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'user_team' AND "
                                  "entity_id = %1 AND operation = 'create'")
                       .arg(o.rep)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("The last active administrator can be neither demoted nor deactivated", "[accounts]")
{
    Office o;
    REQUIRE(o.t->setCurrentUser(o.admin));
    const Status demoted = o.accounts.setRole(o.admin, Role::Manager);
    REQUIRE_FALSE(demoted);
    CHECK(demoted.error().message().contains(QLatin1String("last active administrator")));
    CHECK_FALSE(o.accounts.setActive(o.admin, false));
    REQUIRE(o.accounts.setRole(o.manager, Role::Administrator));
    CHECK(o.accounts.setRole(o.admin, Role::Manager));
}

TEST_CASE("A database that requires passwords allows nothing to nobody", "[accounts]")
{
    Office o;
    o.customersAround(o.rep, o.teammate, o.stranger);
    CHECK_FALSE(o.t->requiresPassword());
    REQUIRE(o.accounts.resetPassword(o.admin, QStringLiteral("b0ss-password")));
    CHECK(o.t->requiresPassword());
    // Nobody is signed in (signOut above): nothing goes through the door now.
    CHECK(o.t->access().isSignedOut());
    const Status s = o.attempt(WriteAction::Edit, o.ownedByUser);
    REQUIRE_FALSE(s);
    CHECK(s.error().kind() == Error::Kind::Forbidden);
    CHECK(s.error().message().contains(QLatin1String("requires a password")));
    // Choosing a user from a menu is over.
    CHECK_FALSE(o.t->setCurrentUser(o.rep));
    // The administrator signs in with the password.
    REQUIRE(o.t->signIn(QStringLiteral("boss"), QStringLiteral("b0ss-password")));
    CHECK(o.t->door()->actor().userId == o.admin);
    CHECK(o.attempt(WriteAction::Edit, o.ownedByUser));
}
