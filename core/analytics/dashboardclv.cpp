// The dashboards' customer lifetime value: the models fitted as of a day over the in-memory
// columns (the same summary ClvRepository reads for the CLI), the CLV panel and the average CLV
// tile, and those added to panels computed without them (Dashboard::withLifetimeValues).
#include "core/analytics/clv.h"
#include "core/analytics/clvaverage.h"
#include "core/analytics/dashboardpanels.h"
#include "core/util/displayformat.h"
#include "core/util/vectorstate.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rapport::analytics {
namespace {

// Histogram edges at 1, 2 and 5 times the powers of ten (in major units) from 0 up past `max`.
std::vector<double> valueEdges(double max, double unit)
{
    std::vector<double> edges{0.0};
    double step = unit;
    const double factors[] = {1, 2, 5};
    while (edges.back() <= max) {
        for (double f : factors) {
            edges.push_back(step * f);
            if (edges.back() > max)
                break;
        }
        step *= 10;
    }
    return edges;
}

// What the models are fitted to, as one SHA-1: the buyers' indexes and their summary.
QByteArray fitInputs(const std::vector<std::size_t> &who,
                     const std::vector<double> &x,
                     const std::vector<double> &tx,
                     const std::vector<double> &T,
                     const std::vector<double> &spend)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const auto &v) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(v.data()),
                                    qsizetype(v.size() * sizeof(v[0]))));
    };
    const quint64 count = who.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&count), sizeof count));
    add(who);
    add(x);
    add(tx);
    add(T);
    add(spend);
    return hash.result();
}

} // namespace

std::size_t DashboardColumns::bytes() const
{
    const auto size = [](const auto &v) { return v.size() * sizeof(v[0]); };
    std::size_t total = size(ids) + size(owners) + size(kinds) + size(stages) + size(orderStart)
                        + size(orderDays) + size(orderAmounts) + size(caseCustomers)
                        + size(caseKinds) + size(caseOwners) + size(caseOpened) + size(caseResolved)
                        + size(activityAgents) + size(activityChannels) + size(activityWeeks)
                        + size(activityKinds) + size(activityCounts) + size(surveyCustomers)
                        + size(surveyDays) + size(surveyScores) + size(userIds) + size(teamIds)
                        + size(teamMemberStart) + size(teamMembers);
    for (const auto *names : {&userNames, &teamNames}) {
        for (const QString &name : *names)
            total += sizeof(QString) + std::size_t(name.size()) * sizeof(QChar);
    }
    return total;
}

