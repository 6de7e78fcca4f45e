#include "core/analytics/activity.h"

#include <algorithm>

namespace rapport::analytics {
namespace {

constexpr qint64 Day = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

int weekOfUnixSeconds(qint64 seconds)
{
    return int(floorDiv(floorDiv(seconds, Day) + 3, 7));
}

int weekOf(const QDate &date)
{
    return int(floorDiv(date.toJulianDay() - QDate(1970, 1, 1).toJulianDay() + 3, 7));
}

QDate weekMonday(int week)
{
    return QDate(1970, 1, 1).addDays(qint64(week) * 7 - 3);
}

QString isoWeekLabel(int week)
{
    int year = 0;
    const int number = weekMonday(week).weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
}

std::optional<double> median(std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + qsizetype(mid));
    return (lower + upper) / 2;
}

qint64 TeamActivity::count(std::size_t agent, int week, int channel) const
{
    return interactions[(agent * std::size_t(weeks()) + std::size_t(week)) * Channels
                        + std::size_t(channel)];
}

qint64 TeamActivity::agentTotal(std::size_t agent) const
{
    qint64 total = 0;
    const std::size_t stride = std::size_t(weeks()) * Channels;
    for (std::size_t i = agent * stride; i < (agent + 1) * stride; ++i)
        total += interactions[i];
    return total;
}

TeamActivity teamActivity(std::span<const qint64> agents,
                          std::span<const qint64> channels,
                          std::span<const qint64> weeks,
                          std::span<const qint64> counts,
                          std::span<const qint64> caseOpened,
                          std::span<const qint64> caseResolved,
                          int firstWeek,
                          int lastWeek)
{
    TeamActivity t;
    t.firstWeek = firstWeek;
    t.lastWeek = std::max(lastWeek, firstWeek);
    const auto nWeeks = std::size_t(t.weeks());
    const std::size_t n = std::min({agents.size(), channels.size(), weeks.size(), counts.size()});
    const auto inPeriod = [&](qint64 week) { return week >= t.firstWeek && week <= t.lastWeek; };

    for (std::size_t i = 0; i < n; ++i) {
        if (inPeriod(weeks[i]))
            t.agents.push_back(agents[i]);
    }
    std::sort(t.agents.begin(), t.agents.end());
    t.agents.erase(std::unique(t.agents.begin(), t.agents.end()), t.agents.end());
    t.interactions.assign(t.agents.size() * nWeeks * TeamActivity::Channels, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!inPeriod(weeks[i]) || channels[i] < 0 || channels[i] >= TeamActivity::Channels)
            continue;
        const auto agent = std::size_t(std::lower_bound(t.agents.begin(), t.agents.end(), agents[i])
                                       - t.agents.begin());
        t.interactions[(agent * nWeeks + std::size_t(weeks[i] - t.firstWeek)) * TeamActivity::Channels
                       + std::size_t(channels[i])]
            += counts[i];
    }

    t.casesOpened.assign(nWeeks, 0);
    t.casesResolved.assign(nWeeks, 0);
    std::vector<std::vector<double>> hours(nWeeks);
    std::vector<double> all;
    const std::size_t cases = std::min(caseOpened.size(), caseResolved.size());
    for (std::size_t i = 0; i < cases; ++i) {
        const int opened = weekOfUnixSeconds(caseOpened[i]);
        if (inPeriod(opened))
            ++t.casesOpened[std::size_t(opened - t.firstWeek)];
        if (caseResolved[i] <= 0)
            continue;
        const int resolved = weekOfUnixSeconds(caseResolved[i]);
        if (!inPeriod(resolved))
            continue;
        ++t.casesResolved[std::size_t(resolved - t.firstWeek)];
        const double h = double(std::max<qint64>(0, caseResolved[i] - caseOpened[i])) / 3600.0;
        hours[std::size_t(resolved - t.firstWeek)].push_back(h);
        all.push_back(h);
    }
    t.medianHoursToResolve.resize(nWeeks);
    for (std::size_t w = 0; w < nWeeks; ++w)
        t.medianHoursToResolve[w] = median(hours[w]);
    t.medianHoursToResolveOverall = median(all);
    return t;
}

} // namespace rapport::analytics
