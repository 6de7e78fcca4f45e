// The customer import (issue 12): modes, matching, rejected rows with their line and column,
// idempotence, dry runs, cancels, bulk loads, the batch in the history. The mapping, the files it
// reads, the organisation links, the fast phone path and the CLI have files of their own
// (test_importmapping, test_importsource, test_customerimportlinks, test_fastphone,
// test_customerimportcli).
#include "core/services/batchrevert.h"
#include "core/storage/customerlistrepository.h"
#include "tests/core/customerimportfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::customerimport;
using io::ImportTarget;

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
