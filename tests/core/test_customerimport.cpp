// The customer import (issue 12): mapping suggestions, modes, matching, rejected rows with their
// line and column, idempotence, dry runs, cancels, the batch in the history.
#include "core/domain/fastphone.h"
#include "core/domain/phonenumber.h"
#include "core/io/importmapping.h"
#include "core/io/importsource.h"
#include "core/services/batchrevert.h"
#include "core/services/customerimport.h"
#include "core/services/door.h"
#include "core/services/historyservice.h"
#include "core/storage/customerlistrepository.h"
#include "tests/support/demodatabase.h"
#include "tests/support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::demodb;
using io::ImportTarget;

namespace {

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        out << values.join(u'|');
    }
    return out;
}

HistoryFilter batchFilter(qint64 batch)
{
    HistoryFilter f;
    f.batch = batch;
    return f;
}

qint64 count(Database &db, const char *sql)
{
    return qint64(scalar(db, QLatin1String(sql)));
}

io::ImportSource source(const QByteArray &bytes, const QString &name = QStringLiteral("people.csv"))
{
    auto s = io::ImportSource::fromBytes(bytes, name);
    if (!s)
        FAIL(s.error().message().toStdString());
    return *s;
}

struct Run
{
    explicit Run(test::TempWorkspace &workspace)
        : t(workspace)
    {}
    test::TempWorkspace &t;
    CustomerImportOptions options;
    bool dry = false;
    qint64 bulkThreshold = 5000;
    CustomerImport::Progress progress;

    Result<CustomerImportResult> operator()(const QByteArray &csv)
    {
        const io::ImportSource s = source(csv);
        const io::ImportMapping m = io::suggestMapping(s.headers());
        CustomerImport import(*t->door());
        import.setBulkThreshold(bulkThreshold);
        return dry ? import.dryRun(s, m, options, progress) : import.run(s, m, options, progress);
    }
};

CustomerImportResult ok(Result<CustomerImportResult> r)
{
    if (!r)
        FAIL(r.error().message().toStdString());
    return std::move(r).value();
}

const ImportRowReport *lineOf(const CustomerImportResult &r, qint64 line)
{
    for (const ImportRowReport &row : r.report)
        if (row.line == line)
            return &row;
    return nullptr;
}

const QByteArray people = "First name,Last name,E-mail,Phone,City,Country,Tags,External id\n"
                          "Ada,Lovelace,ADA@example.org,030 1234567,Berlin,DE,vip ::: math,A1\n"
                          "Alan,Turing,alan@example.org,+44 20 7946 0018,London,GB,math,A2\n"
                          "Grace,Hopper,grace@example.org,,,,navy;cobol,A3\n";

} // namespace

TEST_CASE("Headers of common exports and of German and French sheets get their targets", "[import]")
{
    const auto targets = [](const QStringList &headers) {
        std::vector<ImportTarget> out;
        for (const io::ColumnMapping &c : io::suggestMapping(headers).columns)
            out.push_back(c.target);
        return out;
    };
    using T = ImportTarget;
    CHECK(targets({QStringLiteral("Vorname"),
                   QStringLiteral("Nachname"),
                   QStringLiteral("Firma"),
                   QStringLiteral("E-Mail"),
                   QStringLiteral("Telefon"),
                   QStringLiteral("Straße"),
                   QStringLiteral("PLZ"),
                   QStringLiteral("Ort")})
          == std::vector{T::FirstName,
                         T::LastName,
                         T::Organisation,
                         T::Email,
                         T::Phone,
                         T::Street,
                         T::PostalCode,
                         T::City});
    CHECK(targets({QStringLiteral("Prénom"),
                   QStringLiteral("Nom"),
                   QStringLiteral("Société"),
                   QStringLiteral("Courriel"),
                   QStringLiteral("Téléphone"),
                   QStringLiteral("Adresse"),
                   QStringLiteral("Code postal"),
                   QStringLiteral("Ville")})
          == std::vector{T::FirstName,
                         T::LastName,
                         T::Organisation,
                         T::Email,
                         T::Phone,
                         T::Street,
                         T::PostalCode,
                         T::City});
    // Rapport's own export headers.
    CHECK(targets({QStringLiteral("First name"),
                   QStringLiteral("Last name"),
                   QStringLiteral("Name"),
                   QStringLiteral("Organisation"),
                   QStringLiteral("E-mail"),
                   QStringLiteral("Phone"),
                   QStringLiteral("Postal code"),
                   QStringLiteral("External id"),
                   QStringLiteral("Stage"),
                   QStringLiteral("Acquired on")})
          == std::vector{T::FirstName,
                         T::LastName,
                         T::FullName,
                         T::Organisation,
                         T::Email,
                         T::Phone,
                         T::PostalCode,
                         T::ExternalId,
                         T::Stage,
                         T::AcquiredOn});
    // Outlook: labels and two addresses.
    const io::ImportMapping outlook = io::suggestMapping({QStringLiteral("First Name"),
                                                          QStringLiteral("Last Name"),
                                                          QStringLiteral("Company"),
                                                          QStringLiteral("E-mail Address"),
                                                          QStringLiteral("Business Phone"),
                                                          QStringLiteral("Mobile Phone"),
                                                          QStringLiteral("Business City"),
                                                          QStringLiteral("Home City")});
    CHECK(outlook.columns[2].target == T::Organisation);
    CHECK(outlook.columns[4].target == T::Phone);
    CHECK(outlook.columns[4].label == ContactLabel::Work);
    CHECK(outlook.columns[5].label == ContactLabel::Mobile);
    CHECK(outlook.columns[6].target == T::City);
    CHECK(outlook.columns[7].target == T::City);
    CHECK(outlook.columns[6].group != outlook.columns[7].group);
    // Thunderbird and CRMs.
    CHECK(targets({QStringLiteral("Display Name"),
                   QStringLiteral("Primary Email"),
                   QStringLiteral("Work Phone"),
                   QStringLiteral("Mobile Number"),
                   QStringLiteral("Account Name"),
                   QStringLiteral("Mailing City"),
                   QStringLiteral("Phone Number"),
                   QStringLiteral("Email")})
          == std::vector{T::FullName,
                         T::Email,
                         T::Phone,
                         T::Phone,
                         T::Organisation,
                         T::City,
                         T::Phone,
                         T::Email});
    // Google: the Type column labels the Value column of the same number.
    const io::ImportMapping google = io::suggestMapping({QStringLiteral("Given Name"),
                                                         QStringLiteral("Family Name"),
                                                         QStringLiteral("Phone 1 - Type"),
                                                         QStringLiteral("Phone 1 - Value"),
                                                         QStringLiteral("E-mail 1 - Type"),
                                                         QStringLiteral("E-mail 1 - Value"),
                                                         QStringLiteral("Organization 1 - Name"),
                                                         QStringLiteral("Address 1 - City"),
                                                         QStringLiteral("Group Membership")});
    CHECK(google.columns[2].target == T::Label);
    CHECK(google.columns[2].labelFor == 3);
    CHECK(google.columns[3].target == T::Phone);
    CHECK(google.columns[4].labelFor == 5);
    CHECK(google.columns[6].target == T::Organisation);
    CHECK(google.columns[7].target == T::City);
    CHECK(google.columns[8].target == T::Tags);
    CHECK(google.columns[0].confidence == 1.0);
    // Case, accents and spaces do not matter; unknown headers are ignored.
    CHECK(targets({QStringLiteral("  e mail "),
                   QStringLiteral("PRENOM"),
                   QStringLiteral("Lieblingsfarbe")})
          == std::vector{T::Email, T::FirstName, T::Ignore});
    // A guess from a word has less confidence.
    const io::ImportMapping guessed = io::suggestMapping({QStringLiteral("Kunden E-Mail privat")});
    CHECK(guessed.columns[0].target == T::Email);
    CHECK(guessed.columns[0].confidence < 1.0);
}

