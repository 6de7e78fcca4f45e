#include "core/storage/interactionrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/taskrepository.h"
#include "core/storage/transaction.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace rapport;

namespace {

Task makeTask(const QString &title)
{
    Task t;
    t.title = title;
    t.createdAt = test::wallClock();
    return t;
}

Order orderWith(qint64 customer, QList<OrderLine> lines)
{
    Order o;
    o.customerId = customer;
    o.orderedAt = test::utc(2024, 1, 1);
    o.currency = QStringLiteral("EUR");
    o.lines = std::move(lines);
    return o;
}

} // namespace

TEST_CASE("A committed write transaction keeps its rows", "[repo][transaction]")
{
    test::TempDatabase t;
    TaskRepository tasks(t.db());
    {
        WriteTransaction tx(t.db());
        REQUIRE(tx.begun().ok());
        CHECK_FALSE(sqlite3_get_autocommit(t->handle()));
        Task a = makeTask(QStringLiteral("a"));
        Task b = makeTask(QStringLiteral("b"));
        REQUIRE(tasks.insert(a).ok());
        REQUIRE(tasks.insert(b).ok());
        REQUIRE(tx.commit().ok());
        CHECK(sqlite3_get_autocommit(t->handle()));
        CHECK_FALSE(tx.commit().ok()); // a second commit is an error, not a silent success
    }
    CHECK(test::rowCount(t.db(), "tasks") == 2);
    t.reopen();
    CHECK(test::rowCount(t.db(), "tasks") == 2);
}

TEST_CASE("A write transaction not committed rolls back in its destructor", "[repo][transaction]")
{
    test::TempDatabase t;
    TaskRepository tasks(t.db());
    {
        WriteTransaction tx(t.db());
        REQUIRE(tx.begun().ok());
        Task a = makeTask(QStringLiteral("a"));
        REQUIRE(tasks.insert(a).ok());
        CHECK(test::rowCount(t.db(), "tasks") == 1); // visible inside
    }
    CHECK(sqlite3_get_autocommit(t->handle()));
    CHECK(test::rowCount(t.db(), "tasks") == 0);
}

TEST_CASE("A service transaction spans several repositories", "[repo][transaction]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    TaskRepository tasks(t.db());
    InteractionRepository interactions(t.db());
    {
        WriteTransaction tx(t.db());
        REQUIRE(tx.begun().ok());
        Interaction call;
        call.customerId = customer;
        call.occurredAt = test::utc(2024, 1, 1);
        call.outcome = Outcome::FollowUp;
        REQUIRE(interactions.insert(call).ok());
        Task followUp = makeTask(QStringLiteral("Call back"));
        followUp.customerId = customer;
        REQUIRE(tasks.insert(followUp).ok());
        // No commit: the call and its follow-up go together or not at all.
    }
    CHECK(test::rowCount(t.db(), "interactions") == 0);
    CHECK(test::rowCount(t.db(), "tasks") == 0);
}

TEST_CASE("A failure in the middle of a multi-row write leaves nothing behind",
          "[repo][transaction]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 widget = test::addProduct(t.db(), QStringLiteral("W"), 100);
    OrderRepository orders(t.db());

    SECTION("alone")
    {
        // The order row and the first line are written before the second line fails its
        // foreign key; the whole order must go.
        Order o = orderWith(customer, {OrderLine{0, widget, 1, 100}, OrderLine{0, 777, 1, 100}});
        auto id = orders.insert(o);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field() == QStringLiteral("lines[1].productId"));
        CHECK(o.id == 0);
        CHECK(o.lines.first().id == 0);
        CHECK(sqlite3_get_autocommit(t->handle()));
        CHECK(test::rowCount(t.db(), "orders") == 0);
        CHECK(test::rowCount(t.db(), "order_lines") == 0);
    }

    SECTION("inside a service's transaction")
    {
        // The failed order rolls back to its savepoint; what the service wrote before it stays
        // and commits, so a service can report the bad order and go on.
        WriteTransaction tx(t.db());
        REQUIRE(tx.begun().ok());
        Order good = orderWith(customer, {OrderLine{0, widget, 2, 100}});
        REQUIRE(orders.insert(good).ok());
        Order bad = orderWith(customer, {OrderLine{0, widget, 1, 100}, OrderLine{0, 777, 1, 1}});
        REQUIRE_FALSE(orders.insert(bad).ok());
        CHECK_FALSE(sqlite3_get_autocommit(t->handle())); // the outer transaction is still open
        REQUIRE(tx.commit().ok());
        CHECK(test::rowCount(t.db(), "orders") == 1);
        CHECK(test::rowCount(t.db(), "order_lines") == 1);
        CHECK(orders.get(good.id).ok());
    }

    SECTION("an update whose new lines fail keeps the old lines")
    {
        Order o = orderWith(customer, {OrderLine{0, widget, 1, 100}});
        REQUIRE(orders.insert(o).ok());
        Order changed = o;
        changed.lines = {OrderLine{0, widget, 5, 100}, OrderLine{0, 777, 1, 100}};
        REQUIRE_FALSE(orders.update(changed).ok());
        auto back = orders.get(o.id);
        REQUIRE(back.ok());
        CHECK(back->lines == o.lines);
        CHECK(back->version == 1);
    }
}

TEST_CASE("A write to a database file that was moved away is refused with one sentence",
          "[repo][transaction]")
{
    test::TempDatabase temp;
    TaskRepository tasks(temp.db());
    Task before = makeTask(QStringLiteral("Before the move"));
    REQUIRE(tasks.insert(before).ok());

    const QString moved = temp.folder() + QStringLiteral("/moved.db");
    REQUIRE(QFile::rename(temp.path(), moved));

    {
        WriteTransaction tx(temp.db());
        REQUIRE_FALSE(tx.begun().ok());
        const Error &error = tx.begun().error();
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.message().contains(QStringLiteral("no longer there")));
        CHECK(error.message().contains(QStringLiteral("Nothing was saved")));
        CHECK_FALSE(tx.commit().ok());
    }

    // Back in its place, the file takes writes again, and the refused one left nothing behind.
    REQUIRE(QFile::rename(moved, temp.path()));
    Task again = makeTask(QStringLiteral("Back again"));
    REQUIRE(tasks.insert(again).ok());
    sqlite3_stmt *count = nullptr;
    REQUIRE(sqlite3_prepare_v2(temp->handle(), "SELECT count(*) FROM tasks", -1, &count, nullptr)
            == SQLITE_OK);
    REQUIRE(sqlite3_step(count) == SQLITE_ROW);
    CHECK(sqlite3_column_int(count, 0) == 2);
    sqlite3_finalize(count);
}
