#pragma once

#include "core/domain/permission.h"
#include "core/storage/duplicaterepository.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rapport {

class Door;

// One reason two customers look like the same one.
struct DuplicateEvidence
{
    enum class Kind {
        Name,         // how alike the names are (similarity)
        Email,        // an e-mail address both have (detail)
        Phone,        // a phone number both have (detail)
        Organisation, // two persons working at the same organisation (detail)
        City,         // the same city (detail)
        OtherCity,    // both have a city, and they differ: counts against
    };
    Kind kind = Kind::Name;
    QString detail;
    double similarity = 0.0; // Name only

    // "email", "phone"... for --json
    QString key() const;
    // "same e-mail anna@example.com", translated
    QString text() const;
};

// Two customers that may be one, and why; `a` has the lower id.
struct DuplicatePair
{
    DuplicateFacts a;
    DuplicateFacts b;
    double score = 0.0; // 0..1
    QList<DuplicateEvidence> evidence;
};

// DuplicateFinder scans the live customers for pairs that may be the same person or organisation
// (core/services: the CLI's `duplicates` and the desktop's review screen call it).
//
// It never compares all pairs: customers are put into blocks that share a key — an e-mail
// address, a phone number (its last nine digits), the words of the name in any order, a person's
// last name with the first initial, a person's first name with the start of the last name, an
// organisation's first word, and the rest of its name — and only customers of one block are compared. A block larger than
// MaxBlock (a common name, a switchboard number) is sorted by name and each customer compared with
// its next Window neighbours only, so no block can go quadratic: the work grows with the number
// of customers, a million in seconds.
//
// A pair's score starts from the similarity of the names (Jaro–Winkler over the folded names:
// for persons last name against last name and first against first, or crosswise) and rises with what the two share: an e-mail address, a phone number, an
// organisation, a city; different cities lower it. The same name alone scores 0.7, below the
// default threshold: namesakes are common in a large file, so a name needs something more.
// Persons are only compared with persons, organisations with organisations (a merge keeps one
// kind). Pairs a user dismissed ("not a duplicate") are left out.
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    static constexpr int MaxBlock = 24;
    static constexpr int Window = 6;

    struct Options
    {
        double minScore = 0.8;
        int limit = 500; // the best pairs; 0: all
        // Whose customers are compared: a pair is found only when the reader may see both
        // (AccessPolicy::scope(Permission::View)); merging them is the door's to allow.
        CustomerScope scope;
        // Told now and then how far the scan is (0..100); returns false to cancel.
        std::function<bool(int percent)> progress;
    };

    // What one scan did, for the benchmarks and the tests.
    struct Stats
    {
        qint64 customers = 0;
        qint64 contacts = 0;
        qint64 blocks = 0;      // keys shared by at least two customers
        qint64 largeBlocks = 0; // of those, the ones compared by window
        qint64 comparisons = 0; // pairs scored (a pair met in several blocks counts each time)
        qint64 found = 0;       // pairs at or above the threshold, before the limit
    };

    explicit DuplicateFinder(const Database &db);

    // The pairs scoring at least options.minScore, best first (ties by ids).
    Result<QList<DuplicatePair>> find(const Options &options);
    const Stats &stats() const { return m_stats; }

    // The score of two customers as find() gives it, from what they share (see the class
    // comment): the evidence is filled in (details empty).
    struct Shared
    {
        bool email = false;
        bool phone = false;
        bool organisation = false;
        bool city = false;
        bool otherCity = false;
    };
    static double score(double nameSimilarity, const Shared &shared);

    // Remembers that the two customers are not duplicates (through the door; the history does
    // not record it), or forgets it again (undo).
    static Status dismiss(Door &door, qint64 a, qint64 b);
    static Status undismiss(Door &door, qint64 a, qint64 b);

private:
    Status describe(DuplicatePair &pair, const Shared &shared, double nameSimilarity);

    DuplicateRepository m_repo;
    Stats m_stats;
};

} // namespace rapport
