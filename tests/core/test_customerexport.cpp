// The customer export: the list's columns and filters as CSV with the import's headers, formula
// neutralization, consent, streaming, the file written whole or not at all, and the real
// rapport-cli.
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "core/io/vcard.h"
#include "core/services/customerexport.h"
#include "core/services/customerimport.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace rapport;

namespace {

// RFC 4180 records of a UTF-8 text (quotes, doubled quotes, line breaks inside quotes, CRLF).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields << field;
            field.clear();
            records << fields;
            fields.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        records << (fields << field);
    return records;
}

// A few customers through the service, as a user would enter them.
struct ExportFixture
{
    test::TempWorkspace ws;
    qint64 owner = 0, acme = 0, ada = 0, bob = 0, cleo = 0;

    qint64 create(Customer c, QList<ContactPoint> points, qint64 worksAt = 0)
    {
        CustomerRecord record;
        record.customer = std::move(c);
        record.contactPoints = std::move(points);
        if (worksAt) {
            Relationship r;
            r.toId = worksAt;
            r.kind = RelationshipKind::WorksAt;
            record.relationships << r;
        }
        Result<qint64> id = ws->customers().create(record);
        if (!id)
            FAIL(id.error().message().toStdString());
        return *id;
    }

    ExportFixture()
    {
        owner = ws.addUser(QStringLiteral("mia"), Role::SalesRep);
        const PhoneNormalizer phones(QStringLiteral("DE"));
        Customer org;
        org.kind = CustomerKind::Organisation;
        org.organisation = QStringLiteral("Acme GmbH");
        org.stage = LifecycleStage::Active;
        acme = create(org,
                      {*ContactPoint::web(QStringLiteral("https://acme.example"),
                                          ContactLabel::Work)});

        Customer a;
        a.firstName = QStringLiteral("Ada");
        a.lastName = QStringLiteral("Ärger");
        a.stage = LifecycleStage::Active;
        a.ownerId = owner;
        a.source = QStringLiteral("Trade fair");
        a.acquiredOn = QDate(2024, 3, 7);
        a.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
        a.notes = QStringLiteral("=HYPERLINK(\"http://evil\")\nsecond line, with comma");
        PostalAddress home;
        home.street = QStringLiteral("Hauptstraße 5");
        home.postalCode = QStringLiteral("10115");
        home.city = QStringLiteral("Berlin");
        home.country = QStringLiteral("DE");
        auto mobile = *ContactPoint::phone(QStringLiteral("0171 2345678"),
                                           ContactLabel::Mobile,
                                           phones);
        ada = create(a,
                     {*ContactPoint::email(QStringLiteral("ada@example.com"), ContactLabel::Work),
                      *ContactPoint::email(QStringLiteral("ada@home.example"), ContactLabel::Home),
                      *ContactPoint::phone(QStringLiteral("030 1234567"), ContactLabel::Work, phones),
                      mobile,
                      *ContactPoint::postal(home, ContactLabel::Home)},
                     acme);

        Customer b;
        b.firstName = QStringLiteral("Bob");
        b.lastName = QStringLiteral("Brandt");
        b.stage = LifecycleStage::Lead;
        b.notes = QStringLiteral("@SUM(A1:A9)");
        bob = create(b,
                     {*ContactPoint::email(QStringLiteral("bob@example.com"), ContactLabel::Work),
                      *ContactPoint::phone(QStringLiteral("040 7654321"),
                                           ContactLabel::Work,
                                           phones)});

        Customer c;
        c.firstName = QStringLiteral("Cleo");
        c.lastName = QStringLiteral("Castell");
        c.stage = LifecycleStage::Lead;
        c.tags = {QStringLiteral("newsletter")};
        PostalAddress office;
        office.street = QStringLiteral("Rue de Rivoli 1");
        office.postalCode = QStringLiteral("75001");
        office.city = QStringLiteral("Paris");
        office.country = QStringLiteral("FR");
        cleo = create(c,
                      {*ContactPoint::email(QStringLiteral("cleo@example.fr"), ContactLabel::Work),
                       *ContactPoint::postal(office, ContactLabel::Work)});
    }

