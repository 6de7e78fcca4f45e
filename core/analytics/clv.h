#pragma once

#include "core/analytics/bgnbd.h"
#include "core/analytics/gammagamma.h"

#include <optional>
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

// The fitted models and every customer's scores.
struct ClvModel
{
    BgNbdFit bgnbd;
    std::optional<GammaGammaFit> spend; // none when it could not be fitted
    QString spendNote;                  // why not, then
    ClvScores scores;
};

// Fits BG/NBD on the customers' (x, t_x, T) and Gamma-Gamma on their repeat spend (used when it
// settled within its budget and its mean is finite, q > 1), then scores every customer with scoreCustomers(). The CLI's report and
// the dashboards both run this. Errors: those of BgNbd::fit (no customers, no repeat purchase).
Result<ClvModel> fitAndScore(RfmColumns data,
                             std::span<const double> repeatSpend,
                             double horizonWeeks,
                             const ClvOptions &options);

} // namespace rapport::analytics
