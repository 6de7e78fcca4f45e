// How the history names changes to accounts (issue 13): an auditor reading "Changed user" must
// learn whom, a membership which user and team, a permission which action of which role, and
// never a row of a key that did not change.
#include "core/domain/historyentry.h"
#include "core/domain/permission.h"
#include "core/domain/user.h"
#include "core/models/historywording.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

HistoryEntry entry(const char *operation, const char *entity, qint64 entityId, const char *json)
{
    HistoryEntry e;
    e.id = 1;
    e.batch = 1;
    e.operation = QString::fromLatin1(operation);
    e.entity = QString::fromLatin1(entity);
    e.entityId = entityId;
    e.changes = QString::fromUtf8(json);
    return e;
}

HistoryWording wording()
{
    HistoryWording w;
    w.setUserNames(
        {{7, QStringLiteral("Andrea Steiner")}, {8, QStringLiteral("Hendrik Vermeulen")}});
    w.setTeamNames({{1, QStringLiteral("North")}});
    return w;
}

} // namespace

TEST_CASE("A change to a user names the user: a reset password, a deactivation", "[historywording]")
{
    const HistoryWording w = wording();
    const HistoryEntry reset
        = entry("update", "user", 7, R"({"version":[1,2],"password_changed_at":[null,1796670883]})");
    CHECK(w.what(reset, reset.changeObject()) == QStringLiteral("Changed user Andrea Steiner"));
    const HistoryEntry off = entry("update", "user", 8, R"({"active":[1,0],"version":[1,2]})");
    CHECK(w.what(off, off.changeObject()) == QStringLiteral("Changed user Hendrik Vermeulen"));
    CHECK(HistoryWording::shownFields(off.entity, off.changeObject())
          == QStringList{QStringLiteral("active")});
}

TEST_CASE("A team membership names the user and the team", "[historywording]")
{
    const HistoryWording w = wording();
    const HistoryEntry in
        = entry("create", "user_team", 7, R"({"user_id":[null,7],"team_id":[null,1]})");
    CHECK(w.what(in, in.changeObject()) == QStringLiteral("Put Andrea Steiner in a team"));
    CHECK(w.summary(in, in.changeObject()) == QStringLiteral("North"));
    const HistoryEntry out
        = entry("delete", "user_team", 7, R"({"user_id":[7,null],"team_id":[3,null]})");
    CHECK(w.what(out, out.changeObject()) == QStringLiteral("Took Andrea Steiner out of a team"));
    CHECK(w.summary(out, out.changeObject()) == QStringLiteral("#3")); // a team deleted since
}

TEST_CASE("A permission change names the action and the role, and shows only the level",
          "[historywording]")
{
    const HistoryWording w = wording();
    const HistoryEntry e = entry(
        "update",
        "permission",
        0,
        R"({"role":["sales_rep","sales_rep"],"permission":["export","export"],"level":["team","own"]})");
    const QJsonObject changes = e.changeObject();
    CHECK(w.what(e, changes)
          == QStringLiteral("Changed permission: %1 for %2")
                 .arg(permissionName(Permission::Export), roleName(Role::SalesRep)));
    CHECK(HistoryWording::shownFields(e.entity, changes) == QStringList{QStringLiteral("level")});
    const QJsonValue level = changes.value(QLatin1String("level")).toArray().at(1);
    CHECK(w.value(e.entity, QStringLiteral("level"), level, changes, 1)
          == accessLevelName(AccessLevel::Own));
}