    // Consent as the privacy part records it, written straight into the table.
    void consent(qint64 customer, const char *channel, const char *status)
    {
        auto bare = Database::open(ws.path(), Database::Mode::Existing);
        REQUIRE(bare.ok());
        WriteTransaction tx(**bare);
        REQUIRE(tx.begun().ok());
        QSqlQuery q((*bare)->connection());
        REQUIRE(
            q.prepare(QStringLiteral("INSERT INTO consents (customer_id, channel, status,"
                                     " given_on, source) VALUES (?, ?, ?, '2026-01-02', 'test')")));
        q.addBindValue(customer);
        q.addBindValue(QString::fromLatin1(channel));
        q.addBindValue(QString::fromLatin1(status));
        REQUIRE(q.exec());
        REQUIRE(tx.commit().ok());
    }

    QByteArray exported(const CustomerExportRequest &request, CustomerExportResult *result = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CustomerExport exporter(ws.db());
        Result<CustomerExportResult> r = exporter.write(request, buffer);
        if (!r)
            FAIL(r.error().message().toStdString());
        if (result)
            *result = *r;
        return buffer.data();
    }
};

QStringList column(const QList<QStringList> &records, const QString &header)
{
    const qsizetype at = records.value(0).indexOf(header);
    QStringList values;
    for (qsizetype i = 1; i < records.size(); ++i)
        values << records.at(i).value(at);
    return values;
}

} // namespace

TEST_CASE("A full export has the import's headers, UTF-8 with a BOM and CRLF", "[export]")
{
    ExportFixture f;
    const QByteArray bytes = f.exported({});
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "First name,Last name,Name,Kind,Organisation,E-mail,"
                           "Phone,Mobile,Street,Postal code,City,Country,Web,Tags,Stage,Owner,"
                           "Source,Acquired on,External id,Notes\r\n"));
    CHECK(bytes.endsWith("\r\n"));
    const QList<QStringList> records = parseCsv(bytes);
    REQUIRE(records.size() == 5);
    // The list's default order: by name.
    CHECK(column(records, QStringLiteral("Name"))
          == QStringList{QStringLiteral("Acme GmbH"),
                         QStringLiteral("Ada Ärger"),
                         QStringLiteral("Bob Brandt"),
                         QStringLiteral("Cleo Castell")});
    const QStringList ada = records.at(2);
    const auto cell = [&](const char *header) {
        return ada.value(records.at(0).indexOf(QString::fromLatin1(header)));
    };
    CHECK(cell("First name") == QStringLiteral("Ada"));
    CHECK(cell("Last name") == QStringLiteral("Ärger"));
    CHECK(cell("Kind") == QStringLiteral("person"));
    CHECK(cell("Organisation") == QStringLiteral("Acme GmbH"));
    CHECK(cell("E-mail") == QStringLiteral("ada@example.com ::: ada@home.example"));
    CHECK(cell("Phone") == QStringLiteral("'+49301234567"));
    CHECK(cell("Mobile") == QStringLiteral("'+491712345678"));
    CHECK(cell("Street") == QStringLiteral("Hauptstraße 5"));
    CHECK(cell("Postal code") == QStringLiteral("10115"));
    CHECK(cell("City") == QStringLiteral("Berlin"));
    CHECK(cell("Country") == QStringLiteral("DE"));
    CHECK(cell("Tags") == QStringLiteral("newsletter ::: vip"));
    CHECK(cell("Stage") == QStringLiteral("active"));
    CHECK(cell("Owner") == f.ws->customers().owners()->first().displayName);
    CHECK(cell("Source") == QStringLiteral("Trade fair"));
    CHECK(cell("Acquired on") == QStringLiteral("2024-03-07"));
    // A formula is neutralized; the line break and the comma survive inside quotes.
    CHECK(cell("Notes") == QStringLiteral("'=HYPERLINK(\"http://evil\")\nsecond line, with comma"));
    CHECK(records.at(1).value(records.at(0).indexOf(QStringLiteral("Web")))
          == QStringLiteral("https://acme.example"));

    CustomerExportRequest plain;
    plain.byteOrderMark = false;
    CHECK(f.exported(plain).startsWith("First name,"));
}

