#pragma once

#include "core/analytics/dashboardcolumns.h"
#include "core/domain/permission.h"

#include <QString>

#include <optional>
#include <vector>

namespace rapport::analytics {

struct DashboardFilters;

// The customers (and, in team activity, the work) the dashboards look at once a team is chosen:
// the reader's scope narrowed to the owners who are the team's members. The scope itself when
// no team is chosen; nothing when the team is gone (deleted since it was chosen).
CustomerScope teamScope(const DashboardColumns &columns,
                        const CustomerScope &scope,
                        std::optional<qint64> teamId);

// Team activity by team: the interactions the members of each team logged, per week and per
// month of the period. A user in two teams counts in both; work nobody recorded counts in none.
// Weeks are the activity panel's (Monday to Sunday, UTC, every week the period touches); a
// week counts in the month its Thursday falls in (as ISO 8601 numbers weeks), so that the
// months add up to the weeks exactly.
struct TeamWork
{
    std::vector<qint64> teams; // ids, by name (DashboardColumns' order)
    std::vector<QString> names;
    std::vector<qint64> members; // how many each team has
    int firstWeek = 0;
    int lastWeek = 0;
    std::vector<qint64> weekly; // weekly[team * weeks() + week - firstWeek]
    // The months the weeks fall in, as year * 12 + month - 1, ascending.
    std::vector<int> months;
    std::vector<qint64> monthly; // monthly[team * months.size() + month]
    std::vector<qint64> totals;  // per team

    int weeks() const { return lastWeek - firstWeek + 1; }
    qint64 week(std::size_t team, int week) const
    {
        return weekly[team * std::size_t(weeks()) + std::size_t(week - firstWeek)];
    }
    qint64 month(std::size_t team, std::size_t month) const
    {
        return monthly[team * months.size() + month];
    }
};

// The month (year * 12 + month - 1) a week counts in: its Thursday's.
int monthOfWeek(int week);

// Team activity by team for the filters: their period, customer kind, agent (the owner
// filter: only that member's work), team (only that team) and scope (only the work of the
// users it names).
TeamWork teamWork(const DashboardColumns &columns, const DashboardFilters &filters);

} // namespace rapport::analytics
