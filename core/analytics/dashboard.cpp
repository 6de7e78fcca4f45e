#include "core/analytics/dashboard.h"

#include "core/analytics/dashboardpanels.h"
#include "core/analytics/lostcustomers.h"
#include "core/util/vectorstate.h"

#include <QElapsedTimer>

#include <algorithm>
#include <future>
#include <limits>

namespace rapport::analytics {
namespace {

constexpr qint64 SecondsPerDay = 86400;

// Day ranges of the period, the previous one and the one before that.
struct Periods
{
    qint32 from = 0, to = 0, prevFrom = 0, prevTo = 0, prevPrevFrom = 0;
    qint32 yearFrom = 0; // the first day of the 12 months up to `to`
    explicit Periods(const DashboardFilters &f)
        : from(epochDay(f.from))
        , to(epochDay(f.to))
        , yearFrom(epochDay(DashboardFilters::lastYear(f.to).from))
    {
        const qint32 days = to - from + 1;
        prevFrom = from - days;
        prevTo = from - 1;
        prevPrevFrom = prevFrom - days;
    }
};

// What one pass over a customer's orders finds.
struct Figures
{
    std::vector<qint64> periodValue;      // net in the period
    std::vector<qint32> periodOrders;     // standing orders in the period (any sign)
    std::vector<qint32> periodPurchases;  // orders with a positive total in the period
    std::vector<qint32> lastPurchase;     // the last positive order up to `to`; -1: none
    std::vector<qint32> lastPurchasePrev; // the same up to the previous period's end
    std::vector<qint32> firstPurchase;    // the first positive order ever; -1: none
    std::vector<qint64> pastValue;        // net up to `to`
    std::vector<qint64> yearValue;        // net in the 12 months up to `to`
    // Bought (a positive order) in the period, the previous one, the one before.
    std::vector<quint8> bought, boughtPrev, boughtPrevPrev;
    std::vector<qint64> previousValue; // net in the previous period
};

Figures figures(const DashboardColumns &c, const std::vector<quint8> &keep, const Periods &p)
{
    const std::size_t n = c.customers();
    Figures f;
    f.periodValue.assign(n, 0);
    f.periodOrders.assign(n, 0);
    f.periodPurchases.assign(n, 0);
    f.lastPurchase.assign(n, -1);
    f.lastPurchasePrev.assign(n, -1);
    f.firstPurchase.assign(n, -1);
    f.pastValue.assign(n, 0);
    f.yearValue.assign(n, 0);
    f.previousValue.assign(n, 0);
    f.bought.assign(n, 0);
    f.boughtPrev.assign(n, 0);
    f.boughtPrevPrev.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!keep[i])
            continue;
        for (quint32 o = c.orderStart[i]; o < c.orderStart[i + 1]; ++o) {
            const qint32 day = c.orderDays[o];
            const qint64 amount = c.orderAmounts[o];
            const bool purchase = amount > 0;
            if (purchase && f.firstPurchase[i] < 0)
                f.firstPurchase[i] = day;
            if (day > p.to)
                break;
            f.pastValue[i] += amount;
            if (day >= p.yearFrom)
                f.yearValue[i] += amount;
            if (purchase) {
                f.lastPurchase[i] = day;
                if (day <= p.prevTo)
                    f.lastPurchasePrev[i] = day;
            }
            if (day >= p.from) {
                f.periodValue[i] += amount;
                ++f.periodOrders[i];
                if (purchase) {
                    ++f.periodPurchases[i];
                    f.bought[i] = 1;
                }
            } else if (day >= p.prevFrom) {
                f.previousValue[i] += amount;
                f.boughtPrev[i] = f.boughtPrev[i] | quint8(purchase);
            } else if (purchase && day >= p.prevPrevFrom) {
                f.boughtPrevPrev[i] = 1;
            }
        }
    }
    return f;
}

