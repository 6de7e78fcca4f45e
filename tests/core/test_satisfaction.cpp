#include "core/analytics/satisfaction.h"

#include <catch2/catch.hpp>

#include <limits>
#include <vector>

using namespace rapport;
using namespace rapport::analytics;

namespace {

const SatisfactionQuadrantSummary &quadrant(const SatisfactionResult &r, SatisfactionQuadrant q)
{
    return r.quadrants[std::size_t(q)];
}

// Ten customers (id, value, latest score):
//   1: 1000, 10   2: 800, 6   3: 500, 9   4: 300, 7    5: 200, 3
//   6:  100,  9   7:   0, 0   8: -50, 10  9: 900, 2   10: 150, 9
// The values above 0, sorted: 100 150 200 300 | 500 800 900 1000 -> median (300 + 500) / 2 =
// 400 (7 and 8, worth nothing, do not pull it down). High value (>= 400): 1, 2, 3, 9.
// Satisfied (>= 7): 1, 3, 4, 6, 8, 10.
//   Advocates        1, 3        (by value 1000, 500)      value 1500  mean (10+9)/2 = 9.5
//   Vulnerable       9, 2        (900, 800)                value 1700  mean (2+6)/2 = 4
//   Growth potential 4, 10, 6, 8 (300, 150, 100, -50)      value  500  mean (7+9+9+10)/4 = 8.75
//   Saboteurs        5, 7        (200, 0)                  value  200  mean (3+0)/2 = 1.5
// Promoters (9-10): 1, 3, 6, 8, 10 = 5; passives (7-8): 4 = 1; detractors: 2, 5, 7, 9 = 4.
// NPS = 100 * (5 - 4) / 10 = 10. Mean score 65 / 10 = 6.5. Total value 3900.
const std::vector<qint64> Ids{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
const std::vector<qint64> Values{1000, 800, 500, 300, 200, 100, 0, -50, 900, 150};
const std::vector<qint64> Scores{10, 6, 9, 7, 3, 9, 0, 10, 2, 9};

} // namespace

TEST_CASE("Satisfaction quadrants of a hand-computed fixture", "[satisfaction]")
{
    const auto r = satisfactionQuadrants(Ids, Values, Scores);
    REQUIRE(r.ok());
    CHECK(r->customers == 10);
    CHECK(r->highValueFrom == 400.0);
    CHECK(r->highValueIsMedian);
    CHECK(r->satisfiedFrom == 7);
    CHECK(r->totalValue == 3900);
    CHECK(r->meanScore == Approx(6.5));

    using Q = SatisfactionQuadrant;
    const auto &advocates = quadrant(*r, Q::Advocates);
    CHECK(advocates.customers == 2);
    CHECK(advocates.value == 1500);
    REQUIRE(advocates.meanScore.has_value());
    CHECK(*advocates.meanScore == Approx(9.5));
    CHECK(advocates.ids == std::vector<qint64>{1, 3});

    const auto &vulnerable = quadrant(*r, Q::Vulnerable);
    CHECK(vulnerable.customers == 2);
    CHECK(vulnerable.value == 1700);
    CHECK(vulnerable.meanScore == 4.0);
    CHECK(vulnerable.ids == std::vector<qint64>{9, 2});

    const auto &growth = quadrant(*r, Q::GrowthPotential);
    CHECK(growth.customers == 4);
    CHECK(growth.value == 500);
    CHECK(*growth.meanScore == Approx(8.75));
    CHECK(growth.ids == std::vector<qint64>{4, 10, 6, 8});

    const auto &saboteurs = quadrant(*r, Q::Saboteurs);
    CHECK(saboteurs.customers == 2);
    CHECK(saboteurs.value == 200);
    CHECK(saboteurs.meanScore == 1.5);
    CHECK(saboteurs.ids == std::vector<qint64>{5, 7});

    CHECK(r->promoters == 5);
    CHECK(r->passives == 1);
    CHECK(r->detractors == 4);
    CHECK(r->nps == Approx(10.0));

    // Per customer, in the input's order.
    CHECK(r->quadrantOf
          == std::vector<Q>{Q::Advocates,
                            Q::Vulnerable,
                            Q::Advocates,
                            Q::GrowthPotential,
                            Q::Saboteurs,
                            Q::GrowthPotential,
                            Q::Saboteurs,
                            Q::GrowthPotential,
                            Q::Vulnerable,
                            Q::GrowthPotential});
    // The quadrants add up to the whole.
    qint64 customers = 0, value = 0;
    for (const auto &q : r->quadrants) {
        customers += q.customers;
        value += q.value;
        CHECK(std::size_t(q.customers) == q.ids.size());
    }
    CHECK(customers == r->customers);
    CHECK(value == r->totalValue);
}

TEST_CASE("Satisfaction thresholds can be set", "[satisfaction]")
{
    using Q = SatisfactionQuadrant;
    SatisfactionOptions o;
    o.highValueFrom = 1000; // only customer 1 is high value
    auto r = satisfactionQuadrants(Ids, Values, Scores, o);
    REQUIRE(r.ok());
    CHECK_FALSE(r->highValueIsMedian);
    CHECK(r->highValueFrom == 1000.0);
    CHECK(quadrant(*r, Q::Advocates).ids == std::vector<qint64>{1});
    CHECK(quadrant(*r, Q::Vulnerable).customers == 0);
    CHECK_FALSE(quadrant(*r, Q::Vulnerable).meanScore.has_value()); // no NaN for an empty one
    // Satisfied and low: 3 (500), 4 (300), 10 (150), 6 (100), 8 (-50).
    CHECK(quadrant(*r, Q::GrowthPotential).ids == std::vector<qint64>{3, 4, 10, 6, 8});
    // Dissatisfied and low: 9 (900), 2 (800), 5 (200), 7 (0).
    CHECK(quadrant(*r, Q::Saboteurs).ids == std::vector<qint64>{9, 2, 5, 7});

    o = {};
    o.satisfiedFrom = 9; // only promoters are satisfied
    r = satisfactionQuadrants(Ids, Values, Scores, o);
    REQUIRE(r.ok());
    CHECK(quadrant(*r, Q::Advocates).ids == std::vector<qint64>{1, 3});
    CHECK(quadrant(*r, Q::Vulnerable).ids == std::vector<qint64>{9, 2});
    CHECK(r->nps == Approx(10.0)); // NPS does not depend on the threshold

    o.satisfiedFrom = 11;
    r = satisfactionQuadrants(Ids, Values, Scores, o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind() == Error::Kind::Validation);
}

TEST_CASE("Satisfaction of one customer, equal values and no customers", "[satisfaction]")
{
    using Q = SatisfactionQuadrant;
    // One customer is at its own median: high value. A score of 4 is a detractor: NPS -100.
    auto r = satisfactionQuadrants(std::vector<qint64>{42},
                                   std::vector<qint64>{500},
                                   std::vector<qint64>{4});
    REQUIRE(r.ok());
    CHECK(quadrant(*r, Q::Vulnerable).ids == std::vector<qint64>{42});
    CHECK(r->nps == -100.0);
    CHECK(r->meanScore == 4.0);
    for (Q q : {Q::Advocates, Q::GrowthPotential, Q::Saboteurs})
        CHECK_FALSE(quadrant(*r, q).meanScore.has_value());

    // Most scored customers bought nothing: the median of all values would be 0 and split no
    // one; the median of those worth something (300) makes customer 4 high value, the rest low.
    r = satisfactionQuadrants(std::vector<qint64>{1, 2, 3, 4},
                              std::vector<qint64>{0, 0, 0, 300},
                              std::vector<qint64>{9, 2, 7, 10});
    REQUIRE(r.ok());
    CHECK(r->highValueFrom == 300.0);
    CHECK(quadrant(*r, Q::Advocates).ids == std::vector<qint64>{4});
    CHECK(quadrant(*r, Q::Vulnerable).customers == 0);
    CHECK(quadrant(*r, Q::GrowthPotential).ids == std::vector<qint64>{1, 3});
    CHECK(quadrant(*r, Q::Saboteurs).ids == std::vector<qint64>{2});

    // Nobody bought anything: no one is high value (the threshold is 0, never high).
    r = satisfactionQuadrants(std::vector<qint64>{1, 2},
                              std::vector<qint64>{0, -10},
                              std::vector<qint64>{9, 3});
    REQUIRE(r.ok());
    CHECK(r->highValueFrom == 0.0);
    CHECK(quadrant(*r, Q::GrowthPotential).ids == std::vector<qint64>{1});
    CHECK(quadrant(*r, Q::Saboteurs).ids == std::vector<qint64>{2});

    // Everybody worth the same: all high value (median 100). Scores 10, 9, 5:
    // promoters 2, detractors 1 -> NPS 100 * (2 - 1) / 3 = 33.33.
    r = satisfactionQuadrants(std::vector<qint64>{1, 2, 3},
                              std::vector<qint64>{100, 100, 100},
                              std::vector<qint64>{10, 9, 5});
    REQUIRE(r.ok());
    CHECK(r->highValueFrom == 100.0);
    CHECK(quadrant(*r, Q::Advocates).ids == std::vector<qint64>{1, 2});
    CHECK(quadrant(*r, Q::Vulnerable).ids == std::vector<qint64>{3});
    CHECK(quadrant(*r, Q::GrowthPotential).customers == 0);
    CHECK(r->nps == Approx(100.0 / 3));

    const std::vector<qint64> none;
    r = satisfactionQuadrants(none, none, none);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind() == Error::Kind::NotFound);
    CHECK_FALSE(r.error().message().isEmpty());
}

