// The dashboards' team filter and team activity by team, checked against SQL over a demo
// database whose users are put in two overlapping teams.
#include "core/analytics/dashboard.h"
#include "core/analytics/teamactivity.h"
#include "core/demo/demogenerator.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/dashboardrepository.h"
#include "tests/support/tempdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace rapport;
using namespace rapport::analytics;

namespace {

const QDate AsOf(2026, 6, 30);

QSqlQuery run(test::TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q;
}

// A demo database; its users split into "North" (the first half) and "South" (the rest and
// the first user again, who is in both), and an empty team "Nobody Yet".
test::TempDatabase &demo()
{
    static const auto t = [] {
        auto made = std::make_unique<test::TempDatabase>();
        DemoOptions o;
        o.customers = 1200;
        o.seed = 5;
        o.asOf = AsOf;
        REQUIRE(DemoGenerator(made->db(), o).run().ok());
        run(*made,
            QStringLiteral("INSERT INTO teams (id, name, created_at, updated_at) VALUES"
                           " (1, 'South', 0, 0), (2, 'North', 0, 0), (3, 'Nobody Yet', 0, 0)"));
        QSqlQuery users = run(*made, QStringLiteral("SELECT id FROM users ORDER BY id"));
        QList<qint64> ids;
        while (users.next())
            ids << users.value(0).toLongLong();
        REQUIRE(ids.size() >= 4);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const int team = i < ids.size() / 2 ? 2 : 1;
            run(*made,
                QStringLiteral("INSERT INTO user_teams (user_id, team_id) VALUES (%1, %2)")
                    .arg(ids[i])
                    .arg(team));
        }
        run(*made,
            QStringLiteral("INSERT INTO user_teams (user_id, team_id) VALUES (%1, 1)").arg(ids[0]));
        return made;
    }();
    return *t;
}

const DashboardColumns &columns()
{
    static const DashboardColumns c = [] {
        auto loaded = DashboardRepository(demo().db()).load();
        REQUIRE(loaded.ok());
        return std::move(*loaded);
    }();
    return c;
}

