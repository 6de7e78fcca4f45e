#include "core/services/customersearch.h"

#include "core/domain/textfold.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rapport {
namespace {

// The words of a folded text, split the way the FTS tokenizer splits (on anything not a letter or
// digit), so "anna.mueller@example.com" gives anna, mueller, example, com.
QStringList words(const QString &folded)
{
    QStringList out;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// 2 when a word equals the token, 1 when a word starts with it, 0 otherwise.
int wordMatch(const QStringList &haystack, const QString &token)
{
    int best = 0;
    for (const QString &w : haystack) {
        if (w == token)
            return 2;
        if (w.startsWith(token))
            best = 1;
    }
    return best;
}

QString quoted(const QString &token)
{
    QString t = token;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

CustomerSearch::CustomerSearch(const Database &db, PhoneNormalizer normalizer)
    : m_repo(db)
    , m_phones(std::move(normalizer))
{}

QStringList CustomerSearch::tokens(const QString &text)
{
    return words(foldText(text));
}

bool CustomerSearch::looksLikePhone(const QString &text)
{
    static const QRegularExpression phoneChars(QStringLiteral(R"(^[\s+\d()./\-]+$)"));
    return phoneChars.match(text).hasMatch() && digitsOf(text).size() >= 4;
}

Status CustomerSearch::collectPhone(const QString &text,
                                    const CustomerListFilter &filter,
                                    QList<qint64> &ids,
                                    QSet<qint64> &exact)
{
    // A number that parses in the default region is matched in full ("+49 (0)30 123", "030 123").
    if (Result<QString> e164 = m_phones.toE164(text); e164) {
        Result<QList<qint64>> full = m_repo.matchPhoneSuffix(digitsOf(*e164),
                                                             CandidateLimit,
                                                             filter);
        if (!full)
            return full.error();
        for (qint64 id : std::as_const(*full)) {
            exact.insert(id);
            ids << id;
        }
    }
    // Otherwise, or as well: the digits as the end of a number. Leading zeros are trunk or
    // international prefixes ("030…", "0049…") that E.164 does not store.
    QString digits = digitsOf(text);
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() < 4)
        return {};
    Result<QList<qint64>> suffix = m_repo.matchPhoneSuffix(digits, CandidateLimit, filter);
    if (!suffix)
        return suffix.error();
    ids << *suffix;
    return {};
}

Status CustomerSearch::collectText(const QStringList &tokens,
                                   const CustomerListFilter &filter,
                                   QList<qint64> &ids,
                                   QSet<qint64> &unchecked)
{
    // Whole-word matches first, so "Jan" finds every Jan even when thousands of Jana, Jane and
    // Janssen share the prefix; then prefix matches fill the candidate set.
    QStringList exactTerms, prefixTerms;
    for (const QString &t : tokens) {
        exactTerms << quoted(t);
        // A single letter matches whole words only: as a prefix it would visit every term
        // starting with it (hundreds of thousands of rows at a million customers) to say little.
        prefixTerms << (t.size() > 1 ? quoted(t) + QLatin1Char('*') : quoted(t));
    }
    Result<QList<qint64>> exact = m_repo.matchText(exactTerms.join(QLatin1Char(' ')),
                                                   CandidateLimit,
                                                   filter);
    if (!exact)
        return exact.error();
    ids << *exact;
    if (ids.size() >= CandidateLimit)
        return {};

    // The index keeps prefixes of up to three characters. A longer prefix of a common word (the
    // "example" of thousands of e-mail addresses) makes FTS5 merge the lists of every word it
    // starts. So first the cheap question: the words before the last as whole words when they are
    // longer than that, the last one left out when it is (find() checks its prefix on what comes
    // back). Only when that finds nobody, or too many, every word is asked as a prefix.
    const auto isLong = [](const QString &t) { return t.size() > LongestIndexedPrefix; };
    if (std::any_of(tokens.cbegin(), tokens.cend(), isLong)) {
        const bool lastLong = isLong(tokens.last());
        QStringList cheap;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const bool last = i + 1 == tokens.size();
            if (last && lastLong)
                break;
            cheap << (isLong(tokens.at(i)) ? exactTerms.at(i) : prefixTerms.at(i));
        }
        if (!cheap.isEmpty()) {
            Result<QList<qint64>> narrowed = m_repo.matchText(cheap.join(QLatin1Char(' ')),
                                                              CandidateLimit,
                                                              filter);
            if (!narrowed)
                return narrowed.error();
            if (!narrowed->isEmpty() && narrowed->size() < CandidateLimit) {
                const QSet<qint64> found(ids.cbegin(), ids.cend());
                for (qint64 id : std::as_const(*narrowed)) {
                    if (found.contains(id))
                        continue;
                    ids << id;
                    if (lastLong)
                        unchecked.insert(id);
                }
                return {};
            }
        }
    }

    Result<QList<qint64>> prefix = m_repo.matchText(prefixTerms.join(QLatin1Char(' ')),
                                                    CandidateLimit,
                                                    filter);
    if (!prefix)
        return prefix.error();
    ids << *prefix;
    return {};
}

Result<QList<SearchCandidate>> CustomerSearch::candidates(const QList<qint64> &ids)
{
    return m_reference ? m_repo.candidatesOneByOne(ids) : m_repo.candidates(ids);
}

bool CustomerSearch::hasWordStartingWith(const SearchCandidate &c, const QString &prefix)
{
    const auto starts = [&prefix](const QString &text) {
        const QStringList all = words(foldText(text));
        return std::any_of(all.cbegin(), all.cend(), [&prefix](const QString &w) {
            return w.startsWith(prefix);
        });
    };
    if (starts(c.name) || starts(c.organisations) || starts(c.cityText)
        || starts(c.cities.join(QLatin1Char(' '))))
        return true;
    for (const QString &e : c.emails) {
        if (starts(e))
            return true;
    }
    for (const QString &p : c.phones) {
        if (digitsOf(p).startsWith(prefix))
            return true;
    }
    return false;
}

Result<QList<SearchHit>> CustomerSearch::find(const QString &text,
                                              int limit,
                                              const CustomerListFilter &filter)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    QList<qint64> ids;
    QSet<qint64> exactPhone;
    QSet<qint64> unchecked; // found by all words but the last: its prefix is checked here
    const bool phone = looksLikePhone(trimmed);
    const QStringList toks = tokens(trimmed);
    if (phone) {
        if (Status s = collectPhone(trimmed, filter, ids, exactPhone); !s)
            return s.error();
    } else if (!toks.isEmpty()) {
        if (Status s = collectText(toks, filter, ids, unchecked); !s)
            return s.error();
    }

    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : std::as_const(ids)) {
        if (!seen.contains(id) && unique.size() < CandidateLimit) {
            seen.insert(id);
            unique << id;
        }
    }
    Result<QList<SearchCandidate>> candidates = this->candidates(unique);
    if (!candidates)
        return candidates.error();

    const QString folded = foldText(trimmed);
    QString digits = phone ? digitsOf(trimmed) : QString();
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    QList<SearchHit> hits;
    hits.reserve(candidates->size());
    for (const SearchCandidate &c : std::as_const(*candidates)) {
        if (unchecked.contains(c.id) && !hasWordStartingWith(c, toks.last()))
            continue;
        hits << rank(c, folded, toks, digits, exactPhone);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.customer.id < b.customer.id;
    });
    // Few or none: perhaps a typo. The close matches come after every exact one.
    if (m_closeMatches && !phone && !toks.isEmpty() && hits.size() < std::min(FewHits, limit)) {
        QSet<qint64> found;
        for (const SearchHit &h : std::as_const(hits))
            found.insert(h.customer.id);
        // Reading a candidate costs what it costs the exact search: after a few exact matches
        // only a few close ones are worth it.
        const int most = hits.isEmpty() ? std::min(limit, CandidateLimit)
                                        : std::min(int(limit - hits.size()), CloseAfterExact);
        Result<QList<SearchHit>> close = findClose(toks, filter, found, most);
        if (!close)
            return close.error();
        hits << *close;
    }
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