TEST_CASE("A mapping saved as JSON fits a later file with its columns in another order", "[import]")
{
    io::ImportMapping m = io::suggestMapping({QStringLiteral("Phone 1 - Type"),
                                              QStringLiteral("Phone 1 - Value"),
                                              QStringLiteral("Nom"),
                                              QStringLiteral("Spalte X")});
    m.columns[3].target = ImportTarget::Notes; // the user's choice
    const auto back = io::ImportMapping::fromJsonBytes(m.toJsonBytes());
    REQUIRE(back);
    CHECK(back->columns[0].labelFor == 1);
    CHECK(back->columns[3].target == ImportTarget::Notes);
    QStringList missing;
    const io::ImportMapping applied = back->appliedTo({QStringLiteral("Spalte X"),
                                                       QStringLiteral("Phone 1 - Value"),
                                                       QStringLiteral("Nom"),
                                                       QStringLiteral("Phone 1 - Type")},
                                                      &missing);
    CHECK(missing.isEmpty());
    CHECK(applied.columns[0].target == ImportTarget::Notes);
    CHECK(applied.columns[1].target == ImportTarget::Phone);
    CHECK(applied.columns[3].target == ImportTarget::Label);
    CHECK(applied.columns[3].labelFor == 1);
    CHECK_FALSE(io::ImportMapping::fromJsonBytes("{\"version\": 2}").ok());
}

TEST_CASE("Imported rows become customers with normalised contact points and tags", "[import]")
{
    test::TempWorkspace t;
    const CustomerImportResult r = ok(Run{t}(people));
    CHECK(r.created == 3);
    CHECK(r.rows == 3);
    CHECK(r.rejected == 0);
    CHECK(r.batch > 0);
    CHECK(rows(t.db(),
               QStringLiteral("SELECT first_name, last_name, external_key FROM customers "
                              "ORDER BY id"))
          == QStringList{QStringLiteral("Ada|Lovelace|A1"),
                         QStringLiteral("Alan|Turing|A2"),
                         QStringLiteral("Grace|Hopper|A3")});
    CHECK(rows(t.db(), QStringLiteral("SELECT value FROM contact_points WHERE kind = 0 ORDER BY id"))
          == QStringList{QStringLiteral("+49301234567"), QStringLiteral("+442079460018")});
    CHECK(rows(t.db(), QStringLiteral("SELECT value FROM contact_points WHERE kind = 1 ORDER BY id"))
              .first()
          == QLatin1String("ada@example.org"));
    CHECK(rows(t.db(),
               QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = "
                              "ct.tag_id WHERE ct.customer_id = 1 ORDER BY t.name"))
          == QStringList{QStringLiteral("math"), QStringLiteral("vip")});
    CHECK(count(t.db(), "SELECT count(*) FROM customer_tags WHERE customer_id = 3") == 2);
    CHECK(r.report.size() == 3);
    CHECK(r.report[0].outcome == RowOutcome::Created);
    CHECK(r.report[0].customerId == 1);
    CHECK(r.report[0].line == 2);
    // The head of the batch names the file, the mode and the counts; every row is recorded.
    auto head = HistoryService(t.db()).page(batchFilter(r.batch), 0, 1000);
    REQUIRE(head);
    REQUIRE_FALSE(head->isEmpty());
    const HistoryEntry &first = head->last();
    CHECK(first.isBatchHead());
    CHECK(first.entity == QLatin1String("import"));
    const QJsonObject d = first.changeObject();
    CHECK(d.value(QLatin1String("file")).toString() == QLatin1String("people.csv"));
    CHECK(d.value(QLatin1String("mode")).toString() == QLatin1String("upsert"));
    CHECK(d.value(QLatin1String("created")).toInteger() == 3);
}

TEST_CASE("The same file imported twice changes nothing the second time", "[import]")
{
    test::TempWorkspace t;
    REQUIRE(ok(Run{t}(people)).created == 3);
    const qint64 entries = count(t.db(), "SELECT count(*) FROM history");
    const CustomerImportResult again = ok(Run{t}(people));
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(again.batch == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM history") == entries);
    CHECK(count(t.db(), "SELECT count(*) FROM customers") == 3);
}

TEST_CASE("Updates change only what the row gives and are recorded with their old values",
          "[import]")
{
    test::TempWorkspace t;
    REQUIRE(ok(Run{t}(people)).created == 3);
    const QByteArray changes = "External id,Last name,First name,Phone,Stage,City\n"
                               "A1,Byron,,+49 170 1234567,active,\n" // new name and phone
                               "A2,,,,,\n"                           // gives nothing new
                               "A9,Newman,Max,,lead,\n";             // nobody: created
    const CustomerImportResult r = ok(Run{t}(changes));
    CHECK(r.updated == 1);
    CHECK(r.unchanged == 1);
    CHECK(r.created == 1);
    const ImportRowReport *updated = lineOf(r, 2);
    REQUIRE(updated);
    CHECK(updated->outcome == RowOutcome::Updated);
    CHECK(updated->customerId == 1);
    // Empty cells never blank: the first name stays, the old phone stays beside the new one.
    CHECK(rows(t.db(),
               QStringLiteral("SELECT first_name, last_name, stage FROM customers WHERE id = 1"))
          == QStringList{QStringLiteral("Ada|Byron|2")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT value FROM contact_points WHERE customer_id = 1 AND "
                              "kind = 0 ORDER BY id"))
          == QStringList{QStringLiteral("+49301234567"), QStringLiteral("+491701234567")});
    // The history holds the update in the batch with the old value, for a revert.
    auto entries = HistoryService(t.db()).page(batchFilter(r.batch), 0, 1000);
    REQUIRE(entries);
    bool sawName = false;
    for (const HistoryEntry &e : *entries) {
        if (e.entity == QLatin1String("customer") && e.operation == QLatin1String("update")
            && e.entityId == 1) {
            const QJsonArray lastName = e.changeObject().value(QLatin1String("last_name")).toArray();
            CHECK(lastName == QJsonArray{QStringLiteral("Lovelace"), QStringLiteral("Byron")});
            sawName = true;
        }
    }
    CHECK(sawName);
}

