#include "core/analytics/bgnbd.h"

#include "core/analytics/optimize.h"
#include "core/util/vectorstate.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>
#include <future>
#include <limits>

namespace rapport::analytics {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
// Distinct histories from which one likelihood evaluation is shared between two cores.
constexpr std::size_t RowsOnTwoCores = 100000;

// log(exp(u) + exp(v)) without overflow.
double logSumExp(double u, double v)
{
    const double m = std::max(u, v);
    return m + std::log1p(std::exp(std::min(u, v) - m));
}

// The data with equal customers merged: distinct t_x and T values are kept once, so the
// logarithms that depend on alpha are taken per distinct value, not per customer.
struct Grouped
{
    std::vector<double> xs;  // distinct x
    std::vector<double> txs; // distinct t_x
    std::vector<double> Ts;  // distinct T
    struct Row
    {
        int x, tx, T; // indexes into the vectors above
        double weight;
    };
    std::vector<Row> rows;
};

// A column's distinct values, ascending, and each customer's index among them.
struct IndexedColumn
{
    std::vector<double> values;
    std::vector<quint32> index;
};

IndexedColumn indexed(std::span<const double> v)
{
    IndexedColumn c;
    c.values.assign(v.begin(), v.end());
    std::sort(c.values.begin(), c.values.end());
    c.values.erase(std::unique(c.values.begin(), c.values.end()), c.values.end());
    c.index.resize(v.size());
    const double *const values = c.values.data();
    for (std::size_t i = 0; i < v.size(); ++i) {
        // The first value not below v[i] (it is there), by halving without branches.
        const double *first = values;
        std::size_t length = c.values.size();
        while (length > 1) {
            const std::size_t half = length / 2;
            first = first[half - 1] < v[i] ? first + half : first;
            length -= half;
        }
        c.index[i] = quint32(first - values);
    }
    return c;
}

// Sorted, so the rows (and the order in which they are summed) do not depend on the order of
// the customers. Past RowsOnTwoCores the T column is indexed on a second core.
Grouped group(RfmColumns d)
{
    const std::size_t n = d.x.size();
    std::future<IndexedColumn> laterT;
    if (n >= RowsOnTwoCores)
        laterT = std::async(std::launch::async, [d] {
            cpu::clearUpperVectorState();
            return indexed(d.T);
        });
    IndexedColumn x = indexed(d.x), tx = indexed(d.tx);
    IndexedColumn T = laterT.valid() ? laterT.get() : indexed(d.T);
    // Each customer's three indexes packed in one key, as many bits each as its column needs.
    const auto bitsFor = [](std::size_t count) {
        int bits = 1;
        while ((std::size_t(1) << bits) < count)
            ++bits;
        return bits;
    };
    const int txBits = bitsFor(tx.values.size()), TBits = bitsFor(T.values.size());
    const int xBits = bitsFor(x.values.size());
    Grouped g;
    if (xBits + txBits + TBits > 64) {
        // Over 2^64 possible histories (never for days): sort the triples themselves.
        std::vector<std::array<quint32, 3>> triples(n);
        for (std::size_t i = 0; i < n; ++i)
            triples[i] = {x.index[i], tx.index[i], T.index[i]};
        std::sort(triples.begin(), triples.end());
        for (std::size_t i = 0; i < n; ++i) {
            if (i > 0 && triples[i] == triples[i - 1])
                g.rows.back().weight += 1;
            else
                g.rows.push_back({int(triples[i][0]), int(triples[i][1]), int(triples[i][2]), 1.0});
        }
    } else {
        std::vector<quint64> keys(n);
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = quint64(x.index[i]) << (txBits + TBits) | quint64(tx.index[i]) << TBits
                      | quint64(T.index[i]);
        std::sort(keys.begin(), keys.end());
        const quint64 txMask = (quint64(1) << txBits) - 1, TMask = (quint64(1) << TBits) - 1;
        for (std::size_t i = 0; i < n; ++i) {
            if (i > 0 && keys[i] == keys[i - 1]) {
                g.rows.back().weight += 1;
                continue;
            }
            g.rows.push_back({int(keys[i] >> (txBits + TBits)),
                              int((keys[i] >> TBits) & txMask),
                              int(keys[i] & TMask),
                              1.0});
        }
    }
    g.xs = std::move(x.values);
    g.txs = std::move(tx.values);
    g.Ts = std::move(T.values);
    return g;
}

// Minus the log-likelihood over the grouped data and its gradient, in log-parameters
// theta = (ln r, ln alpha, ln a, ln b).
//   ln L = ln G(r+x) - ln G(r) + r ln alpha + ln G(a+b) - ln G(b) - ln G(a+b+x)
//          + log(exp(u1) + [x > 0] exp(u2))
//   u1 = ln G(b+x) - (r+x) ln(alpha+T),  u2 = ln a + ln G(b+x-1) - (r+x) ln(alpha+t_x)
double negLogLikelihood(const Grouped &g,
                        const std::vector<double> &theta,
                        std::vector<double> &grad)
{
    const double r = std::exp(theta[0]), alpha = std::exp(theta[1]), a = std::exp(theta[2]),
                 b = std::exp(theta[3]);
    // Per distinct x.
    const std::size_t nx = g.xs.size();
    std::vector<double> base(nx), lgb1(nx), lgb2(nx), dBaseR(nx), dBaseA(nx), dBaseB(nx), psiB1(nx),
        psiB2(nx);
    const double lgR = std::lgamma(r), lgAB = std::lgamma(a + b), lgB = std::lgamma(b);
    const double psiR = digamma(r), psiAB = digamma(a + b), psiB = digamma(b);
    for (std::size_t i = 0; i < nx; ++i) {
        const double x = g.xs[i];
        base[i] = std::lgamma(r + x) - lgR + r * std::log(alpha) + lgAB - lgB
                  - std::lgamma(a + b + x);
        dBaseR[i] = digamma(r + x) - psiR + std::log(alpha);
        dBaseA[i] = psiAB - digamma(a + b + x);
        dBaseB[i] = psiAB - psiB - digamma(a + b + x);
        lgb1[i] = std::lgamma(b + x);
        psiB1[i] = digamma(b + x);
        lgb2[i] = x > 0 ? std::log(a) + std::lgamma(b + x - 1) : 0;
        psiB2[i] = x > 0 ? digamma(b + x - 1) : 0;
    }
    std::vector<double> logT(g.Ts.size()), invT(g.Ts.size()), logTx(g.txs.size()),
        invTx(g.txs.size());
    for (std::size_t i = 0; i < g.Ts.size(); ++i) {
        logT[i] = std::log(alpha + g.Ts[i]);
        invT[i] = 1 / (alpha + g.Ts[i]);
    }
    for (std::size_t i = 0; i < g.txs.size(); ++i) {
        logTx[i] = std::log(alpha + g.txs[i]);
        invTx[i] = 1 / (alpha + g.txs[i]);
    }
    // The rows [from, to) summed; past RowsOnTwoCores the two halves run on two cores and are
    // added in the same order every time (the same data gives the same fit).
    struct Sums
    {
        double ll = 0, dr = 0, dalpha = 0, da = 0, db = 0;
    };
    const auto sum = [&](std::size_t from, std::size_t to) {
        cpu::clearUpperVectorState(); // the second half runs on a thread of its own
        Sums out;
        double &ll = out.ll, &dr = out.dr, &dalpha = out.dalpha, &da = out.da, &db = out.db;
        for (std::size_t k = from; k < to; ++k) {
            const Grouped::Row &row = g.rows[k];
            const double x = g.xs[std::size_t(row.x)];
            const double rx = r + x;
            const double u1 = lgb1[std::size_t(row.x)] - rx * logT[std::size_t(row.T)];
            double p1 = 1, p2 = 0, l = u1;
            if (x > 0) {
                // log(e^u1 + e^u2) and the two shares, with one exp and one log1p.
                const double u2 = lgb2[std::size_t(row.x)] - rx * logTx[std::size_t(row.tx)];
                const double e = std::exp(-std::abs(u1 - u2));
                const double small = e / (1 + e);
                l = std::max(u1, u2) + std::log1p(e);
                p1 = u1 >= u2 ? 1 - small : small;
                p2 = 1 - p1;
            }
            const double w = row.weight;
            ll += w * (base[std::size_t(row.x)] + l);
            dr += w
                  * (dBaseR[std::size_t(row.x)] - p1 * logT[std::size_t(row.T)]
                     - p2 * logTx[std::size_t(row.tx)]);
            dalpha += w
                      * (-p1 * rx * invT[std::size_t(row.T)] - p2 * rx * invTx[std::size_t(row.tx)]);
            da += w * (dBaseA[std::size_t(row.x)] + p2 / a);
            db += w
                  * (dBaseB[std::size_t(row.x)] + p1 * psiB1[std::size_t(row.x)]
                     + p2 * psiB2[std::size_t(row.x)]);
        }
        return out;
    };
    const std::size_t rows = g.rows.size();
    Sums total;
    if (rows < RowsOnTwoCores) {
        total = sum(0, rows);
    } else {
        auto second = std::async(std::launch::async, sum, rows / 2, rows);
        const Sums first = sum(0, rows / 2);
        const Sums other = second.get();
        total = {first.ll + other.ll,
                 first.dr + other.dr,
                 first.dalpha + other.dalpha,
                 first.da + other.da,
                 first.db + other.db};
    }
    const double ll = total.ll, dr = total.dr, da = total.da, db = total.db;
    double dalpha = total.dalpha;
    double weights = 0;
    for (const Grouped::Row &row : g.rows)
        weights += row.weight;
    dalpha += weights * r / alpha;
    // d/dtheta = param * d/dparam; minus for minimisation.
    grad = {-r * dr, -alpha * dalpha, -a * da, -b * db};
    return std::isfinite(ll) ? -ll : std::numeric_limits<double>::infinity();
}

// Whether log-parameters lie far out where a and b both exceed e^10: the Beta distribution of
// the drop-out probability is then a single point.
bool onRidge(const std::vector<double> &theta)
{
    return theta.size() == 4 && theta[2] > 10 && theta[3] > 10;
}

} // namespace

