// A revert after an erasure: customers erased since the batch are left alone, and nothing an
// erase removed comes back (not even through a merge whose survivor was erased).
#include "core/services/batchrevert.h"
#include "core/services/erasureservice.h"
#include "tests/core/batchrevertfixture.h"

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::batchrevert;

TEST_CASE("A revert leaves customers erased since alone and brings back nothing erased",
          "[revert][erase]")
{
    test::TempWorkspace t;
    edit(t,
         QStringLiteral("Anna"),
         {Person.arg(20).arg(QStringLiteral("Grace"), QStringLiteral("Hopper")),
          Phone.arg(200).arg(20).arg(QStringLiteral("+4930999"), QStringLiteral("Bonn"))});
    batch(t,
          QStringLiteral("import"),
          {Person.arg(10).arg(QStringLiteral("Ada"), QStringLiteral("Lovelace")),
           Phone.arg(100).arg(10).arg(QStringLiteral("+4930123"), QStringLiteral("Berlin")),
           Person.arg(11).arg(QStringLiteral("Alan"), QStringLiteral("Turing")),
           QStringLiteral("UPDATE customers SET first_name = 'Gracie', name = 'Gracie Hopper', "
                          "stage = 2 WHERE id = 20"),
           QStringLiteral("UPDATE contact_points SET city = 'Köln' WHERE id = 200")});
    const qint64 import = lastBatch(t);
    ErasureService erasure(*t->door());
    REQUIRE(erasure.erase(20).ok());
    REQUIRE(erasure.erase(10).ok());

    BatchRevert revert(*t->door());
    auto plan = revert.plan(import);
    REQUIRE(plan.ok());
    // The erased customers are no conflict to decide: the erase made their rows moot.
    for (const RevertConflict &c : std::as_const(plan->conflicts))
        CHECK((c.customerId != 10 && c.customerId != 20));
    CHECK_FALSE(plan->hasConflicts());
    CHECK(plan->rowsToDelete == 1); // Alan Turing, who was not erased
    const QString notes = plan->notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QLatin1String("#10")));
    CHECK(notes.contains(QLatin1String("#20")));

    RevertChoices all;
    all.all = ConflictChoice::RestoreOld; // even "restore everything" must not undo the erase
    REQUIRE(revert.revert(*plan, all).ok());
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers WHERE id = 11")) == 0);
    CHECK(text(t, QStringLiteral("SELECT name FROM customers WHERE id = 20"))
          == QLatin1String("Erased customer #20"));
    CHECK(text(t, QStringLiteral("SELECT name FROM customers WHERE id = 10"))
          == QLatin1String("Erased customer #10"));
    CHECK(count(t,
                QStringLiteral("SELECT count(*) FROM customers WHERE first_name IN ('Grace', "
                               "'Gracie', 'Ada') OR last_name IN ('Hopper', 'Lovelace')"))
          == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM contact_points")) == 0);
    readModelsAgree(t);
    chainHolds(t);
}

TEST_CASE("Reverting a merge whose survivor was erased does not bring the other record back",
          "[revert][erase]")
{
    test::TempWorkspace t;
    edit(t,
         QStringLiteral("Anna"),
         {Person.arg(60).arg(QStringLiteral("Ada"), QStringLiteral("Lovelace")),
          Person.arg(61).arg(QStringLiteral("Ada"), QStringLiteral("Lovelace")),
          QStringLiteral("UPDATE customers SET notes = 'Met at the fair' WHERE id = 61"),
          Phone.arg(610).arg(61).arg(QStringLiteral("+4930555"), QStringLiteral("Bonn"))});
    batch(t,
          QStringLiteral("merge"),
          {QStringLiteral("UPDATE contact_points SET customer_id = 60 WHERE customer_id = 61"),
           QStringLiteral("DELETE FROM customers WHERE id = 61")});
    const qint64 merge = lastBatch(t);
    REQUIRE(ErasureService(*t->door()).erase(60).ok());

    BatchRevert revert(*t->door());
    auto plan = revert.plan(merge);
    REQUIRE(plan.ok());
    CHECK_FALSE(plan->hasConflicts());
    CHECK(plan->rowsToRestore == 0);
    REQUIRE(revert.revert(*plan, {}).ok());
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers WHERE notes IS NOT NULL")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM contact_points")) == 0);
    readModelsAgree(t);
    chainHolds(t);
}
