#include "core/analytics/retention.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::analytics {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
};

// (customer, month) pairs sorted and without repeats.
CustomerMonths customerMonths(std::span<const qint64> customers,
                              std::span<const qint64> times,
                              int lastMonth)
{
    const std::size_t n = std::min(customers.size(), times.size());
    CustomerMonths pairs;
    pairs.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int m = monthOfUnixSeconds(times[i]);
        if (m <= lastMonth)
            pairs.emplace_back(customers[i], m);
    }
    if (!std::is_sorted(pairs.begin(), pairs.end()))
        std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

} // namespace

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

int monthOfUnixSeconds(qint64 seconds)
{
    // Howard Hinnant's civil_from_days: days since 1970-01-01 to year and month.
    constexpr qint64 Day = 86400;
    qint64 z = (seconds >= 0 ? seconds / Day : -((-seconds + Day - 1) / Day)) + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return int(year * 12 + month - 1);
}

QDate monthStart(int index)
{
    const int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
    return QDate(year, index - year * 12 + 1, 1);
}

std::optional<double> CohortTable::share(int cohort, int k) const
{
    if (cohort < 0 || cohort >= cohorts() || k < 0)
        return std::nullopt;
    const auto &row = active[std::size_t(cohort)];
    if (std::size_t(k) >= row.size() || sizes[std::size_t(cohort)] == 0)
        return std::nullopt;
    return double(row[std::size_t(k)]) / double(sizes[std::size_t(cohort)]);
}

std::optional<double> MonthlyRetention::retentionRate() const
{
    if (activeAtStart == 0)
        return std::nullopt;
    return double(retained) / double(activeAtStart);
}

std::optional<double> MonthlyRetention::churnRate() const
{
    if (activeAtStart == 0)
        return std::nullopt;
    return double(churned) / double(activeAtStart);
}

Result<RetentionResult> retention(std::span<const qint64> purchaseCustomers,
                                  std::span<const qint64> purchaseTimes,
                                  std::span<const qint64> activityCustomers,
                                  std::span<const qint64> activityTimes,
                                  const QDate &asOf,
                                  int windowMonths)
{
    const int lastMonth = monthIndex(asOf);
    return retentionOfMonths(customerMonths(purchaseCustomers, purchaseTimes, lastMonth),
                             customerMonths(activityCustomers, activityTimes, lastMonth),
                             asOf,
                             windowMonths);
}

Result<RetentionResult> retentionOfMonths(const CustomerMonths &purchases,
                                          const CustomerMonths &activity,
                                          const QDate &asOf,
                                          int windowMonths)
{
    windowMonths = std::max(windowMonths, 1);
    const int lastMonth = monthIndex(asOf);
    if (purchases.empty())
        return Error(Error::Kind::NotFound,
                     Tr::tr("There are no purchases up to %1, so there are no cohorts.")
                         .arg(asOf.toString(Qt::ISODate)));
    RetentionResult result;
    int firstMonth = lastMonth;
    for (const auto &p : purchases)
        firstMonth = std::min(firstMonth, p.second);
    CohortTable &table = result.cohorts;
    table.firstMonth = firstMonth;
    table.lastMonth = lastMonth;
    const int span = lastMonth - firstMonth + 1;
    table.sizes.assign(std::size_t(span), 0);
    table.active.resize(std::size_t(span));
    for (int c = 0; c < span; ++c)
        table.active[std::size_t(c)].assign(std::size_t(span - c), 0);

    // Difference arrays over the months (one extra slot for the end of the last interval).
    std::vector<qint64> activeDiff(std::size_t(span) + 1, 0),
        retainedDiff(std::size_t(span) + 1, 0);
    std::vector<qint64> acquired(std::size_t(span), 0);

    std::vector<int> months; // one customer's activity months, merged
    std::size_t a = 0;       // position in `activity`
    for (std::size_t i = 0; i < purchases.size();) {
        const qint64 customer = purchases[i].first;
        const int first = purchases[i].second; // sorted: the first purchase month
        const int cohort = first - firstMonth;
        ++table.sizes[std::size_t(cohort)];
        ++acquired[std::size_t(cohort)];

        // Purchases: the retention window intervals [p, p + window - 1], merged as they come.
        int start = -1, end = -1;
        months.clear();
        std::size_t j = i;
        for (; j < purchases.size() && purchases[j].first == customer; ++j) {
            const int p = purchases[j].second - firstMonth;
            months.push_back(p);
            const int e = std::min(p + windowMonths - 1, span - 1);
            if (start >= 0 && p <= end + 1) {
                end = std::max(end, e);
                continue;
            }
            if (start >= 0) {
                ++activeDiff[std::size_t(start)], --activeDiff[std::size_t(end) + 1];
                ++retainedDiff[std::size_t(start) + 1], --retainedDiff[std::size_t(end) + 1];
            }
            start = p, end = e;
        }
        ++activeDiff[std::size_t(start)], --activeDiff[std::size_t(end) + 1];
        ++retainedDiff[std::size_t(start) + 1], --retainedDiff[std::size_t(end) + 1];

        // Other activity of this customer (both lists are sorted by customer).
        while (a < activity.size() && activity[a].first < customer)
            ++a;
        for (; a < activity.size() && activity[a].first == customer; ++a) {
            if (activity[a].second >= first)
                months.push_back(activity[a].second - firstMonth);
        }
        std::sort(months.begin(), months.end());
        months.erase(std::unique(months.begin(), months.end()), months.end());
        auto &row = table.active[std::size_t(cohort)];
        for (int m : months)
            ++row[std::size_t(m - cohort)];
        i = j;
    }

    result.customers = 0;
    for (qint64 s : table.sizes)
        result.customers += s;
    result.months.resize(std::size_t(span));
    qint64 active = 0, retained = 0, before = 0;
    for (int m = 0; m < span; ++m) {
        active += activeDiff[std::size_t(m)];
        retained += retainedDiff[std::size_t(m)];
        MonthlyRetention &r = result.months[std::size_t(m)];
        r.month = firstMonth + m;
        r.active = active;
        r.activeAtStart = before;
        r.retained = retained;
        r.churned = before - retained;
        r.acquired = acquired[std::size_t(m)];
        r.reactivated = active - retained - r.acquired;
        before = active;
    }
    return result;
}

} // namespace rapport::analytics
