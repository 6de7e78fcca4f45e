#include "core/storage/dashboardrepository.h"

#include "core/analytics/activity.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/columnquery.h"
#include "core/storage/dashboardreaders.h"
#include "core/storage/database.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

namespace rapport {
namespace dashboardread {
namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr int Reported = 1 << 16; // rows between progress reports and cancel checks

} // namespace

Error cancelled()
{
    return Error(Error::Kind::Cancelled, DashboardRepository::tr("Loading the dashboards stopped."));
}

// Days since 1970-01-01 of Unix seconds, rounding down for times before 1970.
qint32 dayOf(qint64 seconds)
{
    return qint32(seconds >= 0 ? seconds / SecondsPerDay
                               : -((-seconds + SecondsPerDay - 1) / SecondsPerDay));
}

Status readCustomers(const Reader &r, DashboardColumns &c)
{
    const QString what = DashboardRepository::tr("Reading the customers");
    r.report(0, what);
    ColumnQuery q(r.db,
                  "SELECT id, kind, stage, coalesce(owner_id, 0) FROM customer_list"
                  " WHERE live = 1 ORDER BY id");
    for (qint64 n = 0; q.next(); ++n) {
        c.ids.push_back(q.int64(0));
        c.kinds.push_back(quint8(q.int64(1)));
        c.stages.push_back(quint8(q.int64(2)));
        c.owners.push_back(qint32(q.int64(3)));
        if (n % Reported == 0 && r.stopped())
            return cancelled();
    }
    return q.finish(what);
}

Status readOrders(const Reader &r, const CustomerIndex &index, DashboardColumns &c)
{
    const QString what = DashboardRepository::tr("Reading the orders");
    const qint64 total = r.rows("SELECT max(rowid) FROM orders");
    ColumnQuery q(r.db,
                  "SELECT customer_id, ordered_at, total_minor, currency = ?1 FROM orders"
                  " WHERE status IN (0, 1)");
    q.bind(1, c.currency);
    std::vector<qint32> who;
    std::vector<qint32> days;
    std::vector<qint64> amounts;
    for (qint64 n = 0; q.next(); ++n) {
        if (n % Reported == 0) {
            if (r.stopped())
                return cancelled();
            r.step(n, total, 10, 55, what);
        }
        const qint32 customer = index(q.int64(0));
        if (customer < 0)
            continue;
        if (q.int64(3) == 0) {
            ++c.otherCurrencyOrders;
            ++c.otherCurrencyByCustomer[q.int64(0)];
            continue;
        }
        who.push_back(customer);
        days.push_back(dayOf(q.int64(1)));
        amounts.push_back(q.int64(2));
    }
    if (Status s = q.finish(what); !s)
        return s;

    // Counting sort by customer, then each customer's orders by day.
    c.orderStart.assign(c.ids.size() + 1, 0);
    for (qint32 w : who)
        ++c.orderStart[std::size_t(w) + 1];
    std::partial_sum(c.orderStart.begin(), c.orderStart.end(), c.orderStart.begin());
    c.orderDays.resize(who.size());
    c.orderAmounts.resize(who.size());
    std::vector<quint32> next(c.orderStart.begin(), c.orderStart.end() - 1);
    for (std::size_t k = 0; k < who.size(); ++k) {
        const quint32 at = next[std::size_t(who[k])]++;
        c.orderDays[at] = days[k];
        c.orderAmounts[at] = amounts[k];
    }
    std::vector<std::pair<qint32, qint64>> orders;
    for (std::size_t i = 0; i < c.ids.size(); ++i) {
        const auto begin = c.orderDays.begin() + c.orderStart[i];
        const auto end = c.orderDays.begin() + c.orderStart[i + 1];
        if (std::is_sorted(begin, end))
            continue;
        orders.clear();
        for (quint32 o = c.orderStart[i]; o < c.orderStart[i + 1]; ++o)
            orders.emplace_back(c.orderDays[o], c.orderAmounts[o]);
        std::stable_sort(orders.begin(), orders.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        for (std::size_t k = 0; k < orders.size(); ++k) {
            c.orderDays[c.orderStart[i] + k] = orders[k].first;
            c.orderAmounts[c.orderStart[i] + k] = orders[k].second;
        }
    }
    return Status{};
}

Status readCases(const Reader &r, const CustomerIndex &index, DashboardColumns &c)
{
    const QString what = DashboardRepository::tr("Reading the cases");
    r.report(55, what);
    ColumnQuery q(r.db,
                  "SELECT customer_id, kind, coalesce(owner_id, 0), opened_at,"
                  " coalesce(resolved_at, 0) FROM cases");
    for (qint64 n = 0; q.next(); ++n) {
        if (n % Reported == 0 && r.stopped())
            return cancelled();
        const qint32 customer = index(q.int64(0));
        if (customer < 0)
            continue;
        c.caseCustomers.push_back(customer);
        c.caseKinds.push_back(quint8(q.int64(1)));
        c.caseOwners.push_back(qint32(q.int64(2)));
        c.caseOpened.push_back(q.int64(3));
        c.caseResolved.push_back(q.int64(4));
    }
    return q.finish(what);
}

// Counts per (agent, customer kind, channel) group and week in flat arrays: a hash lookup per
// interaction was the most expensive part of the load at 10M interactions.
class WeekCounter
{
public:
    void add(quint64 group, qint64 week)
    {
        if (group >= MaxDenseGroups) {
            // Agent ids past a million (never a rowid here): counted in a hash.
            ++m_sparse[{group, week}];
            return;
        }
        if (m_groups.size() <= group)
            m_groups.resize(group + 1);
        if (m_base == NoBase)
            m_base = week - 520; // ten years of room before the first week seen
        std::vector<qint64> &weeks = m_groups[group];
        if (week < m_base) {
            // Older than the room left: move every group's weeks up.
            const qint64 shift = m_base - week + 520;
            for (std::vector<qint64> &g : m_groups)
                g.insert(g.begin(), std::size_t(shift), 0);
            m_base -= shift;
        }
        const auto at = std::size_t(week - m_base);
        if (weeks.size() <= at)
            weeks.resize(at + 64, 0);
        ++weeks[at];
    }
    template<typename F>
    void forEach(F &&f) const
    {
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            for (std::size_t w = 0; w < m_groups[g].size(); ++w) {
                if (m_groups[g][w] != 0)
                    f(quint64(g), m_base + qint64(w), m_groups[g][w]);
            }
        }
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
            f(it.key().first, it.key().second, it.value());
    }

private:
    static constexpr qint64 NoBase = std::numeric_limits<qint64>::min();
    static constexpr quint64 MaxDenseGroups = quint64(16) << 20;
    QHash<std::pair<quint64, qint64>, qint64> m_sparse;
    qint64 m_base = NoBase;
    std::vector<std::vector<qint64>> m_groups;
};

// Interactions counted per (agent, channel, week, customer kind) while they stream by.
Status readActivity(const Reader &r, const CustomerIndex &index, DashboardColumns &c)
{
    const QString what = DashboardRepository::tr("Counting the interactions");
    const qint64 total = r.rows("SELECT max(rowid) FROM interactions");
    ColumnQuery q(r.db,
                  "SELECT customer_id, coalesce(agent_id, 0), channel, occurred_at, id"
                  " FROM interactions");
    WeekCounter counts; // group: (agent * 2 + kind) * 8 + channel
    for (qint64 n = 0; q.next(); ++n) {
        if (n % Reported == 0) {
            if (r.stopped())
                return cancelled();
            r.step(n, total, 60, 95, what);
        }
        c.activityMaxId = std::max(c.activityMaxId, q.int64(4));
        const qint32 customer = index(q.int64(0));
        const qint64 seconds = q.int64(3);
        const qint64 agent = q.int64(1);
        if (customer < 0 || seconds < 0 || agent < 0 || agent > std::numeric_limits<qint32>::max())
            continue;
        const quint64 kind = c.kinds[std::size_t(customer)] & 1u;
        const quint64 channel = quint64(q.int64(2)) & 7u;
        counts.add((quint64(agent) * 2 + kind) * 8 + channel, analytics::weekOfUnixSeconds(seconds));
    }
    if (Status s = q.finish(what); !s)
        return s;
    counts.forEach([&c](quint64 group, qint64 week, qint64 count) {
        c.activityWeeks.push_back(qint32(week));
        c.activityChannels.push_back(quint8(group & 7u));
        c.activityKinds.push_back(quint8((group >> 3) & 1u));
        c.activityAgents.push_back(qint32(group >> 4));
        c.activityCounts.push_back(count);
    });
    return Status{};
}

// Survey answers sorted by customer, then day (the newest of each customer last).
Status readSurveys(const Reader &r, const CustomerIndex &index, DashboardColumns &c)
{
    const QString what = DashboardRepository::tr("Reading the survey answers");
    r.report(95, what);
    // A file opened read-only is not migrated: one from before schema 9 has no answers to read.
    if (!r.hasTable(QStringLiteral("surveys")))
        return Status{};
    ColumnQuery q(r.db, "SELECT customer_id, answered_at, score FROM surveys");
    struct Answer
    {
        qint32 customer, day;
        quint8 score;
    };
    std::vector<Answer> answers;
    for (qint64 n = 0; q.next(); ++n) {
        if (n % Reported == 0 && r.stopped())
            return cancelled();
        const qint32 customer = index(q.int64(0));
        if (customer >= 0)
            answers.push_back({customer, dayOf(q.int64(1)), quint8(q.int64(2))});
    }
    if (Status s = q.finish(what); !s)
        return s;
    std::stable_sort(answers.begin(), answers.end(), [](const Answer &a, const Answer &b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    });
    for (const Answer &a : answers) {
        c.surveyCustomers.push_back(a.customer);
        c.surveyDays.push_back(a.day);
        c.surveyScores.push_back(a.score);
    }
    return Status{};
}

Status readUsers(const Reader &r, DashboardColumns &c)
{
    const QString what = DashboardRepository::tr("Reading the team");
    ColumnQuery q(r.db, "SELECT id, display_name FROM users ORDER BY id");
    while (q.next()) {
        c.userIds.push_back(q.int64(0));
        c.userNames.push_back(q.text(1));
    }
    if (Status s = q.finish(what); !s)
        return s;
    return readTeams(r, c);
}

Status readTeams(const Reader &r, DashboardColumns &c)
{
    c.teamIds.clear();
    c.teamNames.clear();
    c.teamMemberStart.assign(1, 0);
    c.teamMembers.clear();
    // A file opened read-only is not migrated: one from before schema 15 has no teams.
    if (!r.hasTable(QStringLiteral("user_teams")))
        return Status{};
    const QString what = DashboardRepository::tr("Reading the teams");
    ColumnQuery teams(r.db, "SELECT id, name FROM teams ORDER BY name COLLATE NOCASE, id");
    while (teams.next()) {
        c.teamIds.push_back(teams.int64(0));
        c.teamNames.push_back(teams.text(1));
    }
    if (Status s = teams.finish(what); !s)
        return s;
    std::vector<std::vector<qint64>> members(c.teamIds.size());
    ColumnQuery q(r.db, "SELECT team_id, user_id FROM user_teams ORDER BY team_id, user_id");
    while (q.next()) {
        if (const qint64 t = c.teamIndexOf(q.int64(0)); t >= 0)
            members[std::size_t(t)].push_back(q.int64(1));
    }
    if (Status s = q.finish(what); !s)
        return s;
    for (const std::vector<qint64> &m : members) {
        c.teamMembers.insert(c.teamMembers.end(), m.begin(), m.end());
        c.teamMemberStart.push_back(quint32(c.teamMembers.size()));
    }
    return Status{};
}

} // namespace dashboardread

using namespace dashboardread;

DashboardRepository::DashboardRepository(const Database &db)
    : m_db(db)
{}

Result<DashboardColumns> DashboardRepository::load(const Progress &progress,
                                                   const CancelFlag *cancel) const
{
    const Reader r{m_db, progress, cancel};
    DashboardColumns c;
    auto currency = AnalyticsRepository(m_db).defaultCurrency();
    if (!currency)
        return currency.error();
    c.currency = *currency;
    if (Status s = readCustomers(r, c); !s)
        return s.error();
    const CustomerIndex index(c.ids);
    if (Status s = readOrders(r, index, c); !s)
        return s.error();
    if (Status s = readCases(r, index, c); !s)
        return s.error();
    if (Status s = readActivity(r, index, c); !s)
        return s.error();
    if (Status s = readSurveys(r, index, c); !s)
        return s.error();
    if (Status s = readUsers(r, c); !s)
        return s.error();
    r.report(100, tr("Loaded"));
    return c;
}

} // namespace rapport
