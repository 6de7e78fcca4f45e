#include "core/analytics/gammagamma.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace rapport::analytics;
using Catch::Matchers::WithinRel;

// Expected values from python3/mpmath (30 digits) with the formulas of Fader and Hardie's note
// "The Gamma-Gamma Model of Monetary Value", at the published CDNOW estimates p 6.25, q 3.74,
// gamma 15.44.

TEST_CASE("Gamma-Gamma likelihood and expected spend", "[gammagamma]")
{
    const GammaGammaParams g{6.25, 3.74, 15.44};
    CHECK_THAT(GammaGamma::logLikelihood(g, 2, 30), WithinRel(-3.8470479256227244, 1e-12));
    CHECK_THAT(GammaGamma::logLikelihood(g, 1, 12.5), WithinRel(-3.6862756451277438, 1e-12));
    CHECK_THAT(GammaGamma::expectedSpend(g, 2, 30), WithinRel(30.938320209973753, 1e-13));
    // No repeat purchase (or only refunds): the population mean p gamma / (q - 1).
    CHECK_THAT(GammaGamma::expectedSpend(g, 0, 0), WithinRel(35.218978102189781, 1e-13));
    CHECK_THAT(GammaGamma::expectedSpend(g, 3, -5), WithinRel(35.218978102189781, 1e-13));
    CHECK(std::isnan(GammaGamma::expectedSpend({6, 0.9, 15}, 2, 30)));
}

TEST_CASE("Gamma-Gamma fit", "[gammagamma]")
{
    const std::vector<double> x{1, 2, 3, 1, 5, 2, 0, 4, 1, 2};
    const std::vector<double> m{20, 35, 30, 80, 25, 12, 0, 40, 55, -3};
    auto fit = GammaGamma::fit(x, m);
    REQUIRE(fit);
    CHECK(fit->customers == 8); // x = 0 and the refund left out
    double sum = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] > 0 && m[i] > 0)
            sum += GammaGamma::logLikelihood(fit->params, x[i], m[i]);
    CHECK_THAT(fit->logLikelihood, WithinRel(sum, 1e-12));

    const std::vector<double> one{1}, spend{10};
    CHECK_FALSE(GammaGamma::fit(one, spend));
    CHECK_FALSE(GammaGamma::fit(x, spend));
}

TEST_CASE("Customer lifetime value: discounted expected margin", "[gammagamma]")
{
    const BgNbdParams bg{0.243, 4.414, 0.793, 2.426};
    ClvOptions o;
    o.months = 12;
    o.annualDiscount = 0.10;
    o.margin = 0.3;
    // mpmath: sum over 12 months of 0.3 * 40 * (E[Y(k w)] - E[Y((k-1) w)]) / 1.1^(k/12).
    CHECK_THAT(GammaGamma::lifetimeValue(bg, 2, 30.43, 38.86, 40, o),
               WithinRel(17.880107358124508, 1e-9));
    CHECK(GammaGamma::lifetimeValue(bg, 2, 30.43, 38.86, 0, o) == 0.0);
    o.months = 0;
    CHECK(GammaGamma::lifetimeValue(bg, 2, 30.43, 38.86, 40, o) == 0.0);
}