Result<RfmResult> rfmOf(const DashboardColumns &c,
                        const std::vector<quint8> &keep,
                        const Figures &f,
                        const QDate &asOf,
                        std::vector<qint32> &index)
{
    std::vector<qint64> ids, last, frequency, monetary;
    for (std::size_t i = 0; i < keep.size(); ++i) {
        if (!keep[i] || !f.bought[i])
            continue;
        index.push_back(qint32(i));
        ids.push_back(c.ids[i]);
        last.push_back(qint64(f.lastPurchase[i]) + UnixEpochJulianDay);
        frequency.push_back(f.periodPurchases[i]);
        monetary.push_back(f.periodValue[i]);
    }
    return rfm(ids, last, frequency, monetary, asOf);
}

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// Open at the end of `day`: opened by then and not resolved by then.
bool openAt(const DashboardColumns &c, std::size_t k, qint32 day)
{
    const qint64 end = (qint64(day) + 1) * SecondsPerDay;
    return c.caseOpened[k] < end && (c.caseResolved[k] == 0 || c.caseResolved[k] >= end);
}

void fillKpis(DashboardResult &r,
              const DashboardColumns &c,
              const std::vector<quint8> &keep,
              const Figures &f,
              const Periods &p)
{
    KpiValue &active = r.kpis[std::size_t(Kpi::ActiveCustomers)];
    KpiValue &fresh = r.kpis[std::size_t(Kpi::NewCustomers)];
    KpiValue &lost = r.kpis[std::size_t(Kpi::LostCustomers)];
    KpiValue &retention = r.kpis[std::size_t(Kpi::RetentionRate)];
    KpiValue &revenue = r.kpis[std::size_t(Kpi::Revenue)];
    KpiValue &complaints = r.kpis[std::size_t(Kpi::OpenComplaints)];

    qint64 activeNow = 0, activeBefore = 0, newNow = 0, newBefore = 0, lostBefore = 0;
    qint64 retainedNow = 0, retainedBefore = 0, beforeBefore = 0, revenueNow = 0;
    qint64 revenueBefore = 0;
    for (std::size_t i = 0; i < keep.size(); ++i) {
        if (!keep[i])
            continue;
        const qint64 id = c.ids[i];
        revenueNow += f.periodValue[i];
        revenueBefore += f.previousValue[i];
        if (f.bought[i]) {
            ++activeNow;
            active.customers.push_back(id);
        }
        if (f.boughtPrev[i]) {
            ++activeBefore;
            if (f.bought[i]) {
                ++retainedNow;
                retention.customers.push_back(id);
            }
        }
        if (f.boughtPrevPrev[i]) {
            ++beforeBefore;
            if (f.boughtPrev[i])
                ++retainedBefore;
        }
        // Lost in the period: the day past the limit without a purchase falls in it.
        if (f.lastPurchase[i] >= 0
            && lostDuring(f.lastPurchase[i], p.from, p.to, DefaultLostAfterDays))
            lost.customers.push_back(id);
        if (f.lastPurchasePrev[i] >= 0
            && lostDuring(f.lastPurchasePrev[i], p.prevFrom, p.prevTo, DefaultLostAfterDays))
            ++lostBefore;
        const qint32 first = f.firstPurchase[i];
        if (first >= p.from && first <= p.to) {
            ++newNow;
            fresh.customers.push_back(id);
        } else if (first >= p.prevFrom && first <= p.prevTo) {
            ++newBefore;
        }
    }
    active.current = double(activeNow);
    active.previous = double(activeBefore);
    fresh.current = double(newNow);
    fresh.previous = double(newBefore);
    lost.current = double(lost.customers.size());
    lost.previous = double(lostBefore);
    retention.current = share(retainedNow, activeBefore);
    retention.previous = share(retainedBefore, beforeBefore);
    revenue.current = double(revenueNow);
    revenue.previous = double(revenueBefore);

    qint64 openNow = 0, openBefore = 0;
    for (std::size_t k = 0; k < c.caseCustomers.size(); ++k) {
        if (c.caseKinds[k] != 0 || !keep[std::size_t(c.caseCustomers[k])])
            continue;
        if (openAt(c, k, p.to)) {
            ++openNow;
            complaints.customers.push_back(c.ids[std::size_t(c.caseCustomers[k])]);
        }
        if (openAt(c, k, p.prevTo))
            ++openBefore;
    }
    std::sort(complaints.customers.begin(), complaints.customers.end());
    complaints.customers.erase(std::unique(complaints.customers.begin(), complaints.customers.end()),
                               complaints.customers.end());
    complaints.current = double(openNow);
    complaints.previous = double(openBefore);
}