TEST_CASE("Create only leaves matched customers alone and update only rejects the unmatched",
          "[import]")
{
    test::TempWorkspace t;
    REQUIRE(ok(Run{t}(people)).created == 3);
    const QByteArray more = "External id,Last name,Stage\nA1,Changed,lost\nB7,Someone,lead\n";
    Run create{t};
    create.options.mode = ImportMode::Create;
    CustomerImportResult r = ok(create(more));
    CHECK(r.created == 1);
    CHECK(r.unchanged == 1);
    CHECK(rows(t.db(), QStringLiteral("SELECT last_name FROM customers WHERE id = 1"))
          == QStringList{QStringLiteral("Lovelace")});
    Run update{t};
    update.options.mode = ImportMode::Update;
    r = ok(update("External id,Last name\nA2,Turing-Smith\nZZ,Nobody\n"));
    CHECK(r.updated == 1);
    CHECK(r.rejected == 1);
    CHECK(lineOf(r, 3)->outcome == RowOutcome::Rejected);
    CHECK(count(t.db(), "SELECT count(*) FROM customers") == 4);
}

TEST_CASE("The import history counts customers as the import's report does", "[import][revert]")
{
    test::TempWorkspace t;
    // Three customers with e-mails, phones and tags: many more rows than customers.
    const CustomerImportResult first = ok(Run{t}(people));
    REQUIRE(first.created == 3);
    auto batches = BatchRevert(*t->door()).batches();
    REQUIRE(batches.ok());
    REQUIRE(batches->size() == 1);
    CHECK(batches->first().created > 3); // the rows: customers, contact points, tags...
    // (No translator is loaded here: the English plural forms come from rapport_en.ts.)
    const QString text = batches->first().countsText();
    CHECK(text.startsWith(QLatin1String("3 customer")));
    CHECK(text.endsWith(QLatin1String("created")));

    Run upsert{t};
    upsert.options.mode = ImportMode::Upsert;
    const CustomerImportResult second = ok(
        upsert("External id,Last name,E-mail\nA1,Lovelace-King,ada@example.org\nA2,Turing,\n"
               "B1,Noether,emmy@example.org\nB2,Nobody,not-an-address\n"));
    REQUIRE(second.created == 1);
    REQUIRE(second.updated == 1);
    REQUIRE(second.unchanged == 1);
    REQUIRE(second.rejected == 1);
    batches = BatchRevert(*t->door()).batches();
    REQUIRE(batches.ok());
    const QStringList parts = batches->first().countsText().split(QStringLiteral(", "));
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(0).startsWith(QLatin1String("1 customer")));
    CHECK(parts.at(1) == QLatin1String("1 updated"));
    CHECK(parts.at(2) == QLatin1String("1 unchanged"));
    CHECK(parts.at(3).startsWith(QLatin1String("1 row")));
    CHECK(parts.at(3).endsWith(QLatin1String("rejected")));
}

TEST_CASE("Bad cells reject their row with line, column and reason, the rest goes in", "[import]")
{
    test::TempWorkspace t;
    const QByteArray csv = "Name,E-mail,Phone,Acquired on,Stage\n"
                           "Ada Lovelace,ada@example.org,030 1234567,2024-03-07,active\n"
                           "Bad Mail,not-an-address,,,\n"
                           "Bad Phone,,12,,\n"
                           "Bad Date,,,31.02.2024,\n"
                           "Bad Stage,,,,sleeping\n"
                           ",,,,\n"
                           "\"Lovelace, Ada\"\n";
    const CustomerImportResult r = ok(Run{t}(csv));
    CHECK(r.created == 2);
    CHECK(r.rejected == 5);
    CHECK(r.rows == 7);
    const auto rejected = [&](qint64 line, const char *column) {
        const ImportRowReport *row = lineOf(r, line);
        REQUIRE(row);
        CHECK(row->outcome == RowOutcome::Rejected);
        CHECK(row->column == QLatin1String(column));
        CHECK_FALSE(row->reason.isEmpty());
    };
    rejected(3, "E-mail");
    rejected(4, "Phone");
    rejected(5, "Acquired on");
    rejected(6, "Stage");
    rejected(7, "");
    // The full name is split into first and last name.
    CHECK(
        rows(t.db(),
             QStringLiteral("SELECT first_name, last_name, acquired_on FROM customers "
                            "ORDER BY id"))
        == QStringList{QStringLiteral("Ada|Lovelace|2024-03-07"), QStringLiteral("Ada|Lovelace|")});
    // The report as CSV.
    const QByteArray report = r.reportCsv();
    CHECK(report.startsWith("Line,Column,Outcome,Reason,Customer id\r\n2,,created,,1\r\n"));
    CHECK(report.contains("\r\n3,E-mail,rejected,"));
}

TEST_CASE("A possible number libphonenumber does not know as valid goes in, an impossible one not",
          "[import][phone]")
{
    test::TempWorkspace t;
    // +49 31 99231034: a German number of a possible length in a range not in use, as address
    // books hold them; +49 12 is too short for any German number; the third is valid.
    const QByteArray csv = "Name,Phone\n"
                           "Possible Number,+493199231034\n"
                           "Short Number,+4912\n"
                           "Valid Number,+49 30 1234567\n";
    REQUIRE_FALSE(PhoneNormalizer(QStringLiteral("DE")).toE164(QStringLiteral("+493199231034")));
    const CustomerImportResult r = ok(Run{t}(csv));
    CHECK(r.created == 2);
    CHECK(r.rejected == 1);
    const ImportRowReport *shortRow = lineOf(r, 3);
    REQUIRE(shortRow);
    CHECK(shortRow->outcome == RowOutcome::Rejected);
    CHECK(shortRow->column == QLatin1String("Phone"));
    CHECK(rows(t.db(), QStringLiteral("SELECT value FROM contact_points WHERE kind = 0 ORDER BY id"))
          == QStringList{QStringLiteral("+493199231034"), QStringLiteral("+49301234567")});
    // Typed by a user, the same number is still refused: only imports are lenient.
    CHECK_FALSE(t->phones().toE164(QStringLiteral("+493199231034")));
}

