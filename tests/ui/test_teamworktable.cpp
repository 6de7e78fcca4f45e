// Team activity by team as a table: a year of months beside the team's name must not squeeze
// the name (the user trial of issue 13 saw "S…" under a header cut to "Tear").
#include "core/analytics/teamactivity.h"
#include "ui/dashboards/teamworktable.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("Team activity by team keeps the team's name whole beside twelve months",
          "[ui][teamactivity]")
{
    analytics::TeamWork w;
    w.teams = {1, 2};
    w.names = {QStringLiteral("North Sales"), QStringLiteral("Service Desk South")};
    w.members = {4, 5};
    w.firstWeek = 2900;
    w.lastWeek = 2952;
    w.weekly.assign(std::size_t(2 * w.weeks()), 60);
    for (int m = 0; m < 13; ++m)
        w.months.push_back(2025 * 12 + 11 + m); // Dec 2025 to Dec 2026
    w.monthly.assign(2 * w.months.size(), 250);
    w.totals = {3238, 3100};

    TeamWorkTable table;
    table.setWork(w);
    table.resize(1200, 200); // the dashboards' panel at 1600 pixels
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    const QFontMetrics metrics = table.fontMetrics();
    const int team = TeamWorkTable::Team;
    CHECK(table.columnWidth(team) > metrics.horizontalAdvance(w.names[1]));
    CHECK(table.columnWidth(team) > metrics.horizontalAdvance(QStringLiteral("Team")));
    CHECK(table.teamModel()->index(1, team).data().toString() == w.names[1]);
}
