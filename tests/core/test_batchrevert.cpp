// Reverting a batch: its history replayed backwards in one write through the door (creates
// deleted, updates set back, deletes restored with the same ids), later changes offered as
// conflicts, a revert that can itself be reverted, and a hash chain that still verifies. Bulk
// loads deleted by id range: test_batchrevertbulk.cpp; reverts and erasures:
// test_batchreverterase.cpp.
#include "core/services/batchrevert.h"
#include "tests/core/batchrevertfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::batchrevert;

TEST_CASE("Reverting an import of new customers deletes them and what hangs off them", "[revert]")
{
    test::TempWorkspace t;
    batch(t,
          QStringLiteral("import"),
          {Person.arg(10).arg(QStringLiteral("Ada"), QStringLiteral("Lovelace")),
           Phone.arg(100).arg(10).arg(QStringLiteral("+4930123"), QStringLiteral("Berlin")),
           Person.arg(11).arg(QStringLiteral("Alan"), QStringLiteral("Turing")),
           QStringLiteral("INSERT INTO tags (id, name) VALUES (5, 'vip')"),
           QStringLiteral("INSERT INTO customer_tags VALUES (11, 5)")});
    const qint64 import = lastBatch(t);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customer_search")) == 2);

    BatchRevert revert(*t->door());
    auto plan = revert.plan(import);
    REQUIRE(plan.ok());
    CHECK(plan->rowsToDelete == 5);
    CHECK_FALSE(plan->hasConflicts());
    CHECK(plan->batch.created == 5);
    CHECK(plan->batch.file() == QLatin1String("x.csv"));

    auto reverted = revert.revert(*plan, {});
    REQUIRE(reverted.ok());
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM contact_points")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customer_tags")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM tags")) == 0);
    readModelsAgree(t);

    // The revert is a batch of its own, named in the list, and the import shows as reverted.
    auto list = revert.batches();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == *reverted);
    CHECK(list->at(0).kind == QLatin1String("revert"));
    CHECK(list->at(0).reverts == import);
    CHECK(list->at(1).revertedBy == *reverted);
    chainHolds(t);

    // Reverting it again is refused with one sentence.
    auto again = revert.plan(import);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind() == Error::Kind::Conflict);
    CHECK(again.error().message().contains(QString::number(*reverted)));
}

TEST_CASE("Reverting updates sets the old values back with a new version", "[revert]")
{
    test::TempWorkspace t;
    edit(t,
         QStringLiteral("Anna"),
         {Person.arg(20).arg(QStringLiteral("Grace"), QStringLiteral("Hopper")),
          Phone.arg(200).arg(20).arg(QStringLiteral("+4930999"), QStringLiteral("Bonn"))});
    batch(t,
          QStringLiteral("import"),
          {QStringLiteral("UPDATE customers SET first_name = 'Gracie', stage = 2, notes = 'x', "
                          "version = version + 1, updated_at = 2000 WHERE id = 20"),
           QStringLiteral("UPDATE contact_points SET city = 'Köln' WHERE id = 200")});
    const qint64 import = lastBatch(t);

    BatchRevert revert(*t->door());
    auto plan = revert.plan(import);
    REQUIRE(plan.ok());
    CHECK(plan->fieldsToSetBack == 4);
    CHECK(plan->rowsToUpdate == 2);
    REQUIRE(revert.revert(*plan, {}).ok());
    CHECK(text(t, QStringLiteral("SELECT first_name FROM customers WHERE id = 20"))
          == QLatin1String("Grace"));
    CHECK(count(t, QStringLiteral("SELECT stage FROM customers WHERE id = 20")) == 1);
    CHECK(text(t, QStringLiteral("SELECT notes IS NULL FROM customers WHERE id = 20"))
          == QLatin1String("1"));
    CHECK(count(t, QStringLiteral("SELECT version FROM customers WHERE id = 20")) == 3);
    CHECK(text(t, QStringLiteral("SELECT city FROM contact_points WHERE id = 200"))
          == QLatin1String("Bonn"));
    readModelsAgree(t);
    chainHolds(t);
}