TEST_CASE("An export writes the columns asked for, in their order, for the filter", "[export]")
{
    ExportFixture f;
    CustomerExportRequest request;
    request.fields = {ExportField::Email, ExportField::Name, ExportField::City};
    request.filter.withStage(LifecycleStage::Lead);
    QList<QStringList> records = parseCsv(f.exported(request));
    CHECK(
        records
        == QList<QStringList>{{QStringLiteral("E-mail"),
                               QStringLiteral("Name"),
                               QStringLiteral("City")},
                              {QStringLiteral("bob@example.com"), QStringLiteral("Bob Brandt"), {}},
                              {QStringLiteral("cleo@example.fr"),
                               QStringLiteral("Cleo Castell"),
                               QStringLiteral("Paris")}});

    // Descending by name, the owner's customers, a tag, a kind.
    request = {};
    request.fields = {ExportField::Name};
    request.order.direction = Qt::DescendingOrder;
    CHECK(column(parseCsv(f.exported(request)), QStringLiteral("Name")).first()
          == QStringLiteral("Cleo Castell"));
    request.order = {};
    request.filter.ownerId = f.owner;
    CHECK(column(parseCsv(f.exported(request)), QStringLiteral("Name"))
          == QStringList{QStringLiteral("Ada Ärger")});
    request.filter = {};
    request.filter.kind = CustomerKind::Organisation;
    CHECK(column(parseCsv(f.exported(request)), QStringLiteral("Name"))
          == QStringList{QStringLiteral("Acme GmbH")});

    // A search: its matches, as the list shows them.
    request.filter = {};
    request.searchText = QStringLiteral("castell");
    CHECK(column(parseCsv(f.exported(request)), QStringLiteral("Name"))
          == QStringList{QStringLiteral("Cleo Castell")});

    // Exactly the ids the desktop's list hands over, in its order; a selection's figure.
    request = {};
    request.ids = std::vector<qint64>{f.cleo, f.ada};
    request.fields = {ExportField::Name, ExportField::Figure};
    request.filter.selection = CustomerSelection::make(QStringLiteral("Top"),
                                                       {f.cleo, f.ada},
                                                       {12345.0, 500.0},
                                                       CustomerFigure{QStringLiteral(
                                                                          "Revenue in period"),
                                                                      CustomerFigure::Kind::Money,
                                                                      QStringLiteral("EUR")});
    records = parseCsv(f.exported(request));
    CHECK(records
          == QList<QStringList>{{QStringLiteral("Name"), QStringLiteral("Revenue in period (EUR)")},
                                {QStringLiteral("Cleo Castell"), QStringLiteral("123.45")},
                                {QStringLiteral("Ada Ärger"), QStringLiteral("5.00")}});

    for (int i = 0; i < ExportFieldCount; ++i) {
        const auto field = ExportField(i);
        CHECK(exportFieldFromName(exportFieldLabel(field).toUpper()) == field);
        CHECK(exportFieldFromName(exportFieldKey(field)) == field);
    }
    CHECK_FALSE(exportFieldFromName(u"shoe size").has_value());
}

TEST_CASE("Every dangerous first character is neutralized, reversibly", "[export][csv]")
{
    for (const char *danger : {"=", "+", "-", "@", "\t", "\r"}) {
        const QString cell = QString::fromLatin1(danger) + QStringLiteral("1+2");
        CAPTURE(cell.toStdString());
        CHECK(io::csvNeutralized(cell) == QLatin1Char('\'') + cell);
        CHECK(io::csvUnneutralized(io::csvNeutralized(cell)) == cell);
    }
    // Quotes before a dangerous character get one more, so the reverse is exact for any text.
    const QStringList texts{QStringLiteral("'=x"),
                            QStringLiteral("''+x"),
                            QStringLiteral("'Connor"),
                            QStringLiteral("O'Neil"),
                            QStringLiteral("'"),
                            QStringLiteral("plain"),
                            QString(),
                            QStringLiteral("a=b"),
                            QStringLiteral(" =x")};
    for (const QString &text : texts) {
        CAPTURE(text.toStdString());
        CHECK(io::csvUnneutralized(io::csvNeutralized(text)) == text);
    }
    CHECK(io::csvNeutralized(QStringLiteral("'Connor")) == QStringLiteral("'Connor"));
    CHECK(io::csvNeutralized(QStringLiteral("'=x")) == QStringLiteral("''=x"));
    CHECK(io::csvUnneutralized(QStringLiteral("'Connor")) == QStringLiteral("'Connor"));

    // Through the writer: every dangerous cell starts with the quote in the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    io::CsvWriter writer(buffer, {false, true, ','});
    REQUIRE(writer
                .write({QStringLiteral("=1"),
                        QStringLiteral("+1"),
                        QStringLiteral("-1"),
                        QStringLiteral("@1"),
                        QStringLiteral("\t1"),
                        QStringLiteral("\r1"),
                        QStringLiteral("1")})
                .ok());
    REQUIRE(writer.finish().ok());
    CHECK(buffer.data() == "'=1,'+1,'-1,'@1,'\t1,\"'\r1\",1\r\n");

    // Off when asked.
    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    io::CsvWriter rawWriter(raw, {false, false, ','});
    REQUIRE(rawWriter.write({QStringLiteral("=1")}).ok());
    REQUIRE(rawWriter.finish().ok());
    CHECK(raw.data() == "=1\r\n");
}