SearchHit CustomerSearch::rank(const SearchCandidate &c,
                               const QString &query,
                               const QStringList &tokens,
                               const QString &digits,
                               const QSet<qint64> &exactPhone)
{
    SearchHit hit;
    hit.customer = c;
    const QString nameField = c.kind == CustomerKind::Organisation ? QStringLiteral("organisation")
                                                                   : QStringLiteral("name");
    if (!digits.isEmpty()) {
        hit.matched = QStringLiteral("phone");
        hit.score = exactPhone.contains(c.id) ? 900 : 700;
        for (const QString &p : c.phones) {
            if (digitsOf(p).endsWith(digits))
                hit.score += int(std::min<qsizetype>(digits.size(), 15));
        }
        return hit;
    }

    const QString name = foldText(c.name);
    if (name == query) {
        hit.score = 1000;
        hit.matched = nameField;
        return hit;
    }
    const QStringList nameWords = words(name);
    const QStringList organisationWords = words(foldText(c.organisations));
    QStringList emailWords, cityWords;
    for (const QString &e : c.emails)
        emailWords << words(e);
    cityWords = words(foldText(c.cityText.isEmpty() ? c.cities.join(QLatin1Char(' ')) : c.cityText));

    // "müller" should find the Müllers before "Müller Logistik": persons also count from their
    // last name, which their sort name starts with.
    if (name.startsWith(query) || c.sortName.startsWith(query))
        hit.score += 400;
    for (const QString &t : tokens) {
        QString field;
        int points = 0;
        if (int m = wordMatch(nameWords, t)) {
            points = m == 2 ? 100 : 60;
            field = nameField;
        } else if (int o = wordMatch(organisationWords, t)) {
            // A person found by where they work: below their own name, above their address.
            points = o == 2 ? 50 : 35;
            field = QStringLiteral("organisation");
        } else if (int e = wordMatch(emailWords, t)) {
            points = e == 2 ? 40 : 30;
            field = QStringLiteral("email");
        } else if (int ci = wordMatch(cityWords, t)) {
            points = ci == 2 ? 25 : 20;
            field = QStringLiteral("city");
        }
        hit.score += points;
        if (hit.matched.isEmpty() && !field.isEmpty())
            hit.matched = field;
    }
    if (hit.matched.isEmpty())
        hit.matched = nameField;
    // Among equals, people and organisations a rep works with now come first.
    if (c.stage == LifecycleStage::Active)
        hit.score += 2;
    return hit;
}

} // namespace rapport
