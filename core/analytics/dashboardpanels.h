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

// What put each customer behind a tile there, parallel to the tile's customers (looked up by
// id, so it holds whatever fillKpis() counts as, say, lost).
template<typename ValueOf>
inline void fillFigure(DashboardResult &r,
                       const DashboardColumns &c,
                       Kpi kpi,
                       CustomerFigure figure,
                       const ValueOf &valueOf)
{
    KpiValue &k = r.kpis[std::size_t(kpi)];
    k.figure = std::move(figure);
    k.values.clear();
    k.values.reserve(k.customers.size());
    for (qint64 id : k.customers) {
        const qint64 i = c.indexOf(id);
        k.values.push_back(i < 0 ? 0.0 : double(valueOf(std::size_t(i))));
    }
}

// The parts that need the lifetime values (the average CLV tile and the CLV panel), over the
// customers r.keep holds; `pastValue` is their net revenue up to the period's end. `clv` and
// `previousClv` are for the period's end and the previous period's, or null. Dashboard::compute()
// and Dashboard::withLifetimeValues() both fill them so.
void applyLifetimeValues(DashboardResult &r,
                         const DashboardColumns &c,
                         const std::vector<qint64> &pastValue,
                         const DashboardClv *clv,
                         const DashboardClv *previousClv);

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
