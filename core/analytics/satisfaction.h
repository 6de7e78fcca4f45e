#pragma once

#include "core/util/result.h"

#include <QString>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace rapport::analytics {

// The satisfaction/value matrix: customers who answered a survey, placed by what they are worth
// (net revenue over the period) and by how satisfied they are (their latest 0..10 "would you
// recommend us" score). It is the customer-level reading of the satisfaction-profitability
// matrix: satisfaction alone does not tell where to act (Jones and Sasser, "Why satisfied
// customers defect", HBR 1995: satisfied customers leave too, unhappy ones stay); set against
// value it does.
//
//                      dissatisfied (0-6)     satisfied (7-10)
//   high value         Vulnerable             Advocates
//   low value          Saboteurs              Growth potential
//
// - Advocates: worth much and happy. Keep them; ask them for referrals and reviews.
// - Vulnerable: worth much and unhappy: the revenue at risk. Call them first.
// - Growth potential: happy but worth little so far: cross-sell and up-sell to them.
// - Saboteurs: worth little and unhappy: they cost service time and talk badly about us. Fix
//   what is cheap to fix, otherwise do not chase them.
// The names say what a manager should do, and none repeats an RFM segment's name ("At risk",
// "Potential loyalists"), so a customer's RFM segment and quadrant can be shown side by side.
enum class SatisfactionQuadrant : quint8 { Advocates, Vulnerable, GrowthPotential, Saboteurs };
inline constexpr std::size_t SatisfactionQuadrantCount = 4;
inline constexpr std::array<const char *, SatisfactionQuadrantCount>
    satisfactionQuadrantKeys{"advocates", "vulnerable", "growth_potential", "saboteurs"};
QString satisfactionQuadrantName(SatisfactionQuadrant quadrant); // translated
// One sentence for a tooltip: who is in it and what to do.
QString satisfactionQuadrantAdvice(SatisfactionQuadrant quadrant); // translated

struct SatisfactionOptions
{
    // Satisfied: a score at or above this. 7 counts the NPS passives (7-8) with the promoters
    // (9-10) as satisfied and leaves the detractors (0-6) dissatisfied: a detractor is the
    // customer who warns others off, whatever we earn from them.
    int satisfiedFrom = 7;
    // High value: a value at or above this (minor units). Empty: the median value of the scored
    // customers who are worth something (a value above 0; the mean of the two middle values for
    // an even count), so the customers who bought split in halves and those worth nothing (no
    // purchase in the value's window, or refunds only) are low value. The median of all of them
    // would be 0 wherever most answering customers bought nothing, and split no one. With the
    // median a customer worth nothing is never high value; a single buyer is.
    std::optional<qint64> highValueFrom;
};

struct SatisfactionQuadrantSummary
{
    qint64 customers = 0;
    qint64 value = 0;                // the sum of their values (minor units)
    std::optional<double> meanScore; // empty when the quadrant has no customer
    // Exactly the customers in the quadrant, largest value first (ties by id), for drill-down.
    std::vector<qint64> ids;
};

struct SatisfactionResult
{
    std::array<SatisfactionQuadrantSummary, SatisfactionQuadrantCount> quadrants{};
    // Per input customer, in the input's order.
    std::vector<SatisfactionQuadrant> quadrantOf;

    qint64 customers = 0;  // scored customers
    qint64 totalValue = 0; // the sum of their values
    double meanScore = 0;
    // The value threshold used: the option, or the median of the positive values (may end in
    // .5; 0 when no one is worth anything, and then no one is high value).
    double highValueFrom = 0;
    bool highValueIsMedian = true;
    int satisfiedFrom = 7;

    // Net Promoter Score of the scored customers: promoters (9-10) minus detractors (0-6), in
    // points of the share of customers (-100..100).
    qint64 promoters = 0, passives = 0, detractors = 0;
    double nps = 0;
};

// Places each scored customer. Parallel columns: customer id, value (net revenue in minor units
// over the period; refunds may make it negative; 0 for one who bought nothing), latest score
// (0..10). No customer: an Error (NotFound, "no survey answers"); a score outside 0..10, columns
// of different lengths or a satisfiedFrom outside 0..10: an Error (Validation).
Result<SatisfactionResult> satisfactionQuadrants(std::span<const qint64> ids,
                                                 std::span<const qint64> values,
                                                 std::span<const qint64> scores,
                                                 const SatisfactionOptions &options = {});
// The same with the scores as bytes (DashboardColumns::surveyScores).
Result<SatisfactionResult> satisfactionQuadrants(std::span<const qint64> ids,
                                                 std::span<const qint64> values,
                                                 std::span<const quint8> scores,
                                                 const SatisfactionOptions &options = {});

// The median of `values` as defined above (the mean of the two middle ones for an even count);
// 0 for none.
double medianValue(std::span<const qint64> values);

} // namespace rapport::analytics
