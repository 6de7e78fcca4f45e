#include "core/analytics/teamactivity.h"

#include "core/analytics/dashboard.h"
#include "core/analytics/dashboardpanels.h"

#include <algorithm>

namespace rapport::analytics {

CustomerScope teamScope(const DashboardColumns &c,
                        const CustomerScope &scope,
                        std::optional<qint64> teamId)
{
    if (!teamId)
        return scope;
    const qint64 t = c.teamIndexOf(*teamId);
    if (t < 0)
        return CustomerScope::nothing();
    const std::span<const qint64> members = c.membersOf(std::size_t(t));
    return scope.intersected(CustomerScope::ownedBy(QList<qint64>(members.begin(), members.end())));
}

int monthOfWeek(int week)
{
    const QDate thursday = weekMonday(week).addDays(3);
    return thursday.year() * 12 + thursday.month() - 1;
}

TeamWork teamWork(const DashboardColumns &c, const DashboardFilters &filters)
{
    TeamWork w;
    w.firstWeek = weekOf(filters.from);
    w.lastWeek = weekOf(filters.to);
    const auto weeks = std::size_t(w.weeks());
    std::vector<std::size_t> monthOf(weeks); // the index in w.months of each week's month
    for (int week = w.firstWeek; week <= w.lastWeek; ++week) {
        const int month = monthOfWeek(week);
        if (w.months.empty() || w.months.back() != month)
            w.months.push_back(month);
        monthOf[std::size_t(week - w.firstWeek)] = w.months.size() - 1;
    }
    // Each team's members, and for each user the teams they are in (a few at most).
    std::vector<std::pair<qint64, std::size_t>> memberOf; // (user, team), sorted by user
    for (std::size_t t = 0; t < c.teamIds.size(); ++t) {
        if (filters.teamId && c.teamIds[t] != *filters.teamId)
            continue;
        const std::span<const qint64> members = c.membersOf(t);
        // A team none of whose members the reader may see is not shown (not as a row of zeros).
        if (!filters.scope.isEverything()
            && std::none_of(members.begin(), members.end(), [&](qint64 user) {
                   return inScope(filters.scope, user);
               }))
            continue;
        w.teams.push_back(c.teamIds[t]);
        w.names.push_back(c.teamNames[t]);
        w.members.push_back(qint64(members.size()));
        for (qint64 user : members)
            memberOf.emplace_back(user, w.teams.size() - 1);
    }
    std::sort(memberOf.begin(), memberOf.end());
    w.weekly.assign(w.teams.size() * weeks, 0);
    w.monthly.assign(w.teams.size() * w.months.size(), 0);
    w.totals.assign(w.teams.size(), 0);
    for (std::size_t k = 0; k < c.activityCounts.size(); ++k) {
        const int week = c.activityWeeks[k];
        const qint64 agent = c.activityAgents[k];
        if (week < w.firstWeek || week > w.lastWeek || agent == 0)
            continue;
        if (filters.ownerId && agent != *filters.ownerId)
            continue;
        if (filters.kind && c.activityKinds[k] != *filters.kind)
            continue;
        // Like the activity panel: a narrowed scope shows the work of the users it names.
        if (!inScope(filters.scope, agent))
            continue;
        auto it = std::lower_bound(memberOf.begin(),
                                   memberOf.end(),
                                   std::pair<qint64, std::size_t>(agent, 0));
        const std::size_t month = monthOf[std::size_t(week - w.firstWeek)];
        for (; it != memberOf.end() && it->first == agent; ++it) {
            const std::size_t t = it->second;
            w.weekly[t * weeks + std::size_t(week - w.firstWeek)] += c.activityCounts[k];
            w.monthly[t * w.months.size() + month] += c.activityCounts[k];
            w.totals[t] += c.activityCounts[k];
        }
    }
    return w;
}

} // namespace rapport::analytics
