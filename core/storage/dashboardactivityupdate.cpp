// The team activity columns brought up to date from the interactions that changed
// (dashboardactivityupdate.h).
#include "core/storage/dashboardactivityupdate.h"

#include "core/analytics/activity.h"
#include "core/storage/columnquery.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace rapport::dashboardread {
namespace {

constexpr quint64 MaxDenseAgent = (quint64(16) << 20) / 16; // WeekCounter's dense groups

} // namespace

// Counts the interactions added since the columns were read (id > activityMaxId) into them, in
// the order readActivity() leaves them ((agent, kind, channel) group, then week). False when one
// falls outside that order (an agent id past a million).
Result<bool> countNewInteractions(const Reader &r, DashboardColumns &c)
{
    const QString what = DashboardRepository::tr("Counting the interactions");
    const auto groupOf = [&c](std::size_t k) {
        return (quint64(c.activityAgents[k]) * 2 + c.activityKinds[k]) * 8 + c.activityChannels[k];
    };
    if (!c.activityAgents.empty() && quint64(c.activityAgents.back()) >= MaxDenseAgent)
        return false;
    ColumnQuery q(r.db,
                  "SELECT customer_id, coalesce(agent_id, 0), channel, occurred_at, id"
                  " FROM interactions WHERE id > ?1 ORDER BY id");
    q.bind(1, c.activityMaxId);
    bool precise = true;
    while (q.next()) {
        c.activityMaxId = std::max(c.activityMaxId, q.int64(4));
        const qint64 customer = c.indexOf(q.int64(0));
        const qint64 seconds = q.int64(3);
        const qint64 agent = q.int64(1);
        if (customer < 0 || seconds < 0 || agent < 0)
            continue;
        if (quint64(agent) >= MaxDenseAgent) {
            precise = false;
            continue;
        }
        const quint64 kind = c.kinds[std::size_t(customer)] & 1u;
        const quint64 channel = quint64(q.int64(2)) & 7u;
        const quint64 group = (quint64(agent) * 2 + kind) * 8 + channel;
        const qint32 week = qint32(analytics::weekOfUnixSeconds(seconds));
        std::size_t lo = 0, hi = c.activityCounts.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            const quint64 g = groupOf(mid);
            if (g < group || (g == group && c.activityWeeks[mid] < week))
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < c.activityCounts.size() && groupOf(lo) == group && c.activityWeeks[lo] == week) {
            ++c.activityCounts[lo];
            continue;
        }
        const auto at = std::ptrdiff_t(lo);
        c.activityAgents.insert(c.activityAgents.begin() + at, qint32(agent));
        c.activityKinds.insert(c.activityKinds.begin() + at, quint8(kind));
        c.activityChannels.insert(c.activityChannels.begin() + at, quint8(channel));
        c.activityWeeks.insert(c.activityWeeks.begin() + at, week);
        c.activityCounts.insert(c.activityCounts.begin() + at, 1);
    }
    if (Status s = q.finish(what); !s)
        return s.error();
    return precise;
}

