#include "core/services/clvanalysis.h"

#include "core/storage/analyticsrepository.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace rapport {
namespace {

// Keeps the rows of the summary and the scores whose customer is in `ids` (both ascending).
void keepCustomers(ClvAnalysis &a, const std::vector<qint64> &ids)
{
    PurchaseSummary &s = a.summary;
    analytics::ClvScores &sc = a.scores;
    std::size_t out = 0, k = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        while (k < ids.size() && ids[k] < s.customerIds[i])
            ++k;
        if (k == ids.size() || ids[k] != s.customerIds[i])
            continue;
        s.customerIds[out] = s.customerIds[i];
        s.x[out] = s.x[i];
        s.tx[out] = s.tx[i];
        s.T[out] = s.T[i];
        s.repeatSpend[out] = s.repeatSpend[i];
        if (i < s.firstDay.size())
            s.firstDay[out] = s.firstDay[i];
        sc.probabilityAlive[out] = sc.probabilityAlive[i];
        sc.expectedPurchases[out] = sc.expectedPurchases[i];
        sc.expectedSpend[out] = sc.expectedSpend[i];
        sc.lifetimeValue[out] = sc.lifetimeValue[i];
        ++out;
    }
    for (auto *v : {&s.x,
                    &s.tx,
                    &s.T,
                    &s.repeatSpend,
                    &sc.probabilityAlive,
                    &sc.expectedPurchases,
                    &sc.expectedSpend,
                    &sc.lifetimeValue})
        v->resize(out);
    s.customerIds.resize(out);
    s.firstDay.resize(std::min(out, s.firstDay.size()));
}

} // namespace

Result<ClvAnalysis> ClvAnalyzer::run(const Database &db, ClvSettings settings)
{
    QElapsedTimer timer;
    timer.start();
    if (!settings.asOf.isValid())
        settings.asOf = QDateTime::currentDateTimeUtc().date();
    const ClvRepository repository(db);
    if (settings.currency.isEmpty()) {
        // The dashboards' currency (the setting, or the newest orders' most common).
        auto currency = AnalyticsRepository(db).defaultCurrency();
        if (!currency)
            return currency.error();
        settings.currency = *currency;
    }
    // The models describe the whole base, as on the dashboard: they are fitted on every customer
    // who bought, and the owner and kind filters only choose whose scores are reported, so a
    // customer's value is the same in every report and on the dashboard.
    auto summary = repository.summary(settings.asOf, settings.currency, ClvFilter{});
    if (!summary)
        return summary.error();
    if (summary->size() == 0)
        return Error(Error::Kind::Validation,
                     tr("No customer had bought anything by %1.")
                         .arg(settings.asOf.toString(Qt::ISODate)));
    ClvAnalysis a;
    a.settings = settings;
    a.summary = std::move(*summary);
    const analytics::RfmColumns columns{a.summary.x, a.summary.tx, a.summary.T};
    auto model = analytics::fitAndScore(columns,
                                        a.summary.repeatSpend,
                                        settings.horizonWeeks,
                                        settings.value);
    if (!model)
        return model.error();
    a.bgnbd = model->bgnbd;
    a.spend = std::move(model->spend);
    a.spendNote = std::move(model->spendNote);
    a.scores = std::move(model->scores);
    if (!settings.customers.isEmpty()) {
        auto kept = repository.summary(settings.asOf, settings.currency, settings.customers);
        if (!kept)
            return kept.error();
        if (kept->size() == 0)
            return Error(Error::Kind::Validation,
                         tr("None of these customers had bought anything by %1.")
                             .arg(settings.asOf.toString(Qt::ISODate)));
        keepCustomers(a, kept->customerIds);
    }
    a.seconds = double(timer.nsecsElapsed()) / 1e9;
    return a;
}

} // namespace rapport
