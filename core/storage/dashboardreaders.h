#pragma once

// The readers DashboardRepository::load() and update() share (core/storage only).
#include "core/analytics/dashboard.h"
#include "core/storage/columnquery.h"
#include "core/storage/dashboardrepository.h"

#include <algorithm>
#include <vector>

namespace rapport::dashboardread {

using analytics::CancelFlag;
using analytics::DashboardColumns;

Error cancelled();
// Days since 1970-01-01 of Unix seconds, rounding down for times before 1970.
qint32 dayOf(qint64 seconds);

// Customer ids to their index: a table when the ids are dense (they are: rowids), else a binary
// search. -1: not a live customer.
class CustomerIndex
{
public:
    explicit CustomerIndex(const std::vector<qint64> &ids)
        : m_ids(ids)
    {
        if (ids.empty() || ids.back() > qint64(ids.size()) * 4 + (1 << 20))
            return;
        m_index.assign(std::size_t(ids.back()) + 1, -1);
        for (std::size_t i = 0; i < ids.size(); ++i)
            m_index[std::size_t(ids[i])] = qint32(i);
    }
    qint32 operator()(qint64 id) const
    {
        if (!m_index.empty())
            return id >= 0 && std::size_t(id) < m_index.size() ? m_index[std::size_t(id)] : -1;
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        return it != m_ids.end() && *it == id ? qint32(it - m_ids.begin()) : -1;
    }

private:
    const std::vector<qint64> &m_ids;
    std::vector<qint32> m_index;
};

struct Reader
{
    const Database &db;
    const DashboardRepository::Progress &progress;
    const CancelFlag *cancel;

    bool stopped() const { return cancel && cancel->load(); }
    void report(int percent, const QString &step) const
    {
        if (progress)
            progress(percent, step);
    }
    qint64 rows(const char *sql) const
    {
        ColumnQuery q(db, sql);
        const qint64 n = q.next() ? q.int64(0) : 0;
        (void) q.finish(QString());
        return std::max<qint64>(n, 1);
    }
    bool hasTable(const QString &name) const
    {
        ColumnQuery q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
        q.bind(1, name);
        const bool found = q.next();
        (void) q.finish(QString());
        return found;
    }
    // Reports the share of `done` out of `total` as a percentage between `from` and `to`.
    void step(qint64 done, qint64 total, int from, int to, const QString &what) const
    {
        report(from + int(qint64(to - from) * std::min(done, total) / total), what);
    }
};

Status readCustomers(const Reader &r, DashboardColumns &c);
// Standing orders (open, fulfilled) into CSR form by customer, each customer's by day.
Status readOrders(const Reader &r, const CustomerIndex &index, DashboardColumns &c);
Status readCases(const Reader &r, const CustomerIndex &index, DashboardColumns &c);
// Interactions counted per (agent, channel, week, customer kind), in (agent, kind, channel)
// group order, then by week; activityMaxId is the highest id met.
Status readActivity(const Reader &r, const CustomerIndex &index, DashboardColumns &c);
// Survey answers sorted by customer, then day.
Status readSurveys(const Reader &r, const CustomerIndex &index, DashboardColumns &c);
// The users' names and the teams with their members (readTeams()).
Status readUsers(const Reader &r, DashboardColumns &c);
Status readTeams(const Reader &r, DashboardColumns &c);

} // namespace rapport::dashboardread
