#include "core/analytics/bgnbd.h"
#include "core/analytics/optimize.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace rapport::analytics;
using Catch::Matchers::WithinRel;

namespace {

// The published CDNOW estimates (Fader, Hardie and Lee 2005).
const BgNbdParams cdnow{0.243, 4.414, 0.793, 2.426};

} // namespace

// The expected values below were computed in python3 with mpmath at 40 digits from the formulas
// of FHL 2005 as printed: the likelihood as B()/B() * G()/G() products (no logarithms), eq. 10
// with mpmath.hyp2f1 on the original parameters (not Euler's transform the code uses).

TEST_CASE("BG/NBD log-likelihood of single customers", "[bgnbd]")
{
    CHECK_THAT(BgNbd::logLikelihood(cdnow, 2, 30.43, 38.86), WithinRel(-9.4586063070662712, 1e-12));
    CHECK_THAT(BgNbd::logLikelihood(cdnow, 0, 0, 38.86), WithinRel(-0.55471327643815845, 1e-12));
    CHECK_THAT(BgNbd::logLikelihood(cdnow, 25, 35, 39), WithinRel(-42.236590150390346, 1e-12));
    // Far beyond what exp() of the terms could hold: still finite.
    CHECK(std::isfinite(BgNbd::logLikelihood(cdnow, 5000, 900, 1000)));
}

TEST_CASE("BG/NBD P(alive) and expected purchases per customer", "[bgnbd]")
{
    CHECK(BgNbd::probabilityAlive(cdnow, 0, 0, 38.86) == 1.0);
    CHECK_THAT(BgNbd::probabilityAlive(cdnow, 2, 30.43, 38.86),
               WithinRel(0.72657857008067291, 1e-12));
    CHECK_THAT(BgNbd::probabilityAlive(cdnow, 1, 1.71, 38.86),
               WithinRel(0.21210098537737908, 1e-12));
    CHECK_THAT(BgNbd::probabilityAlive(cdnow, 300, 150, 156),
               WithinRel(0.0040498933015755577, 1e-10));
    CHECK(BgNbd::probabilityAlive(cdnow, 5000, 1, 1000) == 0.0);

    CHECK_THAT(BgNbd::expectedPurchases(cdnow, 2, 30.43, 38.86, 39),
               WithinRel(1.2260281747671444, 1e-10));
    CHECK_THAT(BgNbd::expectedPurchases(cdnow, 2, 30.43, 38.86, 52),
               WithinRel(1.558720806432088, 1e-10));
    CHECK_THAT(BgNbd::expectedPurchases(cdnow, 0, 0, 38.86, 39),
               WithinRel(0.19509805201126264, 1e-10));
    CHECK_THAT(BgNbd::expectedPurchases(cdnow, 0, 0, 38.86, 52),
               WithinRel(0.25207302228245893, 1e-10));
    CHECK_THAT(BgNbd::expectedPurchases(cdnow, 25, 35, 39, 52), WithinRel(16.35163561264254, 1e-10));
    CHECK_THAT(BgNbd::expectedPurchases(cdnow, 1, 1.71, 38.86, 52),
               WithinRel(0.25982346486862243, 1e-10));
    // Large x, where the original series' terms would overflow.
    CHECK_THAT(BgNbd::expectedPurchases(cdnow, 300, 150, 156, 52),
               WithinRel(0.35176610670416885, 1e-9));
    // A new customer (eq. 9), also over a long horizon (z close to 1).
    CHECK_THAT(BgNbd::expectedPurchasesNew(cdnow, 39), WithinRel(1.1967231933208168, 1e-10));
    CHECK_THAT(BgNbd::expectedPurchasesNew(cdnow, 260), WithinRel(3.5898717408031136, 1e-10));
    // a = 1, where (a+b+x-1)/(a-1) is 0/0 in the printed formula.
    CHECK_THAT(BgNbd::expectedPurchases({0.5, 6, 1.0, 3}, 3, 20, 30, 52),
               WithinRel(2.2156366706092282, 1e-9));
    CHECK(BgNbd::expectedPurchases(cdnow, 2, 30.43, 38.86, 0) == 0.0);
    // More time, more purchases.
    double before = 0;
    for (double t = 4; t <= 520; t += 4) {
        const double e = BgNbd::expectedPurchases(cdnow, 3, 20, 38, t);
        CHECK(e > before);
        before = e;
    }
}