void fillKpiFigures(DashboardResult &r,
                    const DashboardColumns &c,
                    const Figures &f,
                    const Periods &p)
{
    const auto fill = [&](Kpi kpi, CustomerFigure figure, const auto &valueOf) {
        fillFigure(r, c, kpi, std::move(figure), valueOf);
    };
    using Kind = CustomerFigure::Kind;
    const CustomerFigure revenue{Dashboard::tr("Revenue in period"), Kind::Money, r.currency};
    const auto periodValue = [&f](std::size_t i) { return f.periodValue[i]; };
    fill(Kpi::ActiveCustomers, revenue, periodValue);
    fill(Kpi::NewCustomers, revenue, periodValue);
    fill(Kpi::RetentionRate, revenue, periodValue);
    fill(Kpi::LostCustomers,
         {Dashboard::tr("Days since last purchase"), Kind::Days, {}},
         [&f, &p](std::size_t i) { return f.lastPurchase[i] < 0 ? 0 : p.to - f.lastPurchase[i]; });
    std::vector<qint32> open; // open complaints per customer index, sorted
    for (std::size_t k = 0; k < c.caseCustomers.size(); ++k) {
        if (c.caseKinds[k] == 0 && r.keep[std::size_t(c.caseCustomers[k])] && openAt(c, k, p.to))
            open.push_back(c.caseCustomers[k]);
    }
    std::sort(open.begin(), open.end());
    fill(Kpi::OpenComplaints,
         {Dashboard::tr("Open complaints"), Kind::Count, {}},
         [&open](std::size_t i) {
             const auto [low, high] = std::equal_range(open.begin(), open.end(), qint32(i));
             return high - low;
         });
}

ParetoPanel paretoPanel(const DashboardColumns &c,
                        const std::vector<quint8> &keep,
                        const Figures &f,
                        const Periods &p,
                        ParetoMeasure measure)
{
    ParetoPanel panel;
    panel.measure = measure;
    std::vector<qint64> ids, values;
    if (measure == ParetoMeasure::ServiceLoad) {
        // Cases opened in the period, over the customers who bought or opened one then.
        std::vector<qint64> load(keep.size(), 0);
        const qint64 start = qint64(p.from) * SecondsPerDay,
                     end = (qint64(p.to) + 1) * SecondsPerDay;
        for (std::size_t k = 0; k < c.caseCustomers.size(); ++k) {
            if (c.caseOpened[k] >= start && c.caseOpened[k] < end)
                ++load[std::size_t(c.caseCustomers[k])];
        }
        for (std::size_t i = 0; i < keep.size(); ++i) {
            if (keep[i] && (f.bought[i] || load[i] > 0)) {
                ids.push_back(c.ids[i]);
                values.push_back(load[i]);
            }
        }
    } else {
        for (std::size_t i = 0; i < keep.size(); ++i) {
            if (keep[i] && f.periodOrders[i] > 0) {
                ids.push_back(c.ids[i]);
                values.push_back(f.periodValue[i]);
            }
        }
    }
    auto result = pareto(ids, values, measure);
    if (result)
        panel.result = std::move(*result);
    else
        panel.message = result.error().message();
    return panel;
}

