// CustomerSearch's second half: the close matches looked for when the exact search finds few.
#include "core/services/customersearch.h"

#include "core/domain/editdistance.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace rapport {
namespace {

QString quotedTerm(const QString &token)
{
    QString t = token;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

// One typed word and the words of names it may have been meant as.
struct TypedWord
{
    QString typed;
    bool last = false; // perhaps still being typed: also matched as the start of a longer word
    int allowed = 0;
    QStringList meant; // closest first
};

// How far `typed` is from a word of a name: the last word typed may be the start of that word.
int distance(const TypedWord &w, const QString &word)
{
    return w.last ? prefixEditDistance(w.typed, word, w.allowed)
                  : editDistance(w.typed, word, w.allowed);
}

struct Scored
{
    NameTerm term;
    int edits = 0;
    int wholeEdits = 0; // as a whole word: "garcia" for "garsia" before "garcias"
};

} // namespace

Result<QList<qint64>> CustomerSearch::matchLeavingOutLongPrefixes(const QStringList &groups,
                                                                  const QStringList &cheapGroups,
                                                                  const QStringList &longPrefixes,
                                                                  int limit,
                                                                  const CustomerListFilter &filter)
{
    const QString and_ = QStringLiteral(" AND ");
    if (!m_reference && !longPrefixes.isEmpty()) {
        // The long prefixes cut to the index's longest first, then checked on what that finds.
        // When it finds all there is (fewer than CandidateLimit), the customers that also have
        // a word starting with each long prefix are, in the same id order, exactly what the
        // whole expression finds; otherwise FTS5 is asked the whole expression after all.
        Result<QList<qint64>> some = m_repo.matchText(cheapGroups.join(and_),
                                                      CandidateLimit,
                                                      filter);
        if (!some)
            return some.error();
        if (some->size() < CandidateLimit) {
            Result<QList<SearchCandidate>> read = candidates(*some);
            if (!read)
                return read.error();
            QList<qint64> ids;
            for (const SearchCandidate &c : std::as_const(*read)) {
                if (ids.size() == limit)
                    break;
                if (std::all_of(longPrefixes.cbegin(), longPrefixes.cend(), [&c](const QString &p) {
                        return hasWordStartingWith(c, p);
                    }))
                    ids << c.id;
            }
            return ids;
        }
    }
    return m_repo.matchText(groups.join(and_), limit, filter);
}

int CustomerSearch::allowedEdits(qsizetype length)
{
    if (length < 4)
        return 0;
    return length < 8 ? 1 : 2;
}

Result<QList<SearchHit>> CustomerSearch::findClose(const QStringList &tokens,
                                                   const CustomerListFilter &filter,
                                                   const QSet<qint64> &found,
                                                   int most)
{
    // The words of names each typed word may have been meant as.
    QList<TypedWord> typed;
    QHash<QString, qint64> customersWith; // how many customers' names have each word meant
    bool anyMeant = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        TypedWord w;
        w.typed = tokens.at(i);
        w.last = i + 1 == tokens.size();
        w.allowed = allowedEdits(w.typed.size());
        const bool digits = std::all_of(w.typed.cbegin(), w.typed.cend(), [](QChar c) {
            return c.isDigit();
        });
        if (w.allowed > 0 && !digits) {
            const int longest = w.last ? std::numeric_limits<int>::max()
                                       : int(w.typed.size()) + w.allowed;
            Result<QList<NameTerm>> terms = m_repo.nameTerms(w.typed.left(1),
                                                             int(w.typed.size()) - w.allowed,
                                                             longest);
            if (!terms)
                return terms.error();
            QList<Scored> close;
            for (const NameTerm &t : std::as_const(*terms)) {
                const int edits = distance(w, t.term);
                // Distance 0 is the word (or, the last, the start of it) as typed: the exact
                // search asked for that already.
                if (edits == 0 || edits > w.allowed)
                    continue;
                close.append({t, edits, editDistance(w.typed, t.term, w.allowed)});
            }
            std::sort(close.begin(), close.end(), [](const Scored &a, const Scored &b) {
                if (a.edits != b.edits)
                    return a.edits < b.edits;
                if (a.wholeEdits != b.wholeEdits)
                    return a.wholeEdits < b.wholeEdits;
                if (a.term.customers != b.term.customers)
                    return a.term.customers > b.term.customers;
                return a.term.term < b.term.term;
            });
            for (const Scored &s : std::as_const(close)) {
                if (w.meant.size() == CloseTermsPerWord)
                    break;
                w.meant << s.term.term;
                customersWith.insert(s.term.term, s.term.customers);
            }
            anyMeant = anyMeant || !w.meant.isEmpty();
        }
        typed << w;
    }
    if (!anyMeant)
        return QList<SearchHit>();

