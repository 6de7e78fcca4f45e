// The customer import's reading on several threads (core/services/customerimportread.h): the
// rows are read in pieces on worker threads and matched in file order, so an import on one
// thread and on several gives the same report, the same ids and the same database.
#include "core/io/importmapping.h"
#include "core/io/importsource.h"
#include "core/services/customerimport.h"
#include "tests/support/tempworkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
        out << values.join(u'|');
    }
    return out;
}

// Everything an import writes, table by table, in a fixed order.
QStringList dump(Database &db)
{
    QStringList out;
    for (const char *sql :
         {"SELECT * FROM customers ORDER BY id",
          "SELECT * FROM contact_points ORDER BY id",
          "SELECT * FROM relationships ORDER BY id",
          "SELECT * FROM tags ORDER BY id",
          "SELECT * FROM customer_tags ORDER BY customer_id, tag_id",
          "SELECT * FROM customer_list ORDER BY id",
          "SELECT * FROM customer_list_counts"
          " ORDER BY stage, kind, owner_id, tag_bits",
          "SELECT rowid, * FROM customer_search ORDER BY rowid",
          "SELECT * FROM customer_name_terms ORDER BY term",
          "SELECT id, batch, operation, entity, entity_id, customer_id, changes FROM history"
          " ORDER BY id"}) {
        out << QString::fromLatin1(sql);
        out << rows(db, QString::fromLatin1(sql));
    }
    return out;
}

// A file with a bit of everything, `n` rows: people and organisations, people who work at
// one, a record spread over lines by a quoted line break, tags, bad phone numbers and dates,
// the same e-mail twice, a repeated header, a damaged record; from `from` on the e-mails of an
// earlier file come back with a change (updates).
QByteArray file(int n, int changedFrom = -1)
{
    const QByteArray header = "External id,First name,Last name,Company,Phone,E-mail,City,Country,"
                              "Tags,Notes,Acquired on\n";
    QByteArray csv = header;
    for (int i = 0; i < n; ++i) {
        const QByteArray k = QByteArray::number(i);
        const bool organisation = i % 10 == 0;
        const bool changed = changedFrom >= 0 && i >= changedFrom;
        csv += (i % 3 == 0 ? "X" + k : QByteArray()) + ",";
        csv += organisation ? QByteArray(",,") : "Zoë" + k + ",Müller" + k + ",";
        csv += (organisation ? "Firma " + k
                : i % 4 == 1 ? "Firma " + QByteArray::number(i / 40 * 10)
                             : QByteArray())
               + ",";
        csv += (i % 97 == 5 ? QByteArray("12") : "+49 30 " + QByteArray::number(5550000 + i)) + ",";
        csv += (i % 211 == 7 ? QByteArray("m1@example.org") : "m" + k + "@example.org") + ",";
        csv += (changed ? QByteArray("Potsdam") : QByteArray("Köln")) + ",DE,";
        csv += (i % 5 == 0 ? QByteArray("vip ::: b2b") : QByteArray()) + ",";
        csv += (i % 50 == 3 ? "\"two\nlines, \"\"quoted\"\"\"" : QByteArray()) + ",";
        csv += (i % 89 == 11 ? QByteArray("2099-01-02") : QByteArray("2020-01-02")) + "\n";
        if (i == n / 2)
            csv += header;
        if (i == n / 3)
            csv += "Y1,Bad,Record \"quote\" inside,,,,,,,,\n";
    }
    return csv;
}

struct Imported
{
    CustomerImportResult result;
    QStringList database;
};

// Imports `csvs` one after the other into a new workspace, reading on `threads` threads.
std::vector<Imported> import(const std::vector<QByteArray> &csvs, int threads, qint64 bulkThreshold)
{
    test::TempWorkspace t;
    std::vector<Imported> out;
    for (const QByteArray &csv : csvs) {
        auto source = io::ImportSource::fromBytes(csv, QStringLiteral("people.csv"));
        REQUIRE(source.ok());
        const io::ImportMapping mapping = io::suggestMapping(source->headers());
        CustomerImportOptions options;
        options.mode = ImportMode::Upsert;
        CustomerImport run(*t->door());
        run.setThreads(threads);
        run.setBulkThreshold(bulkThreshold);
        auto result = run.run(*source, mapping, options);
        REQUIRE(result.ok());
        out.push_back({std::move(result).value(), dump(t.db())});
        t.advance(60);
    }
    return out;
}

} // namespace

TEST_CASE("An import read on one thread and on several gives the same report and database",
          "[import][importread]")
{
    // Row by row (every change in the history) and through the bulk loader.
    const qint64 bulkThreshold = GENERATE(qint64(10), qint64(1'000'000));
    const std::vector<QByteArray> files{file(3000), file(3000, 2000)};
    const std::vector<Imported> serial = import(files, 1, bulkThreshold);
    for (const int threads : {2, 5}) {
        INFO("threads " << threads << ", bulk threshold " << bulkThreshold);
        const std::vector<Imported> parallel = import(files, threads, bulkThreshold);
        REQUIRE(parallel.size() == serial.size());
        for (std::size_t i = 0; i < serial.size(); ++i) {
            CHECK(parallel[i].result.summaryJson() == serial[i].result.summaryJson());
            CHECK(parallel[i].result.reportCsv() == serial[i].result.reportCsv());
            CHECK(parallel[i].database == serial[i].database);
        }
    }
    // The file has what it promises: new and rejected rows, organisations and links, and in
    // the second file updates and unchanged rows.
    const CustomerImportResult &first = serial[0].result;
    CHECK(first.created > 2500);
    CHECK(first.rejected > 50);
    CHECK(first.organisations > 0);
    CHECK(first.links > 500);
    CHECK(first.rows == 3000 + 2); // the repeated header and the damaged record are rows too
    const CustomerImportResult &second = serial[1].result;
    CHECK(second.updated > 500);
    CHECK(second.unchanged > 1000);
    CHECK(serial[1].result.reportCsv().contains("is the same customer as line"));
    CHECK(serial[0].result.reportCsv().contains("repeats the header row"));
}
