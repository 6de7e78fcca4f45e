#include "core/analytics/clv.h"

#include "core/util/vectorstate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <future>
#include <unordered_map>
#include <utility>

namespace rapport::analytics {
namespace {

struct PairHash
{
    std::size_t operator()(const std::pair<double, double> &p) const noexcept
    {
        const std::hash<double> h;
        return h(p.first) * 0x9E3779B97F4A7C15ull ^ h(p.second);
    }
};

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
    // E[Y(t)] is the purchases expected if alive, which depend on x and T alone, over
    // 1 / P(alive): the first are worked out once per distinct (x, T), for the horizon (at 0)
    // and the end of each month (1..months), the second per customer; the quotients are those
    // of BgNbd::expectedPurchases and GammaGamma::lifetimeValue to the last bit.
    const std::size_t months = std::size_t(std::max(options.months, 0));
    const bool gammaGamma = spend && spend->q > 1;
    // Customers [from, to); each customer's figures depend on its own history alone, so the
    // halves on two cores give the very values one pass gives.
    const auto score = [&](std::size_t from, std::size_t to) {
        cpu::clearUpperVectorState(); // on each of the two threads
        std::unordered_map<std::pair<double, double>, std::size_t, PairHash> rowOf;
        std::vector<double> ifAlive; // 1 + months per distinct (x, T)
        std::vector<double> expected(months);
        for (std::size_t i = from; i < to; ++i) {
            const double x = data.x[i], tx = data.tx[i], T = data.T[i];
            auto [it, fresh] = rowOf.try_emplace({x, T}, ifAlive.size());
            if (fresh) {
                ifAlive.push_back(BgNbd::expectedPurchasesIfAlive(bgnbd, x, T, horizonWeeks));
                for (std::size_t k = 1; k <= months; ++k)
                    ifAlive.push_back(
                        BgNbd::expectedPurchasesIfAlive(bgnbd, x, T, GammaGamma::monthEnd(int(k))));
            }
            const double *shared = ifAlive.data() + it->second;
            const double inverseAlive = BgNbd::inverseProbabilityAlive(bgnbd, x, tx, T);
            for (std::size_t k = 0; k < months; ++k)
                expected[k] = shared[k + 1] / inverseAlive;
            const double mx = i < repeatSpend.size() ? repeatSpend[i] : 0.0;
            const double perPurchase = gammaGamma ? GammaGamma::expectedSpend(*spend, x, mx)
                                                  : std::max(0.0, mx);
            s.probabilityAlive[i] = BgNbd::probabilityAlive(bgnbd, x, tx, T);
            s.expectedPurchases[i] = horizonWeeks > 0 ? shared[0] / inverseAlive : 0.0;
            s.expectedSpend[i] = perPurchase;
            s.lifetimeValue[i] = options.margin * perPurchase
                                 * GammaGamma::discountedPurchases(expected, options);
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