    // Every word as the exact search asked for it, or one of the words it may have been meant
    // as: first only the likeliest of each, then the two likeliest, and so on until `most` new
    // customers are found. FTS5 gives matches in id order, so asking for all at once would fill
    // the few places with whichever word comes first ("maler" before "muller" for "muler").
    qsizetype tiers = 0;
    for (const TypedWord &w : std::as_const(typed))
        tiers = std::max(tiers, w.meant.size());
    // After some exact matches, only the likeliest word is asked for: this runs on many
    // keystrokes of a full name being typed, where it must cost little.
    if (!found.isEmpty())
        tiers = std::min<qsizetype>(tiers, 1);
    QList<qint64> fresh;
    QSet<qint64> seen = found;
    for (qsizetype tier = 1; tier <= tiers && fresh.size() < most; ++tier) {
        QStringList groups, cheapGroups, longPrefixes;
        for (const TypedWord &w : std::as_const(typed)) {
            const QString asTyped = w.typed.size() > 1 ? quotedTerm(w.typed) + QLatin1Char('*')
                                                       : quotedTerm(w.typed);
            if (w.meant.isEmpty()) {
                groups << asTyped;
                // A prefix longer than the index keeps ("example"* of an e-mail address) makes
                // FTS5 merge the lists of every word it starts: 50-70 ms at a million customers.
                // Its first three letters are read from the index's own prefix list instead,
                // which finds a few more customers; the whole prefix is checked on those.
                if (w.typed.size() > LongestIndexedPrefix) {
                    longPrefixes << w.typed;
                    cheapGroups << quotedTerm(w.typed.left(LongestIndexedPrefix))
                                       + QLatin1Char('*');
                } else {
                    cheapGroups << asTyped;
                }
                continue;
            }
            QStringList any{asTyped};
            for (const QString &m : w.meant.mid(0, tier))
                any << quotedTerm(m);
            groups << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
            cheapGroups << groups.last();
        }
        // FTS5 takes an implicit AND between phrases only, not next to a parenthesised group.
        Result<QList<qint64>> ids = matchLeavingOutLongPrefixes(groups,
                                                                cheapGroups,
                                                                longPrefixes,
                                                                int(seen.size()) + most,
                                                                filter);
        if (!ids)
            return ids.error();
        for (qint64 id : std::as_const(*ids)) {
            if (fresh.size() == most)
                break;
            if (!seen.contains(id)) {
                seen.insert(id);
                fresh << id;
            }
        }
    }
    Result<QList<SearchCandidate>> candidates = this->candidates(fresh);
    if (!candidates)
        return candidates.error();

    // Each customer counts the typos between what was typed and the words of its name, and is
    // ranked as if the words of its name had been typed.
    QList<std::pair<SearchHit, qint64>> hits; // with the likelihood of the words meant
    for (const SearchCandidate &c : std::as_const(*candidates)) {
        const QStringList nameWords = CustomerSearch::tokens(c.name);
        QStringList corrected;
        int edits = 0;
        qint64 likelihood = 0; // the words meant are the likelier the more customers have them
        for (const TypedWord &w : std::as_const(typed)) {
            if (w.meant.isEmpty()) {
                corrected << w.typed;
                continue;
            }
            int best = w.allowed + 1;
            QString bestWord = w.typed;
            for (const QString &word : nameWords) {
                const int d = distance(w, word);
                if (d < best) {
                    best = d;
                    bestWord = word;
                }
            }
            // Found through another field (an e-mail address, a city) as typed: no typo there.
            if (best > w.allowed)
                best = 0;
            edits += best;
            likelihood += customersWith.value(bestWord);
            corrected << bestWord;
        }
        const QString correctedText = corrected.join(QLatin1Char(' '));
        SearchHit hit = rank(c, correctedText, corrected, {}, {});
        hit.close = edits > 0;
        hit.edits = edits;
        if (!hit.close)
            continue; // matched as typed in some other field: the exact search's business
        hits.append({hit, likelihood});
    }
    // Fewest typos first; among those the likelier words, then the better match.
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
        if (a.first.edits != b.first.edits)
            return a.first.edits < b.first.edits;
        if (a.second != b.second)
            return a.second > b.second;
        if (a.first.score != b.first.score)
            return a.first.score > b.first.score;
        return a.first.customer.id < b.first.customer.id;
    });
    QList<SearchHit> out;
    out.reserve(hits.size());
    for (const auto &h : std::as_const(hits))
        out << h.first;
    return out;
}

} // namespace rapport
