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
    a.seconds = double(timer.nsecsElapsed()) / 1e9;
    return a;
}

} // namespace rapport
