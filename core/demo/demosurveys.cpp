#include "core/demo/demosurveys.h"

#include "core/storage/bulkbatch.h"

#include <algorithm>
#include <cmath>

namespace rapport {
namespace {

using namespace demo;

constexpr qint64 Hour = 3600;

// The schema's survey kinds (surveys.kind).
enum SurveyKindCode { Relationship = 0, AfterPurchase = 1, AfterCase = 2 };

constexpr double BuyerReach = 0.36; // buyers who answered at least once
constexpr double OtherReach = 0.05; // leads and prospects who did
constexpr double BaseScore = 9.1;   // the latent score of an ordinary customer
constexpr double ScoreSpread = 1.4; // the noise of one answer
// Now and then an answer comes from a bad day (a late delivery, a rude call): the long tail of
// detractors every NPS survey has.
constexpr double BadDayShare = 0.15;
constexpr double BadDayMean = 3.5;
constexpr double ComplaintPenalty = 1.6;
constexpr double CommentShare = 0.3;

} // namespace

DemoSurveys::DemoSurveys(const DemoPlan &plan)
    : m_plan(plan)
{}

void DemoSurveys::generate(qint64 index,
                           const DemoProfile &p,
                           std::size_t firstOrder,
                           std::size_t firstCase,
                           BulkBatch &batch) const
{
    DemoRandom r(m_plan.options.seed, quint64(DemoStream::Surveys), quint64(index));
    const bool buyer = p.convertAt != 0;
    if (!r.chance(buyer ? BuyerReach : OtherReach))
        return;
    const qint64 end = m_plan.end;
    const qint64 lo = buyer ? p.convertAt : p.acquiredAt;
    const qint64 hi
        = std::max(lo, std::min(end, buyer ? p.activeEnd + 30 * Day : p.presaleEnd + 14 * Day));
    const double years = double(hi - lo) / double(365 * Day);
    int count = 1;
    if (r.chance(std::min(0.6, 0.3 * years)))
        count = r.chance(0.35) ? 3 : 2;

    const std::size_t orders = batch.orders.size() - firstOrder;
    std::size_t resolved = 0;
    for (std::size_t i = firstCase; i < batch.cases.size(); ++i)
        resolved += batch.cases[i].resolvedAt != 0 ? 1 : 0;

    // What the customer thinks of us apart from single events.
    double base = BaseScore + std::clamp(0.45 * std::log(p.value), -0.8, 1.0);
    if (p.trouble > 1)
        base -= 1.0;
    if (buyer && p.churnAt < end)
        base -= 0.8;

    const std::size_t first = batch.surveys.size();
    for (int k = 0; k < count; ++k) {
        BulkBatch::Survey s;
        s.customerId = m_plan.customerId(index);
        const double u = r.uniform();
        double extra = 0;
        if (orders > 0 && u < 0.35) {
            // A few days after an order.
            const auto &order = batch.orders[firstOrder + r.below(quint32(orders))];
            s.kind = AfterPurchase;
            s.answeredAt = order.orderedAt + r.between(Day, 10 * Day);
            extra = order.status == Cancelled || order.status == Refunded ? -2.0 : 0.3;
        } else if (resolved > 0 && u < 0.6) {
            // Right after a case was resolved: a complaint still stings.
            std::size_t pick = r.below(quint32(resolved));
            for (std::size_t i = firstCase; i < batch.cases.size(); ++i) {
                const BulkBatch::Case &c = batch.cases[i];
                if (c.resolvedAt == 0 || pick-- > 0)
                    continue;
                s.kind = AfterCase;
                s.answeredAt = c.resolvedAt + r.between(Hour, 3 * Day);
                extra = c.kind == 0 ? -1.0 : 0.2;
                break;
            }
        } else {
            s.kind = Relationship;
            s.answeredAt = lo + qint64(r.uniform() * double(hi - lo));
        }
        s.answeredAt = std::clamp(s.answeredAt, p.acquiredAt, end);
        int complaintsBefore = 0;
        for (std::size_t i = firstCase; i < batch.cases.size(); ++i)
            complaintsBefore += batch.cases[i].kind == 0 && batch.cases[i].openedAt <= s.answeredAt;
        const double latent = base + extra - std::min(5.0, ComplaintPenalty * complaintsBefore)
                              + ScoreSpread * r.normal()
                              - (r.chance(BadDayShare) ? r.exponential(BadDayMean) : 0.0);
        s.score = int(std::clamp(std::lround(latent), 0L, 10L));
        if (r.chance(CommentShare)) {
            const int group = s.score >= 9 ? 2 : s.score >= 7 ? 1 : 0;
            s.comment = m_plan.words->surveyComments[group].pick(r).text;
        }
        batch.surveys.push_back(s);
    }
    // In time order, as the index surveys (customer_id, answered_at) grows; ids after sorting.
    std::stable_sort(batch.surveys.begin() + qsizetype(first),
                     batch.surveys.end(),
                     [](const BulkBatch::Survey &a, const BulkBatch::Survey &b) {
                         return a.answeredAt < b.answeredAt;
                     });
    for (std::size_t i = first; i < batch.surveys.size(); ++i)
        batch.surveys[i].id = qint64(i) + 1;
}

} // namespace rapport