TEST_CASE("Reverting deletes brings the rows back with the same ids", "[revert]")
{
    test::TempWorkspace t;
    edit(t,
         QStringLiteral("Anna"),
         {Person.arg(30).arg(QStringLiteral("Marie"), QStringLiteral("Curie")),
          Phone.arg(300).arg(30).arg(QStringLiteral("+3312345"), QStringLiteral("Paris")),
          QStringLiteral("INSERT INTO tags (id, name) VALUES (7, 'science')"),
          QStringLiteral("INSERT INTO customer_tags VALUES (30, 7)")});
    batch(t, QStringLiteral("merge"), {QStringLiteral("DELETE FROM customers WHERE id = 30")});
    const qint64 merge = lastBatch(t);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM contact_points")) == 0);

    BatchRevert revert(*t->door());
    auto plan = revert.plan(merge);
    REQUIRE(plan.ok());
    CHECK(plan->rowsToRestore == 3); // the customer, its phone and its tag (cascaded)
    REQUIRE(revert.revert(*plan, {}).ok());
    CHECK(text(t, QStringLiteral("SELECT name FROM customers WHERE id = 30"))
          == QLatin1String("Marie Curie"));
    CHECK(text(t, QStringLiteral("SELECT city FROM contact_points WHERE id = 300"))
          == QLatin1String("Paris"));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = 30"))
          == 1);
    CHECK(count(t,
                QStringLiteral(
                    "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'curie'"))
          == 1);
    readModelsAgree(t);
    chainHolds(t);
}

TEST_CASE("A mixed batch is undone as a whole, and a revert can be reverted", "[revert]")
{
    test::TempWorkspace t;
    edit(t,
         QStringLiteral("Anna"),
         {Person.arg(40).arg(QStringLiteral("Emmy"), QStringLiteral("Noether")),
          Person.arg(41).arg(QStringLiteral("Kurt"), QStringLiteral("Gödel"))});
    batch(t,
          QStringLiteral("merge"),
          {Person.arg(42).arg(QStringLiteral("Emmy"), QStringLiteral("Noether-Neu")),
           QStringLiteral("UPDATE customers SET last_name = 'N.', name = 'Emmy N.' WHERE id = 40"),
           QStringLiteral("UPDATE customers SET deleted_at = 3000 WHERE id = 41"),
           QStringLiteral("UPDATE customers SET notes = 'twice' WHERE id = 42"),
           QStringLiteral("UPDATE customers SET notes = 'thrice' WHERE id = 42")});
    const qint64 merge = lastBatch(t);
    auto snapshot = [&] {
        return text(t,
                    QStringLiteral("SELECT group_concat(id || ':' || name || ':' || "
                                   "ifnull(deleted_at, '-') || ':' || ifnull(notes, '-'), ' ') "
                                   "FROM (SELECT * FROM customers ORDER BY id)"));
    };
    const QString merged = snapshot();

    BatchRevert revert(*t->door());
    auto undone = revert.revert(merge, {});
    REQUIRE(undone.ok());
    CHECK(snapshot() == QString::fromUtf8("40:Emmy Noether:-:- 41:Kurt Gödel:-:-"));
    readModelsAgree(t);

    // The revert of the revert brings the merge back as it was (customer 42 with its id).
    auto redone = revert.revert(*undone, {});
    REQUIRE(redone.ok());
    CHECK(snapshot() == merged);
    auto list = revert.batches();
    REQUIRE(list.ok());
    CHECK(list->at(0).reverts == *undone);
    CHECK(list->at(1).revertedBy == *redone);
    CHECK(list->at(2).revertedBy == 0); // the merge stands again
    readModelsAgree(t);

    // ...and the merge can be reverted once more.
    REQUIRE(revert.revert(merge, {}).ok());
    CHECK(snapshot() == QString::fromUtf8("40:Emmy Noether:-:- 41:Kurt Gödel:-:-"));
    chainHolds(t);
}

