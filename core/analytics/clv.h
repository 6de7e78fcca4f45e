#pragma once

#include "core/analytics/bgnbd.h"
#include "core/analytics/gammagamma.h"

#include <span>
#include <vector>

namespace rapport::analytics {

// Per-customer figures of the CLV models, columns parallel to the input.
struct ClvScores
{
    std::vector<double> probabilityAlive;
    std::vector<double> expectedPurchases; // over the horizon in weeks
    std::vector<double> expectedSpend;     // per purchase, in the spend columns' unit
    std::vector<double> lifetimeValue;     // discounted expected margin, same unit
};

// Scores every customer: P(alive), the expected purchases over `horizonWeeks`, the expected spend
// per purchase (Gamma-Gamma when `spend` is given and has q > 1, else the customer's own mean
// repeat spend) and the lifetime value over options.months. Customers with the same (x, t_x, T)
// share the model's work, so a million customers cost about as much as their distinct histories.
ClvScores scoreCustomers(const BgNbdParams &bgnbd,
                         const GammaGammaParams *spend,
                         RfmColumns data,
                         std::span<const double> repeatSpend,
                         double horizonWeeks,
                         const ClvOptions &options);

} // namespace rapport::analytics
