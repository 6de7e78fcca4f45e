#pragma once

#include "core/util/result.h"

#include <QtGlobal>

#include <array>
#include <span>
#include <vector>

namespace rapport::analytics {

// ABC classes of a Pareto ranking. A: the customers ranked before the cumulative share reached
// 80% (the customer whose value crosses 80% is the last A); B: likewise up to 95%; C: the rest,
// including every customer with no (or a negative) value.
enum class AbcClass : quint8 { A = 0, B = 1, C = 2 };
char abcLetter(AbcClass c);

// A point of a curve over the ranked customers: x the share of customers (0..1), y the share of
// the value they hold (0..1).
struct CurvePoint
{
    double x = 0;
    double y = 0;
};

// The Pareto analysis of one value per customer (revenue, gross margin, service load...).
//
// Definitions (all shares are fractions 0..1):
// - Values are net per customer (refunds may make them negative). For the shares a customer's
//   value is clamped at 0: a customer who cost money holds no share of the total. How many
//   customers were clamped and their net sum are reported (negativeCustomers, negativeTotal).
// - Ranking: largest value first; equal values by customer id, so the ranking is stable.
// - cumulativeShare[i]: the share held by the customers ranked 0..i. It never falls and the last
//   one is exactly 1.
// - The concentration curve joins (0, 0) and (i/n, cumulativeShare[i-1]) with straight lines;
//   top20Share is its height at x = 0.2 and customersFor80Share the smallest x where it reaches
//   0.8 (so 5 equal customers give 0.2 and 0.8, and one customer holding everything gives
//   customersFor80Share = 0.8/n).
// - Lorenz curve: the same from the smallest customers up; gini = 1 - 2 * area under it
//   = (2 * sum(i * x_i) / (n * sum x)) - (n + 1) / n for values sorted ascending, i from 1.
//   0 when everyone holds the same; (n - 1) / n when one customer holds everything.
// - A total of zero (no customers, or no one with a positive value) is an Error, never a NaN.
struct ParetoResult
{
    std::vector<qint64> ids;             // ranked, largest value first
    std::vector<qint64> values;          // the net values in that order (may be negative)
    std::vector<double> cumulativeShare; // per ranked customer
    std::vector<AbcClass> classes;       // per ranked customer

    qint64 customers = 0;
    qint64 total = 0;             // the sum of the values clamped at 0
    qint64 netTotal = 0;          // the sum of the net values
    qint64 negativeCustomers = 0; // customers with a net negative value (counted as 0)
    qint64 negativeTotal = 0;     // their net sum (<= 0)
    qint64 zeroCustomers = 0;     // customers with exactly 0

    double top20Share = 0;
    double customersFor80Share = 0;
    double gini = 0;

    std::array<qint64, 3> classCustomers{}; // per AbcClass
    std::array<qint64, 3> classValue{};     // clamped value per AbcClass

    // The concentration curve (largest first) and the Lorenz curve (smallest first) sampled at
    // `points` evenly spaced x from 0 to 1 (at least 2), by linear interpolation.
    std::vector<CurvePoint> concentrationCurve(int points = 101) const;
    std::vector<CurvePoint> lorenzCurve(int points = 101) const;
    // The height of the concentration curve at x (0..1).
    double shareHeldByTop(double customerShare) const;
};

// What a Pareto ranking ranks by; it only chooses the sentence of the error.
enum class ParetoMeasure { Revenue, GrossMargin, ServiceLoad };

// Ranks the customers by value. ids and values are parallel (one entry per customer; an id
// appearing twice is a caller error). Fails (Error::Kind::NotFound, "There is no revenue in the
// period...") when there is nothing to rank: no customers, or no positive value.
Result<ParetoResult> pareto(std::span<const qint64> ids,
                            std::span<const qint64> values,
                            ParetoMeasure measure = ParetoMeasure::Revenue);

} // namespace rapport::analytics
