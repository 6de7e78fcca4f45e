#include "core/analytics/activity.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::analytics;

namespace {

qint64 at(const QDate &d, int hour)
{
    return QDateTime(d, QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("Activity: weeks start on Monday, UTC, with ISO labels", "[activity]")
{
    CHECK(weekOf(QDate(1970, 1, 1)) == 0);
    CHECK(weekMonday(0) == QDate(1969, 12, 29));
    CHECK(weekOf(QDate(1969, 12, 28)) == -1);
    // python3: (date(2026,6,29) - date(1970,1,1)).days + 3 = 20636 = 7 * 2948: a Monday.
    const QDate monday(2026, 6, 29);
    CHECK(weekOf(monday) == 2948);
    CHECK(weekOf(monday.addDays(6)) == 2948);
    CHECK(weekOf(monday.addDays(7)) == 2949);
    CHECK(weekOfUnixSeconds(at(monday, 0) - 1) == 2947);
    CHECK(weekOfUnixSeconds(at(monday, 0)) == 2948);
    CHECK(weekMonday(2948) == monday);
    // 2026-01-01 is a Thursday: ISO week 1 of 2026; 2027-01-01 a Friday: week 53 of 2026.
    CHECK(isoWeekLabel(weekOf(QDate(2026, 1, 1))) == QLatin1String("2026-W01"));
    CHECK(isoWeekLabel(weekOf(QDate(2027, 1, 1))) == QLatin1String("2026-W53"));
}

TEST_CASE("Activity: medians", "[activity]")
{
    std::vector<double> none;
    CHECK_FALSE(median(none).has_value());
    std::vector<double> odd{5, 1, 3};
    CHECK(median(odd) == Approx(3));
    std::vector<double> even{4, 1, 3, 2};
    CHECK(median(even) == Approx(2.5));
}

TEST_CASE("Activity: hand-computed team week", "[activity]")
{
    const QDate monday(2026, 6, 29);
    const int w = weekOf(monday);
    // (agent, channel, week, count) as SQL groups them; agent 0: nobody recorded; agent 9's
    // row lies outside the period.
    const std::vector<qint64> agents{5, 5, 2, 0, 9};
    const std::vector<qint64> channels{0, 1, 0, 7, 0};
    const std::vector<qint64> weeks{w, w + 1, w, w + 1, w + 5};
    const std::vector<qint64> counts{3, 2, 4, 1, 100};
    // Cases: 6 hours in week w; 168 hours, resolved in w+1; opened in w+1, open; opened in
    // week w-2, resolved in w+1 after 21 days (504 hours).
    const std::vector<qint64> opened{at(monday, 9),
                                     at(monday, 10),
                                     at(monday.addDays(8), 9),
                                     at(monday.addDays(-11), 0)};
    const std::vector<qint64> resolved{at(monday, 15),
                                       at(monday.addDays(7), 10),
                                       0,
                                       at(monday.addDays(10), 0)};
    const TeamActivity t = teamActivity(agents, channels, weeks, counts, opened, resolved, w, w + 1);
    CHECK(t.weeks() == 2);
    CHECK(t.agents == std::vector<qint64>{0, 2, 5});
    CHECK(t.count(2, 0, 0) == 3); // agent 5, week w, phone
    CHECK(t.count(2, 1, 1) == 2); // agent 5, week w+1, e-mail
    CHECK(t.count(1, 0, 0) == 4); // agent 2
    CHECK(t.count(0, 1, 7) == 1); // nobody, visit
    CHECK(t.agentTotal(2) == 5);
    CHECK(t.casesOpened == std::vector<qint64>{2, 1});
    CHECK(t.casesResolved == std::vector<qint64>{1, 2});
    REQUIRE(t.medianHoursToResolve[0].has_value());
    CHECK(*t.medianHoursToResolve[0] == Approx(6));
    CHECK(*t.medianHoursToResolve[1] == Approx((168.0 + 504.0) / 2)); // 336
    CHECK(*t.medianHoursToResolveOverall == Approx(168));
}

TEST_CASE("Activity: an empty period gives zeros, no medians", "[activity]")
{
    const TeamActivity t = teamActivity({}, {}, {}, {}, {}, {}, 100, 102);
    CHECK(t.weeks() == 3);
    CHECK(t.agents.empty());
    CHECK(t.casesOpened == std::vector<qint64>{0, 0, 0});
    CHECK_FALSE(t.medianHoursToResolveOverall.has_value());
    CHECK_FALSE(t.medianHoursToResolve[1].has_value());
}