// The calendar month (monthIndex) of every day the orders span, looked up instead of computed
// for each of millions of orders.
class MonthOfDay
{
public:
    explicit MonthOfDay(const DashboardColumns &c)
    {
        if (c.orderDays.empty())
            return;
        const auto [low, high] = std::minmax_element(c.orderDays.begin(), c.orderDays.end());
        m_first = *low;
        m_months.resize(std::size_t(*high - *low) + 1);
        for (std::size_t d = 0; d < m_months.size(); ++d)
            m_months[d] = monthOfUnixSeconds((qint64(m_first) + qint64(d)) * SecondsPerDay);
    }
    int operator()(qint32 day) const { return m_months[std::size_t(day - m_first)]; }

private:
    qint32 m_first = 0;
    std::vector<int> m_months;
};

CohortPanel cohortPanel(const DashboardColumns &c,
                        const std::vector<quint8> &keep,
                        const Periods &p,
                        const QDate &asOf)
{
    CohortPanel panel;
    const MonthOfDay monthOf(c);
    CustomerMonths months;
    months.reserve(c.orderDays.size() / 2);
    for (std::size_t i = 0; i < keep.size(); ++i) {
        if (!keep[i])
            continue;
        int previous = -1;
        for (quint32 o = c.orderStart[i]; o < c.orderStart[i + 1]; ++o) {
            if (c.orderDays[o] > p.to)
                break;
            if (c.orderAmounts[o] <= 0)
                continue;
            const int month = monthOf(c.orderDays[o]);
            if (month != previous)
                months.emplace_back(c.ids[i], month);
            previous = month;
        }
    }
    auto result = retentionOfMonths(months, {}, asOf);
    if (result)
        panel.result = std::move(*result);
    else
        panel.message = result.error().message();
    panel.lastMonthRunning = monthRunning(asOf);
    return panel;
}

Error cancelled()
{
    return Error(Error::Kind::Cancelled, Dashboard::tr("The dashboard was not refreshed."));
}

} // namespace

bool monthRunning(const QDate &asOf)
{
    return asOf.isValid() && asOf.day() < asOf.daysInMonth();
}

bool weekRunning(const QDate &asOf)
{
    return asOf.isValid() && asOf.dayOfWeek() != Qt::Sunday;
}

std::optional<DashboardFilters> periodWithData(const DashboardColumns &columns,
                                               const DashboardFilters &wanted)
{
    if (columns.orderDays.empty() || !wanted.from.isValid() || !wanted.to.isValid())
        return std::nullopt;
    const qint32 from = epochDay(wanted.from);
    const qint32 to = epochDay(wanted.to);
    qint32 last = std::numeric_limits<qint32>::min();
    for (qint32 day : columns.orderDays) {
        if (day >= from && day <= to)
            return std::nullopt;
        last = std::max(last, day);
    }
    DashboardFilters moved = wanted;
    moved.to = QDate(1970, 1, 1).addDays(last);
    // The last 12 months stay 12 months (leap years make them 365 or 366 days).
    moved.from = wanted.from == DashboardFilters::lastYear(wanted.to).from
                     ? DashboardFilters::lastYear(moved.to).from
                     : moved.to.addDays(-(wanted.days() - 1));
    return moved;
}

DashboardFilters DashboardFilters::lastYear(const QDate &day)
{
    DashboardFilters f;
    f.to = day;
    f.from = day.addYears(-1).addDays(1);
    return f;
}