TEST_CASE("Consent: opted-out channels are left out and counted, opt-in lists", "[export]")
{
    ExportFixture f;
    f.consent(f.ada, "email", "opt_out");
    f.consent(f.ada, "sms", "opt_out");
    f.consent(f.ada, "post", "opt_out");
    f.consent(f.bob, "phone", "opt_out");
    f.consent(f.bob, "email", "opt_in");
    f.consent(f.cleo, "email", "opt_in");

    CustomerExportResult result;
    const QList<QStringList> records = parseCsv(f.exported({}, &result));
    const auto row = [&](const QString &name) {
        for (const QStringList &r : records) {
            if (r.value(records.at(0).indexOf(QStringLiteral("Name"))) == name)
                return r;
        }
        return QStringList();
    };
    const auto at = [&](const char *header) {
        return records.at(0).indexOf(QString::fromLatin1(header));
    };
    const QStringList ada = row(QStringLiteral("Ada Ärger"));
    CHECK(ada.value(at("E-mail")).isEmpty());
    CHECK(ada.value(at("Phone")) == QStringLiteral("'+49301234567")); // calls are fine
    CHECK(ada.value(at("Mobile")).isEmpty());                         // no SMS
    CHECK(ada.value(at("Street")).isEmpty());
    CHECK(ada.value(at("City")).isEmpty());
    CHECK(ada.value(at("First name")) == QStringLiteral("Ada")); // the rest stays
    const QStringList bob = row(QStringLiteral("Bob Brandt"));
    CHECK(bob.value(at("Phone")).isEmpty());
    CHECK(bob.value(at("E-mail")) == QStringLiteral("bob@example.com"));
    CHECK(result.customers == 4);
    CHECK(result.withheld == std::array<qint64, 4>{1, 1, 1, 1});
    CHECK(result.withheldTotal() == 4);

    CustomerExportRequest mailing;
    mailing.onlyOptedIn = ConsentReader::Channel::Email;
    mailing.fields = {ExportField::Name, ExportField::Email};
    CHECK(
        parseCsv(f.exported(mailing, &result))
        == QList<QStringList>{{QStringLiteral("Name"), QStringLiteral("E-mail")},
                              {QStringLiteral("Bob Brandt"), QStringLiteral("bob@example.com")},
                              {QStringLiteral("Cleo Castell"), QStringLiteral("cleo@example.fr")}});
    CHECK(result.customers == 2);
    CHECK(result.notOptedIn == 2);
}