DashboardClv Dashboard::lifetimeValues(const DashboardColumns &columns,
                                       const QDate &asOf,
                                       const CancelFlag *cancel,
                                       const DashboardClv *earlier)
{
    cpu::clearUpperVectorState();
    DashboardClv clv;
    clv.asOf = asOf;
    const std::size_t n = columns.customers();
    clv.bought.assign(n, 0);
    clv.probabilityAlive.assign(n, 0.f);
    clv.lifetimeValue.assign(n, 0.f);

    // The summary as ClvRepository makes it: purchases are orders with a total >= 0 up to asOf;
    // several on one day are one purchase; x counts the later days, t_x and T in weeks; the
    // repeat spend is the mean of the later days' totals.
    const qint32 last = epochDay(asOf);
    std::vector<std::size_t> who;
    std::vector<double> x, tx, T, spend;
    for (std::size_t c = 0; c < n; ++c) {
        const quint32 begin = columns.orderStart[c], end = columns.orderStart[c + 1];
        qint32 first = -1, previousDay = -1, lastDay = -1;
        qint64 repeatDays = 0, repeatTotal = 0;
        for (quint32 o = begin; o < end; ++o) {
            const qint32 day = columns.orderDays[o];
            const qint64 amount = columns.orderAmounts[o];
            if (day > last)
                break;
            if (amount < 0)
                continue;
            if (first < 0)
                first = day;
            if (day != first) {
                if (day != previousDay)
                    ++repeatDays;
                repeatTotal += amount;
            }
            previousDay = lastDay = day;
        }
        if (first < 0)
            continue;
        who.push_back(c);
        x.push_back(double(repeatDays));
        tx.push_back(double(lastDay - first) / 7.0);
        T.push_back(double(last - first) / 7.0);
        spend.push_back(repeatDays > 0 ? double(repeatTotal) / double(repeatDays) : 0.0);
    }
    if (cancel && cancel->load())
        return clv;
    clv.inputs = fitInputs(who, x, tx, T, spend);
    if (earlier && earlier->asOf == asOf && !earlier->inputs.isEmpty()
        && earlier->inputs == clv.inputs) {
        // The same purchases as before: the same values. Customers added since (past every
        // buyer, or the inputs would differ) bought nothing by then.
        clv = *earlier;
        clv.bought.resize(n, 0);
        clv.probabilityAlive.resize(n, 0.f);
        clv.lifetimeValue.resize(n, 0.f);
        return clv;
    }
    if (who.empty()) {
        clv.message = tr("No customer had bought anything by %1.").arg(display::date(asOf));
        return clv;
    }
    auto model = fitAndScore(RfmColumns{x, tx, T}, spend, 52.0, ClvOptions{});
    if (!model) {
        clv.message = model.error().message();
        return clv;
    }
    // A fit that spent its budget of likelihood evaluations without settling has parameters
    // where the search stopped, not the best ones: no values from them.
    if (!model->bgnbd.converged) {
        clv.message = tr("The lifetime value model did not settle on the purchases up to %1 "
                         "within its budget of calculations, so there are no values.")
                          .arg(display::date(asOf));
        return clv;
    }
    // A fit at the edge of the parameter space (a and b running off together when the data show
    // almost no one dropping out) leaves the expectations undefined: say so rather than show 0.
    const auto &values = model->scores.lifetimeValue;
    if (std::any_of(values.begin(), values.end(), [](double v) { return !std::isfinite(v); })) {
        clv.message = tr("The lifetime value model does not settle on the purchases up to %1 "
                         "(it sees almost no customer dropping out), so there are no values.")
                          .arg(display::date(asOf));
        return clv;
    }
    clv.fit = model->bgnbd;
    for (std::size_t i = 0; i < who.size(); ++i) {
        const std::size_t c = who[i];
        clv.bought[c] = 1;
        clv.probabilityAlive[c] = float(model->scores.probabilityAlive[i]);
        clv.lifetimeValue[c] = float(values[i]);
    }
    return clv;
}

// The CLV panel over the customers `keep` marks, `pastValue` their net revenue up to the day.
ClvPanel clvPanel(const DashboardClv &clv,
                  const std::vector<quint8> &keep,
                  const std::vector<qint64> &pastValue,
                  const std::vector<qint64> &ids)
{
    ClvPanel panel;
    panel.fit = clv.fit;
    panel.message = clv.message;
    if (!clv.fit)
        return panel;
    std::vector<std::size_t> who;
    for (std::size_t c = 0; c < keep.size(); ++c) {
        if (keep[c] && clv.bought[c])
            who.push_back(c);
    }
    panel.customers = qint64(who.size());
    if (who.empty()) {
        panel.message = Dashboard::tr("None of these customers has bought anything yet.");
        return panel;
    }
    // The one average (clvaverage.h) the KPI tile and `report clv` show too.
    const LifetimeValueAverage mean = averageLifetimeValue(clv.lifetimeValue, clv.bought, keep);
    panel.total = mean.total;
    panel.average = mean.average().value_or(0.0);
    double max = 0;
    for (std::size_t c : who)
        max = std::max(max, double(clv.lifetimeValue[c]));
    panel.edges = valueEdges(max, 100.0);
    panel.counts.assign(panel.edges.size() - 1, 0);
    for (std::size_t c : who) {
        const double v = std::max(0.0, double(clv.lifetimeValue[c]));
        const auto it = std::upper_bound(panel.edges.begin(), panel.edges.end(), v);
        const std::size_t bin = std::size_t(
            std::max<std::ptrdiff_t>(it - panel.edges.begin() - 1, 0));
        ++panel.counts[std::min(bin, panel.counts.size() - 1)];
    }

    // Valuable: the top fifth by past revenue; slipping: P(alive) below one half.
    std::vector<qint64> values;
    values.reserve(who.size());
    for (std::size_t c : who)
        values.push_back(pastValue[c]);
    const std::size_t cut = values.size() - std::max<std::size_t>(1, values.size() / 5);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(cut), values.end());
    const qint64 threshold = std::max<qint64>(values[cut], 1);
    for (std::size_t c : who) {
        if (pastValue[c] >= threshold && clv.probabilityAlive[c] < 0.5f)
            panel.slipping.push_back({ids[c],
                                      QString(),
                                      pastValue[c],
                                      double(clv.probabilityAlive[c]),
                                      double(clv.lifetimeValue[c])});
    }
    std::sort(panel.slipping.begin(), panel.slipping.end(), [](const auto &a, const auto &b) {
        return a.pastValue != b.pastValue ? a.pastValue > b.pastValue : a.id < b.id;
    });
    return panel;
}