TEST_CASE("Rows that match each other or two customers are rejected, naming why", "[import]")
{
    test::TempWorkspace t;
    REQUIRE(ok(Run{t}(people)).created == 3);
    const QByteArray csv = "External id,E-mail,Last name\n"
                           "A1,alan@example.org,Mixed\n"  // A1 is Ada, the e-mail Alan's
                           "N1,new@example.org,First\n"   // new
                           "N2,NEW@example.org,Second\n"; // the same e-mail as line 3
    const CustomerImportResult r = ok(Run{t}(csv));
    CHECK(r.rejected == 2);
    CHECK(r.created == 1);
    CHECK(lineOf(r, 2)->reason.contains(QLatin1String("two different customers")));
    CHECK(lineOf(r, 4)->reason.contains(QLatin1String("line 3")));
    // Matching on phones is chosen, not default.
    Run byPhone{t};
    REQUIRE(byPhone.options.setMatchKeys(u"phone").ok());
    const CustomerImportResult p = ok(byPhone("Phone,Notes\n+49 30 1234567,called\n"));
    CHECK(p.updated == 1);
    CHECK(lineOf(p, 2)->customerId == 1);
    CHECK_FALSE(CustomerImportOptions().setMatchKeys(u"email,fax").ok());
}

TEST_CASE("A dry run says exactly what a run does and writes nothing", "[import]")
{
    test::TempWorkspace t;
    Run dry{t};
    dry.dry = true;
    const qint64 entries = count(t.db(), "SELECT count(*) FROM history");
    const CustomerImportResult plan = ok(dry(people));
    CHECK(plan.dryRun);
    CHECK(plan.created == 3);
    CHECK(plan.batch == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM customers") == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM history") == entries);
    const CustomerImportResult done = ok(Run{t}(people));
    CHECK(done.created == plan.created);
    REQUIRE(done.report.size() == plan.report.size());
    for (std::size_t i = 0; i < done.report.size(); ++i)
        CHECK(done.report[i].outcome == plan.report[i].outcome);
}

TEST_CASE("A cancelled import leaves the database as it was, row by row and in bulk", "[import]")
{
    for (const qint64 threshold : {qint64(1'000'000), qint64(1)}) {
        test::TempWorkspace t;
        REQUIRE(ok(Run{t}(people)).created == 3);
        const qint64 entries = count(t.db(), "SELECT count(*) FROM history");
        QByteArray csv = "External id,First name,Last name\nA1,Ada,Byron\n";
        for (int i = 0; i < 3000; ++i)
            csv += "K" + QByteArray::number(i) + ",Max,Muster" + QByteArray::number(i) + "\n";
        Run run{t};
        run.bulkThreshold = threshold;
        int calls = 0;
        bool wrote = false;
        run.progress = [&](qint64 done, qint64 total) {
            wrote = wrote || done * 10 > total * 8;
            return !(wrote && ++calls > 1);
        };
        const auto r = run(csv);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind() == Error::Kind::Cancelled);
        CHECK(count(t.db(), "SELECT count(*) FROM customers") == 3);
        CHECK(rows(t.db(), QStringLiteral("SELECT last_name FROM customers WHERE id = 1"))
              == QStringList{QStringLiteral("Lovelace")});
        CHECK(count(t.db(), "SELECT count(*) FROM history") == entries);
        // The door still records afterwards.
        REQUIRE(ok(Run{t}("External id,Last name\nA1,Byron\n")).updated == 1);
        CHECK(count(t.db(), "SELECT count(*) FROM history") > entries);
    }
}

TEST_CASE("A large import goes through the bulk loader as one batch with id ranges and recorded "
          "updates",
          "[import]")
{
    test::TempWorkspace t;
    REQUIRE(ok(Run{t}(people)).created == 3);
    QByteArray csv = "External id,First name,Last name,Phone,E-mail,Tags,City\n"
                     "A1,Ada,Byron,,,,\n";
    for (int i = 0; i < 200; ++i)
        csv += "K" + QByteArray::number(i) + ",Max,Muster" + QByteArray::number(i) + ",030 5550"
               + QByteArray::number(1000 + i) + ",max" + QByteArray::number(i)
               + "@example.org,new ::: vip,Köln\n";
    Run run{t};
    run.bulkThreshold = 10;
    const CustomerImportResult r = ok(run(csv));
    CHECK(r.created == 200);
    CHECK(r.updated == 1);
    CHECK(lineOf(r, 3)->customerId == 4);
    auto entries = HistoryService(t.db()).page(batchFilter(r.batch), 0, 1000);
    REQUIRE(entries);
    const HistoryEntry &head = entries->last();
    CHECK(head.isBatchHead());
    const QJsonObject d = head.changeObject();
    CHECK(d.value(QLatin1String("bulk")).toBool());
    const QJsonObject ids = d.value(QLatin1String("ids")).toObject();
    CHECK(ids.value(QLatin1String("customers")).toArray() == QJsonArray{4, 203});
    CHECK(ids.value(QLatin1String("contact_points")).toArray().size() == 2);
    CHECK(ids.value(QLatin1String("tags")).toArray() == QJsonArray{5, 5}); // "new"; vip existed
    // The update of customer 1 is recorded row by row in the same batch.
    bool sawUpdate = false;
    for (const HistoryEntry &e : *entries)
        sawUpdate = sawUpdate || (e.entity == QLatin1String("customer") && e.entityId == 1);
    CHECK(sawUpdate);
    // The new customers are found by the search and their phone keys.
    CHECK(count(t.db(),
                "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'muster150'")
          == 1);
    CHECK(count(t.db(), "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'byron'")
          == 1);
    CHECK(count(t.db(), "SELECT count(*) FROM contact_points WHERE phone_key IS NOT NULL") == 202);
    auto broken = HistoryService(t.db()).verify();
    REQUIRE(broken.ok());
    CHECK_FALSE(broken->has_value());
    // Twice: nothing changes.
    const CustomerImportResult again = ok(run(csv));
    CHECK(again.unchanged == 201);
    CHECK(again.batch == 0);
}