Result<DashboardResult> Dashboard::compute(const DashboardColumns &c,
                                           const DashboardFilters &asked,
                                           const DashboardClv *clv,
                                           const DashboardClv *previousClv,
                                           const CancelFlag *cancel)
{
    cpu::clearUpperVectorState();
    QElapsedTimer timer;
    timer.start();
    if (!asked.from.isValid() || !asked.to.isValid() || asked.from > asked.to)
        return Error(Error::Kind::Validation, tr("The period must not end before it starts."));
    // A team narrows the scope to its members' customers and work: every panel follows.
    DashboardFilters filters = asked;
    filters.scope = teamScope(c, asked.scope, asked.teamId);
    const auto stop = [cancel] { return cancel && cancel->load(); };
    const Periods p(filters);
    DashboardResult r;
    r.filters = asked;
    r.currency = c.currency;

    // Owner and kind first; the RFM segments are scored over those customers, then narrow them.
    const std::size_t n = c.customers();
    r.keep.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        r.keep[i] = (!filters.ownerId || c.owners[i] == *filters.ownerId)
                    && (!filters.kind || c.kinds[i] == *filters.kind);
    }
    // The reader's scope: a binary search among a few owners per customer kept so far.
    if (!filters.scope.isEverything()) {
        for (std::size_t i = 0; i < n; ++i) {
            if (r.keep[i] && !inScope(filters.scope, c.owners[i]))
                r.keep[i] = 0;
        }
    }
    Figures f = figures(c, r.keep, p);
    if (stop())
        return cancelled();
    std::vector<qint32> scored;
    auto rfmResult = rfmOf(c, r.keep, f, filters.to, scored);
    r.segments.assign(n, -1);
    if (rfmResult) {
        for (std::size_t k = 0; k < scored.size(); ++k)
            r.segments[std::size_t(scored[k])] = qint8(rfmResult->segments[k]);
        r.rfm.result = std::move(*rfmResult);
    } else {
        r.rfm.message = rfmResult.error().message();
    }
    if (filters.segment) {
        for (std::size_t i = 0; i < n; ++i)
            r.keep[i] = r.keep[i] && r.segments[i] == qint8(*filters.segment);
    }
    r.population = std::count(r.keep.begin(), r.keep.end(), quint8(1));
    if (stop())
        return cancelled();

    // The cohorts on the second core while this one does the rest.
    auto cohorts = std::async(std::launch::async,
                              [&] { return cohortPanel(c, r.keep, p, filters.to); });
    fillKpis(r, c, r.keep, f, p);
    fillKpiFigures(r, c, f, p);
    applyLifetimeValues(r,
                        c,
                        f.pastValue,
                        clv && clv->asOf == filters.to ? clv : nullptr,
                        previousClv && previousClv->asOf == filters.previousTo() ? previousClv
                                                                                 : nullptr);
    r.pareto = paretoPanel(c, r.keep, f, p, filters.paretoMeasure);
    r.activity = activityPanel(c, filters);
    r.activity.teams = teamWork(c, filters);
    r.satisfaction = satisfactionPanel(c, r.keep, f.yearValue, filters.to);
    r.cohorts = cohorts.get();
    if (stop())
        return cancelled();
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    return r;
}

DrillDown Dashboard::cohortCustomers(const DashboardColumns &c,
                                     const DashboardResult &result,
                                     int cohort,
                                     int monthsSince)
{
    DrillDown out;
    out.figure = {tr("Revenue in month %1").arg(monthsSince),
                  CustomerFigure::Kind::Money,
                  result.currency};
    if (!result.cohorts.result || result.keep.size() != c.customers())
        return out;
    const CohortTable &table = result.cohorts.result->cohorts;
    const int firstMonth = table.firstMonth + cohort;
    const int month = firstMonth + monthsSince;
    if (cohort < 0 || monthsSince < 0 || month > table.lastMonth)
        return out;
    const MonthOfDay monthOf(c);
    const qint32 last = epochDay(result.filters.to);
    for (std::size_t i = 0; i < c.customers(); ++i) {
        if (!result.keep[i])
            continue;
        int first = -1;
        bool active = false;
        qint64 spent = 0; // net in that month, refunds included
        for (quint32 o = c.orderStart[i]; o < c.orderStart[i + 1]; ++o) {
            if (c.orderDays[o] > last)
                break;
            const qint64 amount = c.orderAmounts[o];
            const int m = monthOf(c.orderDays[o]);
            if (first < 0) {
                if (amount <= 0)
                    continue; // a refund before the first purchase
                first = m;
            }
            // Days ascend: past the month nothing more counts.
            if (first != firstMonth || m > month)
                break;
            if (m == month) {
                spent += amount;
                active = active || amount > 0;
            }
        }
        if (first == firstMonth && active) {
            out.ids.push_back(c.ids[i]);
            out.values.push_back(double(spent));
        }
    }
    return out;
}

} // namespace rapport::analytics
