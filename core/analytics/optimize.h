#pragma once

#include <functional>
#include <vector>

namespace rapport::analytics {

// The objective of a minimisation: returns f(x) and fills `gradient` (same size as x). It may
// return a non-finite value where f is not defined; the search then steps back.
using Objective = std::function<double(const std::vector<double> &x, std::vector<double> &gradient)>;

struct MinimizeResult
{
    std::vector<double> x;
    double value = 0;
    int iterations = 0;
    int evaluations = 0;
    bool converged = false;
};

struct MinimizeOptions
{
    int maxIterations = 500;
    // The budget: no more evaluations of f than this (the search stops unconverged when it is
    // spent). Each evaluation of a likelihood costs a pass over the data, so this, not the
    // iterations, is what bounds the time.
    int maxEvaluations = 200;
    int lineSearchSteps = 30;          // halvings of the step before a direction is given up
    double gradientTolerance = 1e-9;   // stop when every |gradient component| is below this...
    double valueTolerance = 1e-15;     // ...or when f improves by less than this, relatively...
    double predictedTolerance = 1e-13; // ...or when the next step promises less than this

    double bound = 30; // every coordinate stays in [-bound, bound]
};

// BFGS quasi-Newton minimisation with a backtracking (Armijo) line search and an analytic
// gradient. Meant for small, smooth problems such as maximum likelihood over a few
// log-parameters. It stops converged when the gradient vanishes, when f stops improving with a
// small gradient, or when the quasi-Newton step promises less than f's rounding can show, and
// unconverged when the budget of evaluations or iterations is spent (the
// point reached is returned either way).
MinimizeResult minimizeBfgs(const Objective &f,
                            std::vector<double> x0,
                            const MinimizeOptions &options = {});

// Digamma (psi), the derivative of log-gamma, for x > 0: recurrence up to x >= 10, then the
// asymptotic series.
double digamma(double x);

} // namespace rapport::analytics
