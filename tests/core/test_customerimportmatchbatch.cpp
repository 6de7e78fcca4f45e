// The customer import reads the customers its rows match a batch of rows at a time, one
// statement per table (CustomerImportRepository::stored()), instead of three statements per
// row: the customers read so are exactly the ones CustomerRepository reads one by one, and the
// import's outcome, report, changes and writes do not depend on the batch size.
#include "core/storage/customerimportrepository.h"
#include "core/storage/customerrepository.h"
#include "tests/core/customerimportfixture.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace rapport;
using namespace rapport::test::customerimport;

namespace {

const QByteArray seed = "External id,First name,Last name,E-mail,Phone,Tags\n"
                        "A1,Ada,Lovelace,ada@example.org,+49 30 1234567,vip ::: math\n"
                        "A2,Alan,Turing,alan@example.org,+44 20 7946 0018,math\n"
                        "A3,Grace,Hopper,grace@example.org,,navy\n"
                        "A4,Edsger,Dijkstra,,+49 30 2345678,\n"
                        "A5,Barbara,Liskov,barbara@example.org,,\n"
                        "A6,Donald,Knuth,don@example.org,,tex\n"
                        "A7,Ken,Thompson,ken@example.org,,\n"
                        "A8,Dennis,Ritchie,dmr@example.org,,\n";

// Unchanged, updated (a name, a phone, an e-mail, a tag), rejected (a bad cell, the same
// customer as an earlier line, two customers) and created rows, mixed so that any batch size
// from 1 up cuts through them.
const QByteArray second = "External id,First name,Last name,E-mail,Phone,Tags\n"
                          "A1,Ada,Lovelace,ada@example.org,+49 30 1234567,vip ::: math\n" // 2
                          "A2,,Turing-Smith,,,\n"                                         // 3
                          "A3,,,,+49 170 1234567,\n"                                      // 4
                          "A4,,,edsger@example.org,,\n"                                   // 5
                          "A5,,,,,chair\n"                                                // 6
                          "A6,,,not-an-address,,\n"                                       // 7
                          "A1,,,,,\n"                                                     // 8
                          "A6,Donald,Knuth,don@example.org,,tex\n"                        // 9
                          "A7,,,dmr@example.org,,\n"                                      // 10
                          "A9,New,Person,new@example.org,,\n"                             // 11
                          "A8,Dennis,Ritchie,,,\n";                                       // 12

CustomerImportResult import(test::TempWorkspace &t, const QByteArray &csv, std::size_t batch)
{
    const io::ImportSource s = source(csv);
    const io::ImportMapping m = io::suggestMapping(s.headers());
    CustomerImport importer(*t->door());
    importer.setMatchBatch(batch);
    CustomerImportOptions options;
    options.mode = ImportMode::Upsert;
    return ok(importer.run(s, m, options));
}

// Everything the second import decides and writes, as text to compare.
QStringList outcome(test::TempWorkspace &t, const CustomerImportResult &r)
{
    QStringList out;
    out << QStringLiteral("counts %1 %2 %3 %4 %5")
               .arg(r.created)
               .arg(r.updated)
               .arg(r.unchanged)
               .arg(r.rejected)
               .arg(r.rows);
    for (const ImportRowReport &row : r.report)
        out << QStringLiteral("line %1|%2|%3|%4|%5")
                   .arg(row.line)
                   .arg(row.column)
                   .arg(int(row.outcome))
                   .arg(row.reason)
                   .arg(row.customerId);
    std::vector<qint64> lines(r.changes.keyBegin(), r.changes.keyEnd());
    std::sort(lines.begin(), lines.end());
    for (qint64 line : lines)
        for (const ImportFieldChange &c : r.changes.value(line))
            out << QStringLiteral("change %1|%2|%3|%4").arg(line).arg(c.field, c.before, c.after);
    out << rows(t.db(),
                QStringLiteral("SELECT id, kind, first_name, last_name, name, stage, source, "
                               "external_key, version, deleted_at FROM customers ORDER BY id"));
    out << rows(t.db(),
                QStringLiteral("SELECT id, customer_id, kind, value, is_primary, version "
                               "FROM contact_points ORDER BY id"));
    out << rows(t.db(),
                QStringLiteral("SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t "
                               "ON t.id = ct.tag_id ORDER BY ct.customer_id, t.name"));
    out << rows(t.db(),
                QStringLiteral("SELECT entity, entity_id, operation, changes FROM history "
                               "ORDER BY id"));
    return out;
}

} // namespace

