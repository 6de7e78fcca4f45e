#pragma once

// The customer import (issue 12): a CSV or vCard file, mapped column by column, becomes new
// customers and updates of existing ones, in one batch that a revert can undo.
//
// A wizard uses it step by step:
//   1. io::ImportSource::open(path)                  the file, its detected dialect (overridable
//                                                    with setDialect), headers() and preview()
//   2. io::suggestMapping(source.headers())          a target per header with a confidence; the
//      (or io::ImportMapping::load(...).appliedTo)   user changes what is wrong
//   3. CustomerImportOptions                         mode, match keys, phone region
//   4. CustomerImport(door).dryRun(...)              the exact plan over the whole file: counts
//                                                    and one outcome per row; nothing written
//   5. CustomerImport(door).run(...)                 the same plan carried out as one batch
// Steps 4 and 5 take a while on big files: run them on a worker thread with a Door of the
// worker's own Database connection (as ui/demodatatask.cpp does), and cancel through the
// progress callback.

#include "core/io/importmapping.h"
#include "core/io/importsource.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace rapport {

class Door;

// create: only new customers (a row matching an existing customer leaves it as it is: unchanged);
// upsert: new customers and updates of matched ones; update: only updates (a row matching
// nobody is rejected).
enum class ImportMode { Create, Upsert, Update };
inline constexpr std::array<const char *, 3> importModeKeys{"create", "upsert", "update"};

struct CustomerImportOptions
{
    ImportMode mode = ImportMode::Upsert;
    // The keys a row is matched to an existing customer by (`--match external-id,email,phone`):
    // the external id (customers.external_key, exact), any of the row's e-mails (compared in
    // lower case) or any of its phones (compared in E.164). Keys found in the row that lead to
    // two different customers reject the row.
    bool matchExternalId = true;
    bool matchEmail = true;
    bool matchPhone = false;
    // The region phone numbers without a country code are read in (alpha-2); empty: the
    // database's phone region (Settings), else DE. An address's Country column takes
    // precedence for that row's numbers.
    QString phoneRegion;
    // customers.source for new customers whose row gives none; empty leaves it empty.
    QString defaultSource;
    // The file name for the batch's description; empty: the source's.
    QString fileName;

    // "create"/"upsert"/"update"; nullopt for anything else.
    static std::optional<ImportMode> modeFromKey(QStringView key);
    // "external-id,email,phone" (any order, any subset, at least one): sets the match flags.
    // A Validation error names an unknown key.
    Status setMatchKeys(QStringView keys);
};

enum class RowOutcome { Created, Updated, Unchanged, Rejected };
inline constexpr std::array<const char *, 4> rowOutcomeKeys{"created",
                                                            "updated",
                                                            "unchanged",
                                                            "rejected"};

// One field an update changes, for a review before the import: "City", "Berlin", "Potsdam"
// (an added contact point has an empty `before`).
struct ImportFieldChange
{
    QString field; // translated, as in the update's reason
    QString before;
    QString after;
};

// One line of the report. Every row of the file has at least one; a rejected row has one per
// problem found (each bad cell names its column), so a user fixes them all in one go.
struct ImportRowReport
{
    qint64 line = 0; // 1-based physical line of the record in the file (vCard: BEGIN:VCARD)
    QString column;  // the header of the cell at fault (rejections); empty otherwise
    RowOutcome outcome = RowOutcome::Unchanged;
    QString reason;        // rejections: one translated sentence; updates: the fields changed
    qint64 customerId = 0; // created (0 in a dry run), updated or unchanged customer
};

struct CustomerImportResult
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImportResult)

