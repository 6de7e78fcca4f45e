#pragma once

#include "core/analytics/bgnbd.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <span>

namespace rapport::analytics {

// The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV:
// Using Iso-Value Curves for Customer Base Analysis", and Fader and Hardie's note "The
// Gamma-Gamma Model of Monetary Value"): each transaction's value is Gamma(p, nu), so a
// customer's mean is p / nu, and nu ~ Gamma(q, gamma) across customers, independent of the
// buying process. It is fitted to the customers with repeat purchases: x (their number) and m_x
// (the mean value of those x transactions, > 0).
struct GammaGammaParams
{
    double p = 0, q = 0, gamma = 0;
};

struct GammaGammaFit
{
    GammaGammaParams params;
    double logLikelihood = 0;
    int customers = 0;   // those with x > 0 and m_x > 0 that the fit used
    int evaluations = 0; // of the likelihood, over every start (at most GammaGamma::EvaluationBudget)
    bool converged = false;
};

// The options of the customer lifetime value: the expected margin of the purchases the BG/NBD
// model expects over the horizon, discounted month by month.
struct ClvOptions
{
    int months = 12;              // the horizon
    double annualDiscount = 0.10; // discount rate per year (compounded monthly)
    double margin = 1.0;          // the share of the spend that is margin (1: revenue)
};

class GammaGamma final
{
    Q_DECLARE_TR_FUNCTIONS(GammaGamma)

public:
    static double logLikelihood(const GammaGammaParams &p, double x, double mx);
    // Maximum likelihood over log-parameters (BFGS from a start taken from the mean spend, then
    // others until two agree); customers with x = 0 or m_x <= 0 are left out. At most EvaluationBudget evaluations of the likelihood (converged false when that was not
    // enough). Error when fewer than two customers remain, or the columns differ in length.
    static Result<GammaGammaFit> fit(std::span<const double> x, std::span<const double> mx);
    static constexpr int EvaluationBudget = 200;
    // E[Z | x, m_x]: the customer's expected mean spend per transaction, a weighted mean of the
    // population mean p gamma / (q - 1) and m_x. For x = 0 (or m_x <= 0) the population mean.
    // NaN when q <= 1 (the population mean does not exist).
    static double expectedSpend(const GammaGammaParams &p, double x, double mx);

    // The customer lifetime value: sum over months k = 1..months of
    //   margin * spend * (E[Y(k w)] - E[Y((k-1) w)]) / (1 + d)^k,
    // w = weeks per month (365.25 / 12 / 7), d = the monthly rate for annualDiscount, E[Y] from
    // the BG/NBD model for the customer (x, t_x, T in weeks).
    static double lifetimeValue(const BgNbdParams &bgnbd,
                                double x,
                                double tx,
                                double T,
                                double spend,
                                const ClvOptions &options = {});
    // Its parts, for callers that share the expectations between customers: the end of month k
    // in weeks, and the sum over the months of (E[Y(k w)] - E[Y((k-1) w)]) / (1 + d)^k for
    // `expected` = E[Y(w)], E[Y(2 w)], ... (lifetimeValue() is margin * spend times it).
    static double monthEnd(int k);
    static double discountedPurchases(std::span<const double> expected, const ClvOptions &options);
};

} // namespace rapport::analytics
