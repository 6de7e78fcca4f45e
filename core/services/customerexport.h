#pragma once

#include "core/services/accesspolicy.h"
#include "core/storage/consentreader.h"
#include "core/storage/customerlistfilter.h"
#include "core/storage/customerlistrepository.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace rapport {

class Database;

// The columns an export can write. The first twenty are the customer's own fields under the
// canonical English headers Rapport's import recognises ("First name", "E-mail", ...); the last
// three are what the customer list shows besides (last contact, revenue over 12 months, a
// drill-down's figure), for reading, not for importing.
enum class ExportField : quint8 {
    FirstName,
    LastName,
    Name,
    Kind,
    Organisation,
    Email,
    Phone,
    Mobile,
    Street,
    PostalCode,
    City,
    Country,
    Web,
    Tags,
    Stage,
    Owner,
    Source,
    AcquiredOn,
    ExternalId,
    Notes,
    LastContact,
    Revenue,
    Figure,
};
inline constexpr int ExportFieldCount = 23;

// How the cells are written, for the import to read back (see also io::csvUnneutralized()):
// - several values in one cell (e-mails, phones, tags, web addresses) are joined by " ::: ",
//   the primary one first, as Google Contacts writes them;
// - Kind and Stage are the English keys ("person", "organisation"; "lead" ... "lost");
// - Owner is the user's display name; Country the ISO 3166-1 alpha-2 code; dates ISO;
// - Phone holds the numbers not labelled mobile, Mobile the mobile ones, both E.164;
// - Street, Postal code and City are the primary postal address's (else the first one's).
inline constexpr QLatin1StringView ExportMultiValueSeparator(" ::: ");

// The header of a field: the canonical English name (never translated: the import matches it).
QString exportFieldLabel(ExportField field);
// A field from its header or its key ("first_name", "email", "postal_code", "last_contact"),
// any case; empty when the text names none.
std::optional<ExportField> exportFieldFromName(QStringView name);
QString exportFieldKey(ExportField field);
// The twenty importable fields in their canonical order: what a full export writes.
std::vector<ExportField> importableExportFields();

enum class ExportFormat { Csv, VCard };

// What to export and how. The customers are those the customer list shows for the same filter
// (stage, kind, owner, tag, a drill-down's selection) and search text, in the same order; or,
// when `ids` is set, exactly those in that order (the desktop hands over its list's ids).
struct CustomerExportRequest
{
    CustomerListFilter filter;
    QString searchText; // the list's search: its best matches, best first
    CustomerListOrder order;
    std::optional<std::vector<qint64>> ids;

    ExportFormat format = ExportFormat::Csv;
    std::vector<ExportField> fields; // CSV columns in order; empty: importableExportFields()
    bool byteOrderMark = true;       // CSV: UTF-8 with a BOM (Excel); false: plain UTF-8
    // Only the customers who opted in to this channel (a mailing list): others are left out.
    std::optional<ConsentReader::Channel> onlyOptedIn;
};

// What an export wrote, and what consent kept out of it.
struct CustomerExportResult
{
    qint64 customers = 0; // written
    // Customers whose details of a channel were left out because they opted out of it, by
    // ConsentReader::Channel (e-mail addresses, phone numbers, mobile numbers, postal address).
    std::array<qint64, 4> withheld{};
    qint64 notOptedIn = 0; // left out by onlyOptedIn
    qint64 withheldTotal() const { return withheld[0] + withheld[1] + withheld[2] + withheld[3]; }
};

// CustomerExport writes a customer list or segment as CSV or vCard 4.0, streaming: the list's ids
// are read in keyset chunks, the customers a batch at a time, and records go to the device as
// they are made, so a million customers take constant memory besides their ids. Consent is
// honoured whatever the columns: a customer who opted out of a channel has that channel's
// details left out (e-mail: addresses; phone: every number; sms: mobile numbers; post: the
// postal address), counted in the result. It reads through `db`, on the thread of `db`.
class CustomerExport final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)
public:
    static constexpr int BatchSize = 1000;
    // Called after each batch with the customers written and the total expected; returning
    // false cancels (the export then fails with Error::Kind::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CustomerExport(const Database &db);
    ~CustomerExport();

    // Who exports: the customers written are those the reader may both see and export
    // (scope(View) ∩ scope(Export)), whatever the request's filter or ids say; without the
    // Export permission every export fails with its refusal (Error::Kind::Forbidden).
    // Unrestricted by default.
    void setAccess(const AccessPolicy &access);
    // The same with the scope spelt out (a refusal when it reaches nobody).
    void setScope(const CustomerScope &scope, const QString &refusal = {});
    const CustomerScope &scope() const { return m_scope; }

    // The customers a request exports, in order (before consent narrows them).
    Result<std::vector<qint64>> ids(const CustomerExportRequest &request);
    // Writes the export to `device` (open for writing).
    Result<CustomerExportResult> write(const CustomerExportRequest &request,
                                       QIODevice &device,
                                       const Progress &progress = {});
    // Writes it to `path` through a temporary file renamed into place at the end, so a full disk,
    // a cancel or a crash never leaves half a file (the old file, if any, stays as it was).
    Result<CustomerExportResult> writeFile(const CustomerExportRequest &request,
                                           const QString &path,
                                           const Progress &progress = {});

    // The customers of an RFM segment as of `asOf` (by key, "at_risk", or by English or
    // translated name, "At risk"), as a selection for a request's filter.
    static Result<CustomerSelectionPtr> rfmSegment(const Database &db,
                                                   const QString &name,
                                                   const QDate &asOf);

private:
    Result<std::vector<qint64>> inScope(const std::vector<qint64> &ids);

    const Database &m_db;
    CustomerScope m_scope;
    QString m_refusal;
};

} // namespace rapport