TEST_CASE("Satisfaction refuses scores outside 0..10 and columns that do not line up",
          "[satisfaction]")
{
    auto r = satisfactionQuadrants(std::vector<qint64>{1, 2},
                                   std::vector<qint64>{10, 20},
                                   std::vector<qint64>{5, 11});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind() == Error::Kind::Validation);
    CHECK(r.error().message().contains(QStringLiteral("11")));
    r = satisfactionQuadrants(std::vector<qint64>{1, 2},
                              std::vector<qint64>{10},
                              std::vector<qint64>{5, 6});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind() == Error::Kind::Validation);
}

TEST_CASE("Satisfaction takes the scores as bytes too", "[satisfaction]")
{
    const std::vector<quint8> bytes(Scores.begin(), Scores.end());
    const auto r = satisfactionQuadrants(Ids, Values, std::span<const quint8>(bytes));
    REQUIRE(r.ok());
    CHECK(quadrant(*r, SatisfactionQuadrant::Vulnerable).ids == std::vector<qint64>{9, 2});
    CHECK(r->nps == Approx(10.0));
    const std::vector<quint8> bad{5, 200};
    CHECK_FALSE(satisfactionQuadrants(std::vector<qint64>{1, 2},
                                      std::vector<qint64>{1, 2},
                                      std::span<const quint8>(bad))
                    .ok());
}

