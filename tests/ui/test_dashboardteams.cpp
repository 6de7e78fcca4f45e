// The dashboards' team filter and team activity by team, driven by keyboard on a demo database
// whose users are in two teams; the figures compared with SQL.
#include "core/demo/demogenerator.h"
#include "core/services/dashboardservice.h"
#include "core/storage/database.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/dashboards/activitychart.h"
#include "ui/dashboards/dashboardfilterbar.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/dashboards/teamworktable.h"

#include <QComboBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::analytics;

namespace {

QSqlQuery run(test::TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q;
}

// 800 demo customers up to today; the first half of the users in "North", the rest in "South".
test::TempDatabase &shop()
{
    static const auto t = [] {
        auto made = std::make_unique<test::TempDatabase>();
        DemoOptions o;
        o.customers = 800;
        o.seed = 3;
        o.asOf = QDateTime::currentDateTimeUtc().date();
        REQUIRE(DemoGenerator(made->db(), o).run().ok());
        run(*made,
            QStringLiteral("INSERT INTO teams (id, name, created_at, updated_at) VALUES"
                           " (1, 'North', 0, 0), (2, 'South', 0, 0)"));
        QSqlQuery users = run(*made, QStringLiteral("SELECT id FROM users ORDER BY id"));
        QList<qint64> ids;
        while (users.next())
            ids << users.value(0).toLongLong();
        for (qsizetype i = 0; i < ids.size(); ++i)
            run(*made,
                QStringLiteral("INSERT INTO user_teams (user_id, team_id) VALUES (%1, %2)")
                    .arg(ids[i])
                    .arg(i < ids.size() / 2 ? 1 : 2));
        return made;
    }();
    return *t;
}

qint64 scalar(const QString &sql)
{
    QSqlQuery q = run(shop(), sql);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

bool computed(DashboardView &view)
{
    return QTest::qWaitFor([&] { return !view.service()->isBusy() && view.result(); }, 60'000);
}

const QString northOwners = QStringLiteral("SELECT user_id FROM user_teams WHERE team_id = 1");

} // namespace

TEST_CASE("the dashboards' team filter narrows every figure to the team's customers",
          "[dashboardview][teamactivity]")
{
    test::IsolatedSettings settings(QStringLiteral("dashboardteams"));
    DashboardView view(shop().path(), nullptr);
    view.resize(1280, 800);
    view.show();
    REQUIRE(computed(view));
    const auto everyone = view.result();
    QComboBox *team = view.filterBar()->teamBox();
    REQUIRE(team->isVisible());
    REQUIRE(team->count() == 3); // All teams, North, South
    CHECK(team->itemText(1) == QStringLiteral("North"));

    // Everyone's figures first: team activity by team holds both teams, as SQL counts them.
    const TeamWork &all = everyone->activity.teams;
    REQUIRE(all.teams == std::vector<qint64>{1, 2});
    const QString activitySql = QStringLiteral(
        "SELECT count(*) FROM interactions i"
        " JOIN customer_list l ON l.id = i.customer_id AND l.live = 1"
        " JOIN user_teams ut ON ut.user_id = i.agent_id AND ut.team_id = %1"
        " WHERE (i.occurred_at / 86400 + 3) / 7 BETWEEN %2 AND %3");
    for (std::size_t t = 0; t < all.teams.size(); ++t)
        CHECK(all.totals[t]
              == scalar(activitySql.arg(all.teams[t]).arg(all.firstWeek).arg(all.lastWeek)));
    QStandardItemModel *rows = view.activityChart()->teamTable()->teamModel();
    CHECK(rows->rowCount() == 2);

    // North, chosen by keyboard.
    team->setFocus();
    QTest::keyClick(team, Qt::Key_Down);
    REQUIRE(QTest::qWaitFor([&] { return view.result()->filters.teamId == 1; }, 10'000));
    REQUIRE(computed(view));
    const auto north = view.result();
    const qint64 population = scalar(QStringLiteral("SELECT count(*) FROM customer_list"
                                                    " WHERE live = 1 AND owner_id IN (%1)")
                                         .arg(northOwners));
    CHECK(north->population == population);
    CHECK(north->population < everyone->population);
    // Revenue in the period: the standing orders (open, fulfilled) of those customers.
    const qint64 from = north->filters.from.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 to = north->filters.to.addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 revenue = scalar(
        QStringLiteral("SELECT coalesce(sum(o.total_minor), 0) FROM orders o"
                       " JOIN customer_list l ON l.id = o.customer_id AND l.live = 1"
                       " WHERE l.owner_id IN (%1) AND o.status IN (0, 1)"
                       " AND o.currency = '%2' AND o.ordered_at >= %3 AND o.ordered_at < %4")
            .arg(northOwners, north->currency)
            .arg(from)
            .arg(to));
    CHECK(*north->kpis[std::size_t(Kpi::Revenue)].current == double(revenue));
    CHECK(*north->kpis[std::size_t(Kpi::Revenue)].current
          < *everyone->kpis[std::size_t(Kpi::Revenue)].current);
    // Team activity: North alone, the table too.
    REQUIRE(north->activity.teams.teams == std::vector<qint64>{1});
    CHECK(rows->rowCount() == 1);
    CHECK(rows->index(0, TeamWorkTable::Team).data().toString() == QStringLiteral("North"));
    CHECK(rows->index(0, TeamWorkTable::Interactions).data(Qt::UserRole).toLongLong()
          == all.totals[0]);

    // All teams again.
    QTest::keyClick(team, Qt::Key_Up);
    REQUIRE(QTest::qWaitFor([&] { return !view.result()->filters.teamId; }, 10'000));
    REQUIRE(computed(view));
    CHECK(view.result()->population == everyone->population);
}
