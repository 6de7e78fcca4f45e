#pragma once

#include "core/util/result.h"

#include <QCoreApplication>

#include <span>
#include <vector>

namespace rapport::analytics {

// The BG/NBD model of repeat buying (Fader, Hardie and Lee 2005, "Counting Your Customers the
// Easy Way", Marketing Science 24(2)). While alive a customer buys as a Poisson process with rate
// lambda ~ Gamma(r, alpha); after each purchase they drop out with probability p ~ Beta(a, b).
// Each customer is summarised by x (repeat purchases), t_x (the time of the last purchase since
// the first) and T (the time since the first purchase), all in the same unit (weeks here).
struct BgNbdParams
{
    double r = 0, alpha = 0, a = 0, b = 0;
};

struct BgNbdFit
{
    BgNbdParams params;
    double logLikelihood = 0; // the sum over the customers at params
    int iterations = 0;       // of the start that gave params
    int evaluations = 0;    // of the likelihood, over every start (at most BgNbd::EvaluationBudget)
    bool converged = false; // false: the budget ran out before any start settled
};

// The customers' summaries as columns of equal length.
struct RfmColumns
{
    std::span<const double> x, tx, T;
};

class BgNbd final
{
    Q_DECLARE_TR_FUNCTIONS(BgNbd)

public:
    // One customer's log-likelihood, computed in log space (log-gamma, log-sum-exp of the two
    // terms), so large x or T never overflow.
    static double logLikelihood(const BgNbdParams &p, double x, double tx, double T);
    // The sum over the customers.
    static double logLikelihood(const BgNbdParams &p, RfmColumns data);

    // Maximum likelihood over log-parameters (BFGS with the analytic gradient, from a few
    // starting points, the best kept). The first start is taken from the data (the mean
    // purchase rate); further ones confirm it, and the search ends when two agree. Customers with
    // the same (x, t_x, T) are counted once with a weight. At most EvaluationBudget evaluations
    // of the likelihood in all: a fit that has not settled by then says so (converged false).
    // Errors: no customers, columns of unequal length, a negative or non-finite value, t_x > T,
    // or no repeat purchase at all (the model cannot be identified).
    static Result<BgNbdFit> fit(RfmColumns data);
    static constexpr int EvaluationBudget = 300;

    // P(alive | x, t_x, T): 1 for a customer without repeat purchases.
    static double probabilityAlive(const BgNbdParams &p, double x, double tx, double T);
    // E[Y(t) | x, t_x, T]: the expected purchases in the next t time units (FHL 2005, eq. 10),
    // with the Gauss hypergeometric function taken through Euler's transformation, whose series
    // has small parameters and converges fast for every x.
    static double expectedPurchases(const BgNbdParams &p, double x, double tx, double T, double t);
    // Its two factors: expectedPurchases() is expectedPurchasesIfAlive() / inverseProbabilityAlive(),
    // to the last bit. The first, the purchases expected of a customer still alive, depends on
    // x and T alone, so customers who differ only in t_x share it.
    static double expectedPurchasesIfAlive(const BgNbdParams &p, double x, double T, double t);
    // 1 / P(alive): 1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x).
    static double inverseProbabilityAlive(const BgNbdParams &p, double x, double tx, double T);
    // E[X(t)] for a customer just acquired (FHL 2005, eq. 9).
    static double expectedPurchasesNew(const BgNbdParams &p, double t);

    // The Gauss hypergeometric function 2F1(a, b; c; z) for |z| < 1 by its power series, summed
    // until a term no longer changes the sum (NaN when it has not converged after many terms).
    static double hyp2f1(double a, double b, double c, double z);
};

} // namespace rapport::analytics
