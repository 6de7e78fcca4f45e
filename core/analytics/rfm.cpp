#include "core/analytics/rfm.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace rapport::analytics {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rfm)
};

using S = RfmSegment;
// [R - 1][FM - 1]; see the table in rfm.h.
constexpr S segmentTable[5][5] = {
    {S::Lost, S::Hibernating, S::AtRisk, S::CantLoseThem, S::CantLoseThem},
    {S::Hibernating, S::Hibernating, S::AtRisk, S::AtRisk, S::AtRisk},
    {S::AboutToSleep, S::AboutToSleep, S::NeedAttention, S::Loyal, S::Loyal},
    {S::Promising, S::PotentialLoyalists, S::Loyal, S::Champions, S::Champions},
    {S::New, S::PotentialLoyalists, S::Loyal, S::Champions, S::Champions},
};

} // namespace

QString rfmSegmentName(RfmSegment segment)
{
    switch (segment) {
    case S::Champions:
        return Tr::tr("Champions");
    case S::Loyal:
        return Tr::tr("Loyal");
    case S::PotentialLoyalists:
        return Tr::tr("Potential loyalists");
    case S::New:
        return Tr::tr("New");
    case S::Promising:
        return Tr::tr("Promising");
    case S::NeedAttention:
        return Tr::tr("Need attention");
    case S::AboutToSleep:
        return Tr::tr("About to sleep");
    case S::AtRisk:
        return Tr::tr("At risk");
    case S::CantLoseThem:
        return Tr::tr("Can't lose them");
    case S::Hibernating:
        return Tr::tr("Hibernating");
    case S::Lost:
        return Tr::tr("Lost");
    }
    return {};
}

RfmSegment rfmSegment(int r, int fm)
{
    r = std::clamp(r, 1, 5);
    fm = std::clamp(fm, 1, 5);
    return segmentTable[r - 1][fm - 1];
}

std::vector<quint8> quintileScores(std::span<const qint64> values, bool higherIsBetter)
{
    const std::size_t n = values.size();
    std::vector<quint8> scores(n);
    if (n == 0)
        return scores;
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), quint32(0));
    // Worst first.
    if (higherIsBetter)
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return values[a] < values[b];
        });
    else
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return values[a] > values[b];
        });
    const qint64 twoN = 2 * qint64(n);
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        while (end < n && values[order[end]] == values[order[start]])
            ++end;
        // Ranks start + 1 .. end average (start + 1 + end) / 2; ceil(5 * rank / n) in integers.
        const qint64 twiceRank = qint64(start) + 1 + qint64(end);
        const auto score = quint8(std::clamp<qint64>((5 * twiceRank + twoN - 1) / twoN, 1, 5));
        for (std::size_t k = start; k < end; ++k)
            scores[order[k]] = score;
        start = end;
    }
    return scores;
}

Result<RfmResult> rfm(std::span<const qint64> ids,
                      std::span<const qint64> lastPurchaseJulianDay,
                      std::span<const qint64> frequency,
                      std::span<const qint64> monetary,
                      const QDate &asOf)
{
    const std::size_t n = std::min(
        {ids.size(), lastPurchaseJulianDay.size(), frequency.size(), monetary.size()});
    if (n == 0)
        return Error(Error::Kind::NotFound,
                     Tr::tr("There are no purchases up to %1, so there is no one to score.")
                         .arg(asOf.toString(Qt::ISODate)));
    RfmResult r;
    r.asOf = asOf;
    r.ids.assign(ids.begin(), ids.begin() + qsizetype(n));
    r.frequency.assign(frequency.begin(), frequency.begin() + qsizetype(n));
    r.monetary.assign(monetary.begin(), monetary.begin() + qsizetype(n));
    r.recencyDays.resize(n);
    const qint64 today = asOf.toJulianDay();
    for (std::size_t i = 0; i < n; ++i)
        r.recencyDays[i] = std::max<qint64>(0, today - lastPurchaseJulianDay[i]);
    r.r = quintileScores(r.recencyDays, false);
    r.f = quintileScores(r.frequency, true);
    r.m = quintileScores(r.monetary, true);
    r.segments.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const RfmSegment s = rfmSegment(r.r[i], fmScore(r.f[i], r.m[i]));
        r.segments[i] = s;
        RfmSegmentSummary &sum = r.summary[std::size_t(s)];
        ++sum.customers;
        sum.revenue += r.monetary[i];
        ++r.customersPerR[r.r[i] - 1u];
        ++r.customersPerF[r.f[i] - 1u];
        ++r.customersPerM[r.m[i] - 1u];
    }
    return r;
}

} // namespace rapport::analytics
