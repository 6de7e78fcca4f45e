#pragma once

#include <QString>
#include <QStringView>

namespace rapport {

// Similarities for finding duplicate customers, between 0 (nothing alike) and 1 (equal), over
// UTF-16 code units of text that is already folded (see foldText) when case and accents must not
// count.
//
// jaroSimilarity is Jaro's: characters match when equal and no further apart than half the
// longer text less one; with m matches and t half the matched characters out of order it is
// (m/|a| + m/|b| + (m - t)/m) / 3. jaroWinkler adds Winkler's bonus for a common beginning (up to
// four characters, 0.1 each of what is missing to 1) once the Jaro similarity passes 0.7, as in
// the U.S. Census Bureau's record linkage: names typed twice differ more often at the end than
// at the start. MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813.
double jaroSimilarity(QStringView a, QStringView b);
double jaroWinkler(QStringView a, QStringView b);

// How alike two names are, whatever the order of their words: the better of Jaro–Winkler over
// the texts as they are and over their words sorted ("weber anna" and "anna weber" are 1). Both
// names must be folded already.
double nameSimilarity(QStringView a, QStringView b);

// The words of a folded name sorted and joined by one space ("weber anna" -> "anna weber"):
// the same key for the same words in any order.
QString sortedTokens(QStringView folded);

} // namespace rapport