TEST_CASE("A batch of matched customers reads exactly what CustomerRepository reads one by one",
          "[import]")
{
    test::TempWorkspace t;
    REQUIRE(import(t, seed, 0).created == 8);
    CustomerRepository customers(t.db());
    CustomerImportRepository repository(t.db());
    const std::vector<qint64> ids{8, 1, 3, 2, 99, 6};
    auto read = repository.stored(ids);
    REQUIRE(read);
    CHECK(read->size() == 5); // 99 is nobody
    CHECK_FALSE(read->contains(99));
    for (qint64 id : ids) {
        if (id == 99)
            continue;
        INFO("customer " << id);
        REQUIRE(read->contains(id));
        const CustomerImportRepository::Stored &s = read->value(id);
        auto c = customers.get(id);
        REQUIRE(c);
        CHECK(s.customer.id == c->id);
        CHECK(s.customer.kind == c->kind);
        CHECK(s.customer.firstName == c->firstName);
        CHECK(s.customer.lastName == c->lastName);
        CHECK(s.customer.organisation == c->organisation);
        CHECK(s.customer.stage == c->stage);
        CHECK(s.customer.ownerId == c->ownerId);
        CHECK(s.customer.source == c->source);
        CHECK(s.customer.acquiredOn == c->acquiredOn);
        CHECK(s.customer.notes == c->notes);
        CHECK(s.customer.createdAt == c->createdAt);
        CHECK(s.customer.updatedAt == c->updatedAt);
        CHECK(s.customer.deletedAt == c->deletedAt);
        CHECK(s.customer.version == c->version);
        CHECK(s.customer.tags == c->tags);
        auto points = customers.contactPoints(id);
        REQUIRE(points);
        REQUIRE(s.points.size() == points->size());
        for (qsizetype i = 0; i < points->size(); ++i) {
            const ContactPoint &a = s.points[i], &b = (*points)[i];
            CHECK(a.id == b.id);
            CHECK(a.customerId == b.customerId);
            CHECK(a.kind == b.kind);
            CHECK(a.label == b.label);
            CHECK(a.value == b.value);
            CHECK(a.address.oneLine() == b.address.oneLine());
            CHECK(a.primary == b.primary);
            CHECK(a.version == b.version);
        }
    }
    CHECK(read->value(1).customer.tags
          == QStringList{QStringLiteral("math"), QStringLiteral("vip")});
    CHECK(read->value(1).points.size() == 2);
    auto none = repository.stored({});
    REQUIRE(none);
    CHECK(none->isEmpty());
}

TEST_CASE("Unchanged, updated and rejected rows come out the same whatever the match batch",
          "[import]")
{
    // Batch 1 reads one row's customers at a time, as the import did before batching.
    std::vector<QStringList> outcomes;
    for (std::size_t batch : {std::size_t(1), std::size_t(2), std::size_t(3), std::size_t(0)}) {
        INFO("batch " << batch);
        test::TempWorkspace t;
        REQUIRE(import(t, seed, batch).created == 8);
        const CustomerImportResult r = import(t, second, batch);
        CHECK(r.unchanged == 3);
        CHECK(r.updated == 4);
        CHECK(r.rejected == 3);
        CHECK(r.created == 1);
        CHECK(lineOf(r, 2)->outcome == RowOutcome::Unchanged);
        CHECK(lineOf(r, 3)->outcome == RowOutcome::Updated);
        CHECK(lineOf(r, 3)->reason.contains(QLatin1String("last name")));
        CHECK(lineOf(r, 4)->outcome == RowOutcome::Updated);
        CHECK(lineOf(r, 4)->reason.contains(QLatin1String("phone")));
        CHECK(lineOf(r, 5)->outcome == RowOutcome::Updated);
        CHECK(lineOf(r, 5)->reason.contains(QLatin1String("e-mail")));
        CHECK(lineOf(r, 6)->outcome == RowOutcome::Updated);
        CHECK(lineOf(r, 6)->reason.contains(QLatin1String("tags")));
        CHECK(lineOf(r, 7)->outcome == RowOutcome::Rejected);
        CHECK(lineOf(r, 8)->outcome == RowOutcome::Rejected);
        CHECK(lineOf(r, 8)->reason.contains(QLatin1String("line 2")));
        CHECK(lineOf(r, 9)->outcome == RowOutcome::Unchanged);
        CHECK(lineOf(r, 10)->outcome == RowOutcome::Rejected);
        CHECK(lineOf(r, 11)->outcome == RowOutcome::Created);
        CHECK(lineOf(r, 12)->outcome == RowOutcome::Unchanged);
        CHECK(rows(t.db(), QStringLiteral("SELECT last_name FROM customers WHERE id = 2"))
              == QStringList{QStringLiteral("Turing-Smith")});
        CHECK(count(t.db(), "SELECT count(*) FROM contact_points WHERE customer_id = 4 AND kind = 1")
              == 1);
        outcomes.push_back(outcome(t, r));
    }
    for (std::size_t i = 1; i < outcomes.size(); ++i)
        CHECK(outcomes[i] == outcomes[0]);
}
