#include "core/domain/editdistance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace rapport {
namespace {

// The dynamic programme over a (rows) and b (columns) shared by both distances, restricted to the
// diagonal band |i - j| <= max: a cell outside it costs more than max. Three rows are kept, the
// one before the previous for transpositions. Returns the last row (d(a, b[0..j)) for every j),
// with cells known to exceed max set to max + 1; `cut` is set when a whole row exceeds max, which
// makes every later row exceed it too.
std::vector<int> lastRow(QStringView a, QStringView b, int max, bool &cut)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const int over = max + 1;
    std::vector<int> before(std::size_t(m + 1), over);
    std::vector<int> previous(std::size_t(m + 1), over);
    std::vector<int> current(std::size_t(m + 1), over);
    for (qsizetype j = 0; j <= std::min<qsizetype>(m, max); ++j)
        previous[std::size_t(j)] = int(j);
    cut = false;
    for (qsizetype i = 1; i <= n; ++i) {
        std::fill(current.begin(), current.end(), over);
        const qsizetype from = std::max<qsizetype>(0, i - max);
        const qsizetype to = std::min<qsizetype>(m, i + max);
        int rowBest = over;
        for (qsizetype j = from; j <= to; ++j) {
            int d;
            if (j == 0) {
                d = int(i);
            } else {
                const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d = std::min({previous[std::size_t(j)] + 1,        // a[i-1] deleted
                              current[std::size_t(j - 1)] + 1,     // b[j-1] inserted
                              previous[std::size_t(j - 1)] + cost}); // kept or substituted
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = std::min(d, before[std::size_t(j - 2)] + 1); // adjacent pair swapped
            }
            d = std::min(d, over);
            current[std::size_t(j)] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > max) {
            cut = true;
            return current;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous;
}

} // namespace

int editDistance(QStringView a, QStringView b, int max)
{
    if (max < 0)
        return 0 == a.compare(b) ? 0 : max + 1;
    if (std::abs(a.size() - b.size()) > max)
        return max + 1;
    bool cut = false;
    const std::vector<int> row = lastRow(a, b, max, cut);
    return cut ? max + 1 : std::min(row.back(), max + 1);
}

int prefixEditDistance(QStringView typed, QStringView word, int max)
{
    if (max < 0)
        return word.startsWith(typed) ? 0 : max + 1;
    // Only the beginnings of word up to typed.size() + max characters can be within max.
    const QStringView head = word.left(typed.size() + max);
    bool cut = false;
    const std::vector<int> row = lastRow(typed, head, max, cut);
    if (cut)
        return max + 1;
    return std::min(*std::min_element(row.begin(), row.end()), max + 1);
}

} // namespace rapport
