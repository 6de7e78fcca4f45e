#include "core/analytics/pareto.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rapport::analytics {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pareto)
};

Error nothingToRank(ParetoMeasure measure)
{
    switch (measure) {
    case ParetoMeasure::GrossMargin:
        return Error(Error::Kind::NotFound,
                     Tr::tr("There is no gross margin in the period (no orders of products with a "
                            "known cost), so there is nothing to rank."));
    case ParetoMeasure::ServiceLoad:
        return Error(Error::Kind::NotFound,
                     Tr::tr("There are no cases in the period, so there is no service load to "
                            "rank."));
    case ParetoMeasure::Revenue:
        break;
    }
    return Error(Error::Kind::NotFound,
                 Tr::tr("There is no revenue in the period, so there is nothing to rank."));
}

} // namespace

char abcLetter(AbcClass c)
{
    return c == AbcClass::A ? 'A' : c == AbcClass::B ? 'B' : 'C';
}

double ParetoResult::shareHeldByTop(double customerShare) const
{
    const auto n = qint64(cumulativeShare.size());
    if (n == 0 || customerShare <= 0)
        return 0;
    if (customerShare >= 1)
        return 1;
    const double t = customerShare * double(n);
    const auto i = qint64(std::floor(t));
    if (i >= n)
        return 1;
    const double lower = i == 0 ? 0.0 : cumulativeShare[std::size_t(i - 1)];
    const double upper = cumulativeShare[std::size_t(i)];
    return lower + (t - double(i)) * (upper - lower);
}

std::vector<CurvePoint> ParetoResult::concentrationCurve(int points) const
{
    points = std::max(points, 2);
    std::vector<CurvePoint> curve;
    curve.reserve(std::size_t(points));
    for (int k = 0; k < points; ++k) {
        const double x = double(k) / double(points - 1);
        curve.push_back({x, shareHeldByTop(x)});
    }
    return curve;
}

std::vector<CurvePoint> ParetoResult::lorenzCurve(int points) const
{
    points = std::max(points, 2);
    std::vector<CurvePoint> curve;
    curve.reserve(std::size_t(points));
    for (int k = 0; k < points; ++k) {
        const double x = double(k) / double(points - 1);
        // The smallest share x of customers hold what the largest 1 - x do not.
        curve.push_back({x, k == 0 ? 0.0 : 1.0 - shareHeldByTop(1.0 - x)});
    }
    return curve;
}

Result<ParetoResult> pareto(std::span<const qint64> ids,
                            std::span<const qint64> values,
                            ParetoMeasure measure)
{
    const std::size_t n = std::min(ids.size(), values.size());
    ParetoResult r;
    r.customers = qint64(n);
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 v = values[i];
        r.netTotal += v;
        if (v > 0) {
            r.total += v;
        } else if (v < 0) {
            ++r.negativeCustomers;
            r.negativeTotal += v;
        } else {
            ++r.zeroCustomers;
        }
    }
    if (r.total <= 0)
        return nothingToRank(measure);

    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), quint32(0));
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return values[a] != values[b] ? values[a] > values[b] : ids[a] < ids[b];
    });

    r.ids.reserve(n);
    r.values.reserve(n);
    r.cumulativeShare.reserve(n);
    r.classes.reserve(n);
    const qint64 total = r.total;
    const double totalD = double(total);
    qint64 cumulative = 0;
    bool reached80 = false;
    // sum of i * x_i with x ascending and i from 1: the customer ranked k (from 0, largest
    // first) is number n - k from the bottom.
    long double weighted = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const quint32 i = order[k];
        const qint64 v = values[i];
        const qint64 clamped = std::max<qint64>(v, 0);
        // Integer comparisons, so a customer exactly on a boundary is classed the same way on
        // every machine: A while what the customers before hold is under 80%.
        const AbcClass c = cumulative * 5 < total * 4     ? AbcClass::A
                           : cumulative * 20 < total * 19 ? AbcClass::B
                                                          : AbcClass::C;
        if (!reached80 && (cumulative + clamped) * 5 >= total * 4) {
            reached80 = true;
            // The concentration curve crosses 0.8 inside this customer's step.
            const double within = double(total * 4 - cumulative * 5) / double(clamped * 5);
            r.customersFor80Share = (double(k) + within) / double(n);
        }
        cumulative += clamped;
        weighted += static_cast<long double>(n - k) * static_cast<long double>(clamped);
        r.ids.push_back(ids[i]);
        r.values.push_back(v);
        r.cumulativeShare.push_back(cumulative == total ? 1.0 : double(cumulative) / totalD);
        r.classes.push_back(c);
        ++r.classCustomers[std::size_t(c)];
        r.classValue[std::size_t(c)] += clamped;
    }
    r.top20Share = r.shareHeldByTop(0.2);
    const long double nn = static_cast<long double>(n);
    const long double g = 2.0L * weighted / (nn * static_cast<long double>(total))
                          - (nn + 1.0L) / nn;
    r.gini = std::clamp(double(g), 0.0, 1.0);
    return r;
}

} // namespace rapport::analytics
