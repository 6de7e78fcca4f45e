#include "core/analytics/gammagamma.h"

#include "core/analytics/optimize.h"
#include "core/util/vectorstate.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <utility>
#include <vector>

namespace rapport::analytics {
namespace {

// Rows from which one evaluation is shared between two cores.
constexpr std::size_t RowsOnTwoCores = 100000;

// The customers as (x, x m_x) rows, each with the number of customers it stands for.
struct SpendRows
{
    std::vector<double> x, xm, weight;
};

// Over the rows, weighted, with t = xm / gamma: ln(1 + t), x ln(1 + t), t / (1 + t) and
// x t / (1 + t).
struct SpendSums
{
    double log = 0, xLog = 0, share = 0, xShare = 0;
};

SpendSums spendSums(const SpendRows &rows, double gamma)
{
    const auto sum = [&](std::size_t from, std::size_t to) {
        cpu::clearUpperVectorState(); // the second half runs on a thread of its own
        SpendSums out;
        for (std::size_t i = from; i < to; ++i) {
            const double w = rows.weight[i], x = rows.x[i], t = rows.xm[i] / gamma;
            const double log = w * std::log1p(t);
            const double share = w * (t / (1 + t));
            out.log += log;
            out.xLog += x * log;
            out.share += share;
            out.xShare += x * share;
        }
        return out;
    };
    const std::size_t n = rows.x.size();
    if (n < RowsOnTwoCores)
        return sum(0, n);
    // The two halves are added in the same order every time: the same data, the same fit.
    auto second = std::async(std::launch::async, sum, n / 2, n);
    const SpendSums first = sum(0, n / 2);
    const SpendSums other = second.get();
    return {first.log + other.log,
            first.xLog + other.xLog,
            first.share + other.share,
            first.xShare + other.xShare};
}

} // namespace

double GammaGamma::logLikelihood(const GammaGammaParams &g, double x, double mx)
{
    // ln G(px+q) - ln G(px) - ln G(q) + q ln gamma + (px-1) ln m_x + px ln x - (px+q) ln(gamma + x m_x),
    // with q ln gamma - (px+q) ln(gamma + x m_x) taken as -px ln gamma - (px+q) ln(1 + x m_x / gamma):
    // no two large terms cancel when q and gamma run large together.
    const double px = g.p * x;
    return std::lgamma(px + g.q) - std::lgamma(px) - std::lgamma(g.q) + (px - 1) * std::log(mx)
           + px * std::log(x) - px * std::log(g.gamma) - (px + g.q) * std::log1p(x * mx / g.gamma);
}

Result<GammaGammaFit> GammaGamma::fit(std::span<const double> xs, std::span<const double> mxs)
{
    if (xs.size() != mxs.size())
        return Error(Error::Kind::Validation, tr("The customer columns differ in length."));
    cpu::clearUpperVectorState();
    // Per customer the log-likelihood is (logLikelihood())
    //   ln G(px+q) - ln G(px) - ln G(q) + (px-1) ln m + px ln x - px ln gamma - (px+q) ln(1 + xm/gamma)
    // Only the last term mixes the parameters with the customer's spend, so the rest is summed
    // once (per distinct x, and the sums of x, ln m, x ln m, x ln x); customers with the same x
    // and total x m share a row with a weight, sorted so that the order of the customers does not
    // matter.
    std::vector<std::pair<double, double>> pairs; // (x, x m)
    pairs.reserve(xs.size());
    double sumX = 0, sumLogM = 0, sumXLogM = 0, sumXLogX = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i], m = mxs[i];
        if (!(x > 0) || !(m > 0) || !std::isfinite(x) || !std::isfinite(m))
            continue;
        pairs.emplace_back(x, x * m);
        sumX += x;
        sumLogM += std::log(m);
        sumXLogM += x * std::log(m);
        sumXLogX += x * std::log(x);
    }
    const auto customers = double(pairs.size());
    if (pairs.size() < 2)
        return Error(Error::Kind::Validation,
                     tr("Fewer than two customers have bought again with a positive amount, so "
                        "spend cannot be estimated."));
    std::sort(pairs.begin(), pairs.end());
    SpendRows rows;
    std::vector<double> distinctX, countOfX; // customers per distinct x
    for (const auto &[x, xm] : pairs) {
        if (rows.x.empty() || rows.x.back() != x || rows.xm.back() != xm) {
            rows.x.push_back(x);
            rows.xm.push_back(xm);
            rows.weight.push_back(0);
        }
        rows.weight.back() += 1;
        if (distinctX.empty() || distinctX.back() != x) {
            distinctX.push_back(x);
            countOfX.push_back(0);
        }
        countOfX.back() += 1;
    }
    const Objective objective = [&](const std::vector<double> &theta, std::vector<double> &grad) {
        const double p = std::exp(theta[0]), q = std::exp(theta[1]), gamma = std::exp(theta[2]);
        const double lgQ = std::lgamma(q);
        double ll = 0, dp = 0, dq = 0;
        for (std::size_t i = 0; i < distinctX.size(); ++i) {
            const double px = p * distinctX[i], n = countOfX[i];
            const double psiSum = digamma(px + q);
            ll += n * (std::lgamma(px + q) - std::lgamma(px) - lgQ);
            dp += n * distinctX[i] * (psiSum - digamma(px));
            dq += n * psiSum;
        }
        const SpendSums sums = spendSums(rows, gamma);
        const double spendTerms = sumXLogM + sumXLogX - sumX * std::log(gamma);
        ll += -sumLogM + p * spendTerms - p * sums.xLog - q * sums.log;
        dp += spendTerms - sums.xLog;
        dq += -customers * digamma(q) - sums.log;
        // gamma d/dgamma: -px + (px+q) t/(1+t) per customer.
        const double gammaDg = q * sums.share - p * sumX + p * sums.xShare;
        grad = {-p * dp, -q * dq, -gammaDg};
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
    for (const auto &[x, xm] : pairs)
        meanSpend += xm / x;
    meanSpend /= customers;
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
    fit.customers = int(pairs.size());
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