TEST_CASE("The median value of the scored customers", "[satisfaction]")
{
    CHECK(medianValue(std::vector<qint64>{}) == 0.0);
    CHECK(medianValue(std::vector<qint64>{7}) == 7.0);
    CHECK(medianValue(std::vector<qint64>{5, 1, 3}) == 3.0);
    CHECK(medianValue(std::vector<qint64>{2, 1}) == 1.5);
    CHECK(medianValue(std::vector<qint64>{-3, 10, -1, 4}) == 1.5); // (-1 + 4) / 2
    // Two huge values do not overflow.
    const qint64 big = std::numeric_limits<qint64>::max();
    CHECK(medianValue(std::vector<qint64>{big, big}) == double(big));
}

TEST_CASE("Satisfaction quadrants have names, keys and advice", "[satisfaction]")
{
    for (std::size_t q = 0; q < SatisfactionQuadrantCount; ++q) {
        CHECK_FALSE(satisfactionQuadrantName(SatisfactionQuadrant(q)).isEmpty());
        CHECK_FALSE(satisfactionQuadrantAdvice(SatisfactionQuadrant(q)).isEmpty());
    }
    CHECK(satisfactionQuadrantName(SatisfactionQuadrant::Advocates) == QStringLiteral("Advocates"));
    CHECK(QLatin1String(satisfactionQuadrantKeys[3]) == QStringLiteral("saboteurs"));
}
