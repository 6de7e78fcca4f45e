#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <span>
#include <vector>

namespace rapport::analytics {

// Everything the manager dashboards compute from, held in memory as column vectors so that a
// change of filters recomputes every panel without going back to the database (pulling the
// columns is most of the cost: PERFORMANCE.md). DashboardRepository fills it in a few queries on
// a worker connection; the dashboard functions only read it, from any thread.
//
// Customers are addressed by their index in `ids` (ascending ids; live customers only).
struct DashboardColumns
{
    QString currency; // the currency money is counted in; orders in others are left out
    qint64 otherCurrencyOrders = 0;
    // The customers with standing orders in other currencies, with how many (so that one
    // customer's orders can be read again: DashboardRepository::update()).
    QHash<qint64, qint64> otherCurrencyByCustomer;

    // Customers.
    std::vector<qint64> ids;    // ascending
    std::vector<qint32> owners; // users.id, 0: nobody
    std::vector<quint8> kinds;  // CustomerKind
    std::vector<quint8> stages; // LifecycleStage

    // Orders that stand (open or fulfilled) in `currency`, refunds (negative totals) included,
    // grouped by customer in CSR form: customer i's orders are [orderStart[i], orderStart[i + 1])
    // in ascending day.
    std::vector<quint32> orderStart;  // ids.size() + 1 entries
    std::vector<qint32> orderDays;    // days since 1970-01-01 (UTC)
    std::vector<qint64> orderAmounts; // minor units

    // Cases (complaints and service requests) of those customers.
    std::vector<qint32> caseCustomers; // customer index
    std::vector<quint8> caseKinds;     // CaseKind: 0 complaint, 1 service request
    std::vector<qint32> caseOwners;    // users.id, 0: nobody
    std::vector<qint64> caseOpened;    // Unix seconds
    std::vector<qint64> caseResolved;  // Unix seconds, 0: not resolved

    // Interactions counted per (agent, channel, week, customer kind): the team activity panel.
    std::vector<qint32> activityAgents; // users.id, 0: nobody recorded
    std::vector<quint8> activityChannels;
    std::vector<qint32> activityWeeks; // analytics::weekOfUnixSeconds()
    std::vector<quint8> activityKinds; // the customer's kind
    std::vector<qint64> activityCounts;
    // The highest interaction id counted: the ones added later are counted on top of these.
    // The counts are in (agent, kind, channel, week) order, as DashboardRepository reads them.
    qint64 activityMaxId = 0;

    // Survey answers (0..10), sorted by customer, then day.
    std::vector<qint32> surveyCustomers; // customer index
    std::vector<qint32> surveyDays;      // days since 1970-01-01
    std::vector<quint8> surveyScores;

    // The team, for names.
    std::vector<qint64> userIds; // ascending
    std::vector<QString> userNames;

    // The teams (by name), for the team filter and team activity: team t's members are
    // teamMembers[teamMemberStart[t], teamMemberStart[t + 1]), ascending user ids.
    std::vector<qint64> teamIds;
    std::vector<QString> teamNames;
    std::vector<quint32> teamMemberStart{0}; // teamIds.size() + 1 entries
    std::vector<qint64> teamMembers;

    std::size_t customers() const { return ids.size(); }
    std::span<const qint32> ordersOf(std::size_t customer) const
    {
        return {orderDays.data() + orderStart[customer],
                orderDays.data() + orderStart[customer + 1]};
    }
    // The index of a customer id; -1 when it is not there.
    qint64 indexOf(qint64 id) const
    {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? it - ids.begin() : -1;
    }
    QString userName(qint64 id) const
    {
        const auto it = std::lower_bound(userIds.begin(), userIds.end(), id);
        return it != userIds.end() && *it == id ? userNames[std::size_t(it - userIds.begin())]
                                                : QString();
    }
    // The index of a team id; -1 when it is not there (deleted since).
    qint64 teamIndexOf(qint64 id) const
    {
        const auto it = std::find(teamIds.begin(), teamIds.end(), id);
        return it != teamIds.end() ? it - teamIds.begin() : -1;
    }
    std::span<const qint64> membersOf(std::size_t team) const
    {
        return {teamMembers.data() + teamMemberStart[team],
                teamMembers.data() + teamMemberStart[team + 1]};
    }
    // Memory held, for the benchmarks and the status line.
    std::size_t bytes() const;
};

} // namespace rapport::analytics
