#pragma once

#include "core/domain/phonenumber.h"
#include "core/storage/customersearchrepository.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

namespace rapport {

class Database;

struct SearchHit
{
    SearchCandidate customer;
    int score = 0;
    QString matched; // the field that matched best: name, organisation, email, phone, city
    // A close match: found because a word of its name is a typo or two away from what was typed
    // ("Müller" for "muler"), shown after every exact match. `edits` counts the typos.
    bool close = false;
    int edits = 0;
};

// CustomerSearch finds customers from one line of text, the way a rep or an agent types it: parts
// of names or organisations in any order and case, with or without accents; an e-mail address or
// part of one; a city; or a phone number in any format ("030 1234567", "+49 30 1234567", "0049…",
// the last digits). People are found by their organisation's name too. Candidates come from indexes (FTS5 and the reversed-digit phone key) in a
// bounded number, then are ranked by how well the best field matches, not by bm25 over every hit.
// User text never reaches the FTS5 parser unquoted: its operators and quotes are just text.
//
// When that finds fewer than FewHits, the search forgives typos (customersearchclose.cpp): each
// typed word of four letters or more is looked up in the vocabulary of customers' names
// (customer_name_terms) among the words with its first letter and about its length, and the words
// within allowedEdits() of it (restricted Damerau-Levenshtein; the last word also as the start of
// a longer one, since it may still be being typed) are searched for instead. Those customers come
// after the exact matches, marked close, fewest typos first.
class CustomerSearch final
{
public:
    static constexpr int CandidateLimit = 200;
    // Fewer exact matches than this and close matches are looked for as well.
    static constexpr int FewHits = 5;
    // The words a typed word may have been meant as, at most, closest first.
    static constexpr int CloseTermsPerWord = 6;
    // The most close matches added after some exact ones (none found: up to the limit).
    static constexpr int CloseAfterExact = 5;
    // The longest prefix the FTS5 index keeps an index of (prefix = '2 3', migration 2).
    static constexpr int LongestIndexedPrefix = 3;

    CustomerSearch(const Database &db, PhoneNormalizer normalizer);

    // The best `limit` matches; with a filter, only customers that pass it (the customer list
    // narrowed by stage, owner, kind or tag).
    Result<QList<SearchHit>> find(const QString &text,
                                  int limit = 20,
                                  const CustomerListFilter &filter = {});

    // Close matches are looked for when few exact ones are found (the default); off, the search
    // is exact and prefix only (the benchmark compares the two).
    void setCloseMatches(bool on) { m_closeMatches = on; }
    // The way the search read and ranked before issue 14's speed-ups (one statement per
    // candidate): what the tests hold the faster path to, query by query.
    void setReferencePath(bool on) { m_reference = on; }

    // The tokens the FTS5 unicode61 tokenizer would see, folded (exposed for tests).
    static QStringList tokens(const QString &text);
    // True when the text is made of digits and phone punctuation only, with at least 4 digits.
    static bool looksLikePhone(const QString &text);
    // How many typos a typed word of `length` characters is forgiven: none below 4 characters
    // (too many names are one edit from "ann"), 1 up to 7, 2 from 8 on.
    static int allowedEdits(qsizetype length);

private:
    Status collectPhone(const QString &text,
                        const CustomerListFilter &filter,
                        QList<qint64> &ids,
                        QSet<qint64> &exact);
    Status collectText(const QStringList &tokens,
                       const CustomerListFilter &filter,
                       QList<qint64> &ids,
                       QSet<qint64> &unchecked);
    // Up to `most` close matches of the tokens (customersearchclose.cpp), leaving out the ids
    // in `found`.
    Result<QList<SearchHit>> findClose(const QStringList &tokens,
                                       const CustomerListFilter &filter,
                                       const QSet<qint64> &found,
                                       int most);
    Result<QList<SearchCandidate>> candidates(const QList<qint64> &ids);
    // The first `limit` ids the FTS5 expression `groups` (ANDed) finds. `cheapGroups` are the
    // same groups with the `longPrefixes` ("example"*) cut to three letters ("exa"*): those
    // are checked on the customers the cheap groups find when that is all of them
    // (customersearchclose.cpp).
    Result<QList<qint64>> matchLeavingOutLongPrefixes(const QStringList &groups,
                                                      const QStringList &cheapGroups,
                                                      const QStringList &longPrefixes,
                                                      int limit,
                                                      const CustomerListFilter &filter);
    static bool hasWordStartingWith(const SearchCandidate &c, const QString &prefix);
    static SearchHit rank(const SearchCandidate &c,
                          const QString &query,
                          const QStringList &tokens,
                          const QString &digits,
                          const QSet<qint64> &exactPhone);

    CustomerSearchRepository m_repo;
    PhoneNormalizer m_phones;
    bool m_closeMatches = true;
    bool m_reference = false;
};

} // namespace rapport
