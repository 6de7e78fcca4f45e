// DashboardRepository::update(): the dashboards' columns brought up to date by reading only
// what the change notices named.
#include "core/analytics/activity.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/columnquery.h"
#include "core/storage/dashboardreaders.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"

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

// The customers' rows again: owner and stage in place; a kind changed means counting the
// interactions again; a new live customer past the last one is added (`added`). False when a
// customer left or came back in the middle (their index moves: a whole load).
Result<bool> updateCustomers(const Reader &r,
                             const QSet<qint64> &changed,
                             DashboardColumns &c,
                             bool &kindsChanged,
                             std::vector<qint64> &added)
{
    const QString what = DashboardRepository::tr("Reading the customers");
    ColumnQuery q(r.db,
                  "SELECT j.value, coalesce(l.live, 0), coalesce(l.kind, 0), coalesce(l.stage, 0),"
                  " coalesce(l.owner_id, 0) FROM json_each(?1) j"
                  " LEFT JOIN customer_list l ON l.id = j.value ORDER BY j.value");
    q.bind(1, repository::jsonIds(sorted(changed)));
    bool precise = true;
    while (q.next()) {
        const qint64 id = q.int64(0);
        const bool live = q.int64(1) == 1;
        const qint64 at = c.indexOf(id);
        if (at >= 0) {
            if (!live) {
                precise = false;
                continue;
            }
            const auto i = std::size_t(at);
            kindsChanged = kindsChanged || c.kinds[i] != quint8(q.int64(2));
            c.kinds[i] = quint8(q.int64(2));
            c.stages[i] = quint8(q.int64(3));
            c.owners[i] = qint32(q.int64(4));
        } else if (live) {
            if (!c.ids.empty() && id < c.ids.back()) {
                precise = false;
                continue;
            }
            c.ids.push_back(id);
            c.kinds.push_back(quint8(q.int64(2)));
            c.stages.push_back(quint8(q.int64(3)));
            c.owners.push_back(qint32(q.int64(4)));
            c.orderStart.push_back(c.orderStart.back());
            added.push_back(id);
        }
    }
    if (Status s = q.finish(what); !s)
        return s.error();
    return precise;
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
    cases = cases || other.cases;
    surveys = surveys || other.surveys;
    users = users || other.users;
}

Result<bool> DashboardRepository::update(DashboardColumns &c,
                                         const DashboardChanges &changes,
                                         const CancelFlag *cancel) const
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
    std::vector<qint64> added;
    if (!changes.customers.isEmpty()) {
        Result<bool> precise = updateCustomers(r, changes.customers, c, allInteractions, added);
        if (!precise)
            return precise.error();
        if (!*precise)
            return false;
        if (!added.empty()) {
            // A new customer may come with orders, cases and answers written in the same go.
            cases = surveys = true;
            for (qint64 id : added)
                orderCustomers.insert(id);
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
    if (!allInteractions && (changes.newInteractions || !added.empty())) {
        Result<bool> precise = countNewInteractions(r, c);
        if (!precise)
            return precise.error();
        allInteractions = !*precise;
    }
    if (allInteractions) {
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