TEST_CASE("A field changed since the batch is a conflict the user decides", "[revert]")
{
    test::TempWorkspace t;
    edit(t,
         QStringLiteral("Anna"),
         {Person.arg(50).arg(QStringLiteral("Ada"), QStringLiteral("Byron"))});
    batch(t,
          QStringLiteral("import"),
          {QStringLiteral("UPDATE customers SET first_name = 'Augusta', stage = 3 WHERE id = 50")});
    const qint64 import = lastBatch(t);
    t.advance(3600);
    edit(t,
         QStringLiteral("Ben Miller"),
         {QStringLiteral("UPDATE customers SET first_name = 'Augusta Ada' WHERE id = 50")});

    BatchRevert revert(*t->door());
    auto plan = revert.plan(import);
    REQUIRE(plan.ok());
    REQUIRE(plan->conflicts.size() == 1);
    const RevertConflict &c = plan->conflicts.first();
    CHECK(c.kind == RevertConflict::Kind::FieldChanged);
    CHECK(c.customerId == 50);
    CHECK(c.field == QLatin1String("first_name"));
    CHECK(c.current.toString() == QLatin1String("Augusta Ada"));
    CHECK(c.batchValue.toString() == QLatin1String("Augusta"));
    CHECK(c.restoreValue.toString() == QLatin1String("Ada"));
    CHECK(c.changedBy == QLatin1String("Ben Miller on laptop-3"));
    CHECK(c.changedAt == t.now());

    // Undecided: refused, nothing written.
    const qint64 entries = count(t, QStringLiteral("SELECT count(*) FROM history"));
    auto refused = revert.revert(*plan, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Conflict);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history")) == entries);
    CHECK(count(t, QStringLiteral("SELECT stage FROM customers WHERE id = 50")) == 3);

    SECTION("keep the later change")
    {
        RevertChoices keep;
        keep.byKey.insert(c.key(), ConflictChoice::KeepCurrent);
        REQUIRE(revert.revert(*plan, keep).ok());
        CHECK(text(t, QStringLiteral("SELECT first_name FROM customers WHERE id = 50"))
              == QLatin1String("Augusta Ada"));
        CHECK(count(t, QStringLiteral("SELECT stage FROM customers WHERE id = 50")) == 1);
    }
    SECTION("overwrite it for all")
    {
        RevertChoices all;
        all.all = ConflictChoice::RestoreOld;
        REQUIRE(revert.revert(*plan, all).ok());
        CHECK(text(t, QStringLiteral("SELECT first_name FROM customers WHERE id = 50"))
              == QLatin1String("Ada"));
        CHECK(count(t, QStringLiteral("SELECT stage FROM customers WHERE id = 50")) == 1);
    }
    readModelsAgree(t);
    chainHolds(t);
}

TEST_CASE("A created customer that got an order since is never deleted silently", "[revert]")
{
    test::TempWorkspace t;
    batch(t,
          QStringLiteral("import"),
          {Person.arg(60).arg(QStringLiteral("Nikola"), QStringLiteral("Tesla")),
           Phone.arg(600).arg(60).arg(QStringLiteral("+1555"), QStringLiteral("New York")),
           Person.arg(61).arg(QStringLiteral("Thomas"), QStringLiteral("Edison"))});
    const qint64 import = lastBatch(t);
    edit(t,
         QStringLiteral("Ben Miller"),
         {QStringLiteral("INSERT INTO interactions (id, customer_id, channel, direction, "
                         "occurred_at) VALUES (1, 60, 0, 0, 5000)")});

    BatchRevert revert(*t->door());
    auto plan = revert.plan(import);
    REQUIRE(plan.ok());
    REQUIRE(plan->conflicts.size() == 1);
    CHECK(plan->conflicts.first().kind == RevertConflict::Kind::Dependants);
    CHECK(plan->conflicts.first().customerName == QLatin1String("Nikola Tesla"));
    CHECK(plan->conflicts.first().detail.contains(QLatin1String("interaction")));

    RevertChoices keep;
    keep.all = ConflictChoice::KeepCurrent;
    REQUIRE(revert.revert(*plan, keep).ok());
    // Tesla stays with his phone and his call; Edison is gone.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM contact_points WHERE customer_id = 60"))
          == 1);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM interactions")) == 1);
    readModelsAgree(t);
    chainHolds(t);
}

TEST_CASE("An unknown batch and an erase cannot be reverted", "[revert]")
{
    test::TempWorkspace t;
    BatchRevert revert(*t->door());
    auto none = revert.plan(12345);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind() == Error::Kind::NotFound);
    edit(t, QStringLiteral("Anna"), {Person.arg(70).arg(QStringLiteral("A"), QStringLiteral("B"))});
    batch(t,
          QStringLiteral("erase"),
          {QStringLiteral("UPDATE customers SET notes = NULL WHERE id = 70")});
    auto erase = revert.plan(lastBatch(t));
    REQUIRE_FALSE(erase.ok());
    CHECK(erase.error().kind() == Error::Kind::Conflict);
}
