#include "core/domain/editdistance.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <vector>

using namespace rapport;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The textbook full-matrix optimal string alignment distance, no band and no early exit: what
// the fast one must agree with.
int reference(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[std::size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const auto I = std::size_t(i), J = std::size_t(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[I][J] = std::min({d[I - 1][J] + 1, d[I][J - 1] + 1, d[I - 1][J - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[I][J] = std::min(d[I][J], d[I - 2][J - 2] + 1);
        }
    }
    return d[std::size_t(n)][std::size_t(m)];
}

int referencePrefix(const QString &typed, const QString &word)
{
    int best = reference(typed, QString());
    for (qsizetype j = 1; j <= word.size(); ++j)
        best = std::min(best, reference(typed, word.left(j)));
    return best;
}

QString randomWord(QRandomGenerator &random, int longest, int letters)
{
    const int length = int(random.bounded(longest + 1));
    QString w;
    for (int i = 0; i < length; ++i)
        w.append(QChar(u'a' + char16_t(random.bounded(letters))));
    return w;
}

} // namespace

TEST_CASE("Edit distance counts the typos people make", "[editdistance]")
{
    // Equal, empty.
    CHECK(editDistance(s("muller"), s("muller"), 2) == 0);
    CHECK(editDistance(s(""), s(""), 0) == 0);
    CHECK(editDistance(s(""), s("abc"), 3) == 3);
    CHECK(editDistance(s("abc"), s(""), 3) == 3);
    // One edit of each kind, anywhere in the word.
    CHECK(editDistance(s("muler"), s("muller"), 2) == 1);   // a letter left out
    CHECK(editDistance(s("mullr"), s("muller"), 2) == 1);   // another one
    CHECK(editDistance(s("mulller"), s("muller"), 2) == 1); // one too many
    CHECK(editDistance(s("garsia"), s("garcia"), 2) == 1);  // the wrong one
    CHECK(editDistance(s("xuller"), s("muller"), 2) == 1);  // ...at the start
    CHECK(editDistance(s("mullex"), s("muller"), 2) == 1);  // ...at the end
    CHECK(editDistance(s("umller"), s("muller"), 2) == 1);  // two swapped, at the start
    CHECK(editDistance(s("mulelr"), s("muller"), 2) == 1);  // ...inside
    CHECK(editDistance(s("mullre"), s("muller"), 2) == 1);  // ...at the end
    CHECK(editDistance(s("ab"), s("ba"), 2) == 1);
    // Two and more.
    CHECK(editDistance(s("mulr"), s("muller"), 2) == 2);
    CHECK(editDistance(s("gartsia"), s("garcia"), 2) == 2);
    CHECK(editDistance(s("kitten"), s("sitting"), 3) == 3);
    CHECK(editDistance(s("schmidt"), s("schmitt"), 2) == 1);
    CHECK(editDistance(s("meier"), s("mayer"), 2) == 2);
    // Restricted: a swapped pair is not edited again, so "ca" -> "abc" is 3 (true
    // Damerau-Levenshtein would say 2).
    CHECK(editDistance(s("ca"), s("abc"), 3) == 3);
    // Symmetric.
    CHECK(editDistance(s("muller"), s("muler"), 2) == 1);
    CHECK(editDistance(s("sitting"), s("kitten"), 3) == 3);
}

TEST_CASE("Edit distance stops at the most it is asked about", "[editdistance]")
{
    // Past max the answer is max + 1, however far apart the words are.
    CHECK(editDistance(s("muller"), s("garcia"), 1) == 2);
    CHECK(editDistance(s("muller"), s("garcia"), 2) == 3);
    CHECK(editDistance(s("a"), s("abcdefghij"), 2) == 3); // lengths alone tell
    CHECK(editDistance(s("abcdefghij"), s("a"), 2) == 3);
    CHECK(editDistance(s("mulr"), s("muller"), 1) == 2);
    CHECK(editDistance(s("kitten"), s("sitting"), 2) == 3);
    CHECK(editDistance(s("kitten"), s("sitting"), 3) == 3);
    // max 0 asks "equal?".
    CHECK(editDistance(s("abc"), s("abc"), 0) == 0);
    CHECK(editDistance(s("abc"), s("abd"), 0) == 1);
    // Exactly at max is within it.
    CHECK(editDistance(s("abcd"), s("badc"), 2) == 2);
    // A difference early that a band too narrow would lose: two insertions at the start.
    CHECK(editDistance(s("xxmuller"), s("muller"), 2) == 2);
    CHECK(editDistance(s("muller"), s("xxmuller"), 2) == 2);
    CHECK(editDistance(s("muller"), s("xxmuller"), 1) == 2);
}

TEST_CASE("Edit distance of a word still being typed", "[editdistance]")
{
    // The typed text against the best beginning of the word.
    CHECK(prefixEditDistance(s("mul"), s("muller"), 1) == 0);
    CHECK(prefixEditDistance(s("mule"), s("muller"), 1) == 1);     // "mull"
    CHECK(prefixEditDistance(s("muler"), s("muller"), 1) == 1);    // "muller" or "mulle"
    CHECK(prefixEditDistance(s("garsi"), s("garcia"), 1) == 1);    // "garci"
    CHECK(prefixEditDistance(s("muller"), s("muller"), 1) == 0);
    CHECK(prefixEditDistance(s("mullerx"), s("muller"), 1) == 1);  // one letter past the word
    CHECK(prefixEditDistance(s("mullerxy"), s("muller"), 1) == 2); // two: over
    CHECK(prefixEditDistance(s("umll"), s("muller"), 1) == 1);     // a swap
    CHECK(prefixEditDistance(s(""), s("muller"), 0) == 0);
    CHECK(prefixEditDistance(s("xyz"), s("muller"), 2) == 3);
    CHECK(prefixEditDistance(s("xyz"), s(""), 3) == 3);
    CHECK(prefixEditDistance(s("abc"), s("abd"), 0) == 1);
    CHECK(prefixEditDistance(s("ab"), s("abd"), 0) == 0);
    // Never more than the whole word's distance.
    CHECK(prefixEditDistance(s("garsia"), s("garcias"), 2) <= editDistance(s("garsia"),
                                                                           s("garcias"),
                                                                           2));
}

TEST_CASE("Edit distance agrees with the full matrix on many random words", "[editdistance]")
{
    // Three letters make repeats, swaps and near misses common; up to nine letters per word.
    QRandomGenerator random(20261207);
    int within = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString a = randomWord(random, 9, 3);
        const QString b = randomWord(random, 9, 3);
        const int full = reference(a, b);
        const int prefix = referencePrefix(a, b);
        for (int max = 0; max <= 4; ++max) {
            INFO(a.toStdString() << " / " << b.toStdString() << " max " << max);
            REQUIRE(editDistance(a, b, max) == std::min(full, max + 1));
            REQUIRE(editDistance(b, a, max) == std::min(full, max + 1));
            REQUIRE(prefixEditDistance(a, b, max) == std::min(prefix, max + 1));
        }
        within += full <= 2 ? 1 : 0;
    }
    // The sample holds enough close pairs for the band to matter.
    CHECK(within > 1000);
}