double BgNbd::logLikelihood(const BgNbdParams &p, double x, double tx, double T)
{
    const double rx = p.r + x;
    const double base = std::lgamma(rx) - std::lgamma(p.r) + p.r * std::log(p.alpha)
                        + std::lgamma(p.a + p.b) - std::lgamma(p.b) - std::lgamma(p.a + p.b + x);
    const double u1 = std::lgamma(p.b + x) - rx * std::log(p.alpha + T);
    if (x <= 0)
        return base + u1;
    const double u2 = std::log(p.a) + std::lgamma(p.b + x - 1) - rx * std::log(p.alpha + tx);
    return base + logSumExp(u1, u2);
}

double BgNbd::logLikelihood(const BgNbdParams &p, RfmColumns d)
{
    double sum = 0;
    for (std::size_t i = 0; i < d.x.size(); ++i)
        sum += logLikelihood(p, d.x[i], d.tx[i], d.T[i]);
    return sum;
}

Result<BgNbdFit> BgNbd::fit(RfmColumns d)
{
    if (d.x.empty())
        return Error(Error::Kind::Validation, tr("There are no customers to fit the model to."));
    if (d.tx.size() != d.x.size() || d.T.size() != d.x.size())
        return Error(Error::Kind::Validation, tr("The customer columns differ in length."));
    bool anyRepeat = false;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        const double x = d.x[i], tx = d.tx[i], T = d.T[i];
        if (!std::isfinite(x) || !std::isfinite(tx) || !std::isfinite(T) || x < 0 || tx < 0 || T < 0
            || tx > T || (x == 0 && tx != 0))
            return Error(Error::Kind::Validation,
                         tr("Customer %1 has an impossible purchase history "
                            "(x %2, t_x %3, T %4).")
                             .arg(i + 1)
                             .arg(x)
                             .arg(tx)
                             .arg(T));
        anyRepeat = anyRepeat || x > 0;
    }
    if (!anyRepeat)
        return Error(Error::Kind::Validation,
                     tr("No customer has bought twice yet, so repeat buying cannot be "
                        "estimated."));
    cpu::clearUpperVectorState();
    const Grouped g = group(d);
    const Objective objective = [&g](const std::vector<double> &theta, std::vector<double> &grad) {
        return negLogLikelihood(g, theta, grad);
    };
    // The first start from the data: r / alpha, the mean of the purchase rate, set to the
    // repeat purchases per week of the whole base (r 0.5: a spread-out rate), a mean drop-out
    // probability of a quarter. Then starts far apart that confirm it; the best optimum wins.
    double purchases = 0, weeks = 0;
    for (const Grouped::Row &row : g.rows) {
        purchases += row.weight * g.xs[std::size_t(row.x)];
        weeks += row.weight * g.Ts[std::size_t(row.T)];
    }
    const double rate = purchases > 0 && weeks > 0 ? purchases / weeks : 1.0;
    const std::vector<std::vector<double>> starts{
        {std::log(0.5), std::clamp(std::log(0.5 / rate), -10.0, 15.0), 0.0, std::log(3.0)},
        {std::log(0.5), std::log(5.0), std::log(1.0), std::log(3.0)},
        {0.0, 0.0, 0.0, 0.0},
        {std::log(0.1), std::log(0.1), std::log(0.1), std::log(0.1)},
    };
    MinimizeOptions options;
    options.maxIterations = 1000;
    MinimizeResult best;
    best.value = std::numeric_limits<double>::infinity();
    int agreeing = 0; // starts that ended at the best optimum found so far
    int evaluations = 0;
    for (const auto &start : starts) {
        // A start gets what is left of the budget, but never less than a third of it.
        options.maxEvaluations = std::min(EvaluationBudget - evaluations, 2 * EvaluationBudget / 3);
        if (options.maxEvaluations < EvaluationBudget / 3)
            break;
        MinimizeResult m = minimizeBfgs(objective, start, options);
        evaluations += m.evaluations;
        if (!std::isfinite(m.value))
            continue;
        // Two starts agree when they reach the same optimum, or when both run off along the
        // ridge where a and b grow together (the drop-out probability the same for everyone):
        // there the likelihood rises ever more slowly towards its limit and further starts
        // only spend the budget.
        const bool ridge = onRidge(m.x) && onRidge(best.x);
        if (std::abs(m.value - best.value) <= (ridge ? 1e-6 : 1e-9) * std::abs(m.value))
            ++agreeing;
        else if (m.value < best.value)
            agreeing = 1;
        if (m.value < best.value)
            best = std::move(m);
        if (agreeing >= 2 && best.converged)
            break; // two starts far apart found the same optimum
    }
    if (!std::isfinite(best.value))
        return Error(Error::Kind::Validation,
                     tr("The BG/NBD model could not be fitted to these customers."));
    BgNbdFit fit;
    fit.params
        = {std::exp(best.x[0]), std::exp(best.x[1]), std::exp(best.x[2]), std::exp(best.x[3])};
    fit.logLikelihood = -best.value;
    fit.iterations = best.iterations;
    fit.evaluations = evaluations;
    fit.converged = best.converged;
    return fit;
}