public:
    qint64 batch = 0; // the history batch head's id; 0 for a dry run or when nothing changed
    bool dryRun = false;
    qint64 rows = 0; // records read (rejected ones included)
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0; // rows, not problems
    // Organisations made for people's Organisation cells that name no customer (not rows of
    // the file: not in `created` nor in the report), and the people linked to an organisation.
    qint64 organisations = 0;
    qint64 links = 0;
    std::vector<ImportRowReport> report; // by line
    // The fields each updated line changes, with their old and new values, by line.
    QHash<qint64, QList<ImportFieldChange>> changes;

    // The report as CSV (UTF-8, header "Line,Column,Outcome,Reason,Customer id"; cells that a
    // spreadsheet would run as a formula are neutralised).
    QByteArray reportCsv() const;
    Status saveReport(const QString &path) const;
    // {"batch", "created", "updated", "unchanged", "rejected", "rows", "organisations", "links",
    // "dry_run"}; the first five count customers, rows of the file.
    QJsonObject summaryJson() const;
};

// CustomerImport carries out a mapped file through a door (see the top of this file).
//
// Rows: each row is validated cell by cell (e-mail, phone in its region, date in the dialect's
// order, stage, kind, country); a row with a bad cell is rejected as a whole and the rest of the
// file goes in. A row is matched against existing customers (not in the trash) by the keys the
// options pick. A later row of the file that matches the same customer as an earlier row (the
// same e-mail twice, say) is rejected naming the earlier line: the file is not merged into itself,
// and the result does not depend on which row would win.
//
// Organisations: a person row's Organisation cell links the person to that organisation (a
// "works at" relationship): the organisation customer of that name (compared case-folded, not
// in the trash), among the existing ones and the rows of the same file, else one made for it
// (counted in `organisations`; an import that only updates makes none). An existing link is
// left as it is, others are never removed; a matched person only missing the link is updated.
// An organisation row without an external id is matched, when the match keys include the
// e-mail or the external id and its keys found nobody, by its exact case-folded name too, so
// that an export without e-mails imports again as unchanged.
//
// Updates only change what the row gives: an empty cell never blanks a stored field, a contact
// point (e-mail, phone, address, web site) the customer does not have yet is added, the ones it
// has are kept; tags are added. A row that would change nothing is "unchanged" and writes
// nothing, so importing the same file twice changes nothing the second time.
//
// run() writes everything in one transaction as one batch of kind "import" (the description
// names the file, the mode, the counts and the ids of the customers and contact points created
// as ranges, so a revert can delete exactly them); updates are recorded row by row in the
// history with their old values. New customers go through the BulkLoader when they are many
// next to what the database holds, row by row otherwise. A cancel, an error or a crash before
// the commit leaves the database as it was.
class CustomerImport final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    // `done` of `total` (total is fixed for one call); return false to cancel (the call then
    // returns a Cancelled error and nothing is written). Called from the calling thread, about
    // every 1% and at least every half second.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CustomerImport(Door &door);

    // The whole plan, exactly as run() would carry it out now; writes nothing.
    Result<CustomerImportResult> dryRun(const io::ImportSource &source,
                                        const io::ImportMapping &mapping,
                                        const CustomerImportOptions &options,
                                        const Progress &progress = {});
    // Imports as one batch; see the class comment.
    Result<CustomerImportResult> run(const io::ImportSource &source,
                                     const io::ImportMapping &mapping,
                                     const CustomerImportOptions &options,
                                     const Progress &progress = {});

    // Files with at least this many new customers, or with more new customers than a tenth of
    // the database's, go through the BulkLoader (settable for tests).
    void setBulkThreshold(qint64 rows) { m_bulkThreshold = rows; }
    // The threads that read the file's records (0: one per core, at most eight). The outcome
    // does not depend on it: the rows are matched in file order on the calling thread.
    void setThreads(int threads) { m_threads = threads; }
    // The rows whose matched customers are read from the database together, with one statement
    // per table (0: the default). The outcome does not depend on it (settable for tests).
    void setMatchBatch(std::size_t rows) { m_matchBatch = rows; }

private:
    Result<CustomerImportResult> execute(const io::ImportSource &source,
                                         const io::ImportMapping &mapping,
                                         const CustomerImportOptions &options,
                                         const Progress &progress,
                                         bool write);

    Door &m_door;
    qint64 m_bulkThreshold = 5000;
    int m_threads = 0;
    std::size_t m_matchBatch = 0;
};

} // namespace rapport