TEST_CASE("Read back with the CSV reader, an export gives every customer's fields again",
          "[export][roundtrip]")
{
    ExportFixture f;
    const QByteArray bytes = f.exported({});
    const io::CsvDialect dialect = io::detectCsvDialect(bytes);
    CHECK(dialect.encoding == io::TextEncoding::Utf8Bom);
    CHECK(dialect.delimiter == u',');
    const QByteArray utf8 = io::toUtf8(bytes, dialect.encoding);
    io::CsvReader reader(utf8, dialect.delimiter);
    QList<QStringList> records;
    while (auto record = reader.next()) {
        REQUIRE(record->ok());
        QStringList cells;
        for (const QString &cell : (*record)->fields)
            cells << io::csvUnneutralized(cell);
        records << cells;
    }
    REQUIRE(records.size() == 5);
    const QStringList header = records.takeFirst();
    const auto field = [&](const QStringList &row, ExportField which) {
        return row.value(header.indexOf(exportFieldLabel(which)));
    };
    const auto split = [](const QString &cell) {
        return cell.isEmpty() ? QStringList() : cell.split(ExportMultiValueSeparator);
    };
    for (const QStringList &row : std::as_const(records)) {
        // The customer the row names, as the database holds it.
        qint64 id = 0;
        for (qint64 candidate : {f.acme, f.ada, f.bob, f.cleo}) {
            if (f.ws->customers().get(candidate)->displayName() == field(row, ExportField::Name))
                id = candidate;
        }
        REQUIRE(id != 0);
        CAPTURE(field(row, ExportField::Name).toStdString());
        const CustomerRecord stored = *f.ws->customers().record(id);
        const Customer &c = stored.customer;
        CHECK(field(row, ExportField::FirstName) == c.firstName);
        CHECK(field(row, ExportField::LastName) == c.lastName);
        CHECK(enumFromKey<CustomerKind>(field(row, ExportField::Kind), customerKindKeys) == c.kind);
        CHECK(enumFromKey<LifecycleStage>(field(row, ExportField::Stage), lifecycleStageKeys)
              == c.stage);
        CHECK(field(row, ExportField::Source) == c.source);
        CHECK(QDate::fromString(field(row, ExportField::AcquiredOn), Qt::ISODate) == c.acquiredOn);
        CHECK(field(row, ExportField::Notes) == c.notes);
        QStringList tags = split(field(row, ExportField::Tags));
        QStringList storedTags = c.tags;
        tags.sort();
        storedTags.sort();
        CHECK(tags == storedTags);
        QStringList emails, phones, webs;
        for (const ContactPoint &p : stored.contactPoints) {
            if (p.kind == ContactKind::Email)
                emails << p.value;
            else if (p.kind == ContactKind::Phone)
                phones << p.value;
            else if (p.kind == ContactKind::Web)
                webs << p.value;
            else if (p.kind == ContactKind::Postal) {
                CHECK(field(row, ExportField::Street) == p.address.street);
                CHECK(field(row, ExportField::PostalCode) == p.address.postalCode);
                CHECK(field(row, ExportField::City) == p.address.city);
                CHECK(field(row, ExportField::Country) == p.address.country);
            }
        }
        QStringList exportedEmails = split(field(row, ExportField::Email));
        QStringList exportedPhones = split(field(row, ExportField::Phone))
                                     + split(field(row, ExportField::Mobile));
        QStringList exportedWebs = split(field(row, ExportField::Web));
        for (QStringList *list :
             {&emails, &phones, &webs, &exportedEmails, &exportedPhones, &exportedWebs})
            list->sort();
        CHECK(exportedEmails == emails);
        CHECK(exportedPhones == phones);
        CHECK(exportedWebs == webs);
    }
}

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

namespace {

// A device that keeps only how much was written and the largest single write.
class CountingDevice final : public QIODevice
{
public:
    qint64 total = 0;
    qint64 largest = 0;
    int writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        total += len;
        largest = std::max(largest, len);
        ++writes;
        return len;
    }
};

} // namespace

TEST_CASE("A big list streams in blocks, and a file is written whole or not at all", "[export]")
{
    test::TempWorkspace ws;
    // 3,000 customers: enough for several batches and write blocks.
    CustomerService &service = ws->customers();
    for (int i = 0; i < 3000; ++i) {
        Customer c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QStringLiteral("Number %1 with a rather long name to fill blocks").arg(i);
        c.notes = QString(200, QLatin1Char('n'));
        QList<ContactPoint> points{
            *ContactPoint::email(QStringLiteral("p%1@example.com").arg(i), ContactLabel::Work)};
        REQUIRE(service.create(c, points).ok());
    }
    CountingDevice device;
    device.open(QIODevice::WriteOnly);
    CustomerExport exporter(ws.db());
    std::vector<std::pair<qint64, qint64>> steps;
    Result<CustomerExportResult> r = exporter.write({}, device, [&](qint64 done, qint64 total) {
        steps.emplace_back(done, total);
        return true;
    });
    REQUIRE(r.ok());
    CHECK(r->customers == 3000);
    CHECK(device.total > 3 * io::CsvWriter::BufferBytes);
    CHECK(device.writes > 3);                                       // streamed, not one block
    CHECK(device.largest < io::CsvWriter::BufferBytes + 64 * 1024); // no whole-file buffer
    REQUIRE(steps.size() == 4);                                     // 0, 1000, 2000, 3000
    CHECK(steps.back() == std::pair<qint64, qint64>{3000, 3000});

    // A cancel half-way leaves the old file as it was, and no temporary file behind.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old content\r\n");
    }
    Result<CustomerExportResult> cancelled = exporter.writeFile({}, path, [](qint64 done, qint64) {
        return done < 2000;
    });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind() == Error::Kind::Cancelled);
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "old content\r\n");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("list.csv")});

    REQUIRE(exporter.writeFile({}, path).ok());
    kept.close();
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(parseCsv(kept.readAll()).size() == 3001);
}