double BgNbd::probabilityAlive(const BgNbdParams &p, double x, double tx, double T)
{
    if (x <= 0)
        return 1.0;
    // 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)), in log space.
    const double logOdds = std::log(p.a) - std::log(p.b + x - 1)
                           + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    if (logOdds > 700)
        return 0.0;
    return 1.0 / (1.0 + std::exp(logOdds));
}

double BgNbd::hyp2f1(double a, double b, double c, double z)
{
    if (z == 0)
        return 1.0;
    if (!(std::abs(z) < 1))
        return NaN;
    double term = 1, sum = 1;
    for (int k = 0; k < 1'000'000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
        const double next = sum + term;
        if (next == sum && k > 2)
            return sum;
        sum = next;
        if (!std::isfinite(sum))
            return NaN;
    }
    return NaN;
}

double BgNbd::expectedPurchases(const BgNbdParams &p, double x, double tx, double T, double t)
{
    if (t <= 0)
        return 0.0;
    return expectedPurchasesIfAlive(p, x, T, t) / inverseProbabilityAlive(p, x, tx, T);
}

double BgNbd::inverseProbabilityAlive(const BgNbdParams &p, double x, double tx, double T)
{
    double denominator = 1;
    if (x > 0)
        denominator += std::exp(std::log(p.a) - std::log(p.b + x - 1)
                                + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx)));
    return denominator;
}

