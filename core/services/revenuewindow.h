#pragma once

#include "core/util/result.h"

#include <QDate>

namespace rapport {

class ChangeBus;
class Database;

// RevenueWindow keeps the one part of the customer list that time changes, not a write: the
// revenue over the last 12 months. Orders are counted by triggers as they are written; when the
// day moves on, advance() moves the window and recomputes the customers whose oldest counted
// order dropped out of it (an indexed range: a day's move at a million customers touches a few
// thousand rows), then announces them on the bus as changed orders.
class RevenueWindow final
{
public:
    // Lists with more changed customers than this hear one Reset notice instead of their ids.
    static constexpr int MaxNamedCustomers = 1000;

    RevenueWindow(const Database &db, ChangeBus *bus);

    // The day the window ends today: the current date in UTC.
    static QDate today();
    // Moves the window to end on `asOf` (no-op when it already does, or the database is open
    // read-only). Returns the number of customers whose revenue was recomputed.
    Result<int> advance(const QDate &asOf = today());

    // The parts of advance(), for a move on a connection of its own in a worker thread: whether
    // the window needs to move (one small read), the move in one write transaction (returns the
    // customers recomputed; publishes nothing), and the notice for them on the bus.
    Result<bool> needsMove(const QDate &asOf = today()) const;
    Result<QList<qint64>> move(const QDate &asOf = today());
    static void announce(ChangeBus *bus, const QList<qint64> &changed);

private:
    const Database &m_db;
    ChangeBus *m_bus;
};

} // namespace rapport
