#pragma once

#include "core/util/result.h"

#include <QDate>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace rapport::analytics {

// Calendar months as one number, year * 12 + month - 1 (UTC), so months subtract.
int monthIndex(const QDate &date);
int monthOfUnixSeconds(qint64 seconds);
QDate monthStart(int monthIndex);

// Monthly acquisition cohorts. A customer's cohort is the month of the first purchase; the
// customer is active in month k of the cohort (k = 0 is the first month) when there is an
// activity in that calendar month: a purchase, or, when activity events are given, any of them
// (interactions). Events before the first purchase or after asOf's month do not count.
struct CohortTable
{
    int firstMonth = 0; // the oldest cohort's month
    int lastMonth = 0;  // asOf's month: the last column anyone can have
    // Per cohort from firstMonth to lastMonth (empty cohorts included, with size 0).
    std::vector<qint64> sizes;
    // active[c][k]: customers of cohort c active in month k, k = 0 .. lastMonth - (firstMonth + c).
    // active[c][0] == sizes[c].
    std::vector<std::vector<qint64>> active;

    int cohorts() const { return int(sizes.size()); }
    // The share of cohort c active in month k; nullopt for an empty cohort or a month after
    // asOf.
    std::optional<double> share(int cohort, int k) const;
};

// The customers active at the end of each calendar month: a customer is active in month m when
// a purchase fell in the `windowMonths` months up to m (m - windowMonths + 1 .. m).
struct MonthlyRetention
{
    int month = 0;
    qint64 activeAtStart = 0; // active in the month before
    qint64 retained = 0;      // ... and still active in this month
    qint64 churned = 0;       // ... and no longer
    qint64 acquired = 0;      // first purchase in this month
    qint64 reactivated = 0;   // active again after a gap
    qint64 active = 0;        // active in this month
    // retained / activeAtStart and churned / activeAtStart; nullopt when nobody was active.
    std::optional<double> retentionRate() const;
    std::optional<double> churnRate() const;
};

struct RetentionResult
{
    CohortTable cohorts;
    std::vector<MonthlyRetention> months; // firstMonth .. lastMonth
    qint64 customers = 0;                 // customers with a purchase up to asOf
};

// Purchases and (optionally) other activity as parallel columns of customer id and Unix
// seconds, in any order. No purchase up to asOf: an Error.
Result<RetentionResult> retention(std::span<const qint64> purchaseCustomers,
                                  std::span<const qint64> purchaseTimes,
                                  std::span<const qint64> activityCustomers,
                                  std::span<const qint64> activityTimes,
                                  const QDate &asOf,
                                  int windowMonths = 12);

// (customer id, monthIndex) pairs, sorted and without repeats.
using CustomerMonths = std::vector<std::pair<qint64, int>>;

// The same from the months a customer was active in, for callers that hold them already (the
// dashboards); no month may lie after asOf's month.
Result<RetentionResult> retentionOfMonths(const CustomerMonths &purchases,
                                          const CustomerMonths &activity,
                                          const QDate &asOf,
                                          int windowMonths = 12);

} // namespace rapport::analytics
