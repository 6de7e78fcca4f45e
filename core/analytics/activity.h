#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace rapport::analytics {

// Weeks run Monday to Sunday in UTC, numbered from the week of 1970-01-01 (which began on
// Monday 1969-12-29): week = floor((days since 1970-01-01 + 3) / 7). SQL computes the same
// number as (seconds / 86400 + 3) / 7 for times after 1970.
int weekOfUnixSeconds(qint64 seconds);
int weekOf(const QDate &date);
QDate weekMonday(int week);
QString isoWeekLabel(int week); // "2026-W14" (ISO 8601 week-numbering year)

// The median of the values (the mean of the two middle ones for an even count); nullopt for
// none. The values are reordered.
std::optional<double> median(std::vector<double> &values);

// What the team did per week: interactions per agent and channel, cases opened and resolved,
// and how long resolving took.
struct TeamActivity
{
    static constexpr int Channels = 8; // core/domain Channel

    int firstWeek = 0;
    int lastWeek = 0;
    std::vector<qint64> agents; // distinct agent ids, ascending; 0 = nobody recorded
    // interactions[(agent * weeks() + week) * Channels + channel]
    std::vector<qint64> interactions;
    std::vector<qint64> casesOpened;   // per week
    std::vector<qint64> casesResolved; // per week
    // The median time to resolve of the cases resolved in the week / the whole period, hours.
    std::vector<std::optional<double>> medianHoursToResolve;
    std::optional<double> medianHoursToResolveOverall;

    int weeks() const { return lastWeek - firstWeek + 1; }
    qint64 count(std::size_t agent, int week, int channel) const;
    qint64 agentTotal(std::size_t agent) const;
};

// Interaction counts come grouped (agent, channel, week, count: SQL's GROUP BY); counts outside
// [firstWeek, lastWeek] are ignored. Cases come as opened and resolved Unix seconds (resolved 0:
// not resolved). A resolution before its opening counts 0 hours. An empty period is fine: all
// zeros, no medians.
TeamActivity teamActivity(std::span<const qint64> agents,
                          std::span<const qint64> channels,
                          std::span<const qint64> weeks,
                          std::span<const qint64> counts,
                          std::span<const qint64> caseOpened,
                          std::span<const qint64> caseResolved,
                          int firstWeek,
                          int lastWeek);

} // namespace rapport::analytics