QList<qint64> membersOf(qint64 team)
{
    QSqlQuery q = run(demo(),
                      QStringLiteral("SELECT user_id FROM user_teams WHERE team_id = %1"
                                     " ORDER BY user_id")
                          .arg(team));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

TEST_CASE("the dashboards' columns hold the teams and their members", "[teamactivity]")
{
    const DashboardColumns &c = columns();
    // By name.
    REQUIRE(c.teamIds == std::vector<qint64>{3, 2, 1});
    CHECK(c.teamNames
          == std::vector<QString>{QStringLiteral("Nobody Yet"),
                                  QStringLiteral("North"),
                                  QStringLiteral("South")});
    REQUIRE(c.teamMemberStart.size() == 4);
    for (std::size_t t = 0; t < c.teamIds.size(); ++t) {
        const auto members = c.membersOf(t);
        CHECK(QList<qint64>(members.begin(), members.end()) == membersOf(c.teamIds[t]));
    }
    CHECK(c.membersOf(0).empty());
    CHECK(c.teamIndexOf(2) == 1);
    CHECK(c.teamIndexOf(99) == -1);
}

TEST_CASE("team activity by team counts what SQL counts, per week and per month",
          "[teamactivity][dashboard]")
{
    const DashboardColumns &c = columns();
    DashboardFilters f = DashboardFilters::lastYear(AsOf);
    auto r = Dashboard::compute(c, f, nullptr);
    REQUIRE(r.ok());
    const TeamWork &w = r->activity.teams;
    REQUIRE(w.teams == std::vector<qint64>{3, 2, 1});
    CHECK(w.members
          == std::vector<qint64>{0, qint64(membersOf(2).size()), qint64(membersOf(1).size())});
    CHECK(w.firstWeek == weekOf(f.from));
    CHECK(w.lastWeek == weekOf(f.to));

    // The same from the tables: a week is (days since 1970 + 3) / 7, its Thursday is day 7w.
    const QString sql = QStringLiteral(
        "SELECT ut.team_id, (i.occurred_at / 86400 + 3) / 7 AS week, count(*),"
        "       CAST(strftime('%Y', ((i.occurred_at / 86400 + 3) / 7) * 7 * 86400, 'unixepoch')"
        "            AS INTEGER) * 12"
        "       + CAST(strftime('%m', ((i.occurred_at / 86400 + 3) / 7) * 7 * 86400, 'unixepoch')"
        "              AS INTEGER) - 1"
        " FROM interactions i"
        " JOIN customer_list l ON l.id = i.customer_id AND l.live = 1"
        " JOIN user_teams ut ON ut.user_id = i.agent_id"
        " WHERE i.occurred_at >= 0 AND week BETWEEN %1 AND %2"
        " GROUP BY 1, 2");
    QSqlQuery q = run(demo(), sql.arg(w.firstWeek).arg(w.lastWeek));
    std::map<std::pair<qint64, int>, qint64> weekly, monthly;
    std::map<qint64, qint64> totals;
    while (q.next()) {
        const qint64 team = q.value(0).toLongLong();
        const qint64 n = q.value(2).toLongLong();
        weekly[{team, q.value(1).toInt()}] += n;
        monthly[{team, q.value(3).toInt()}] += n;
        totals[team] += n;
    }
    REQUIRE(totals[1] > 0);
    REQUIRE(totals[2] > 0);
    std::size_t seen = 0;
    for (std::size_t t = 0; t < w.teams.size(); ++t) {
        CHECK(w.totals[t] == totals[w.teams[t]]);
        for (int week = w.firstWeek; week <= w.lastWeek; ++week) {
            CHECK(w.week(t, week) == weekly[{w.teams[t], week}]);
            seen += w.week(t, week) > 0;
        }
        qint64 sum = 0;
        for (std::size_t m = 0; m < w.months.size(); ++m) {
            CHECK(w.month(t, m) == monthly[{w.teams[t], w.months[m]}]);
            sum += w.month(t, m);
        }
        CHECK(sum == w.totals[t]); // the months add up to the weeks
    }
    CHECK(seen > 40);
    // 53 weeks touch the last 12 months here; they fall in 12 or 13 months.
    CHECK(w.months.size() >= 12);
    CHECK(w.months.size() <= 13);
}

TEST_CASE("the team filter shows the figures of the team members' customers",
          "[teamactivity][dashboard]")
{
    const DashboardColumns &c = columns();
    DashboardFilters f = DashboardFilters::lastYear(AsOf);
    f.teamId = 2; // North
    auto r = Dashboard::compute(c, f, nullptr);
    REQUIRE(r.ok());
    CHECK(r->filters.teamId == std::optional<qint64>(2));

    // Revenue as the CLI's analytics reads it for the customers the members own.
    const QList<qint64> north = membersOf(2);
    AnalyticsFilter cli;
    cli.asOf = f.to;
    cli.from = f.from;
    cli.scope = CustomerScope::ownedBy(north);
    auto revenue = AnalyticsRepository(demo().db()).revenuePerCustomer(cli);
    REQUIRE(revenue.ok());
    qint64 total = 0;
    for (qint64 v : revenue->values)
        total += v;
    REQUIRE(total > 0);
    CHECK(*r->kpis[std::size_t(Kpi::Revenue)].current == double(total));

    // The population is the live customers those members own, from the table.
    QStringList ids;
    for (qint64 id : north)
        ids << QString::number(id);
    QSqlQuery q = run(demo(),
                      QStringLiteral("SELECT count(*) FROM customer_list WHERE live = 1"
                                     " AND owner_id IN (%1)")
                          .arg(ids.join(QLatin1Char(','))));
    REQUIRE(q.next());
    CHECK(r->population == q.value(0).toLongLong());
    auto everyone = Dashboard::compute(c, DashboardFilters::lastYear(AsOf), nullptr);
    REQUIRE(everyone.ok());
    CHECK(r->population < everyone->population);

    // Team activity shows that team only, and only its members' work.
    REQUIRE(r->activity.teams.teams == std::vector<qint64>{2});
    for (qint64 agent : r->activity.activity.agents)
        CHECK(north.contains(agent));

    // Within the reader's scope: a rep who sees only the first member's customers.
    f.scope = CustomerScope::ownedBy({north.first()});
    auto rep = Dashboard::compute(c, f, nullptr);
    REQUIRE(rep.ok());
    cli.scope = CustomerScope::ownedBy({north.first()});
    auto own = AnalyticsRepository(demo().db()).revenuePerCustomer(cli);
    REQUIRE(own.ok());
    qint64 ownTotal = 0;
    for (qint64 v : own->values)
        ownTotal += v;
    CHECK(*rep->kpis[std::size_t(Kpi::Revenue)].current == double(ownTotal));

    // A team deleted since it was chosen: nothing, not everything.
    f.scope = CustomerScope::everything();
    f.teamId = 99;
    auto gone = Dashboard::compute(c, f, nullptr);
    REQUIRE(gone.ok());
    CHECK(gone->population == 0);
    CHECK(gone->activity.teams.teams.empty());
}

TEST_CASE("a week counts in the month of its Thursday", "[teamactivity]")
{
    // 2026-06-29 is a Monday; that week's Thursday is 2 July.
    CHECK(monthOfWeek(weekOf(QDate(2026, 6, 29))) == 2026 * 12 + 6);
    // 2026-06-22's Thursday is 25 June.
    CHECK(monthOfWeek(weekOf(QDate(2026, 6, 22))) == 2026 * 12 + 5);
    // 2025-12-29 (Monday): Thursday 1 January 2026.
    CHECK(monthOfWeek(weekOf(QDate(2025, 12, 29))) == 2026 * 12 + 0);
}