TEST_CASE("The Gauss hypergeometric series", "[bgnbd]")
{
    CHECK_THAT(BgNbd::hyp2f1(0.5, 1.5, 3.2, 0.7), WithinRel(1.2535596383348632, 1e-13));
    CHECK_THAT(BgNbd::hyp2f1(2, 3, 4, -0.5), WithinRel(0.53767481080810967, 1e-13));
    CHECK_THAT(BgNbd::hyp2f1(1, 1, 2, 0.99), WithinRel(4.6516870565536268, 1e-12)); // -ln(1-z)/z
    CHECK(BgNbd::hyp2f1(1, 1, 2, 0) == 1.0);
    CHECK(std::isnan(BgNbd::hyp2f1(1, 1, 2, 1.0)));
}

TEST_CASE("Digamma", "[bgnbd]")
{
    // psi(1) = -Euler's gamma; psi(0.5) = -gamma - 2 ln 2; psi(10) = H_9 - gamma.
    const double euler = 0.57721566490153286;
    CHECK_THAT(digamma(1), WithinRel(-euler, 1e-13));
    CHECK_THAT(digamma(0.5), WithinRel(-euler - 2 * std::log(2.0), 1e-13));
    CHECK_THAT(digamma(10), WithinRel(7129.0 / 2520.0 - euler, 1e-13));
}

TEST_CASE("BG/NBD fit recovers the optimum and refuses data it cannot fit", "[bgnbd]")
{
    // A small population: the fit must be a maximum (no nearby point is better).
    const std::vector<double> x{0, 0, 1, 2, 5, 0, 3, 1, 0, 7, 2, 0};
    const std::vector<double> tx{0, 0, 4, 10, 30, 0, 25, 2, 0, 35, 20, 0};
    const std::vector<double> T{40, 38, 39, 36, 39, 20, 30, 10, 5, 39, 39, 1};
    auto fit = BgNbd::fit({x, tx, T});
    REQUIRE(fit);
    CHECK(fit->converged);
    CHECK_THAT(fit->logLikelihood, WithinRel(BgNbd::logLikelihood(fit->params, {x, tx, T}), 1e-12));
    for (int k = 0; k < 4; ++k)
        for (double f : {0.99, 1.01}) {
            BgNbdParams p = fit->params;
            double *v[] = {&p.r, &p.alpha, &p.a, &p.b};
            *v[k] *= f;
            CHECK(BgNbd::logLikelihood(p, {x, tx, T}) < fit->logLikelihood);
        }

    const std::vector<double> none;
    CHECK_FALSE(BgNbd::fit({none, none, none}));
    const std::vector<double> zeros{0, 0}, ages{3, 4};
    auto noRepeat = BgNbd::fit({zeros, zeros, ages});
    REQUIRE_FALSE(noRepeat);
    CHECK(noRepeat.error().message().contains(u"twice"));
    const std::vector<double> one{1}, late{5}, early{4};
    CHECK_FALSE(BgNbd::fit({one, late, early})); // t_x > T
    const std::vector<double> nan{std::nan("")};
    CHECK_FALSE(BgNbd::fit({nan, late, late}));
    CHECK_FALSE(BgNbd::fit({one, late, ages})); // unequal lengths
}

TEST_CASE("BFGS minimises a curved valley", "[bgnbd]")
{
    // Rosenbrock: minimum 0 at (1, 1).
    const Objective rosen = [](const std::vector<double> &v, std::vector<double> &g) {
        const double a = 1 - v[0], b = v[1] - v[0] * v[0];
        g = {-2 * a - 400 * v[0] * b, 200 * b};
        return a * a + 100 * b * b;
    };
    MinimizeResult m = minimizeBfgs(rosen, {-1.2, 1.0});
    CHECK(m.converged);
    CHECK_THAT(m.x[0], WithinRel(1.0, 1e-6));
    CHECK_THAT(m.x[1], WithinRel(1.0, 1e-6));
}
