#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QString>

#include <array>
#include <span>
#include <vector>

namespace rapport::analytics {

// The named RFM segments, from the best to the lost.
enum class RfmSegment : quint8 {
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost,
};
inline constexpr std::size_t RfmSegmentCount = 11;
inline constexpr std::array<const char *, RfmSegmentCount> rfmSegmentKeys{"champions",
                                                                          "loyal",
                                                                          "potential_loyalists",
                                                                          "new",
                                                                          "promising",
                                                                          "need_attention",
                                                                          "about_to_sleep",
                                                                          "at_risk",
                                                                          "cant_lose_them",
                                                                          "hibernating",
                                                                          "lost"};
QString rfmSegmentName(RfmSegment segment); // translated

// The segment of an R score and an FM score (both 1..5). The table, R down, FM across:
//
//        FM=1            FM=2            FM=3            FM=4            FM=5
//   R=5  New             Potential l.    Loyal           Champions       Champions
//   R=4  Promising       Potential l.    Loyal           Champions       Champions
//   R=3  About to sleep  About to sleep  Need attention  Loyal           Loyal
//   R=2  Hibernating     Hibernating     At risk         At risk         At risk
//   R=1  Lost            Hibernating     At risk         Can't lose them Can't lose them
//
// It is the widely used R / FM segment table (Champions R 4-5 FM 4-5, Loyal R 2-5 FM 3-5,
// Potential loyalists R 3-5 FM 1-3, New R 4-5 FM 1, Promising R 3-4 FM 1, Need attention R 2-3
// FM 2-3, About to sleep R 2-3 FM 1-2, At risk R 1-2 FM 2-5, Can't lose them R 1 FM 4-5,
// Hibernating R 1-2 FM 1-2, Lost R 1-2 FM 1-2) with its overlaps settled so that every cell has
// one segment and every segment keeps a cell: the most recent and valuable reading wins above
// R=3, the most alarming one at R 1-2.
RfmSegment rfmSegment(int r, int fm);
// FM: the mean of F and M rounded half up, (F + M + 1) / 2.
inline int fmScore(int f, int m)
{
    return (f + m + 1) / 2;
}

// Quintile scores 1..5 of one measure: score = ceil(5 * rank / n), the rank counted from the
// worst (1) to the best (n) and averaged over ties. Ties share a score; n distinct values fill
// the scores evenly (each n/5 when 5 divides n); a measure where everybody is equal scores 3 (from five customers up;
// ceil(2.5 + 2.5 / n) for fewer: a lone customer scores 5).
// `higherIsBetter` false for recency in days.
std::vector<quint8> quintileScores(std::span<const qint64> values, bool higherIsBetter);

struct RfmSegmentSummary
{
    qint64 customers = 0;
    qint64 revenue = 0; // the sum of their monetary values
};

// RFM as of a day: recency in whole days from the last purchase to asOf (0 for a purchase on
// asOf, never negative), frequency the number of purchases, monetary their net sum.
struct RfmResult
{
    QDate asOf;
    std::vector<qint64> ids;
    std::vector<qint64> recencyDays;
    std::vector<qint64> frequency;
    std::vector<qint64> monetary;
    std::vector<quint8> r, f, m;
    std::vector<RfmSegment> segments;
    std::array<RfmSegmentSummary, RfmSegmentCount> summary{};
    // customers per R score (index 0 = score 1), for checking the balance of the quintiles
    std::array<qint64, 5> customersPerR{}, customersPerF{}, customersPerM{};
};

// Scores the customers who bought. Parallel columns: the last purchase as a day (QDate's Julian
// day number), how many purchases, their net value. No customer: an Error ("no purchases").
Result<RfmResult> rfm(std::span<const qint64> ids,
                      std::span<const qint64> lastPurchaseJulianDay,
                      std::span<const qint64> frequency,
                      std::span<const qint64> monetary,
                      const QDate &asOf);

} // namespace rapport::analytics
