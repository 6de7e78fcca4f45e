#include "core/analytics/optimize.h"

#include <algorithm>
#include <cmath>

namespace rapport::analytics {
namespace {

double dot(const std::vector<double> &a, const std::vector<double> &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

double maxAbs(const std::vector<double> &v)
{
    double m = 0;
    for (double e : v)
        m = std::max(m, std::abs(e));
    return m;
}

} // namespace

double digamma(double x)
{
    double result = 0;
    while (x < 10) {
        result -= 1 / x;
        x += 1;
    }
    const double f = 1 / (x * x);
    // psi(x) ~ ln x - 1/2x - sum B2k / (2k x^2k)
    const double series
        = f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
    return result + std::log(x) - 0.5 / x - series;
}

MinimizeResult minimizeBfgs(const Objective &f,
                            std::vector<double> x,
                            const MinimizeOptions &options)
{
    const std::size_t n = x.size();
    MinimizeResult result;
    for (double &e : x)
        e = std::clamp(e, -options.bound, options.bound);
    std::vector<double> g(n), gNew(n), xNew(n), step(n), s(n), y(n), hy(n);
    double fx = f(x, g);
    ++result.evaluations;
    // The inverse Hessian approximation, row-major; starts as the identity.
    std::vector<double> h(n * n, 0.0);
    const auto resetH = [&] {
        std::fill(h.begin(), h.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i)
            h[i * n + i] = 1.0;
    };
    // Whether h is the identity of a (re)start, to be scaled by the first curvature seen.
    bool unscaled = true;
    resetH();
    if (!std::isfinite(fx)) {
        result.x = x;
        result.value = fx;
        return result;
    }
    for (int it = 0; it < options.maxIterations; ++it) {
        if (maxAbs(g) < options.gradientTolerance) {
            result.converged = true;
            break;
        }
        if (result.evaluations >= options.maxEvaluations)
            break; // the budget is spent: unconverged
        result.iterations = it + 1;
        for (std::size_t i = 0; i < n; ++i) {
            step[i] = 0;
            for (std::size_t j = 0; j < n; ++j)
                step[i] -= h[i * n + j] * g[j];
        }
        double slope = dot(step, g);
        if (slope >= 0) { // not a descent direction: start again from steepest descent
            resetH();
            unscaled = true;
            for (std::size_t i = 0; i < n; ++i)
                step[i] = -g[i];
            slope = dot(step, g);
        } else if (!unscaled && -slope <= options.predictedTolerance * std::max(1.0, std::abs(fx))) {
            // The quasi-Newton model says what is left to gain (half of -slope on a quadratic)
            // is below what f's rounding can resolve: further steps would only wander in the
            // noise, each line search spending its halvings for nothing.
            result.converged = true;
            break;
        }
        // Keep steps moderate in log-parameter space; a steepest-descent step, whose length
        // is that of the gradient (a sum over the data), is tried at length 1.
        const double longest = maxAbs(step);
        const double limit = unscaled ? 1.0 : 5.0;
        if (longest > limit)
            for (double &e : step)
                e *= limit / longest;
        slope = dot(step, g);
        double t = 1, fNew = 0;
        bool accepted = false;
        for (int tries = 0;
             tries < options.lineSearchSteps && result.evaluations < options.maxEvaluations;
             ++tries, t *= 0.5) {
            for (std::size_t i = 0; i < n; ++i)
                xNew[i] = std::clamp(x[i] + t * step[i], -options.bound, options.bound);
            fNew = f(xNew, gNew);
            ++result.evaluations;
            if (std::isfinite(fNew) && fNew <= fx + 1e-4 * t * slope) {
                accepted = true;
                break;
            }
        }
        if (!accepted && result.evaluations >= options.maxEvaluations)
            break;
        if (!accepted) {
            // No decrease along this direction even for tiny steps: at the optimum within
            // rounding, unless the curvature model was bad; one more try from steepest descent.
            if (unscaled) {
                result.converged = maxAbs(g) < 1e-4 * std::max(1.0, std::abs(fx));
                break;
            }
            resetH();
            unscaled = true;
            continue;
        }
        for (std::size_t i = 0; i < n; ++i) {
            s[i] = xNew[i] - x[i];
            y[i] = gNew[i] - g[i];
        }
        const double improvement = fx - fNew;
        x = xNew;
        g = gNew;
        const double previous = fx;
        fx = fNew;
        if (improvement <= options.valueTolerance * std::max(1.0, std::abs(previous))
            && maxAbs(g) < 1e-5 * std::max(1.0, std::abs(fx))) {
            result.converged = true;
            break;
        }
        const double sy = dot(s, y);
        if (sy <= 1e-12 * std::sqrt(dot(s, s) * dot(y, y)))
            continue; // curvature condition fails: keep the old approximation
        if (unscaled) {
            // Shanno and Phua's scaling: the identity becomes s'y / y'y times it, the inverse
            // curvature along the step, so the next steps need no long backtracking.
            const double scale = sy / dot(y, y);
            for (double &e : h)
                e *= scale;
            unscaled = false;
        }
        // H += (1 + y'Hy / s'y) ss' / s'y - (H y s' + s y'H) / s'y
        for (std::size_t i = 0; i < n; ++i) {
            hy[i] = 0;
            for (std::size_t j = 0; j < n; ++j)
                hy[i] += h[i * n + j] * y[j];
        }
        const double yhy = dot(y, hy);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                h[i * n + j] += (1 + yhy / sy) * s[i] * s[j] / sy
                                - (hy[i] * s[j] + s[i] * hy[j]) / sy;
    }
    result.x = x;
    result.value = fx;
    return result;
}

} // namespace rapport::analytics
