#include "core/analytics/clv.h"

#include "core/util/vectorstate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <future>
#include <map>
#include <tuple>

namespace rapport::analytics {
namespace {

struct ClvTexts
{
    Q_DECLARE_TR_FUNCTIONS(ClvModel)
};

} // namespace

ClvScores scoreCustomers(const BgNbdParams &bgnbd,
                         const GammaGammaParams *spend,
                         RfmColumns data,
                         std::span<const double> repeatSpend,
                         double horizonWeeks,
                         const ClvOptions &options)
{
    const std::size_t n = data.x.size();
    ClvScores s;
    s.probabilityAlive.resize(n);
    s.expectedPurchases.resize(n);
    s.expectedSpend.resize(n);
    s.lifetimeValue.resize(n);
    // Per distinct history: P(alive), E[Y(horizon)] and the discounted purchases per unit spend.
    struct Figures
    {
        double alive, purchases, discounted;
    };
    ClvOptions perUnit = options;
    perUnit.margin = 1.0;
    const bool gammaGamma = spend && spend->q > 1;
    // Customers [from, to); each customer's figures depend on its own history alone, so the
    // halves on two cores give the very values one pass gives.
    const auto score = [&](std::size_t from, std::size_t to) {
        cpu::clearUpperVectorState(); // on each of the two threads
        std::map<std::tuple<double, double, double>, Figures> memo;
        for (std::size_t i = from; i < to; ++i) {
            const double x = data.x[i], tx = data.tx[i], T = data.T[i];
            auto [it, fresh] = memo.try_emplace({x, tx, T});
            if (fresh)
                it->second = {BgNbd::probabilityAlive(bgnbd, x, tx, T),
                              BgNbd::expectedPurchases(bgnbd, x, tx, T, horizonWeeks),
                              GammaGamma::lifetimeValue(bgnbd, x, tx, T, 1.0, perUnit)};
            const Figures &f = it->second;
            const double mx = i < repeatSpend.size() ? repeatSpend[i] : 0.0;
            const double perPurchase = gammaGamma ? GammaGamma::expectedSpend(*spend, x, mx)
                                                  : std::max(0.0, mx);
            s.probabilityAlive[i] = f.alive;
            s.expectedPurchases[i] = f.purchases;
            s.expectedSpend[i] = perPurchase;
            s.lifetimeValue[i] = options.margin * perPurchase * f.discounted;
        }
    };
    constexpr std::size_t OnTwoCores = 20000;
    if (n < OnTwoCores) {
        score(0, n);
    } else {
        auto second = std::async(std::launch::async, score, n / 2, n);
        score(0, n / 2);
        second.get();
    }
    return s;
}

Result<ClvModel> fitAndScore(RfmColumns data,
                             std::span<const double> repeatSpend,
                             double horizonWeeks,
                             const ClvOptions &options)
{
    auto fit = BgNbd::fit(data);
    if (!fit)
        return fit.error();
    ClvModel model;
    model.bgnbd = *fit;
    auto spend = GammaGamma::fit(data.x, repeatSpend);
    if (spend && spend->converged && spend->params.q > 1) {
        model.spend = *spend;
    } else if (spend && !spend->converged) {
        model.spendNote = ClvTexts::tr("The spend model did not settle within its budget of "
                                       "calculations; each customer's own mean repeat spend is "
                                       "used.");
    } else {
        model.spendNote = spend ? ClvTexts::tr("The spend model has no finite mean (q <= 1); "
                                               "each customer's own mean repeat spend is used.")
                                : spend.error().message();
    }
    model.scores = scoreCustomers(model.bgnbd.params,
                                  model.spend ? &model.spend->params : nullptr,
                                  data,
                                  repeatSpend,
                                  horizonWeeks,
                                  options);
    return model;
}

} // namespace rapport::analytics
