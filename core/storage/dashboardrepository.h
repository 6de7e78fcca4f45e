#pragma once

#include "core/analytics/dashboard.h"
#include "core/storage/dashboardsnapshot.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace rapport {

class Database;

// What an interaction changed or removed since the columns were read was before its first
// change (the history's old values); empty: the field has not changed, it is what the row holds.
struct InteractionBefore
{
    std::optional<qint64> customer, agent, channel, seconds; // agent 0: nobody
};

// What changed since the dashboards' columns were read, as the change notices said; what
// DashboardRepository::update() reads again.
struct DashboardChanges
{
    bool everything = false;      // read it all again
    QSet<qint64> customers;       // their row (owner, stage, kind); new ones are added
    QSet<qint64> orderCustomers;  // their standing orders
    bool allOrders = false;       // every customer's orders
    bool newInteractions = false; // count the interactions added since
    bool allInteractions = false; // count them all again (one changed or went)
    // Interactions changed or removed, as they were (catchUp() reads it from the history): only
    // they are counted again.
    QHash<qint64, InteractionBefore> interactions;
    bool cases = false, surveys = false, users = false;

    bool isEmpty() const
    {
        return !everything && customers.isEmpty() && orderCustomers.isEmpty() && !allOrders
               && !newInteractions && !allInteractions && interactions.isEmpty() && !cases
               && !surveys && !users;
    }
    // Does it change what the CLV models are fitted to (the customers and their orders)?
    bool touchesOrders() const
    {
        return everything || !customers.isEmpty() || !orderCustomers.isEmpty() || allOrders;
    }
    void merge(const DashboardChanges &other);
};

// How DashboardRepository::update() brought the columns up to date.
struct DashboardUpdate
{
    bool customersMoved = false;   // customers left or came in the middle: indexes moved
    bool interactionsRead = false; // every interaction counted again (not just the ones named)
};

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
    // Brings `columns` (as load() read them, maybe updated since) up to date with `changes` by
    // reading only what they touch: the interactions added since (a logged call), the orders of
    // the customers named, the customers' rows, the cases, the survey answers or the team.
    // Customers that left (the trash, a merge, a delete) or came back in the middle renumber
    // the columns indexed by customer in one pass, and a customer's interactions already
    // counted are counted again under its new kind, or taken off or added, from one indexed
    // read of its interactions. `done`, when given, says how.
    // The result is what load() would read now. False (columns untouched or partly updated:
    // throw them away) when only a whole load can say: another currency, or
    // `changes.everything`.
    Result<bool> update(analytics::DashboardColumns &columns,
                        const DashboardChanges &changes,
                        const analytics::CancelFlag *cancel = nullptr,
                        DashboardUpdate *done = nullptr) const;

    // Holds one read transaction on the connection while it lives, so that the columns, the
    // stamp and the history read within it all see one state of the file (dashboardhistory.cpp).
    class ReadScope
    {
    public:
        explicit ReadScope(const Database &db);
        ~ReadScope();
        ReadScope(const ReadScope &) = delete;
        ReadScope &operator=(const ReadScope &) = delete;
        const Status &begun() const { return m_begun; }

    private:
        const Database &m_db;
        Status m_begun;
    };

    // The state the connection reads now: the schema and the newest history entry. Read within
    // the ReadScope the columns are read in, it says which entries they hold.
    Result<DashboardStamp> stamp() const;

    // What the history says changed since `since` (a stamp of this file), as the changes
    // update() takes, and the stamp the columns reach with them.
    struct CatchUp
    {
        DashboardChanges changes;
        DashboardStamp stamp;
        qint64 entries = 0; // history entries read
    };
    // nullopt when the columns of `since` are not this file's earlier state: another schema, no
    // history, or no entry `since.mark` with `since.hash` (another file, a backup restored over
    // it, a history rewritten). Only then is a snapshot thrown away.
    Result<std::optional<CatchUp>> catchUp(const DashboardStamp &since) const;
    // More entries since a stamp than this are read faster as a whole load.
    static constexpr qint64 MaxCatchUpEntries = 200000;

private:
    const Database &m_db;
};

} // namespace rapport
