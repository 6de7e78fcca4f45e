#pragma once

// Which column of an imported file goes where: the targets a customer import knows, the
// suggestions made from a file's headers (Google Contacts, Outlook, Thunderbird, other CRMs,
// plain English, German and French spreadsheets, Rapport's own export), and mappings saved as
// JSON for reuse (`rapport-cli import customers --mapping M.json`).

#include "core/domain/contactpoint.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace rapport::io {

// Where a column's cells go. The order is the order a wizard lists them in.
enum class ImportTarget {
    Ignore,       // the column is not imported
    FirstName,    // persons
    LastName,     // persons
    FullName,     // "Ada Lovelace" or "Lovelace, Ada": split when first/last are not given
    Organisation, // a row with only an organisation makes an organisation
    Kind,         // "person"/"organisation" (also Person/Organisation in German and French)
    Email,        // one address, or several separated by " ::: ", ";" or ","
    Phone,        // one number, or several; normalised to E.164 in the options' region
    Street,
    PostalCode,
    City,
    Region,
    Country, // a code (DE) or a name in English, German or French
    Website,
    Tags, // several tags separated by " ::: ", ";", "," or "/"
    Notes,
    Stage, // lead/prospect/active/lapsed/lost, in English, German or French
    Source,
    AcquiredOn, // a date in the dialect's date order
    ExternalId, // customers.external_key: the other system's id
    Label,      // the label (work/home/mobile...) of another column: ColumnMapping::labelFor
};
inline constexpr int importTargetCount = int(ImportTarget::Label) + 1;

// Stable keys for JSON ("first_name", "email", "label"...).
inline constexpr std::array<const char *, importTargetCount>
    importTargetKeys{"ignore", "first_name", "last_name", "full_name",   "organisation",
                     "kind",   "email",      "phone",     "street",      "postal_code",
                     "city",   "region",     "country",   "website",     "tags",
                     "notes",  "stage",      "source",    "acquired_on", "external_id",
                     "label"};

// The English name of a target, exactly as Rapport's CSV export writes it as a header ("First
// name", "E-mail", "Postal code"...). Untranslated: these are file headers, not display text.
QString importTargetHeader(ImportTarget target);
// The target's name for display, translated ("Vorname").
QString importTargetName(ImportTarget target);
// The target for a JSON key; Ignore when unknown.
ImportTarget importTargetFromKey(QStringView key);
// True for the targets whose cells become contact points (Email, Phone, Website) or are part of
// a postal address (Street, PostalCode, City, Region, Country): they take a label and a group.
bool isContactTarget(ImportTarget target);
bool isAddressTarget(ImportTarget target);

// What one column of the file does.
struct ColumnMapping
{
    ImportTarget target = ImportTarget::Ignore;
    // Contact points and addresses: the label they get when no Label column says otherwise.
    ContactLabel label = ContactLabel::Work;
    // Address parts with the same group make one address ("Address 1 - City" and "Address 1 -
    // Street": group 1; Outlook's "Business City" and "Home City" are two groups). Also tells
    // e-mail and phone columns apart for the report; 0 when there is only one.
    int group = 0;
    // For a Label column: the index of the column whose label its cells give ("Phone 1 - Type"
    // -> "Phone 1 - Value"); -1 otherwise. Cells such as "Mobile", "* Work", "Home", "Privat",
    // "Portable" are understood; an unknown label is "other", never a rejection.
    int labelFor = -1;
    // How sure the suggestion was: 1 for a header known exactly (after folding case, accents,
    // spaces and punctuation), less for a guess from a word in the header, 0 for none. A saved
    // mapping or a user's choice is 1.
    double confidence = 0;
};

// The whole mapping: one ColumnMapping per header of the file, in the file's column order.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QStringList headers;
    std::vector<ColumnMapping> columns;

    // The column mapped to `target` (the first one), or -1.
    int columnOf(ImportTarget target) const;
    // Whether the mapping can make a customer: a name (first, last, full or organisation) or,
    // for update-only imports, at least one match key must be mapped. The Error says what is
    // missing in one sentence.
    Status check(bool updateOnly) const;
    // The same for an import that may create (a name needed, unless it may also update and a
    // match key is mapped: then rows without a name can still update) and may update (a match
    // key needed).
    Status check(bool mayCreate, bool mayUpdate) const;

    // {"version": 1, "columns": [{"header": "Given Name", "target": "first_name", "label":
    // "work", "group": 0, "label_for": "Phone 1 - Value"}, ...]}: by header name, so a saved
    // mapping fits a later file whose columns are in another order.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    static Result<ImportMapping> fromJson(const QJsonObject &json);
    static Result<ImportMapping> fromJsonBytes(const QByteArray &bytes);
    static Result<ImportMapping> load(const QString &path);
    Status save(const QString &path) const;

    // This saved mapping applied to a file with `fileHeaders`: columns found by header (folded
    // as for suggestions), the file's other columns suggested as suggestMapping() would.
    // `unmatched` (when given) receives the saved headers the file does not have.
    ImportMapping appliedTo(const QStringList &fileHeaders, QStringList *unmatched = nullptr) const;
};

// Suggests a target for each header, with its confidence. Type/Value pairs (Google's "Phone 1 -
// Type"/"Phone 1 - Value") are linked through labelFor; Outlook's "Business Phone"/"Home
// Phone"/"Mobile Phone" get their labels; "Address 2 - City" gets group 2. A header seen twice
// keeps only the first one mapped (the second is Ignore with confidence 0).
ImportMapping suggestMapping(const QStringList &headers);

// The label a cell of a Label column names ("Mobile", "* Work", "Home", "Privat", "Geschäftlich",
// "Handy", "Domicile", "Travail", "Portable"...); `fallback` for an empty cell, Other for a label
// it does not know.
ContactLabel contactLabelFromCell(QStringView cell, ContactLabel fallback);

// The values of a cell that holds several: split at " ::: " (Google), else at ";" and, with
// `comma`, at ","; trimmed, empty ones dropped.
QStringList splitCellValues(QStringView cell, bool comma);

// The folded form headers are compared in: lower case, accents removed, ß as ss, everything but
// letters and digits dropped ("E-Mail Adresse" -> "emailadresse", "Prénom" -> "prenom").
QString foldHeader(QStringView header);

} // namespace rapport::io
