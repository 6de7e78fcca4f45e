#include "core/analytics/gammagamma.h"

#include "core/analytics/optimize.h"
#include "core/util/vectorstate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace rapport::analytics {

double GammaGamma::logLikelihood(const GammaGammaParams &g, double x, double mx)
{
    // ln G(px+q) - ln G(px) - ln G(q) + q ln gamma + (px-1) ln m_x + px ln x - (px+q) ln(gamma + x m_x)
    const double px = g.p * x;
    return std::lgamma(px + g.q) - std::lgamma(px) - std::lgamma(g.q) + g.q * std::log(g.gamma)
           + (px - 1) * std::log(mx) + px * std::log(x) - (px + g.q) * std::log(g.gamma + x * mx);
}

Result<GammaGammaFit> GammaGamma::fit(std::span<const double> xs, std::span<const double> mxs)
{
    if (xs.size() != mxs.size())
        return Error(Error::Kind::Validation, tr("The customer columns differ in length."));
    cpu::clearUpperVectorState();
    // Per customer: x, ln m_x, ln x, x m_x; per distinct x the digamma terms.
    struct Row
    {
        double x, logM, logX, xm;
        int xIndex;
    };
    std::vector<Row> rows;
    std::vector<double> distinctX;
    std::map<double, int> xIndex;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i], m = mxs[i];
        if (!(x > 0) || !(m > 0) || !std::isfinite(x) || !std::isfinite(m))
            continue;
        auto [it, fresh] = xIndex.try_emplace(x, int(distinctX.size()));
        if (fresh)
            distinctX.push_back(x);
        rows.push_back({x, std::log(m), std::log(x), x * m, it->second});
    }
    if (rows.size() < 2)
        return Error(Error::Kind::Validation,
                     tr("Fewer than two customers have bought again with a positive amount, so "
                        "spend cannot be estimated."));
    const Objective objective = [&](const std::vector<double> &theta, std::vector<double> &grad) {
        const double p = std::exp(theta[0]), q = std::exp(theta[1]), gamma = std::exp(theta[2]);
        std::vector<double> lgTerm(distinctX.size()), psiSum(distinctX.size()),
            psiTerm(distinctX.size());
        for (std::size_t i = 0; i < distinctX.size(); ++i) {
            const double px = p * distinctX[i];
            lgTerm[i] = std::lgamma(px + q) - std::lgamma(px);
            psiSum[i] = digamma(px + q);
            psiTerm[i] = psiSum[i] - digamma(px);
        }
        const double lgQ = std::lgamma(q), psiQ = digamma(q), logGamma = std::log(gamma);
        double ll = 0, dp = 0, dq = 0, dg = 0;
        for (const Row &row : rows) {
            const double px = p * row.x;
            const double logGx = std::log(gamma + row.xm);
            const auto k = std::size_t(row.xIndex);
            ll += lgTerm[k] - lgQ + q * logGamma + (px - 1) * row.logM + px * row.logX
                  - (px + q) * logGx;
            dp += row.x * (psiTerm[k] + row.logM + row.logX - logGx);
            dq += psiSum[k] - psiQ + logGamma - logGx;
            dg += q / gamma - (px + q) / (gamma + row.xm);
        }
        grad = {-p * dp, -q * dq, -gamma * dg};
        return std::isfinite(ll) ? -ll : std::numeric_limits<double>::infinity();
    };
    MinimizeOptions options;
    options.maxIterations = 1000;
    MinimizeResult best;
    best.value = std::numeric_limits<double>::infinity();
    // Every start puts gamma in the unit of the data (cents or dollars: gamma scales with it) by
    // the customers' mean spend. The first one, p 1 and q 2, makes the population's mean spend
    // p gamma / (q - 1) that mean; the others, far from it, confirm it; the search ends when two
    // agree.
    double meanSpend = 0;
    for (const Row &row : rows)
        meanSpend += row.xm / row.x;
    meanSpend /= double(rows.size());
    int evaluations = 0, agreeing = 0;
    const double logMean = std::clamp(std::log(meanSpend), -10.0, 25.0);
    for (const std::vector<double> &start :
         {std::vector<double>{0.0, std::log(2.0), logMean},
          std::vector<double>{0.0, 0.0, logMean},
          std::vector<double>{std::log(0.1), std::log(2.0), logMean + std::log(10.0)}}) {
        options.maxEvaluations = std::min(EvaluationBudget - evaluations, 2 * EvaluationBudget / 3);
        if (options.maxEvaluations < EvaluationBudget / 3)
            break;
        MinimizeResult m = minimizeBfgs(objective, start, options);
        evaluations += m.evaluations;
        if (!std::isfinite(m.value))
            continue;
        if (std::abs(m.value - best.value) <= 1e-9 * std::abs(m.value))
            ++agreeing;
        else if (m.value < best.value)
            agreeing = 1;
        if (m.value < best.value)
            best = std::move(m);
        if (agreeing >= 2 && best.converged)
            break;
    }
    if (!std::isfinite(best.value))
        return Error(Error::Kind::Validation,
                     tr("The Gamma-Gamma spend model could not be fitted to these customers."));
    GammaGammaFit fit;
    fit.params = {std::exp(best.x[0]), std::exp(best.x[1]), std::exp(best.x[2])};
    fit.logLikelihood = -best.value;
    fit.customers = int(rows.size());
    fit.evaluations = evaluations;
    fit.converged = best.converged;
    return fit;
}

double GammaGamma::expectedSpend(const GammaGammaParams &g, double x, double mx)
{
    if (!(g.q > 1))
        return std::numeric_limits<double>::quiet_NaN();
    const double population = g.p * g.gamma / (g.q - 1);
    if (!(x > 0) || !(mx > 0))
        return population;
    const double weight = (g.q - 1) / (g.p * x + g.q - 1);
    return weight * population + (1 - weight) * mx;
}

double GammaGamma::monthEnd(int k)
{
    constexpr double weeksPerMonth = 365.25 / 12 / 7;
    return k * weeksPerMonth;
}

double GammaGamma::discountedPurchases(std::span<const double> expected, const ClvOptions &options)
{
    const double monthly = std::pow(1 + options.annualDiscount, 1.0 / 12) - 1;
    double value = 0, before = 0, discount = 1;
    for (const double e : expected) {
        discount /= 1 + monthly;
        value += (e - before) * discount;
        before = e;
    }
    return value;
}

double GammaGamma::lifetimeValue(
    const BgNbdParams &bgnbd, double x, double tx, double T, double spend, const ClvOptions &options)
{
    std::vector<double> expected(std::size_t(std::max(options.months, 0)));
    for (std::size_t k = 0; k < expected.size(); ++k)
        expected[k] = BgNbd::expectedPurchases(bgnbd, x, tx, T, monthEnd(int(k) + 1));
    return options.margin * spend * discountedPurchases(expected, options);
}

} // namespace rapport::analytics
