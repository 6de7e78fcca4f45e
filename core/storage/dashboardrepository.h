#pragma once

#include "core/analytics/dashboard.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <functional>

namespace rapport {

class Database;

// DashboardRepository pulls everything the dashboards compute from into memory
// (analytics::DashboardColumns): the live customers, the standing orders in the main currency,
// the cases, the interactions counted per agent, channel, week and customer kind, the survey
// answers and the team's names. Each table is read once, in rowid order, through the SQLite C API
// (ColumnQuery); grouping and sorting happen in C++, which at a million customers is several
// times faster than SQL's GROUP BY (docs/benchmarks.md). It runs on a worker thread's own
// connection, reports progress and stops when asked.
class DashboardRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardRepository)

public:
    // percent 0..100 and what is being read.
    using Progress = std::function<void(int percent, const QString &step)>;

    explicit DashboardRepository(const Database &db);

    Result<analytics::DashboardColumns> load(const Progress &progress = {},
                                             const analytics::CancelFlag *cancel = nullptr) const;

private:
    const Database &m_db;
};

} // namespace rapport
