#pragma once

#include "core/analytics/clv.h"
#include "core/storage/clvrepository.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace rapport {

class Database;

// The customer-lifetime-value analysis as the CLI and the dashboards run it: the purchase
// summary as of a day (ClvRepository, one query), the BG/NBD fit, the Gamma-Gamma fit on the
// repeat buyers' spend, and every customer scored (analytics::scoreCustomers).
struct ClvSettings
{
    QDate asOf;                  // invalid: today (UTC)
    QString currency;            // the spend's currency; empty: the one most orders are in
    ClvFilter customers;         // which customers (all by default)
    double horizonWeeks = 52;    // for the expected purchases
    analytics::ClvOptions value; // CLV horizon, discount and margin
};

struct ClvAnalysis
{
    ClvSettings settings; // as run (asOf and currency filled in)
    PurchaseSummary summary;
    analytics::BgNbdFit bgnbd;
    std::optional<analytics::GammaGammaFit> spend; // none when it could not be fitted
    QString spendNote;                             // why not, then
    analytics::ClvScores scores;
    double seconds = 0; // the whole analysis
};

class ClvAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(ClvAnalyzer)

public:
    static Result<ClvAnalysis> run(const Database &db, ClvSettings settings);
};

} // namespace rapport