TEST_CASE("Google and Outlook exports import with their labels, companies and groups", "[import]")
{
    test::TempWorkspace t;
    const QByteArray google
        = "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
          "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Name,"
          "Address 1 - Type,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,"
          "Address 1 - Country\n"
          "Ada Lovelace,Ada,Lovelace,* myContacts ::: Friends ::: VIP,* Home,ada@example.org,"
          "Mobile,+49 171 2345678,Work,030 1234567,,Home,Unter den Linden 1,Berlin,10117,"
          "Germany\n"
          ",,,* myContacts,,info@acme.example,,,,,Acme GmbH,,,,,\n";
    const CustomerImportResult g = ok(Run{t}(google));
    CHECK(g.created == 2);
    CHECK(rows(t.db(), QStringLiteral("SELECT kind, name FROM customers ORDER BY id"))
          == QStringList{QStringLiteral("0|Ada Lovelace"), QStringLiteral("1|Acme GmbH")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT kind, label, value FROM contact_points WHERE "
                              "customer_id = 1 ORDER BY kind, id"))
          == QStringList{QStringLiteral("0|2|+491712345678"),
                         QStringLiteral("0|0|+49301234567"),
                         QStringLiteral("1|1|ada@example.org"),
                         QStringLiteral("2|1|Unter den Linden 1, 10117 Berlin, DE")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = "
                              "ct.tag_id WHERE customer_id = 1 ORDER BY t.name"))
          == QStringList{QStringLiteral("Friends"), QStringLiteral("VIP")});

    const QByteArray outlook = "First Name,Last Name,Company,E-mail Address,Business Phone,"
                               "Mobile Phone,Business City,Business Country/Region,Categories\n"
                               "Jean,Dupont,,jean@example.fr,01 42 68 53 00,06 12 34 56 78,Paris,"
                               "France,Kunde;Paris\n";
    const CustomerImportResult o = ok(Run{t}(outlook));
    CHECK(o.created == 1);
    // The numbers are read in the row's country.
    CHECK(rows(t.db(),
               QStringLiteral("SELECT label, value FROM contact_points WHERE customer_id = "
                              "3 AND kind = 0 ORDER BY id"))
          == QStringList{QStringLiteral("0|+33142685300"), QStringLiteral("2|+33612345678")});
}

