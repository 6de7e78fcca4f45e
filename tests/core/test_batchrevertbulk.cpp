// Reverting bulk batches: a bulk load, a purchase import and an import with new rows by id range
// are reverted by deleting their id ranges (set-based), and only their rows go.
#include "core/demo/demogenerator.h"
#include "core/io/orderfile.h"
#include "core/services/batchrevert.h"
#include "core/services/orderimport.h"
#include "core/storage/changecapture.h"
#include "tests/core/batchrevertfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::batchrevert;

TEST_CASE("A bulk load is reverted by id range, and only its rows go", "[revert][bulk]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(300, 3)).run().ok());
    t.signInAdministrator(); // reverting a load is an import's undo: not the demo's agent's
    const qint64 demo = lastBatch(t);
    const qint64 customers = count(t, QStringLiteral("SELECT count(*) FROM customers"));
    REQUIRE(customers == 300);

    // A customer of one's own after the load, and a call logged on one demo customer.
    edit(t,
         QStringLiteral("Anna"),
         {Person.arg(100000).arg(QStringLiteral("Own"), QStringLiteral("Customer"))});
    const qint64 demoCustomer = count(t, QStringLiteral("SELECT min(id) FROM customers"));
    edit(t,
         QStringLiteral("Ben Miller"),
         {QStringLiteral("INSERT INTO interactions (id, customer_id, channel, direction, "
                         "occurred_at) VALUES (900000, %1, 0, 0, 5000)")
              .arg(demoCustomer)});

    BatchRevert revert(*t->door());
    auto plan = revert.plan(demo);
    REQUIRE(plan.ok());
    CHECK(plan->batch.bulk);
    CHECK(plan->rowsToDelete > 300);
    REQUIRE(plan->conflicts.size() == 1);
    CHECK(plan->conflicts.first().entityId == demoCustomer);
    CHECK(plan->conflicts.first().changedBy == QLatin1String("Ben Miller on laptop-3"));
    CHECK_FALSE(revert.revert(*plan, {}).ok());

    SECTION("keep the customer with the later call")
    {
        RevertChoices keep;
        keep.all = ConflictChoice::KeepCurrent;
        REQUIRE(revert.revert(*plan, keep).ok());
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers")) == 2);
        CHECK(count(t,
                    QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id <> %1")
                        .arg(demoCustomer))
              == 0);
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM interactions WHERE id = 900000")) == 1);
    }
    SECTION("delete it too")
    {
        RevertChoices all;
        all.all = ConflictChoice::RestoreOld;
        auto undone = revert.revert(*plan, all);
        INFO((undone.ok() ? QString() : undone.error().message()).toStdString());
        REQUIRE(undone.ok());
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers")) == 1);
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM interactions")) == 0);
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM orders")) == 0);
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM order_lines")) == 0);
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM products")) == 0);
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM contact_points")) == 0);
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM customer_tags")) == 0);
        CHECK(count(t, QStringLiteral("SELECT sum(customers) FROM customer_name_terms")) == 2);
        CHECK(count(t, QStringLiteral("SELECT sum(n) FROM customer_list_counts")) == 1);
        // A bulk revert keeps no rows in the history, so it cannot be reverted in turn.
        auto again = revert.plan(*undone);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind() == Error::Kind::Conflict);
    }
    CHECK(text(t, QStringLiteral("SELECT name FROM customers WHERE id = 100000"))
          == QLatin1String("Own Customer"));
    readModelsAgree(t);
    chainHolds(t);
}

TEST_CASE("A purchase import is reverted, and older customers keep their own orders",
          "[revert][bulk]")
{
    test::TempWorkspace t;
    const auto import = [&](const char *text, const char *file) {
        auto records = OrderFileParser::parse(QByteArrayView(text), OrderFileFormat::Cdnow);
        REQUIRE(records);
        OrderImport::Options options;
        options.source = QStringLiteral("CDNOW");
        options.fileName = QLatin1String(file);
        REQUIRE(OrderImport(*t->door()).run(*records, options).ok());
        return lastBatch(t);
    };
    import(" 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n", "first.txt");
    const qint64 second = import(" 00001 19970210  2   20.00\r\n 00003 19970301  1   5.00\r\n",
                                 "second.txt");
    REQUIRE(count(t, QStringLiteral("SELECT count(*) FROM customers")) == 3);
    REQUIRE(count(t, QStringLiteral("SELECT count(*) FROM orders")) == 4);

    BatchRevert revert(*t->door());
    auto plan = revert.plan(second);
    REQUIRE(plan.ok());
    CHECK(plan->batch.bulk);
    CHECK_FALSE(plan->hasConflicts());
    REQUIRE(revert.revert(*plan, {}).ok());
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers")) == 2);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM orders")) == 2);
    // The list rows of the customers that stay are what the list's source gives (customer 00001
    // lost an order of the reverted file).
    CHECK(count(t,
                QStringLiteral("SELECT count(*) FROM (SELECT id, last_contact_at, revenue_minor, "
                               "tag_bits, phone, name FROM customer_list EXCEPT SELECT id, "
                               "last_contact_at, revenue_minor, tag_bits, phone, name FROM "
                               "customer_list_source)"))
          == 0);
    readModelsAgree(t);
    chainHolds(t);
}

TEST_CASE("An import with new rows by id range and recorded updates is reverted as a whole",
          "[revert][bulk]")
{
    test::TempWorkspace t;
    edit(t,
         QStringLiteral("Anna"),
         {Person.arg(1).arg(QStringLiteral("Old"), QStringLiteral("Customer"))});
    // As the customer import writes a large file: the new rows unrecorded with their id ranges
    // in the head, then the updates of customers that were there, recorded.
    WriteRequest::Batch b{QStringLiteral("import"), QJsonObject{}, false};
    REQUIRE(
        t->door()
            ->write(WriteRequest(WriteAction::Import, b),
                    [&](WriteScope &w) {
                        for (int id = 2; id <= 4; ++id) {
                            if (Status s = exec(t.db(),
                                                Person.arg(id).arg(QStringLiteral("New"),
                                                                   QString::number(id)));
                                !s)
                                return s;
                        }
                        w.describe(QStringLiteral("ids"),
                                   QJsonObject{{QStringLiteral("customers"), QJsonArray{2, 4}}});
                        if (Status s = t.db().capture()->setEnabled(true); !s)
                            return s;
                        return exec(t.db(),
                                    QStringLiteral(
                                        "UPDATE customers SET notes = 'imported' WHERE id = 1"));
                    })
            .ok());
    const qint64 import = lastBatch(t);
    BatchRevert revert(*t->door());
    auto plan = revert.plan(import);
    REQUIRE(plan.ok());
    CHECK(plan->batch.bulk);
    CHECK(plan->batch.updated == 1);
    CHECK(plan->fieldsToSetBack == 1);
    auto undone = revert.revert(*plan, {});
    REQUIRE(undone.ok());
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(text(t, QStringLiteral("SELECT notes IS NULL FROM customers WHERE id = 1"))
          == QLatin1String("1"));
    // The value set back is in the history under the revert.
    CHECK(count(t,
                QStringLiteral("SELECT count(*) FROM history WHERE batch = %1 AND operation = "
                               "'update' AND customer_id = 1")
                    .arg(*undone))
          == 1);
    readModelsAgree(t);
    chainHolds(t);
}
