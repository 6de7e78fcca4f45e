#include "core/storage/orderrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

struct Shop
{
    test::TempDatabase t;
    qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    qint64 rep = test::addUser(t.db(), QStringLiteral("rep"));
    qint64 widget = test::addProduct(t.db(), QStringLiteral("W"), 1999);
    qint64 gadget = test::addProduct(t.db(), QStringLiteral("G"), 500);

    Order order(const QDateTime &at) const
    {
        Order o;
        o.customerId = customer;
        o.orderedAt = at;
        o.currency = QStringLiteral("EUR");
        o.lines = {OrderLine{0, widget, 2, 1999}, OrderLine{0, gadget, 1, 500}};
        return o;
    }

    qint64 storedTotal(qint64 orderId)
    {
        QSqlQuery q(t->connection());
        q.prepare(QStringLiteral("SELECT total_minor FROM orders WHERE id = ?"));
        q.addBindValue(orderId);
        if (!q.exec() || !q.next())
            FAIL("no order " << orderId);
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("An order round-trips every field and its lines", "[repo][order]")
{
    Shop shop;
    OrderRepository repo(shop.t.db());
    Order o = shop.order(test::utc(2024, 4, 5, 14, 30, 15));
    o.status = OrderStatus::Refunded; // the highest schema code
    o.repId = shop.rep;
    o.lines << OrderLine{0, shop.widget, -1, 1999}; // a return
    auto id = repo.insert(o);
    REQUIRE(id.ok());
    CHECK(o.id == *id);
    CHECK(o.version == 1);
    for (const OrderLine &line : o.lines)
        CHECK(line.id > 0);
    CHECK(shop.storedTotal(o.id) == 1999 * 2 + 500 - 1999);

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->customerId == shop.customer);
    CHECK(back->orderedAt == o.orderedAt);
    CHECK(back->status == OrderStatus::Refunded);
    CHECK(back->currency == QStringLiteral("EUR"));
    CHECK(back->repId == shop.rep);
    CHECK(back->version == 1);
    CHECK(back->lines == o.lines);
    CHECK(back->total()->minor == 2499);
}

TEST_CASE("Updating an order replaces its lines and keeps the total", "[repo][order]")
{
    Shop shop;
    OrderRepository repo(shop.t.db());
    Order o = shop.order(test::utc(2024, 4, 5));
    REQUIRE(repo.insert(o).ok());
    Order stale = o;

    o.status = OrderStatus::Fulfilled;
    o.lines = {OrderLine{0, shop.gadget, 10, 450}};
    REQUIRE(repo.update(o).ok());
    CHECK(o.version == 2);
    CHECK(o.lines.first().id > 0);
    CHECK(shop.storedTotal(o.id) == 4500);
    CHECK(test::rowCount(shop.t.db(), "order_lines") == 1);

    auto back = repo.get(o.id);
    REQUIRE(back.ok());
    CHECK(back->status == OrderStatus::Fulfilled);
    CHECK(back->lines == o.lines);
    CHECK(back->version == 2);

    stale.status = OrderStatus::Cancelled;
    Status conflict = repo.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind() == Error::Kind::Conflict);
    CHECK(stale.version == 1);
    // Nothing of the stale save got through: neither the row nor its lines.
    CHECK(repo.get(o.id)->status == OrderStatus::Fulfilled);
    CHECK(repo.get(o.id)->lines == o.lines);
}

TEST_CASE("A bad line leaves the saved order as it was", "[repo][order]")
{
    Shop shop;
    OrderRepository repo(shop.t.db());
    Order o = shop.order(test::utc(2024, 4, 5));
    REQUIRE(repo.insert(o).ok());
    const QList<OrderLine> savedLines = o.lines;

    Order changed = o;
    changed.lines << OrderLine{0, 424242, 1, 100}; // no such product
    Status s = repo.update(changed);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(s.error().field() == QStringLiteral("lines[2].productId"));
    CHECK(changed.version == 1);

    auto back = repo.get(o.id);
    REQUIRE(back.ok());
    CHECK(back->version == 1);
    CHECK(back->lines == savedLines);
    CHECK(shop.storedTotal(o.id) == 4498);
}

TEST_CASE("An order for a missing customer is refused", "[repo][order]")
{
    Shop shop;
    OrderRepository repo(shop.t.db());
    Order o = shop.order(test::utc(2024, 4, 5));
    o.customerId = 9999;
    auto id = repo.insert(o);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind() == Error::Kind::Validation);
    CHECK(o.id == 0);
    CHECK(test::rowCount(shop.t.db(), "orders") == 0);

    Order invalid = shop.order(test::utc(2024, 4, 5));
    invalid.lines.clear();
    auto refused = repo.insert(invalid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("lines"));
}

TEST_CASE("Removing an order removes its lines, missing orders are NotFound", "[repo][order]")
{
    Shop shop;
    OrderRepository repo(shop.t.db());
    Order o = shop.order(test::utc(2024, 4, 5));
    REQUIRE(repo.insert(o).ok());
    REQUIRE(repo.remove(o.id).ok());
    CHECK(test::rowCount(shop.t.db(), "order_lines") == 0);
    CHECK(repo.get(o.id).error().kind() == Error::Kind::NotFound);
    CHECK(repo.update(o).error().kind() == Error::Kind::NotFound);
    CHECK(repo.remove(o.id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("A customer's orders are listed newest first with their lines", "[repo][order]")
{
    Shop shop;
    OrderRepository repo(shop.t.db());
    const qint64 other = test::addCustomer(shop.t.db(), QStringLiteral("Other"));
    Order oldest = shop.order(test::utc(2022, 1, 1));
    Order newest = shop.order(test::utc(2024, 1, 1));
    Order middle = shop.order(test::utc(2023, 1, 1));
    middle.lines = {OrderLine{0, shop.gadget, 3, 500}};
    Order foreign = shop.order(test::utc(2024, 6, 1));
    foreign.customerId = other;
    for (Order *o : {&oldest, &newest, &middle, &foreign})
        REQUIRE(repo.insert(*o).ok());

    auto orders = repo.listForCustomer(shop.customer);
    REQUIRE(orders.ok());
    REQUIRE(orders->size() == 3);
    CHECK(orders->at(0).id == newest.id);
    CHECK(orders->at(1).id == middle.id);
    CHECK(orders->at(2).id == oldest.id);
    CHECK(orders->at(0).lines == newest.lines);
    CHECK(orders->at(1).lines == middle.lines);
    CHECK(orders->at(1).total()->minor == 1500);

    auto page = repo.listForCustomer(shop.customer, 2);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 2);
    CHECK(page->at(1).id == middle.id);
    CHECK(page->at(1).lines.size() == 1);
    CHECK(repo.listForCustomer(9999)->isEmpty());
}
