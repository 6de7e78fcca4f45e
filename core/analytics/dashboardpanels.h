#pragma once

// The parts of Dashboard::compute() that live in their own files (not a public API).

#include "core/analytics/dashboard.h"

namespace rapport::analytics {

// Days since 1970-01-01, the unit of DashboardColumns' day columns, and back to Julian days.
inline constexpr qint64 UnixEpochJulianDay = 2440588;
inline qint32 epochDay(const QDate &date)
{
    return qint32(date.toJulianDay() - UnixEpochJulianDay);
}

// Whether a customer or a piece of work owned by `owner` (users.id, 0: nobody) is within the
// reader's scope.
inline bool inScope(const CustomerScope &scope, qint64 owner)
{
    return scope.allows(owner == 0 ? std::nullopt : std::optional<qint64>(owner));
}

// The CLV panel over the customers `keep` marks; pastValue is their net revenue up to the day.
ClvPanel clvPanel(const DashboardClv &clv,
                  const std::vector<quint8> &keep,
                  const std::vector<qint64> &pastValue,
                  const std::vector<qint64> &ids);

// The satisfaction / value quadrant over the kept customers' newest answer up to `to`, their
// value being their net revenue in the 12 months up to `to` (whatever the period: over a short
// period most answering customers bought nothing, and a split at 0 separates no one).
SatisfactionPanel satisfactionPanel(const DashboardColumns &columns,
                                    const std::vector<quint8> &keep,
                                    const std::vector<qint64> &yearValue,
                                    const QDate &to);

// The team activity panel for the period, the agent filter and the customer kind.
ActivityPanel activityPanel(const DashboardColumns &columns, const DashboardFilters &filters);

} // namespace rapport::analytics
