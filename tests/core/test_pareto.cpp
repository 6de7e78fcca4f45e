#include "core/analytics/pareto.h"

#include <catch2/catch.hpp>

#include <random>

using namespace rapport;
using namespace rapport::analytics;

namespace {

std::vector<qint64> idsUpTo(std::size_t n)
{
    std::vector<qint64> ids(n);
    for (std::size_t i = 0; i < n; ++i)
        ids[i] = qint64(i) + 1;
    return ids;
}

} // namespace

TEST_CASE("Pareto: a hand-computed ranking with a tie, a zero and a refund", "[pareto]")
{
    // Net values per customer; customer 6 had a refund bigger than its purchases.
    const std::vector<qint64> ids{1, 2, 3, 4, 5, 6};
    const std::vector<qint64> values{100, 300, 50, 50, 0, -20};
    auto r = pareto(ids, values);
    REQUIRE(r.ok());

    // Clamped at 0: 300 + 100 + 50 + 50 = 500; net 480; one negative, one zero.
    CHECK(r->customers == 6);
    CHECK(r->total == 500);
    CHECK(r->netTotal == 480);
    CHECK(r->negativeCustomers == 1);
    CHECK(r->negativeTotal == -20);
    CHECK(r->zeroCustomers == 1);
    // Largest first, the tie (3 and 4, 50 each) by id, then 0 before -20.
    CHECK(r->ids == std::vector<qint64>{2, 1, 3, 4, 5, 6});
    CHECK(r->values == std::vector<qint64>{300, 100, 50, 50, 0, -20});
    // 300/500, 400/500, 450/500, 500/500 and the two who hold nothing.
    const std::vector<double> cumulative{0.6, 0.8, 0.9, 1.0, 1.0, 1.0};
    for (std::size_t i = 0; i < cumulative.size(); ++i)
        CHECK(r->cumulativeShare[i] == Approx(cumulative[i]));
    CHECK(r->cumulativeShare.back() == 1.0);

    // Boundary customers: 1 brings the share from 60% to exactly 80%: still A. Customer 3
    // starts at exactly 80%: B. Customer 4 starts at 90% (< 95%): B. 5 and 6 start at 100%: C.
    CHECK(r->classes
          == std::vector<AbcClass>{AbcClass::A,
                                   AbcClass::A,
                                   AbcClass::B,
                                   AbcClass::B,
                                   AbcClass::C,
                                   AbcClass::C});
    CHECK(r->classCustomers == std::array<qint64, 3>{2, 2, 2});
    CHECK(r->classValue == std::array<qint64, 3>{400, 100, 0});

    // Concentration curve through (0,0) (1/6,.6) (2/6,.8) (3/6,.9) (4/6,1)...
    // x = 0.2 is 1.2 customers: 0.6 + 0.2 * (0.8 - 0.6) = 0.64.
    CHECK(r->top20Share == Approx(0.64));
    // 80% is reached exactly at the end of the second customer: 2/6.
    CHECK(r->customersFor80Share == Approx(2.0 / 6.0));
    // Ascending 0,0,50,50,100,300: sum i*x = 3*50 + 4*50 + 5*100 + 6*300 = 2650;
    // G = 2 * 2650 / (6 * 500) - 7/6 = 0.6 (python3).
    CHECK(r->gini == Approx(0.6));
    // Lorenz: the smallest half (0, 0, 50) hold 50/500.
    const auto lorenz = r->lorenzCurve(3);
    REQUIRE(lorenz.size() == 3);
    CHECK(lorenz[0].y == 0.0);
    CHECK(lorenz[1].x == Approx(0.5));
    CHECK(lorenz[1].y == Approx(0.1));
    CHECK(lorenz[2].y == Approx(1.0));
}