void applyLifetimeValues(DashboardResult &r,
                         const DashboardColumns &c,
                         const std::vector<qint64> &pastValue,
                         const DashboardClv *clv,
                         const DashboardClv *previousClv)
{
    KpiValue &averageClv = r.kpis[std::size_t(Kpi::AverageClv)];
    // As fillKpis() and fillKpiFigures() leave the tile without lifetime values (it may hold
    // those kept while they were fitted again).
    averageClv.current.reset();
    averageClv.previous.reset();
    averageClv.customers.clear();
    averageClv.values.clear();
    averageClv.figure = {Dashboard::tr("Revenue in period"),
                         CustomerFigure::Kind::Money,
                         r.currency};
    // The same average as the Lifetime value tab and `report clv` (clvaverage.h): everyone the
    // filters keep who had bought by the period's end, not the period's buyers only.
    if (clv && clv->fit) {
        averageClv.current = averageLifetimeValue(clv->lifetimeValue, clv->bought, r.keep).average();
        averageClv.customers.clear();
        for (std::size_t i = 0; i < r.keep.size(); ++i) {
            if (r.keep[i] && clv->bought[i])
                averageClv.customers.push_back(c.ids[i]);
        }
        fillFigure(r,
                   c,
                   Kpi::AverageClv,
                   {Dashboard::tr("Predicted lifetime value"),
                    CustomerFigure::Kind::Money,
                    r.currency},
                   [clv](std::size_t i) { return double(clv->lifetimeValue[i]); });
    }
    if (previousClv && previousClv->fit)
        averageClv.previous
            = averageLifetimeValue(previousClv->lifetimeValue, previousClv->bought, r.keep).average();
    if (clv)
        r.clv = clvPanel(*clv, r.keep, pastValue, c.ids);
    else
        r.clv.message = Dashboard::tr("Customer lifetime values are being computed…");
}

DashboardResult Dashboard::withLifetimeValues(const DashboardColumns &c,
                                              const DashboardResult &panels,
                                              const DashboardClv *clv,
                                              const DashboardClv *previousClv)
{
    cpu::clearUpperVectorState();
    QElapsedTimer timer;
    timer.start();
    DashboardResult r = panels;
    const DashboardFilters &filters = r.filters;
    if (r.keep.size() != c.customers())
        return r;
    // The net revenue up to the period's end, as figures() sums it, for the customers kept.
    const qint32 to = epochDay(filters.to);
    std::vector<qint64> pastValue(c.customers(), 0);
    for (std::size_t i = 0; i < c.customers(); ++i) {
        if (!r.keep[i])
            continue;
        for (quint32 o = c.orderStart[i]; o < c.orderStart[i + 1] && c.orderDays[o] <= to; ++o)
            pastValue[i] += c.orderAmounts[o];
    }
    applyLifetimeValues(r,
                        c,
                        pastValue,
                        clv && clv->asOf == filters.to ? clv : nullptr,
                        previousClv && previousClv->asOf == filters.previousTo() ? previousClv
                                                                                 : nullptr);
    r.seconds += double(timer.nsecsElapsed()) / 1e9;
    return r;
}

void Dashboard::keepLifetimeValuesWhileUpdating(DashboardResult &panels,
                                                const DashboardResult &before)
{
    panels.clv = before.clv;
    panels.clv.updating = true;
    panels.kpis[std::size_t(Kpi::AverageClv)] = before.kpis[std::size_t(Kpi::AverageClv)];
}

} // namespace rapport::analytics
