#include "core/services/clvanalysis.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace rapport {

Result<ClvAnalysis> ClvAnalyzer::run(const Database &db, ClvSettings settings)
{
    QElapsedTimer timer;
    timer.start();
    if (!settings.asOf.isValid())
        settings.asOf = QDateTime::currentDateTimeUtc().date();
    const ClvRepository repository(db);
    if (settings.currency.isEmpty()) {
        auto currency = repository.mainCurrency();
        if (!currency)
            return currency.error();
        settings.currency = currency->isEmpty() ? QStringLiteral("USD") : *currency;
    }
    auto summary = repository.summary(settings.asOf, settings.currency, settings.customers);
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
    auto fit = analytics::BgNbd::fit(columns);
    if (!fit)
        return fit.error();
    a.bgnbd = *fit;
    auto spend = analytics::GammaGamma::fit(a.summary.x, a.summary.repeatSpend);
    if (spend && spend->params.q > 1) {
        a.spend = *spend;
    } else {
        a.spendNote = spend ? tr("The spend model has no finite mean (q <= 1); each customer's "
                                 "own mean repeat spend is used.")
                            : spend.error().message();
    }
    a.scores = analytics::scoreCustomers(a.bgnbd.params,
                                         a.spend ? &a.spend->params : nullptr,
                                         columns,
                                         a.summary.repeatSpend,
                                         settings.horizonWeeks,
                                         settings.value);
    a.seconds = double(timer.nsecsElapsed()) / 1e9;
    return a;
}

} // namespace rapport
