#pragma once

#include <QStringView>

namespace rapport {

// Edit distances for search that forgives typos, counted in UTF-16 code units of already folded
// text (see foldText). Both count insertions, deletions and substitutions of one character and
// transpositions of two adjacent ones ("mulelr" for "muller") as one edit each: the restricted
// Damerau–Levenshtein distance (optimal string alignment), where no part of the text is edited
// twice, so "ca" -> "abc" costs 3, not 2. Both stop early: past `max` they return max + 1, and
// work in O(max * length) instead of O(length²), which is what lets a search compare a typed word
// with thousands of names per keystroke.

// The distance between a and b, or max + 1 when it is greater than max (max >= 0).
int editDistance(QStringView a, QStringView b, int max);

// The smallest distance between `typed` and any beginning of `word` (the empty one and the whole
// word included), or max + 1 when even that is greater than max: how close a word still being
// typed is to the word it may become ("mule" is 1 from "mull", the start of "muller").
int prefixEditDistance(QStringView typed, QStringView word, int max);

} // namespace rapport
