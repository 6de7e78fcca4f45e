// The customer export: the list's columns and filters as CSV with the import's headers, formula
// neutralization, consent, streaming, the file written whole or not at all. Read back and
// imported again: test_customerexportroundtrip; the real rapport-cli: test_customerexportcli.
#include "core/domain/enumkeys.h"
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "tests/core/customerexportfixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::test::customerexport;

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