namespace {

struct CliRun
{
    int code = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    if (!p.waitForFinished(120'000))
        FAIL("rapport-cli " << args.join(u' ').toStdString() << " did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

TEST_CASE("rapport-cli export customers writes the list, its filters and columns", "[export][cli]")
{
    ExportFixture f;
    f.consent(f.bob, "email", "opt_in");
    const QString db = f.ws.path();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("leads.csv"));

    CliRun r = cli({QStringLiteral("export"),
                    QStringLiteral("customers"),
                    QStringLiteral("--db"),
                    db,
                    QStringLiteral("--stage"),
                    QStringLiteral("lead"),
                    QStringLiteral("--columns"),
                    QStringLiteral("name,E-mail"),
                    QStringLiteral("--out"),
                    out});
    CAPTURE(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("Exported 2 customer"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(
        parseCsv(file.readAll())
        == QList<QStringList>{{QStringLiteral("Name"), QStringLiteral("E-mail")},
                              {QStringLiteral("Bob Brandt"), QStringLiteral("bob@example.com")},
                              {QStringLiteral("Cleo Castell"), QStringLiteral("cleo@example.fr")}});

    // To stdout, the mailing list of those who opted in, with the owner and tag filters.
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--consent"),
             QStringLiteral("email"),
             QStringLiteral("--columns"),
             QStringLiteral("email"),
             QStringLiteral("--no-bom")});
    REQUIRE(r.code == 0);
    CHECK(r.out == "E-mail\r\nbob@example.com\r\n");
    CHECK(r.err.contains("did not opt in"));
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--owner"),
             QStringLiteral("mia"),
             QStringLiteral("--tag"),
             QStringLiteral("VIP"),
             QStringLiteral("--columns"),
             QStringLiteral("name")});
    REQUIRE(r.code == 0);
    CHECK(parseCsv(r.out)
          == QList<QStringList>{{QStringLiteral("Name")}, {QStringLiteral("Ada Ärger")}});

    // Usage errors say what is wrong.
    CHECK(cli({QStringLiteral("export"),
               QStringLiteral("customers"),
               QStringLiteral("--db"),
               db,
               QStringLiteral("--columns"),
               QStringLiteral("shoe size")})
              .code
          == 1);
    CHECK(cli({QStringLiteral("export"),
               QStringLiteral("customers"),
               QStringLiteral("--db"),
               db,
               QStringLiteral("--tag"),
               QStringLiteral("nonesuch")})
              .code
          == 2);
    CHECK(cli({QStringLiteral("export"),
               QStringLiteral("customers"),
               QStringLiteral("--db"),
               db,
               QStringLiteral("--segment"),
               QStringLiteral("nonesuch")})
              .code
          == 2);
    // A segment with nobody in it (no orders): the header alone.
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--segment"),
             QStringLiteral("at risk"),
             QStringLiteral("--columns"),
             QStringLiteral("name"),
             QStringLiteral("--no-bom")});
    CAPTURE(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out == "Name\r\n");
    // vCard to a file.
    const QString vcf = dir.filePath(QStringLiteral("all.vcf"));
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--format"),
             QStringLiteral("vcard"),
             QStringLiteral("--out"),
             vcf});
    REQUIRE(r.code == 0);
    QFile cards(vcf);
    REQUIRE(cards.open(QIODevice::ReadOnly));
    CHECK(io::readVCards(cards.readAll()).contacts.size() == 4);
    // A folder that does not exist: one sentence, exit 2.
    r = cli({QStringLiteral("export"),
             QStringLiteral("customers"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--out"),
             dir.filePath(QStringLiteral("no/such/folder/x.csv"))});
    CHECK(r.code == 2);
    CHECK(r.err.startsWith("rapport-cli: "));
}

TEST_CASE("rapport-cli export customers writes the desktop list's columns unless told otherwise",
          "[export][cli]")
{
    ExportFixture f;
    const QString db = f.ws.path();
    const auto header = [&](QStringList extra) {
        CliRun r = cli(QStringList{QStringLiteral("export"),
                                   QStringLiteral("customers"),
                                   QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("--no-bom")}
                       + extra);
        CAPTURE(r.err.toStdString());
        REQUIRE(r.code == 0);
        const QList<QStringList> table = parseCsv(r.out);
        REQUIRE_FALSE(table.isEmpty());
        return table.first();
    };
    QStringList list;
    for (ExportField field : listExportFields())
        list << exportFieldLabel(field);
    CHECK(header({}) == list);
    CHECK(list.contains(QLatin1String("Last contact")));
    QStringList all;
    for (ExportField field : importableExportFields())
        all << exportFieldLabel(field);
    CHECK(header({QStringLiteral("--columns"), QStringLiteral("all")}) == all);
    CHECK(all.size() == 20);
}