TEST_CASE("German and French sheets with semicolons import", "[import]")
{
    test::TempWorkspace t;
    const QByteArray german = "Vorname;Nachname;Firma;E-Mail;Telefon;Straße;PLZ;Ort;Land\n"
                              "Jürgen;Müller;;j.mueller@example.de;0221 123456;Domstraße 1;50667;"
                              "Köln;Deutschland\n";
    CHECK(ok(Run{t}(german)).created == 1);
    const QByteArray french
        = "Prénom;Nom;Société;Courriel;Téléphone;Adresse;Code postal;Ville;Pays\n"
          "Élodie;Lefèvre;;elodie@example.fr;01 42 68 53 00;3 rue de Rivoli;"
          "75001;Paris;France\n";
    CHECK(ok(Run{t}(french)).created == 1);
    CHECK(rows(t.db(), QStringLiteral("SELECT name FROM customers ORDER BY id"))
          == QStringList{QStringLiteral("Jürgen Müller"), QStringLiteral("Élodie Lefèvre")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT country FROM contact_points WHERE kind = 2 ORDER BY id"))
          == QStringList{QStringLiteral("DE"), QStringLiteral("FR")});
}

TEST_CASE("Files that cannot be imported are refused with one sentence", "[import]")
{
    CHECK_FALSE(io::ImportSource::fromBytes("", QStringLiteral("e.csv")).ok());
    CHECK_FALSE(io::ImportSource::fromBytes("   \n\n", QStringLiteral("e.csv")).ok());
    const auto header = io::ImportSource::fromBytes("Name,E-mail\n", QStringLiteral("h.csv"));
    REQUIRE_FALSE(header.ok());
    CHECK(header.error().message().contains(QLatin1String("no rows")));
    QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const auto png = io::ImportSource::fromBytes(binary, QStringLiteral("p.csv"));
    REQUIRE_FALSE(png.ok());
    CHECK(png.error().message().contains(QLatin1String("not a text file")));
    // A header repeated in the file is a rejected row, not a customer.
    test::TempWorkspace t;
    const CustomerImportResult r = ok(Run{t}("Name,E-mail\nAda Lovelace,a@example.org\n"
                                             "Name,E-mail\nAlan Turing,t@example.org\n"));
    CHECK(r.created == 2);
    CHECK(r.rejected == 1);
    CHECK(lineOf(r, 3)->outcome == RowOutcome::Rejected);
}

TEST_CASE("The fast phone path gives exactly what libphonenumber gives", "[import][phone]")
{
    // Numbers of many countries in the forms people write, their last digits varied, some a
    // digit short or long: every one must come out as PhoneNormalizer says (or be refused).
    const char *const bases[] = {"+49 30 1234567",
                                 "+49 171 2345678",
                                 "0221 123456",
                                 "089 1234567",
                                 "030/12345678",
                                 "0170-1234567",
                                 "+44 20 7946 0018",
                                 "07700 900123",
                                 "+33 1 42 68 53 00",
                                 "06 12 34 56 78",
                                 "+1 212 555 0100",
                                 "(415) 555-2671",
                                 "+39 06 1234 5678",
                                 "+39 347 123 4567",
                                 "+34 912 345 678",
                                 "+31 20 123 4567",
                                 "+43 1 234567",
                                 "+41 44 668 18 00",
                                 "+32 2 123 45 67",
                                 "+48 22 123 45 67",
                                 "+46 8 123 456 78",
                                 "+81 3-1234-5678",
                                 "+91 98765 43210",
                                 "+61 2 1234 5678",
                                 "+7 495 123-45-67",
                                 "8 495 123-45-67",
                                 "+55 11 91234-5678",
                                 "+86 10 1234 5678",
                                 "+353 1 234 5678",
                                 "+45 32 12 34 56",
                                 "+47 22 12 34 56",
                                 "+420 212 345 678",
                                 // A national prefix after the calling code, as people write
                                 // it; random digits after "+1" start with 1 one time in ten.
                                 "+44 020 7946 0018",
                                 "+49 030 1234567",
                                 "+33 06 12 34 56 78",
                                 "+1 123 456 7890",
                                 "+1 1 212 555 0100",
                                 "+7 8 495 123 4567",
                                 "+61 02 1234 5678",
                                 "+81 03 1234 5678",
                                 "+31 020 123 4567",
                                 "+91 0 98765 43210",
                                 "+46 08 123 456 78",
                                 "+1 1 415 555 2671",
                                 "+44 0 7700 900123",
                                 "+49 0171 2345678",
                                 // National prefixes for parsing that are patterns with groups.
                                 "+55 021 1234 5678",
                                 "+55 9021 1234 5678",
                                 "+61 1831 234 567",
                                 "+61 4 1234 5678"};
    const char *const regions[] = {"DE", "FR", "US", "GB", "IT", "RU", "CH", "AU", "BR"};
    FastPhoneNormalizer fast;
    quint32 seed = 12345;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    int compared = 0;
    int possible = 0;
    for (int round = 0; round < 400; ++round) {
        for (const char *base : bases) {
            QString text = QString::fromLatin1(base);
            // Vary up to five of the last digits.
            int changed = 0;
            for (qsizetype i = text.size() - 1; i >= 0 && changed < 5; --i) {
                if (text[i].isDigit()) {
                    if (round > 0)
                        text[i] = QChar(u'0' + char16_t(next() % 10));
                    ++changed;
                }
            }
            if (round % 7 == 3)
                text.append(QChar(u'0' + char16_t(next() % 10)));
            if (round % 11 == 5)
                text.chop(1);
            const QString region = QLatin1String(regions[next() % std::size(regions)]);
            // Both checks: valid numbers only, and possible ones too (what imports take).
            for (const auto check :
                 {PhoneNormalizer::Check::Valid, PhoneNormalizer::Check::Possible}) {
                const Result<QString> expected
                    = PhoneNormalizer(region).toE164(text, QStringLiteral("phone"), check);
                const Result<QString> got
                    = fast.toE164(text, region, QStringLiteral("phone"), check);
                INFO(text.toStdString()
                     << " in " << region.toStdString() << ", check " << int(check));
                REQUIRE(expected.ok() == got.ok());
                if (expected)
                    REQUIRE(*expected == *got);
                else
                    REQUIRE(expected.error().message() == got.error().message());
                if (check == PhoneNormalizer::Check::Possible && expected)
                    ++possible;
            }
            ++compared;
        }
    }
    CHECK(compared == 400 * int(std::size(bases)));
    CHECK(possible > compared / 2);
    // Most took the fast path (else this test proves nothing about it).
    CHECK(fast.fast() > compared / 2);
}

#ifdef RAPPORT_CLI_PATH
TEST_CASE("rapport-cli import customers imports, reports, dry-runs and refuses bad files",
          "[import][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(csv, people + "Bad,Mail,not-mail,,,,,B1\n");
    const auto cli = [&](QStringList args, int expected) {
        QProcess p;
        args << QStringLiteral("--db") << db;
        p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
        REQUIRE(p.waitForFinished(120'000));
        INFO(p.readAllStandardError().toStdString());
        CHECK(p.exitCode() == expected);
        return p.readAllStandardOutput();
    };
    const QString report = dir.filePath(QStringLiteral("report.csv"));
    const QString mapping = dir.filePath(QStringLiteral("mapping.json"));
    QByteArray output = cli({QStringLiteral("import"),
                             QStringLiteral("customers"),
                             csv,
                             QStringLiteral("--dry-run"),
                             QStringLiteral("--json")},
                            0);
    QJsonObject summary = QJsonDocument::fromJson(output).object();
    CHECK(summary.value(QLatin1String("dry_run")).toBool());
    CHECK(summary.value(QLatin1String("created")).toInteger() == 3);
    CHECK(summary.value(QLatin1String("rejected")).toInteger() == 1);
    output = cli({QStringLiteral("import"),
                  QStringLiteral("customers"),
                  csv,
                  QStringLiteral("--json"),
                  QStringLiteral("--report"),
                  report,
                  QStringLiteral("--save-mapping"),
                  mapping},
                 0);
    summary = QJsonDocument::fromJson(output).object();
    CHECK(summary.value(QLatin1String("created")).toInteger() == 3);
    CHECK(summary.value(QLatin1String("batch")).toInteger() > 0);
    QFile r(report);
    REQUIRE(r.open(QIODevice::ReadOnly));
    const QByteArray reportText = r.readAll();
    CHECK(reportText.startsWith("Line,Column,Outcome,Reason,Customer id"));
    CHECK(reportText.contains("5,E-mail,rejected,"));
    // Again with the saved mapping: all unchanged.
    output = cli({QStringLiteral("import"),
                  QStringLiteral("customers"),
                  csv,
                  QStringLiteral("--json"),
                  QStringLiteral("--mapping"),
                  mapping,
                  QStringLiteral("--match"),
                  QStringLiteral("external-id")},
                 0);
    summary = QJsonDocument::fromJson(output).object();
    CHECK(summary.value(QLatin1String("unchanged")).toInteger() == 3);
    CHECK(summary.value(QLatin1String("batch")).toInteger() == 0);
    // Wrong files and options: exit 2 or 1, nothing written.
    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    write(empty, "");
    cli({QStringLiteral("import"), QStringLiteral("customers"), empty}, 2);
    const QString headerOnly = dir.filePath(QStringLiteral("header.csv"));
    write(headerOnly, "Name,E-mail\r\n");
    cli({QStringLiteral("import"), QStringLiteral("customers"), headerOnly}, 2);
    cli({QStringLiteral("import"),
         QStringLiteral("customers"),
         csv,
         QStringLiteral("--mode"),
         QStringLiteral("merge")},
        1);
}
#endif

TEST_CASE("A vCard file imports with its phones, e-mails, addresses and categories", "[import]")
{
    test::TempWorkspace t;
    const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\n"
                           "TEL;TYPE=CELL:+49 171 2345678\r\nTEL;TYPE=WORK,VOICE:030 1234567\r\n"
                           "EMAIL;TYPE=INTERNET,HOME:ada@example.org\r\n"
                           "ADR;TYPE=HOME:;;Unter den Linden 1;Berlin;;10117;Germany\r\n"
                           "CATEGORIES:Friends,VIP\r\nUID:urn:uuid:ada-1\r\nEND:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Acme GmbH\r\nORG:Acme GmbH\r\n"
                           "EMAIL:info@acme.example\r\nEND:VCARD\r\n";
    const io::ImportSource s = source(vcf, QStringLiteral("contacts.vcf"));
    CHECK(s.format() == io::ImportSource::Format::VCard);
    CustomerImport import(*t->door());
    const CustomerImportResult r = ok(
        import.run(s, io::suggestMapping(s.headers()), CustomerImportOptions()));
    CHECK(r.created == 2);
    CHECK(lineOf(r, 1));
    CHECK(rows(t.db(), QStringLiteral("SELECT kind, name, external_key FROM customers ORDER BY id"))
          == QStringList{QStringLiteral("0|Ada Lovelace|urn:uuid:ada-1"),
                         QStringLiteral("1|Acme GmbH|")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT kind, label, value FROM contact_points WHERE "
                              "customer_id = 1 ORDER BY kind, id"))
          == QStringList{QStringLiteral("0|2|+491712345678"),
                         QStringLiteral("0|0|+49301234567"),
                         QStringLiteral("1|1|ada@example.org"),
                         QStringLiteral("2|1|Unter den Linden 1, 10117 Berlin, DE")});
    CHECK(count(t.db(), "SELECT count(*) FROM customer_tags WHERE customer_id = 1") == 2);
    // Twice: unchanged.
    const CustomerImportResult again = ok(
        import.run(s, io::suggestMapping(s.headers()), CustomerImportOptions()));
    CHECK(again.unchanged == 2);
}

TEST_CASE("A vCard whose N lacks a part takes the name from FN", "[import][vcard]")
{
    test::TempWorkspace t;
    // Phones write N with only the given name (or only the family name) and the whole name in FN.
    const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Ada;;;\r\nFN:Ada Lovelace\r\n"
                           "END:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Turing;;;;\r\nFN:Alan M. Turing\r\n"
                           "END:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Grace;;;\r\nFN:Hopper, Grace\r\n"
                           "END:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Emmy;;;\r\nFN:Emmy\r\n"
                           "END:VCARD\r\n";
    const io::ImportSource s = source(vcf, QStringLiteral("phone.vcf"));
    CustomerImport import(*t->door());
    const CustomerImportResult r = ok(
        import.run(s, io::suggestMapping(s.headers()), CustomerImportOptions()));
    CHECK(r.created == 4);
    CHECK(rows(t.db(),
               QStringLiteral("SELECT first_name, last_name, name FROM customers ORDER BY id"))
          == QStringList{QStringLiteral("Ada|Lovelace|Ada Lovelace"),
                         QStringLiteral("Alan M.|Turing|Alan M. Turing"),
                         QStringLiteral("Grace|Hopper|Grace Hopper"),
                         QStringLiteral("Emmy||Emmy")});
}

TEST_CASE("A damaged CSV record is a rejected row at its line, the rest goes in", "[import]")
{
    test::TempWorkspace t;
    const CustomerImportResult r = ok(Run(t)("Name,E-mail\n"
                                             "Ada Lovelace,ada@example.org\n"
                                             "Broken \"quote,x@example.org\n"
                                             "Alan Turing,alan@example.org\n"));
    CHECK(r.created == 2);
    CHECK(r.rejected == 1);
    const ImportRowReport *broken = lineOf(r, 3);
    REQUIRE(broken);
    CHECK(broken->outcome == RowOutcome::Rejected);
    CHECK_FALSE(broken->reason.isEmpty());
}

namespace {

const QByteArray staff = "Kind,Organisation,First name,Last name,E-mail\n"
                         "person,Acme GmbH,Ada,Lovelace,ada@example.org\n"
                         "organisation,ACME GmbH,,,\n"
                         "person,Initech,Peter,Gibbons,peter@example.org\n"
                         "person,initech,Milton,Waddams,milton@example.org\n"
                         "person,,Grace,Hopper,grace@example.org\n";

// "person name -> organisation name" of every works_at link.
QStringList worksAt(Database &db)
{
    return rows(db,
                QStringLiteral("SELECT p.name || ' -> ' || o.name FROM relationships r"
                               " JOIN customers p ON p.id = r.from_id"
                               " JOIN customers o ON o.id = r.to_id"
                               " WHERE r.kind = 0 ORDER BY p.name"));
}

void checkStaff(Database &db, const CustomerImportResult &r)
{
    CHECK(r.created == 5); // the rows; Initech is made for the cells
    CHECK(r.organisations == 1);
    CHECK(r.links == 3);
    CHECK(r.rejected == 0);
    CHECK(worksAt(db)
          == QStringList{QStringLiteral("Ada Lovelace -> ACME GmbH"),
                         QStringLiteral("Milton Waddams -> Initech"),
                         QStringLiteral("Peter Gibbons -> Initech")});
    CHECK(count(db, "SELECT count(*) FROM customers WHERE kind = 1") == 2);
}

} // namespace

TEST_CASE("A person's Organisation cell links the person to that organisation, made when missing",
          "[import]")
{
    const bool bulk = GENERATE(false, true);
    CAPTURE(bulk);
    test::TempWorkspace t;
    Run run{t};
    run.bulkThreshold = bulk ? 1 : 5000;
    const CustomerImportResult r = ok(run(staff));
    checkStaff(t.db(), r);
    CHECK(lineOf(r, 3)->outcome == RowOutcome::Created);
    auto entries = HistoryService(t.db()).page(batchFilter(r.batch), 0, 1000);
    REQUIRE(entries);
    const QJsonObject d = entries->last().changeObject();
    CHECK(d.value(QLatin1String("organisations")).toInt() == 1);
    if (bulk) {
        // The ranges name the made organisation (after the rows' customers) and the links.
        const QJsonObject ids = d.value(QLatin1String("ids")).toObject();
        CHECK(ids.value(QLatin1String("customers")).toArray() == QJsonArray{1, 6});
        CHECK(ids.value(QLatin1String("relationships")).toArray() == QJsonArray{1, 3});
        CHECK(count(t.db(),
                    "SELECT count(*) FROM customer_search WHERE customer_search MATCH "
                    "'initech'")
              >= 1);
    }
    // The customer list shows the person's organisation.
    CHECK(rows(t.db(),
               QStringLiteral("SELECT org_name FROM customer_list WHERE name = 'Peter Gibbons'"))
          == QStringList{QStringLiteral("Initech")});

    // The same file again: every row unchanged, nothing made, no link twice.
    const CustomerImportResult again = ok(run(staff));
    CHECK(again.unchanged == 5);
    CHECK(again.organisations == 0);
    CHECK(again.links == 0);
    CHECK(again.batch == 0);
    checkStaff(t.db(), r);
    // A revert takes the people, the organisations and the links away again.
    REQUIRE(BatchRevert(*t->door()).revert(r.batch, {}).ok());
    CHECK(count(t.db(), "SELECT count(*) FROM customers") == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM relationships") == 0);
}

TEST_CASE("An update links a matched person to the organisation and keeps the other links",
          "[import]")
{
    const bool bulk = GENERATE(false, true);
    CAPTURE(bulk);
    test::TempWorkspace t;
    Run run{t};
    REQUIRE(ok(run(staff)).created == 5);
    // Grace had no organisation; Ada moves on to Initech (the link to Acme stays); new people
    // come so the bulk path is taken.
    QByteArray csv = "Organisation,First name,Last name,E-mail\n"
                     "Initech,Grace,Hopper,grace@example.org\n"
                     "Initech,Ada,Lovelace,ada@example.org\n"
                     "Acme GmbH,Bob,Brandt,bob@example.org\n";
    run.bulkThreshold = bulk ? 1 : 5000;
    const CustomerImportResult r = ok(run(csv));
    CHECK(r.updated == 2);
    CHECK(r.created == 1);
    CHECK(r.organisations == 0);
    CHECK(r.links == 3);
    REQUIRE(lineOf(r, 2) != nullptr);
    CHECK(lineOf(r, 2)->outcome == RowOutcome::Updated);
    CHECK(worksAt(t.db())
          == QStringList{QStringLiteral("Ada Lovelace -> ACME GmbH"),
                         QStringLiteral("Ada Lovelace -> Initech"),
                         QStringLiteral("Bob Brandt -> ACME GmbH"),
                         QStringLiteral("Grace Hopper -> Initech"),
                         QStringLiteral("Milton Waddams -> Initech"),
                         QStringLiteral("Peter Gibbons -> Initech")});
    auto broken = HistoryService(t.db()).verify();
    REQUIRE(broken.ok());
    CHECK_FALSE(broken->has_value());
    CHECK(ok(run(csv)).unchanged == 3);
}

TEST_CASE("An organisation row without e-mail or external id matches the organisation by name",
          "[import]")
{
    test::TempWorkspace t;
    Run run{t};
    const QByteArray csv = "Kind,Organisation,Web\n"
                           "organisation,Acme GmbH,https://acme.example\n";
    REQUIRE(ok(run(csv)).created == 1);
    const CustomerImportResult again = ok(run("Kind,Organisation,City\n"
                                              "organisation,acme gmbh,Berlin\n"));
    CHECK(again.updated == 1);
    CHECK(again.created == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM customers") == 1);
    // Twice in one file: the second row is the first one's customer.
    const CustomerImportResult twice = ok(run("Kind,Organisation\n"
                                              "organisation,Initech\n"
                                              "organisation,INITECH\n"));
    CHECK(twice.created == 1);
    CHECK(twice.rejected == 1);
    // Matched by phone only, names are not keys.
    run.options.matchEmail = false;
    run.options.matchExternalId = false;
    run.options.matchPhone = true;
    CHECK(ok(run(csv)).created == 1);
}

TEST_CASE("A bulk import's customer list rows are exactly what a rebuild gives", "[import][list]")
{
    test::TempWorkspace t;
    const auto list = [&t] {
        return rows(t.db(), QStringLiteral("SELECT * FROM customer_list ORDER BY id"))
               + rows(t.db(),
                      QStringLiteral("SELECT * FROM customer_list_counts"
                                     " ORDER BY stage, kind, owner_id, tag_bits"));
    };
    const auto rebuilt = [&t] {
        const QDate asOf = QDate::fromString(
            rows(t.db(), QStringLiteral("SELECT as_of FROM customer_list_state")).value(0),
            Qt::ISODate);
        REQUIRE(CustomerListRepository::rebuild(t.db(), asOf).ok());
    };
    // Persons and organisations, tags, several phones and cities, folded cities, empty cells.
    const auto file = [](int from, int to) {
        QByteArray csv = "External id,First name,Last name,Company,Phone,Mobile,E-mail,Tags,City\n";
        const char *cities[] = {"Köln", "  São  Paulo ", "", "ÅLESUND", "Zürich"};
        for (int i = from; i < to; ++i) {
            const QByteArray n = QByteArray::number(i);
            const bool company = i % 4 == 0;
            // Organisations: named by a person only (made for the name), organisation rows
            // (i % 12 == 0) and people who work at one of those, written in capitals now and
            // then (in the second file they are organisations that are there already).
            const QByteArray firma = i % 3 == 0   ? "Firma " + n
                                     : i % 6 == 2 ? "Firma " + QByteArray::number(i / 12 * 12 % 120)
                                     : i % 6 == 5 ? "FIRMA " + QByteArray::number(i / 12 * 12 % 120)
                                                  : QByteArray();
            csv += "K" + n + "," + (company ? QByteArray(",,") : "Max,Müller" + n + ",") + firma
                   + "," + (i % 5 == 0 ? QByteArray() : "030 5550" + QByteArray::number(1000 + i))
                   + "," + (i % 2 == 0 ? "0171 55" + QByteArray::number(10000 + i) : QByteArray())
                   + "," + (i % 7 == 0 ? QByteArray() : "m" + n + "@example.org") + ","
                   + (i % 3 == 1   ? "vip ::: Neu"
                      : i % 3 == 2 ? "b2b"
                                   : "")
                   + "," + cities[i % 5] + "\n";
        }
        return csv;
    };
    Run run{t};
    run.bulkThreshold = 10;
    const int rebuilds = CustomerListRepository::rebuilds();
    const CustomerImportResult first = ok(run(file(0, 120)));
    REQUIRE(first.created >= 90); // companies without a name are rejected
    // The writer brought every list row, the people's organisations included.
    CHECK(CustomerListRepository::rebuilds() == rebuilds);
    CHECK(count(t.db(), "SELECT count(*) FROM customer_list WHERE org_id IS NOT NULL") > 30);
    const QStringList supplied = list();
    // The rows and the organisations their Company cells made.
    CHECK(count(t.db(), "SELECT count(*) FROM customer_list")
          == first.created + first.organisations);
    CHECK(count(t.db(), "SELECT count(*) FROM customer_list WHERE city_key = 'sao paulo'") > 0);
    CHECK(count(t.db(), "SELECT count(*) FROM customer_list WHERE tag_bits <> 0") > 0);
    rebuilt();
    CHECK(list() == supplied);
    // Into a database that has customers: the new rows are added beside the old ones.
    const CustomerImportResult second = ok(run(file(120, 300)));
    REQUIRE(second.created >= 130);
    CHECK(second.links > 60);
    CHECK(CustomerListRepository::rebuilds() == rebuilds + 1); // the test's own rebuild
    const QStringList added = list();
    rebuilt();
    CHECK(list() == added);
}

TEST_CASE("An address cell that says less than the stored address adds no second address",
          "[import]")
{
    // The user trial: the list exported with only its City column, imported again, gave every
    // customer an extra address holding just the city.
    test::TempWorkspace t;
    Run run{t};
    CHECK(ok(run("Name,E-mail,Street,Postal code,City\n"
                 "Ada Lovelace,ada@example.org,Hauptstraße 5,10115,Berlin\n"))
              .created
          == 1);
    const CustomerImportResult cityOnly = ok(run("Name,E-mail,City\n"
                                                 "Ada Lovelace,ada@example.org,BERLIN\n"));
    CHECK(cityOnly.unchanged == 1);
    CHECK(cityOnly.updated == 0);
    // Another city is another address.
    const CustomerImportResult moved = ok(run("Name,E-mail,City\n"
                                              "Ada Lovelace,ada@example.org,Hamburg\n"));
    CHECK(moved.updated == 1);
    CHECK(count(t.db(), "SELECT count(*) FROM contact_points WHERE kind = 2") == 2);
}
