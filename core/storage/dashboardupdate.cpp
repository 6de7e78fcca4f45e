// DashboardRepository::update(): the dashboards' columns brought up to date by reading only
// what the change notices named.
#include "core/analytics/activity.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/columnquery.h"
#include "core/storage/dashboardreaders.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace rapport {
namespace {

using namespace dashboardread;

std::vector<qint64> sorted(const QSet<qint64> &ids)
{
    std::vector<qint64> out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

// A customer whose interactions count under another kind, or no longer or again: kind -1 means
// not counted (not a live customer in the columns).
struct Recount
{
    qint64 id;
    int before, after;
};

// A live customer not in the columns (new, or back from the trash or a revert).
struct Entered
{
    qint64 id;
    qint32 owner;
    quint8 kind, stage;
};

// The customers' rows again: owner, stage and kind in place; customers that left (the trash, a
// merge, a delete) or came in (new, restored) move the others' indexes: the columns indexed by
// customer are rebuilt through an old -> new index map (`moved`, -1: left).
Status updateCustomers(const Reader &r,
                       const QSet<qint64> &changed,
                       DashboardColumns &c,
                       std::vector<Recount> &recount,
                       std::vector<qint64> &entered,
                       std::vector<qint32> &moved)
{
    const QString what = DashboardRepository::tr("Reading the customers");
    ColumnQuery q(r.db,
                  "SELECT j.value, coalesce(l.live, 0), coalesce(l.kind, 0), coalesce(l.stage, 0),"
                  " coalesce(l.owner_id, 0) FROM json_each(?1) j"
                  " LEFT JOIN customer_list l ON l.id = j.value ORDER BY j.value");
    q.bind(1, repository::jsonIds(sorted(changed)));
    std::vector<std::size_t> left;
    std::vector<Entered> in; // ascending ids
    while (q.next()) {
        const qint64 id = q.int64(0);
        const bool live = q.int64(1) == 1;
        const auto kind = quint8(q.int64(2));
        const qint64 at = c.indexOf(id);
        if (at >= 0) {
            const auto i = std::size_t(at);
            if (!live) {
                left.push_back(i);
                recount.push_back({id, c.kinds[i], -1});
                continue;
            }
            if (c.kinds[i] != kind)
                recount.push_back({id, c.kinds[i], kind});
            c.kinds[i] = kind;
            c.stages[i] = quint8(q.int64(3));
            c.owners[i] = qint32(q.int64(4));
        } else if (live) {
            in.push_back({id, qint32(q.int64(4)), kind, quint8(q.int64(3))});
            recount.push_back({id, -1, kind});
            entered.push_back(id);
        }
    }
    if (Status s = q.finish(what); !s)
        return s;
    if (left.empty() && (in.empty() || c.ids.empty() || in.front().id > c.ids.back())) {
        // New customers past the last one: added at the end, every index stays.
        for (const Entered &e : in) {
            c.ids.push_back(e.id);
            c.kinds.push_back(e.kind);
            c.stages.push_back(e.stage);
            c.owners.push_back(e.owner);
            c.orderStart.push_back(c.orderStart.back());
        }
        return Status{};
    }
    // One pass over the customers and their orders: the ones that left go with their orders,
    // the ones that came in get none yet (their orders are read with the ones named).
    for (std::size_t i : left)
        c.otherCurrencyOrders -= c.otherCurrencyByCustomer.take(c.ids[i]);
    const std::size_t n = c.ids.size() - left.size() + in.size();
    std::vector<qint64> ids;
    std::vector<qint32> owners;
    std::vector<quint8> kinds, stages;
    std::vector<quint32> start;
    ids.reserve(n);
    owners.reserve(n);
    kinds.reserve(n);
    stages.reserve(n);
    start.reserve(n + 1);
    std::vector<qint32> days;
    std::vector<qint64> amounts;
    days.reserve(c.orderDays.size());
    amounts.reserve(c.orderAmounts.size());
    moved.assign(c.ids.size(), -1);
    auto gone = left.begin();
    auto next = in.begin();
    for (std::size_t i = 0; i <= c.ids.size(); ++i) {
        for (; next != in.end() && (i == c.ids.size() || next->id < c.ids[i]); ++next) {
            ids.push_back(next->id);
            owners.push_back(next->owner);
            kinds.push_back(next->kind);
            stages.push_back(next->stage);
            start.push_back(quint32(days.size()));
        }
        if (i == c.ids.size())
            break;
        if (gone != left.end() && *gone == i) {
            ++gone;
            continue;
        }
        moved[i] = qint32(ids.size());
        ids.push_back(c.ids[i]);
        owners.push_back(c.owners[i]);
        kinds.push_back(c.kinds[i]);
        stages.push_back(c.stages[i]);
        start.push_back(quint32(days.size()));
        days.insert(days.end(),
                    c.orderDays.begin() + c.orderStart[i],
                    c.orderDays.begin() + c.orderStart[i + 1]);
        amounts.insert(amounts.end(),
                       c.orderAmounts.begin() + c.orderStart[i],
                       c.orderAmounts.begin() + c.orderStart[i + 1]);
    }
    start.push_back(quint32(days.size()));
    c.ids = std::move(ids);
    c.owners = std::move(owners);
    c.kinds = std::move(kinds);
    c.stages = std::move(stages);
    c.orderStart = std::move(start);
    c.orderDays = std::move(days);
    c.orderAmounts = std::move(amounts);
    return Status{};
}

// The cases and survey answers of the customers that stay, at their new indexes (`moved`: old
// index -> new, -1 gone). Removing rows and renumbering in order keeps both columns' order (cases
// in rowid order, answers by customer then day), so this equals a whole read when no customer
// came in.
void remapCustomers(const std::vector<qint32> &moved, DashboardColumns &c, bool cases, bool surveys)
{
    const auto keep = [&moved](auto &customers, auto &&...others) {
        std::size_t out = 0;
        for (std::size_t k = 0; k < customers.size(); ++k) {
            const qint32 to = moved[std::size_t(customers[k])];
            if (to < 0)
                continue;
            customers[out] = to;
            ((others[out] = others[k]), ...);
            ++out;
        }
        customers.resize(out);
        (others.resize(out), ...);
    };
    if (cases)
        keep(c.caseCustomers, c.caseKinds, c.caseOwners, c.caseOpened, c.caseResolved);
    if (surveys)
        keep(c.surveyCustomers, c.surveyDays, c.surveyScores);
}

// The standing orders of `customers` again, spliced into the CSR columns in one pass.
Status updateOrders(const Reader &r, const QSet<qint64> &customers, DashboardColumns &c)
{
    const QString what = DashboardRepository::tr("Reading the orders");
    const std::vector<qint64> ids = sorted(customers);
    std::map<qint64, std::vector<std::pair<qint32, qint64>>> fresh; // customer index -> orders
    for (qint64 id : ids) {
        c.otherCurrencyOrders -= c.otherCurrencyByCustomer.take(id);
        if (const qint64 at = c.indexOf(id); at >= 0)
            fresh[at];
    }
    // In rowid order within each customer, as the whole read meets them.
    ColumnQuery q(r.db,
                  "SELECT customer_id, ordered_at, total_minor, currency = ?1 FROM orders"
                  " WHERE customer_id IN (SELECT value FROM json_each(?2)) AND status IN (0, 1)"
                  " ORDER BY customer_id, id");
    q.bind(1, c.currency);
    q.bind(2, repository::jsonIds(ids));
    while (q.next()) {
        const qint64 at = c.indexOf(q.int64(0));
        if (at < 0)
            continue;
        if (q.int64(3) == 0) {
            ++c.otherCurrencyOrders;
            ++c.otherCurrencyByCustomer[q.int64(0)];
            continue;
        }
        fresh[at].emplace_back(dayOf(q.int64(1)), q.int64(2));
    }
    if (Status s = q.finish(what); !s)
        return s;
    std::vector<quint32> start;
    std::vector<qint32> days;
    std::vector<qint64> amounts;
    start.reserve(c.orderStart.size());
    days.reserve(c.orderDays.size() + 64);
    amounts.reserve(c.orderAmounts.size() + 64);
    auto next = fresh.begin();
    for (std::size_t i = 0; i < c.ids.size(); ++i) {
        start.push_back(quint32(days.size()));
        if (next != fresh.end() && next->first == qint64(i)) {
            auto &orders = next->second;
            std::stable_sort(orders.begin(), orders.end(), [](const auto &a, const auto &b) {
                return a.first < b.first;
            });
            for (const auto &[day, amount] : orders) {
                days.push_back(day);
                amounts.push_back(amount);
            }
            ++next;
        } else {
            days.insert(days.end(),
                        c.orderDays.begin() + c.orderStart[i],
                        c.orderDays.begin() + c.orderStart[i + 1]);
            amounts.insert(amounts.end(),
                           c.orderAmounts.begin() + c.orderStart[i],
                           c.orderAmounts.begin() + c.orderStart[i + 1]);
        }
    }
    start.push_back(quint32(days.size()));
    c.orderStart = std::move(start);
    c.orderDays = std::move(days);
    c.orderAmounts = std::move(amounts);
    return Status{};
}

constexpr quint64 MaxDenseAgent = (quint64(16) << 20) / 16; // WeekCounter's dense groups

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

} // namespace

using namespace dashboardread;

void DashboardChanges::merge(const DashboardChanges &other)
{
    everything = everything || other.everything;
    customers.unite(other.customers);
    orderCustomers.unite(other.orderCustomers);
    allOrders = allOrders || other.allOrders;
    newInteractions = newInteractions || other.newInteractions;
    allInteractions = allInteractions || other.allInteractions;
    for (auto it = other.interactions.cbegin(); it != other.interactions.cend(); ++it) {
        if (!interactions.contains(it.key())) // as it was before the first change
            interactions.insert(it.key(), it.value());
    }
    cases = cases || other.cases;
    surveys = surveys || other.surveys;
    users = users || other.users;
}

Result<bool> DashboardRepository::update(DashboardColumns &c,
                                         const DashboardChanges &changes,
                                         const CancelFlag *cancel,
                                         DashboardUpdate *done) const
{
    if (changes.everything)
        return false;
    if (changes.allOrders || !changes.orderCustomers.isEmpty() || !changes.customers.isEmpty()) {
        // Without a currency setting the newest order's counts: one in another currency moves
        // every figure.
        Result<QString> currency = AnalyticsRepository(m_db).defaultCurrency();
        if (!currency)
            return currency.error();
        if (*currency != c.currency)
            return false;
    }
    const Progress none;
    const Reader r{m_db, none, cancel};
    bool allInteractions = changes.allInteractions;
    bool cases = changes.cases, surveys = changes.surveys;
    QSet<qint64> orderCustomers = changes.orderCustomers;
    std::vector<qint64> entered;
    std::vector<Recount> recount;
    std::vector<qint32> moved; // old index -> new, when customers left or came in the middle
    if (!changes.customers.isEmpty()) {
        if (Status s = updateCustomers(r, changes.customers, c, recount, entered, moved); !s)
            return s.error();
        if (!entered.empty()) {
            // A customer new or back may come with orders, cases and answers (and the cases'
            // and answers' order is the table's, which only a read gives).
            cases = surveys = true;
            for (qint64 id : entered)
                orderCustomers.insert(id);
        }
        if (!moved.empty()) {
            remapCustomers(moved, c, !cases, !surveys);
            if (done)
                done->customersMoved = true;
        }
    }
    if (r.stopped())
        return cancelled();
    if (changes.allOrders) {
        c.orderStart.clear();
        c.orderDays.clear();
        c.orderAmounts.clear();
        c.otherCurrencyOrders = 0;
        c.otherCurrencyByCustomer.clear();
        if (Status s = readOrders(r, CustomerIndex(c.ids), c); !s)
            return s.error();
    } else if (!orderCustomers.isEmpty()) {
        if (Status s = updateOrders(r, orderCustomers, c); !s)
            return s.error();
    }
    if (cases || surveys) {
        const CustomerIndex index(c.ids);
        if (cases) {
            c.caseCustomers.clear();
            c.caseKinds.clear();
            c.caseOwners.clear();
            c.caseOpened.clear();
            c.caseResolved.clear();
            if (Status s = readCases(r, index, c); !s)
                return s.error();
        }
        if (surveys) {
            c.surveyCustomers.clear();
            c.surveyDays.clear();
            c.surveyScores.clear();
            if (Status s = readSurveys(r, index, c); !s)
                return s.error();
        }
    }
    if (!allInteractions) {
        // The interactions already counted of the customers that left, came in or changed
        // kind, and the ones changed or removed, before the new ones are counted under the
        // customers' kinds now.
        Result<bool> precise = recountInteractions(r, recount, changes.interactions, c);
        if (!precise)
            return precise.error();
        allInteractions = !*precise;
    }
    if (!allInteractions && (changes.newInteractions || !entered.empty())) {
        Result<bool> precise = countNewInteractions(r, c);
        if (!precise)
            return precise.error();
        allInteractions = !*precise;
    }
    if (allInteractions) {
        if (done)
            done->interactionsRead = true;
        clearActivity(c);
        if (Status s = readActivity(r, CustomerIndex(c.ids), c); !s)
            return s.error();
    }
    if (changes.users) {
        c.userIds.clear();
        c.userNames.clear();
        if (Status s = readUsers(r, c); !s)
            return s.error();
    }
    return true;
}

} // namespace rapport
