#include "core/analytics/rfm.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace rapport;
using namespace rapport::analytics;

TEST_CASE("RFM: quintile scores by average rank, ties share a score", "[rfm]")
{
    // Ten distinct values: ranks 1..10, ceil(5k/10) = 1,1,2,2,3,3,4,4,5,5.
    const std::vector<qint64> ten{10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    CHECK(quintileScores(ten, true) == std::vector<quint8>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5});
    CHECK(quintileScores(ten, false) == std::vector<quint8>{5, 5, 4, 4, 3, 3, 2, 2, 1, 1});
    // Everybody equal (all orders on one day): average rank (n+1)/2, score 3 for all.
    CHECK(quintileScores(std::vector<qint64>(7, 4), true) == std::vector<quint8>(7, 3));
    // One customer: rank 1 of 1, score 5.
    CHECK(quintileScores(std::vector<qint64>{9}, true) == std::vector<quint8>{5});
    // Six of ten tied at the bottom (one purchase): ranks 1..6 average 3.5 -> ceil(1.75) = 2;
    // then 7 -> 4 (ceil 3.5), 8 -> 4, 9 -> 5 (ceil 4.5), 10 -> 5.
    const std::vector<qint64> orders{1, 1, 1, 1, 1, 1, 2, 3, 4, 9};
    CHECK(quintileScores(orders, true) == std::vector<quint8>{2, 2, 2, 2, 2, 2, 4, 4, 5, 5});
    CHECK(quintileScores({}, true).empty());
}

TEST_CASE("RFM: hand-computed scores and segments", "[rfm]")
{
    const QDate asOf(2026, 6, 30);
    const qint64 d = asOf.toJulianDay();
    //                         id: 1       2        3         4         5
    const std::vector<qint64> ids{1, 2, 3, 4, 5};
    const std::vector<qint64> last{d - 1, d - 10, d - 100, d - 400, d - 400};
    const std::vector<qint64> frequency{10, 5, 1, 2, 1};
    const std::vector<qint64> monetary{5000, 3000, 100, 800, 50};
    auto r = rfm(ids, last, frequency, monetary, asOf);
    REQUIRE(r.ok());
    CHECK(r->recencyDays == std::vector<qint64>{1, 10, 100, 400, 400});
    // R (fewer days is better): 4 and 5 tie at ranks 1-2 (1.5 -> ceil(1.5) = 2), then 3, 4, 5.
    CHECK(r->r == std::vector<quint8>{5, 4, 3, 2, 2});
    // F: 3 and 5 tie at ranks 1-2 -> 2; then customer 4 rank 3, 2 rank 4, 1 rank 5.
    CHECK(r->f == std::vector<quint8>{5, 4, 2, 3, 2});
    // M: all distinct: 5 < 3 < 4 < 2 < 1.
    CHECK(r->m == std::vector<quint8>{5, 4, 2, 3, 1});
    // FM = (F + M + 1) / 2: 5, 4, 2, 3, 2. Segments from the table: R5 FM5 and R4 FM4
    // Champions, R3 FM2 About to sleep, R2 FM3 At risk, R2 FM2 Hibernating.
    CHECK(r->segments
          == std::vector<RfmSegment>{RfmSegment::Champions,
                                     RfmSegment::Champions,
                                     RfmSegment::AboutToSleep,
                                     RfmSegment::AtRisk,
                                     RfmSegment::Hibernating});
    CHECK(r->summary[std::size_t(RfmSegment::Champions)].customers == 2);
    CHECK(r->summary[std::size_t(RfmSegment::Champions)].revenue == 8000);
    CHECK(r->summary[std::size_t(RfmSegment::AtRisk)].revenue == 800);
    CHECK(r->summary[std::size_t(RfmSegment::Lost)].customers == 0);
}

TEST_CASE("RFM: the segment table covers every cell and every segment", "[rfm]")
{
    std::set<RfmSegment> seen;
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm)
            seen.insert(rfmSegment(r, fm));
    }
    CHECK(seen.size() == RfmSegmentCount);
    CHECK(rfmSegment(5, 5) == RfmSegment::Champions);
    CHECK(rfmSegment(5, 1) == RfmSegment::New);
    CHECK(rfmSegment(4, 1) == RfmSegment::Promising);
    CHECK(rfmSegment(1, 5) == RfmSegment::CantLoseThem);
    CHECK(rfmSegment(1, 1) == RfmSegment::Lost);
    CHECK(rfmSegment(3, 3) == RfmSegment::NeedAttention);
    CHECK(fmScore(4, 5) == 5);
    CHECK(fmScore(1, 2) == 2);
    for (std::size_t s = 0; s < RfmSegmentCount; ++s)
        CHECK_FALSE(rfmSegmentName(RfmSegment(s)).isEmpty());
}

TEST_CASE("RFM: balance, edge cases and errors", "[rfm]")
{
    const QDate asOf(2026, 6, 30);
    SECTION("quintiles of 1000 distinct customers hold 200 each")
    {
        std::mt19937_64 random(3);
        std::vector<qint64> ids, last, freq, money;
        for (qint64 i = 0; i < 1000; ++i) {
            ids.push_back(i + 1);
            last.push_back(asOf.toJulianDay() - i); // distinct recency
            freq.push_back(i);                      // distinct
            money.push_back(qint64(random() % 1'000'000'000) * 1000 + i);
        }
        auto r = rfm(ids, last, freq, money, asOf);
        REQUIRE(r.ok());
        CHECK(r->customersPerR == std::array<qint64, 5>{200, 200, 200, 200, 200});
        CHECK(r->customersPerF == std::array<qint64, 5>{200, 200, 200, 200, 200});
        CHECK(r->customersPerM == std::array<qint64, 5>{200, 200, 200, 200, 200});
        qint64 total = 0;
        for (const auto &s : r->summary)
            total += s.customers;
        CHECK(total == 1000);
    }
    SECTION("all orders on one day, a refund, a purchase after asOf")
    {
        const qint64 d = asOf.toJulianDay();
        auto r = rfm(std::vector<qint64>{1, 2, 3},
                     std::vector<qint64>{d, d, d + 3},
                     std::vector<qint64>{1, 1, 1},
                     std::vector<qint64>{100, -50, 100},
                     asOf);
        REQUIRE(r.ok());
        CHECK(r->recencyDays == std::vector<qint64>{0, 0, 0}); // never negative
        // Three equal: average rank 2, ceil(5 * 2 / 3) = 4 (from five customers up: 3).
        CHECK(r->r == std::vector<quint8>{4, 4, 4});
        CHECK(r->f == std::vector<quint8>{4, 4, 4});
        // M: -50 rank 1 -> 2 (ceil 5/3); the two 100s ranks 2-3 -> 2.5 -> ceil(25/6) = 5.
        CHECK(r->m == std::vector<quint8>{5, 2, 5});
    }
    SECTION("nobody bought: an error")
    {
        auto r = rfm({}, {}, {}, {}, asOf);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QLatin1String("no purchases")));
    }
}