double BgNbd::expectedPurchasesIfAlive(const BgNbdParams &p, double x, double T, double t)
{
    if (t <= 0)
        return 0.0;
    const double a = p.a, b = p.b, r = p.r, alpha = p.alpha;
    // FHL eq. 10: (a+b+x-1)/(a-1) * [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)]
    // over 1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x), z = t/(alpha+T+t); this is the
    // numerator, the denominator is inverseProbabilityAlive().
    // Euler: 2F1(A, B; C; z) = (1-z)^(C-A-B) 2F1(C-A, C-B; C; z) turns the bracket into
    // 1 - (1-z)^(a-1) F, F = 2F1(a+b-1-r, a-1; c; z), c = a+b+x-1. Writing F = 1 + (a-1) S, with
    // S the series from k = 1 with (a-1)_k / (a-1) = (a)_(k-1), divides out the a - 1:
    // [1 - (1-z)^(a-1) F] / (a-1) = -expm1((a-1) L)/(a-1) - (1-z)^(a-1) S, L = ln(1-z),
    // which stays finite at a = 1 (where it is -L - S).
    const double z = t / (alpha + T + t);
    const double L = std::log1p(-z);
    const double e = a - 1;
    const double c = a + b + x - 1;
    const double q = a + b - 1 - r;
    double term = q / c * z; // k = 1: (q)_1 (a)_0 / ((c)_1 1!) z
    double S = term;
    for (int k = 1; k < 1'000'000; ++k) {
        term *= (q + k) * (a + k - 1) / ((c + k) * (k + 1)) * z;
        const double next = S + term;
        if (next == S)
            break;
        S = next;
    }
    const double g = std::abs(e * L) < 1e-12 ? L : std::expm1(e * L) / e;
    const double bracket = -g - std::exp(e * L) * S;
    return c * bracket;
}

double BgNbd::expectedPurchasesNew(const BgNbdParams &p, double t)
{
    return expectedPurchases(p, 0, 0, 0, t);
}

} // namespace rapport::analytics
