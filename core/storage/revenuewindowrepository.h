#pragma once

#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QDate>
#include <QList>

namespace rapport {

class Database;

// RevenueWindowRepository owns the SQL of the customer list's rolling revenue window: the
// "revenue over the last 12 months" column of the read model, which time changes rather than a
// write. Orders are counted by triggers as they are written; this moves the window's end day and
// recomputes the customers the move touches. It belongs to the thread of its Database.
class RevenueWindowRepository final
{
public:
    explicit RevenueWindowRepository(const Database &db);

    // The day the revenue window ends, as last computed.
    Result<QDate> revenueAsOf();
    // Moves the revenue window to end on `asOf`: recomputes the revenue of the customers whose
    // counted orders changed (indexed; a day's move touches a few thousand of a million). Returns
    // the customers whose row was recomputed. The caller holds a write transaction.
    Result<QList<qint64>> moveRevenueWindow(const QDate &asOf);
    // Orders on or after this Unix time count toward the revenue as of `asOf`: 00:00 UTC of the
    // same day a year earlier.
    static qint64 windowStart(const QDate &asOf);

private:
    Statement m_state;
    Statement m_setState;
    Statement m_recomputeDue;
    Statement m_recomputeBetween;
};

} // namespace rapport