// The interactions counted so far (id <= activityMaxId) that count differently now: those of
// the customers that left, came in or changed kind, and those changed or removed since
// (`touched`, with what they were). Each is taken off as it was counted (its customer's kind
// then) and counted as it is now, in the order and form readActivity() leaves (no row of count
// 0): indexed reads of those customers' and those interactions' rows instead of all of them.
// False (nothing changed) when the counts cannot be adjusted exactly: agents past the dense
// range, a removed interaction whose history lacks a value, a count that would fall below zero.
Result<bool> recountInteractions(const Reader &r,
                                 const std::vector<Recount> &recount,
                                 const QHash<qint64, InteractionBefore> &touched,
                                 DashboardColumns &c)
{
    QHash<qint64, int> before; // customer id -> kind counted under before, -1: not counted
    std::vector<qint64> customers;
    for (const Recount &k : recount) {
        before.insert(k.id, k.before);
        if (k.before < 0 || k.after < 0 || (k.before & 1) != (k.after & 1))
            customers.push_back(k.id);
    }
    std::vector<qint64> ids; // the touched ones that were counted
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        if (it.key() <= c.activityMaxId)
            ids.push_back(it.key());
    }
    if (customers.empty() && ids.empty())
        return true;
    if (!c.activityAgents.empty() && quint64(c.activityAgents.back()) >= MaxDenseAgent)
        return false;
    std::sort(customers.begin(), customers.end());
    std::sort(ids.begin(), ids.end());
    // The kind a customer's interactions were counted under, and are now; -1: not counted.
    const auto kindBefore = [&](qint64 customer) {
        if (const auto it = before.constFind(customer); it != before.cend())
            return *it;
        const qint64 at = c.indexOf(customer);
        return at >= 0 ? int(c.kinds[std::size_t(at)]) : -1;
    };
    const auto kindNow = [&](qint64 customer) {
        const qint64 at = c.indexOf(customer);
        return at >= 0 ? int(c.kinds[std::size_t(at)]) : -1;
    };
    std::map<std::pair<quint64, qint32>, qint64> delta; // (group, week) -> count
    bool precise = true;
    const auto tally = [&](int kind, qint64 agent, qint64 channel, qint64 seconds, int by) {
        if (kind < 0 || seconds < 0 || agent < 0)
            return;
        if (quint64(agent) >= MaxDenseAgent) {
            precise = false;
            return;
        }
        const quint64 group = (quint64(agent) * 2 + (quint64(kind) & 1u)) * 8
                              + (quint64(channel) & 7u);
        delta[{group, qint32(analytics::weekOfUnixSeconds(seconds))}] += by;
    };
    const QString what = DashboardRepository::tr("Counting the interactions");
    QSet<qint64> found;
    {
        ColumnQuery q(r.db,
                      "SELECT id, customer_id, coalesce(agent_id, 0), channel, occurred_at"
                      " FROM interactions WHERE id IN (SELECT value FROM json_each(?1))");
        q.bind(1, repository::jsonIds(ids));
        while (q.next()) {
            const InteractionBefore &was = touched[q.int64(0)];
            found.insert(q.int64(0));
            const qint64 customer = was.customer.value_or(q.int64(1));
            tally(kindBefore(customer),
                  was.agent.value_or(q.int64(2)),
                  was.channel.value_or(q.int64(3)),
                  was.seconds.value_or(q.int64(4)),
                  -1);
            tally(kindNow(q.int64(1)), q.int64(2), q.int64(3), q.int64(4), 1);
        }
        if (Status s = q.finish(what); !s)
            return s.error();
    }
    for (qint64 id : ids) {
        if (found.contains(id))
            continue;
        // Removed: its entries hold every value it had.
        const InteractionBefore &was = touched[id];
        if (!was.customer || !was.agent || !was.channel || !was.seconds)
            return false;
        tally(kindBefore(*was.customer), *was.agent, *was.channel, *was.seconds, -1);
    }
    if (!customers.empty()) {
        ColumnQuery q(r.db,
                      "SELECT id, customer_id, coalesce(agent_id, 0), channel, occurred_at"
                      " FROM interactions WHERE customer_id IN (SELECT value FROM json_each(?1))"
                      " AND id <= ?2");
        q.bind(1, repository::jsonIds(customers));
        q.bind(2, c.activityMaxId);
        while (q.next()) {
            if (touched.contains(q.int64(0)))
                continue; // counted above
            const qint64 customer = q.int64(1);
            tally(kindBefore(customer), q.int64(2), q.int64(3), q.int64(4), -1);
            tally(kindNow(customer), q.int64(2), q.int64(3), q.int64(4), 1);
        }
        if (Status s = q.finish(what); !s)
            return s.error();
    }
    if (!precise)
        return false;
    if (!ids.empty()) {
        // The newest counted may be gone: the highest id left is the one a whole read meets,
        // and the next interaction made takes the id after it.
        ColumnQuery q(r.db, "SELECT coalesce(max(id), 0) FROM interactions WHERE id <= ?1");
        q.bind(1, c.activityMaxId);
        const qint64 highest = q.next() ? q.int64(0) : c.activityMaxId;
        if (Status s = q.finish(what); !s)
            return s.error();
        c.activityMaxId = highest;
    }
    // Both in (group, week) order: one merge.
    DashboardColumns out;
    const std::size_t n = c.activityCounts.size() + delta.size();
    out.activityAgents.reserve(n);
    out.activityKinds.reserve(n);
    out.activityChannels.reserve(n);
    out.activityWeeks.reserve(n);
    out.activityCounts.reserve(n);
    const auto push = [&out](quint64 group, qint32 week, qint64 count) {
        out.activityAgents.push_back(qint32(group >> 4));
        out.activityKinds.push_back(quint8((group >> 3) & 1u));
        out.activityChannels.push_back(quint8(group & 7u));
        out.activityWeeks.push_back(week);
        out.activityCounts.push_back(count);
    };
    auto d = delta.cbegin();
    for (std::size_t k = 0; k <= c.activityCounts.size(); ++k) {
        const bool last = k == c.activityCounts.size();
        const std::pair<quint64, qint32> here
            = last ? std::pair<quint64, qint32>{}
                   : std::pair<quint64, qint32>{(quint64(c.activityAgents[k]) * 2
                                                 + c.activityKinds[k])
                                                        * 8
                                                    + c.activityChannels[k],
                                                c.activityWeeks[k]};
        for (; d != delta.cend() && (last || d->first < here); ++d) {
            if (d->second < 0)
                return false;
            if (d->second > 0)
                push(d->first.first, d->first.second, d->second);
        }
        if (last)
            break;
        qint64 count = c.activityCounts[k];
        if (d != delta.cend() && d->first == here)
            count += (d++)->second;
        if (count < 0)
            return false;
        if (count > 0)
            push(here.first, here.second, count);
    }
    c.activityAgents = std::move(out.activityAgents);
    c.activityKinds = std::move(out.activityKinds);
    c.activityChannels = std::move(out.activityChannels);
    c.activityWeeks = std::move(out.activityWeeks);
    c.activityCounts = std::move(out.activityCounts);
    return true;
}

void clearActivity(DashboardColumns &c)
{
    c.activityAgents.clear();
    c.activityChannels.clear();
    c.activityWeeks.clear();
    c.activityKinds.clear();
    c.activityCounts.clear();
    c.activityMaxId = 0;
}

} // namespace rapport::dashboardread
