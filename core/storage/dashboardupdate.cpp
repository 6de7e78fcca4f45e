// DashboardRepository::update(): the dashboards' columns brought up to date by reading only
// what the change notices named.
#include "core/storage/analyticsrepository.h"
#include "core/storage/columnquery.h"
#include "core/storage/dashboardactivityupdate.h"
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

// A live customer not in the columns (new, or back from the trash or a revert).
struct Entered
{
    qint64 id;
    qint32 owner;
    quint8 kind, stage;
};

// Customer i's orders in the columns as they are, added to new CSR columns being built.
void appendOrders(const DashboardColumns &c,
                  std::size_t i,
                  std::vector<qint32> &days,
                  std::vector<qint64> &amounts)
{
    days.insert(days.end(),
                c.orderDays.begin() + c.orderStart[i],
                c.orderDays.begin() + c.orderStart[i + 1]);
    amounts.insert(amounts.end(),
                   c.orderAmounts.begin() + c.orderStart[i],
                   c.orderAmounts.begin() + c.orderStart[i + 1]);
}

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
        appendOrders(c, i, days, amounts);
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
            appendOrders(c, i, days, amounts);
        }
    }
    start.push_back(quint32(days.size()));
    c.orderStart = std::move(start);
    c.orderDays = std::move(days);
    c.orderAmounts = std::move(amounts);
    return Status{};
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