TEST_CASE("Pareto: equal customers and one customer holding everything", "[pareto]")
{
    SECTION("five equal customers: 20% hold 20%, 80% need 80%, Gini 0")
    {
        auto r = pareto(idsUpTo(5), std::vector<qint64>(5, 100));
        REQUIRE(r.ok());
        CHECK(r->top20Share == Approx(0.2));
        CHECK(r->customersFor80Share == Approx(0.8));
        CHECK(r->gini == Approx(0.0).margin(1e-12));
        // Shares before each: 0, .2, .4, .6 (A), .8 (not under 80%: B).
        CHECK(r->classCustomers == std::array<qint64, 3>{4, 1, 0});
    }
    SECTION("one of four holds everything: Gini (n-1)/n = 0.75")
    {
        auto r = pareto(idsUpTo(4), std::vector<qint64>{0, 1000, 0, 0});
        REQUIRE(r.ok());
        CHECK(r->ids.front() == 2);
        // x = 0.2 is 0.8 of the first customer's step: 0.8; 80% needs 0.8 of 1/4 = 0.2.
        CHECK(r->top20Share == Approx(0.8));
        CHECK(r->customersFor80Share == Approx(0.2));
        CHECK(r->gini == Approx(0.75));
        CHECK(r->classCustomers == std::array<qint64, 3>{1, 0, 3});
    }
    SECTION("a single customer")
    {
        auto r = pareto(std::vector<qint64>{42}, std::vector<qint64>{7});
        REQUIRE(r.ok());
        CHECK(r->classes == std::vector<AbcClass>{AbcClass::A});
        CHECK(r->top20Share == Approx(0.2));
        CHECK(r->customersFor80Share == Approx(0.8));
        CHECK(r->gini == Approx(0.0).margin(1e-12));
        CHECK(r->cumulativeShare == std::vector<double>{1.0});
    }
}

TEST_CASE("Pareto: nothing to rank is an error, not a NaN", "[pareto]")
{
    SECTION("no customers")
    {
        auto r = pareto({}, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind() == Error::Kind::NotFound);
        CHECK(r.error().message().contains(QLatin1String("no revenue")));
    }
    SECTION("only zeros and refunds")
    {
        auto r = pareto(idsUpTo(3), std::vector<qint64>{0, -5, 0}, ParetoMeasure::ServiceLoad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QLatin1String("no cases")));
    }
}

TEST_CASE("Pareto: invariants on random data", "[pareto]")
{
    std::mt19937_64 random(7);
    std::lognormal_distribution<double> spend(8.0, 1.5);
    const std::size_t n = 5000;
    std::vector<qint64> values(n);
    for (auto &v : values)
        v = qint64(spend(random)) - 200; // some negative
    auto r = pareto(idsUpTo(n), values);
    REQUIRE(r.ok());
    qint64 customers = 0;
    qint64 value = 0;
    for (int c = 0; c < 3; ++c) {
        customers += r->classCustomers[std::size_t(c)];
        value += r->classValue[std::size_t(c)];
    }
    CHECK(customers == qint64(n));
    CHECK(value == r->total);
    for (std::size_t i = 1; i < n; ++i) {
        REQUIRE(r->cumulativeShare[i] >= r->cumulativeShare[i - 1]);
        REQUIRE(r->values[i] <= r->values[i - 1]);
        REQUIRE(r->classes[i] >= r->classes[i - 1]);
    }
    CHECK(r->cumulativeShare.back() == 1.0);
    CHECK(r->gini > 0.0);
    CHECK(r->gini < 1.0);
    CHECK(r->top20Share > 0.2);
    const auto lorenz = r->lorenzCurve();
    const auto concentration = r->concentrationCurve();
    for (std::size_t i = 1; i < lorenz.size(); ++i) {
        CHECK(lorenz[i].y >= lorenz[i - 1].y);
        CHECK(lorenz[i].y <= lorenz[i].x + 1e-12);
        CHECK(concentration[i].y >= concentration[i - 1].y);
    }
    CHECK(concentration.back().y == 1.0);
    // The top 20% share read off the curve agrees with the classes: A holds >= 80%.
    CHECK(double(r->classValue[0]) >= 0.8 * double(r->total));
}
