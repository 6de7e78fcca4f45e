#include "core/analytics/satisfaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace rapport::analytics {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct SatisfactionTexts
{
    Q_DECLARE_TR_FUNCTIONS(Satisfaction)
};

using Q = SatisfactionQuadrant;

} // namespace

QString satisfactionQuadrantName(SatisfactionQuadrant quadrant)
{
    switch (quadrant) {
    case Q::Advocates:
        return SatisfactionTexts::tr("Advocates");
    case Q::Vulnerable:
        return SatisfactionTexts::tr("Vulnerable");
    case Q::GrowthPotential:
        return SatisfactionTexts::tr("Growth potential");
    case Q::Saboteurs:
        return SatisfactionTexts::tr("Saboteurs");
    }
    return {};
}

QString satisfactionQuadrantAdvice(SatisfactionQuadrant quadrant)
{
    switch (quadrant) {
    case Q::Advocates:
        return SatisfactionTexts::tr("Valuable and satisfied: keep them close and ask them for "
                                     "referrals.");
    case Q::Vulnerable:
        return SatisfactionTexts::tr("Valuable but dissatisfied: the revenue at risk; call them "
                                     "first.");
    case Q::GrowthPotential:
        return SatisfactionTexts::tr("Satisfied but of low value so far: offer them more.");
    case Q::Saboteurs:
        return SatisfactionTexts::tr("Of low value and dissatisfied: fix what is cheap to fix.");
    }
    return {};
}

double medianValue(std::span<const qint64> values)
{
    if (values.empty())
        return 0;
    std::vector<qint64> sorted(values.begin(), values.end());
    const std::size_t mid = sorted.size() / 2;
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(mid), sorted.end());
    const qint64 upper = sorted[mid];
    if (sorted.size() % 2 == 1)
        return double(upper);
    const qint64 lower = *std::max_element(sorted.begin(), sorted.begin() + qsizetype(mid));
    // Halved apart, so two huge values cannot overflow.
    return double(lower) / 2 + double(upper) / 2;
}

namespace {

template<typename Score>
Result<SatisfactionResult> classify(std::span<const qint64> ids,
                                    std::span<const qint64> values,
                                    std::span<const Score> scores,
                                    const SatisfactionOptions &options)
{
    using K = Error::Kind;
    if (ids.size() != values.size() || ids.size() != scores.size())
        return Error(K::Validation,
                     SatisfactionTexts::tr("The customers, values and scores do not line up (%1, "
                                           "%2 and %3 of them).")
                         .arg(ids.size())
                         .arg(values.size())
                         .arg(scores.size()));
    if (options.satisfiedFrom < 0 || options.satisfiedFrom > 10)
        return Error(K::Validation,
                     SatisfactionTexts::tr("The score from which a customer counts as satisfied "
                                           "must lie between 0 and 10."),
                     QStringLiteral("satisfiedFrom"));
    const std::size_t n = ids.size();
    if (n == 0)
        return Error(K::NotFound,
                     SatisfactionTexts::tr("No customer answered a survey in the period, so "
                                           "there is no satisfaction to show."));
    for (std::size_t i = 0; i < n; ++i) {
        if (qint64(scores[i]) < 0 || qint64(scores[i]) > 10)
            return Error(K::Validation,
                         SatisfactionTexts::tr("Customer %1 has the score %2; scores run from 0 "
                                               "to 10.")
                             .arg(ids[i])
                             .arg(qint64(scores[i])));
    }

    SatisfactionResult r;
    r.customers = qint64(n);
    r.satisfiedFrom = options.satisfiedFrom;
    r.highValueIsMedian = !options.highValueFrom.has_value();
    if (options.highValueFrom) {
        r.highValueFrom = double(*options.highValueFrom);
    } else {
        std::vector<qint64> worth;
        worth.reserve(n);
        std::copy_if(values.begin(), values.end(), std::back_inserter(worth), [](qint64 v) {
            return v > 0;
        });
        r.highValueFrom = medianValue(worth);
    }
    r.quadrantOf.resize(n);

    std::array<qint64, SatisfactionQuadrantCount> scoreSums{};
    qint64 scoreSum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool high = double(values[i]) >= r.highValueFrom
                          && (!r.highValueIsMedian || values[i] > 0);
        const bool satisfied = scores[i] >= options.satisfiedFrom;
        const Q q = high ? (satisfied ? Q::Advocates : Q::Vulnerable)
                         : (satisfied ? Q::GrowthPotential : Q::Saboteurs);
        r.quadrantOf[i] = q;
        SatisfactionQuadrantSummary &s = r.quadrants[std::size_t(q)];
        ++s.customers;
        s.value += values[i];
        s.ids.push_back(ids[i]);
        scoreSums[std::size_t(q)] += scores[i];
        scoreSum += scores[i];
        r.totalValue += values[i];
        if (scores[i] >= 9)
            ++r.promoters;
        else if (scores[i] >= 7)
            ++r.passives;
        else
            ++r.detractors;
    }
    // Each quadrant's ids, largest value first: a second pass over (value, id) pairs.
    std::vector<std::pair<qint64, qint64>> pairs;
    for (std::size_t q = 0; q < SatisfactionQuadrantCount; ++q) {
        SatisfactionQuadrantSummary &s = r.quadrants[q];
        if (s.customers > 0)
            s.meanScore = double(scoreSums[q]) / double(s.customers);
        pairs.clear();
        pairs.reserve(s.ids.size());
        for (std::size_t i = 0; i < n; ++i) {
            if (std::size_t(r.quadrantOf[i]) == q)
                pairs.emplace_back(values[i], ids[i]);
        }
        std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (std::size_t k = 0; k < pairs.size(); ++k)
            s.ids[k] = pairs[k].second;
    }
    r.meanScore = double(scoreSum) / double(n);
    r.nps = 100.0 * double(r.promoters - r.detractors) / double(n);
    return r;
}

} // namespace

Result<SatisfactionResult> satisfactionQuadrants(std::span<const qint64> ids,
                                                 std::span<const qint64> values,
                                                 std::span<const qint64> scores,
                                                 const SatisfactionOptions &options)
{
    return classify(ids, values, scores, options);
}

Result<SatisfactionResult> satisfactionQuadrants(std::span<const qint64> ids,
                                                 std::span<const qint64> values,
                                                 std::span<const quint8> scores,
                                                 const SatisfactionOptions &options)
{
    return classify(ids, values, scores, options);
}

} // namespace rapport::analytics
