// The customer export read back: a CSV export imported into an empty database and exported again
// gives the same cells, and a vCard export reads back as the same contacts.
#include "core/io/vcard.h"
#include "core/services/customerimport.h"
#include "tests/core/customerexportfixture.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace rapport;
using namespace rapport::test::customerexport;

namespace {

// A full export of `f`, imported into a new database, exported again; both files' records.
struct RoundTrip
{
    QList<QStringList> before, after;
    CustomerImportResult second; // the same file imported once more
};

RoundTrip roundTrip(ExportFixture &f)
{
    RoundTrip trip;
    const QByteArray first = f.exported({});
    test::TempWorkspace other;
    Result<io::ImportSource> source = io::ImportSource::fromBytes(first,
                                                                  QStringLiteral("export.csv"));
    REQUIRE(source.ok());
    const io::ImportMapping mapping = io::suggestMapping(source->headers());
    CustomerImportOptions options;
    options.mode = ImportMode::Upsert;
    Result<CustomerImportResult> imported
        = CustomerImport(*other->door()).run(*source, mapping, options);
    REQUIRE(imported.ok());
    for (const ImportRowReport &row : imported->report) {
        if (row.outcome == RowOutcome::Rejected)
            WARN("line " << row.line << " " << row.column.toStdString() << ": "
                         << row.reason.toStdString());
    }
    CHECK(imported->created == 4);
    CHECK(imported->rejected == 0);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(CustomerExport(other.db()).write({}, buffer).ok());
    trip.before = parseCsv(first);
    trip.after = parseCsv(buffer.data());
    Result<CustomerImportResult> again
        = CustomerImport(*other->door()).run(*source, mapping, options);
    REQUIRE(again.ok());
    trip.second = *again;
    return trip;
}

// Compares the two exports' cells of the columns `which` lets through.
void compare(const RoundTrip &trip, const std::function<bool(const QString &header)> &which)
{
    REQUIRE(trip.after.size() == trip.before.size());
    const QStringList &header = trip.before.first();
    for (qsizetype i = 1; i < trip.before.size(); ++i) {
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (!which(header.at(c)))
                continue;
            CAPTURE(i, header.at(c).toStdString());
            CHECK(trip.after.at(i).value(c).toStdString()
                  == trip.before.at(i).value(c).toStdString());
        }
    }
}

} // namespace

TEST_CASE("Exported, then imported into an empty database, the customers come back the same",
          "[export][roundtrip]")
{
    ExportFixture f;
    const RoundTrip trip = roundTrip(f);
    // Every column but the owner (the new database has no such user), and the two the import
    // does not give back yet (see the next test).
    compare(trip, [](const QString &header) {
        return header != QLatin1String("Owner") && header != QLatin1String("Organisation")
               && header != QLatin1String("Notes");
    });
    CHECK(trip.second.updated == 0);
}

// What the import learnt after the export was written: a neutralized cell ("'=HYPERLINK...")
// comes back without its quote, a person is linked to the organisation named in "Organisation",
// and an organisation without e-mail or external id is matched by its name on a second import.
TEST_CASE("Exported and imported: neutralized notes, organisations and a second import",
          "[export][roundtrip]")
{
    ExportFixture f;
    const RoundTrip trip = roundTrip(f);
    compare(trip, [](const QString &header) {
        return header == QLatin1String("Organisation") || header == QLatin1String("Notes");
    });
    CHECK(trip.second.created == 0);
    CHECK(trip.second.unchanged == 4);
}

TEST_CASE("A vCard export reads back as the same contacts, consent honoured", "[export][vcard]")
{
    ExportFixture f;
    f.consent(f.bob, "email", "opt_out");
    CustomerExportRequest request;
    request.format = ExportFormat::VCard;
    CustomerExportResult result;
    const QByteArray bytes = f.exported(request, &result);
    CHECK(bytes.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    const io::VCardFile file = io::readVCards(bytes);
    CHECK(file.problems.empty());
    REQUIRE(file.contacts.size() == 4);
    CHECK(result.customers == 4);
    CHECK(result.withheld[std::size_t(ConsentReader::Channel::Email)] == 1);

    const io::VCardContact &acme = file.contacts.at(0);
    CHECK(acme.formattedName == QStringLiteral("Acme GmbH"));
    CHECK(acme.organisation == QStringLiteral("Acme GmbH"));
    REQUIRE(acme.urls.size() == 1);
    CHECK(acme.urls.at(0).value == QStringLiteral("https://acme.example"));

    const io::VCardContact &ada = file.contacts.at(1);
    CHECK(ada.version == QStringLiteral("4.0"));
    CHECK(ada.formattedName == QStringLiteral("Ada Ärger"));
    CHECK(ada.givenName == QStringLiteral("Ada"));
    CHECK(ada.familyName == QStringLiteral("Ärger"));
    CHECK(ada.organisation == QStringLiteral("Acme GmbH"));
    CHECK(ada.categories == QStringList{QStringLiteral("newsletter"), QStringLiteral("vip")});
    CHECK(ada.note == QStringLiteral("=HYPERLINK(\"http://evil\")\nsecond line, with comma"));
    REQUIRE(ada.emails.size() == 2);
    CHECK(ada.emails.at(0).value == QStringLiteral("ada@example.com"));
    REQUIRE(ada.phones.size() == 2);
    CHECK(ada.phones.at(0).value == QStringLiteral("+49301234567"));
    CHECK(ada.phones.at(1).types.contains(QStringLiteral("cell")));
    REQUIRE(ada.addresses.size() == 1);
    CHECK(ada.addresses.at(0).street == QStringLiteral("Hauptstraße 5"));
    CHECK(ada.addresses.at(0).postalCode == QStringLiteral("10115"));
    CHECK(ada.addresses.at(0).locality == QStringLiteral("Berlin"));
    CHECK(ada.addresses.at(0).country == QStringLiteral("DE"));

    const io::VCardContact &bob = file.contacts.at(2);
    CHECK(bob.formattedName == QStringLiteral("Bob Brandt"));
    CHECK(bob.emails.empty()); // opted out
    CHECK(bob.phones.size() == 1);
}
