// The customer import's organisations (core/services/customerimportlinks.cpp): a person's
// Organisation cell links the person to that organisation, made when missing; an update links a
// matched person; an organisation row matches by name.
#include "core/services/batchrevert.h"
#include "tests/core/customerimportfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::customerimport;

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
