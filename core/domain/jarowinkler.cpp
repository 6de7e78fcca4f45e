#include "core/domain/jarowinkler.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace rapport {

double jaroSimilarity(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 && m == 0)
        return 1.0;
    if (n == 0 || m == 0)
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(n, m) / 2 - 1);
    // Names are short: flags on the stack for the usual case, the heap beyond.
    constexpr qsizetype Small = 64;
    bool aSmall[Small] = {};
    bool bSmall[Small] = {};
    std::vector<bool> aLarge, bLarge;
    const bool small = n <= Small && m <= Small;
    if (!small) {
        aLarge.assign(std::size_t(n), false);
        bLarge.assign(std::size_t(m), false);
    }
    const auto aMatched = [&](qsizetype i) -> bool {
        return small ? aSmall[i] : bool(aLarge[std::size_t(i)]);
    };
    const auto bMatched = [&](qsizetype j) -> bool {
        return small ? bSmall[j] : bool(bLarge[std::size_t(j)]);
    };
    qsizetype matches = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min<qsizetype>(m - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (bMatched(j) || a[i] != b[j])
                continue;
            if (small) {
                aSmall[i] = true;
                bSmall[j] = true;
            } else {
                aLarge[std::size_t(i)] = true;
                bLarge[std::size_t(j)] = true;
            }
            ++matches;
            break;
        }
    }
    if (matches == 0)
        return 0.0;
    // Transpositions: matched characters of a and of b, read in order, that differ (halved).
    qsizetype outOfOrder = 0;
    qsizetype j = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!aMatched(i))
            continue;
        while (!bMatched(j))
            ++j;
        if (a[i] != b[j])
            ++outOfOrder;
        ++j;
    }
    const double mm = double(matches);
    return (mm / double(n) + mm / double(m) + (mm - double(outOfOrder) / 2.0) / mm) / 3.0;
}

double jaroWinkler(QStringView a, QStringView b)
{
    const double jaro = jaroSimilarity(a, b);
    if (jaro <= 0.7)
        return jaro;
    const qsizetype limit = std::min<qsizetype>({4, a.size(), b.size()});
    qsizetype prefix = 0;
    while (prefix < limit && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

QString sortedTokens(QStringView folded)
{
    QList<QStringView> words = folded.split(u' ', Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    QString out;
    out.reserve(folded.size());
    for (QStringView w : std::as_const(words)) {
        if (!out.isEmpty())
            out += u' ';
        out += w;
    }
    return out;
}

double nameSimilarity(QStringView a, QStringView b)
{
    if (a == b)
        return a.isEmpty() ? 0.0 : 1.0;
    const double direct = jaroWinkler(a, b);
    if (!a.contains(u' ') && !b.contains(u' '))
        return direct;
    return std::max(direct, jaroWinkler(sortedTokens(a), sortedTokens(b)));
}

} // namespace rapport
