// The drill-downs of the dashboards that read a computed result: the customers behind an RFM
// segment, a Pareto rank range, the slipping list and a satisfaction quadrant, each with the
// figure that put them there.
#include "core/analytics/dashboard.h"
#include "core/analytics/dashboardcolumns.h"

#include <algorithm>
#include <numeric>

namespace rapport::analytics {
namespace {

// Sorted by id, values along (CustomerSelection sorts again; this keeps tests' lists readable).
void sortById(DrillDown &d)
{
    std::vector<std::size_t> order(d.ids.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&d](std::size_t a, std::size_t b) {
        return d.ids[a] < d.ids[b];
    });
    DrillDown sorted;
    sorted.figure = std::move(d.figure);
    sorted.ids.reserve(order.size());
    sorted.values.reserve(order.size());
    for (std::size_t k : order) {
        sorted.ids.push_back(d.ids[k]);
        sorted.values.push_back(d.values[k]);
    }
    d = std::move(sorted);
}

} // namespace

DrillDown Dashboard::segmentCustomers(const DashboardResult &result, RfmSegment segment)
{
    DrillDown out;
    out.figure = {tr("Revenue in period"), CustomerFigure::Kind::Money, result.currency};
    if (!result.rfm.result)
        return out;
    const RfmResult &rfm = *result.rfm.result;
    for (std::size_t k = 0; k < rfm.ids.size(); ++k) {
        if (rfm.segments[k] == segment) {
            out.ids.push_back(rfm.ids[k]);
            out.values.push_back(double(rfm.monetary[k]));
        }
    }
    sortById(out);
    return out;
}

CustomerFigure Dashboard::paretoFigure(ParetoMeasure measure, const QString &currency)
{
    if (measure == ParetoMeasure::ServiceLoad)
        return {tr("Cases opened in period"), CustomerFigure::Kind::Count, {}};
    return {tr("Revenue in period"), CustomerFigure::Kind::Money, currency};
}

DrillDown Dashboard::rankedCustomers(const DashboardResult &result,
                                     std::size_t first,
                                     std::size_t last)
{
    DrillDown out;
    out.figure = paretoFigure(result.pareto.measure, result.currency);
    if (!result.pareto.result || first > last)
        return out;
    const ParetoResult &pareto = *result.pareto.result;
    if (first >= pareto.ids.size())
        return out;
    last = std::min(last, pareto.ids.size() - 1);
    for (std::size_t k = first; k <= last; ++k) {
        out.ids.push_back(pareto.ids[k]);
        out.values.push_back(double(pareto.values[k]));
    }
    sortById(out);
    return out;
}

DrillDown Dashboard::slippingCustomers(const ClvPanel &panel, const QString &currency)
{
    DrillDown out;
    out.figure = {tr("Past revenue"), CustomerFigure::Kind::Money, currency};
    for (const ClvPanel::Slipping &s : panel.slipping) {
        out.ids.push_back(s.id);
        out.values.push_back(double(s.pastValue));
    }
    sortById(out);
    return out;
}

DrillDown Dashboard::clvBinCustomers(const DashboardColumns &columns,
                                     const DashboardResult &result,
                                     const DashboardClv &clv,
                                     std::size_t bin)
{
    DrillDown out;
    out.figure = {tr("Predicted lifetime value"), CustomerFigure::Kind::Money, result.currency};
    const std::vector<double> &edges = result.clv.edges;
    const std::size_t n = columns.customers();
    if (edges.size() < 2 || bin + 1 >= edges.size() || result.keep.size() != n
        || clv.lifetimeValue.size() != n || clv.bought.size() != n)
        return out;
    const std::size_t bins = edges.size() - 1;
    for (std::size_t c = 0; c < n; ++c) {
        if (!result.keep[c] || !clv.bought[c])
            continue;
        // As clvPanel() counts: below the first edge in the first bin, past the last in the last.
        const double v = std::max(0.0, double(clv.lifetimeValue[c]));
        const auto it = std::upper_bound(edges.begin(), edges.end(), v);
        const std::size_t at
            = std::min(std::size_t(std::max<std::ptrdiff_t>(it - edges.begin() - 1, 0)), bins - 1);
        if (at == bin) {
            out.ids.push_back(columns.ids[c]);
            out.values.push_back(double(clv.lifetimeValue[c]));
        }
    }
    return out;
}

DrillDown Dashboard::quadrantCustomers(const SatisfactionPanel &panel, std::size_t quadrant)
{
    DrillDown out;
    out.figure = {tr("Survey score"), CustomerFigure::Kind::Score, {}};
    if (quadrant >= panel.customers.size())
        return out;
    out.ids = panel.customers[quadrant];
    out.values = panel.scores[quadrant];
    if (out.values.size() != out.ids.size())
        out.values.assign(out.ids.size(), 0.0);
    sortById(out);
    return out;
}

} // namespace rapport::analytics
