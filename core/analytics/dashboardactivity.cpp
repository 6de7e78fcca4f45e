// The dashboards' team activity panel (the interactions counted per agent, channel, week and
// customer kind when the columns were loaded, and the cases, narrowed to the period, the agent
// (the owner filter) and the customer kind) and the satisfaction / value quadrant.
#include "core/analytics/dashboardpanels.h"
#include "core/analytics/satisfaction.h"

#include <QDateTime>

#include <algorithm>

namespace rapport::analytics {

ActivityPanel activityPanel(const DashboardColumns &c, const DashboardFilters &filters)
{
    const int firstWeek = weekOf(filters.from);
    const int lastWeek = weekOf(filters.to);
    std::vector<qint64> agents, channels, weeks, counts;
    for (std::size_t k = 0; k < c.activityCounts.size(); ++k) {
        if (filters.ownerId && c.activityAgents[k] != *filters.ownerId)
            continue;
        if (filters.kind && c.activityKinds[k] != *filters.kind)
            continue;
        // The counts are per agent, not per customer: a narrowed scope shows the work of the
        // users it names (a rep's own, a team's members').
        if (!inScope(filters.scope, c.activityAgents[k]))
            continue;
        agents.push_back(c.activityAgents[k]);
        channels.push_back(c.activityChannels[k]);
        weeks.push_back(c.activityWeeks[k]);
        counts.push_back(c.activityCounts[k]);
    }
    std::vector<qint64> opened, resolved;
    for (std::size_t k = 0; k < c.caseCustomers.size(); ++k) {
        if (filters.ownerId && c.caseOwners[k] != *filters.ownerId)
            continue;
        const auto customer = std::size_t(c.caseCustomers[k]);
        if (filters.kind && c.kinds[customer] != *filters.kind)
            continue;
        if (!inScope(filters.scope, c.owners[customer]))
            continue;
        opened.push_back(c.caseOpened[k]);
        resolved.push_back(c.caseResolved[k]);
    }
    ActivityPanel panel;
    panel.activity
        = teamActivity(agents, channels, weeks, counts, opened, resolved, firstWeek, lastWeek);
    panel.lastWeekRunning = weekRunning(filters.to);
    panel.firstWeekPartial = filters.from.dayOfWeek() != Qt::Monday;
    // Cases per owning agent, in the period.
    const std::vector<qint64> &team = panel.activity.agents;
    const qint64 start = weekMonday(firstWeek).startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 end = weekMonday(lastWeek + 1).startOfDay(Qt::UTC).toSecsSinceEpoch();
    panel.agentCasesOpened.assign(team.size(), 0);
    panel.agentCasesResolved.assign(team.size(), 0);
    std::vector<std::vector<double>> hours(team.size());
    for (std::size_t k = 0; k < c.caseCustomers.size(); ++k) {
        if (filters.kind && c.kinds[std::size_t(c.caseCustomers[k])] != *filters.kind)
            continue;
        if (!inScope(filters.scope, c.owners[std::size_t(c.caseCustomers[k])]))
            continue;
        const auto it = std::lower_bound(team.begin(), team.end(), qint64(c.caseOwners[k]));
        if (it == team.end() || *it != c.caseOwners[k])
            continue;
        const auto a = std::size_t(it - team.begin());
        if (c.caseOpened[k] >= start && c.caseOpened[k] < end)
            ++panel.agentCasesOpened[a];
        if (c.caseResolved[k] >= start && c.caseResolved[k] < end) {
            ++panel.agentCasesResolved[a];
            hours[a].push_back(double(std::max<qint64>(c.caseResolved[k] - c.caseOpened[k], 0))
                               / 3600.0);
        }
    }
    for (std::vector<double> &h : hours)
        panel.agentMedianHoursToResolve.push_back(median(h));
    panel.agentNames.reserve(panel.activity.agents.size());
    for (qint64 agent : panel.activity.agents)
        panel.agentNames.push_back(agent == 0 ? Dashboard::tr("No agent recorded")
                                              : c.userName(agent));
    return panel;
}

SatisfactionPanel satisfactionPanel(const DashboardColumns &c,
                                    const std::vector<quint8> &keep,
                                    const std::vector<qint64> &yearValue,
                                    const QDate &to)
{
    const qint32 last = epochDay(to);
    std::vector<qint64> ids, values;
    std::vector<quint8> scores;
    for (std::size_t k = 0; k < c.surveyCustomers.size(); ++k) {
        const auto customer = std::size_t(c.surveyCustomers[k]);
        if (!keep[customer] || c.surveyDays[k] > last)
            continue;
        // Answers are sorted by customer, then day: the last one kept is the newest.
        if (!ids.empty() && ids.back() == c.ids[customer]) {
            scores.back() = c.surveyScores[k];
            continue;
        }
        ids.push_back(c.ids[customer]);
        values.push_back(yearValue[customer]);
        scores.push_back(c.surveyScores[k]);
    }
    SatisfactionPanel panel;
    auto result = satisfactionQuadrants(ids, values, std::span<const quint8>(scores));
    if (!result) {
        panel.message = result.error().message();
        return panel;
    }
    panel.answered = result->customers;
    panel.valueFrom = DashboardFilters::lastYear(to).from;
    panel.highValueFrom = result->highValueFrom;
    panel.nps = result->nps;
    for (std::size_t q = 0; q < SatisfactionQuadrantCount; ++q) {
        panel.customers[q] = std::move(result->quadrants[q].ids);
        // Each one's score, for the drill-down (ids ascend: answers are sorted by customer).
        for (qint64 id : panel.customers[q]) {
            const auto at = std::lower_bound(ids.begin(), ids.end(), id);
            panel.scores[q].push_back(
                at != ids.end() && *at == id ? double(scores[std::size_t(at - ids.begin())]) : 0.0);
        }
        panel.value[q] = result->quadrants[q].value;
    }
    return panel;
}

} // namespace rapport::analytics
