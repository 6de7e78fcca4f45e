#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Product makeProduct(const QString &sku, const QString &name, qint64 price)
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.unitPrice = Money{price, QStringLiteral("EUR")};
    return p;
}

} // namespace

TEST_CASE("A product round-trips every field", "[repo][product]")
{
    test::TempDatabase t;
    ProductRepository repo(t.db());
    Product p = makeProduct(QStringLiteral("SVC-1"), QStringLiteral("Installation"), 15000);
    p.category = QStringLiteral("Services");
    p.isService = true;
    p.unitPrice.currency = QStringLiteral("CHF");
    p.unitCostMinor = 9000;
    p.active = false;
    auto id = repo.insert(p);
    REQUIRE(id.ok());
    CHECK(p.id == *id);
    CHECK(p.version == 1);

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->sku == p.sku);
    CHECK(back->name == p.name);
    CHECK(back->category == p.category);
    CHECK(back->isService);
    CHECK(back->unitPrice == Money{15000, QStringLiteral("CHF")});
    CHECK(back->unitCostMinor == 9000);
    CHECK_FALSE(back->active);
    CHECK(back->version == 1);

    Product bare = makeProduct(QStringLiteral("W-1"), QStringLiteral("Widget"), 0);
    REQUIRE(repo.insert(bare).ok());
    auto bareBack = repo.get(bare.id);
    REQUIRE(bareBack.ok());
    CHECK(bareBack->category.isEmpty());
    CHECK_FALSE(bareBack->isService);
    CHECK_FALSE(bareBack->unitCostMinor.has_value());
    CHECK(bareBack->active);

    auto bySku = repo.findBySku(QStringLiteral("W-1"));
    REQUIRE(bySku.ok());
    CHECK(bySku->id == bare.id);
    CHECK(repo.findBySku(QStringLiteral("nope")).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("A SKU belongs to one product", "[repo][product]")
{
    test::TempDatabase t;
    ProductRepository repo(t.db());
    Product a = makeProduct(QStringLiteral("W-1"), QStringLiteral("Widget"), 100);
    REQUIRE(repo.insert(a).ok());
    Product b = makeProduct(QStringLiteral("W-1"), QStringLiteral("Other"), 100);
    auto dup = repo.insert(b);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind() == Error::Kind::Validation);
    CHECK(dup.error().field() == QStringLiteral("sku"));

    Product bad = makeProduct(QStringLiteral("W-2"), QStringLiteral("Bad"), -1);
    auto invalid = repo.insert(bad);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().field() == QStringLiteral("unitPrice"));
}

TEST_CASE("Updating a product checks its version", "[repo][product]")
{
    test::TempDatabase t;
    ProductRepository repo(t.db());
    Product p = makeProduct(QStringLiteral("W-1"), QStringLiteral("Widget"), 100);
    REQUIRE(repo.insert(p).ok());
    Product stale = p;
    p.unitPrice.minor = 120;
    p.unitCostMinor = 80;
    REQUIRE(repo.update(p).ok());
    CHECK(p.version == 2);
    CHECK(repo.get(p.id)->unitPrice.minor == 120);
    CHECK(repo.get(p.id)->unitCostMinor == 80);

    stale.name = QStringLiteral("Gadget");
    Status conflict = repo.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind() == Error::Kind::Conflict);
    CHECK(repo.get(p.id)->name == QStringLiteral("Widget"));

    REQUIRE(repo.remove(p.id).ok());
    CHECK(repo.get(p.id).error().kind() == Error::Kind::NotFound);
    CHECK(repo.update(p).error().kind() == Error::Kind::NotFound);
    CHECK(repo.remove(p.id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("A product on an order cannot be deleted", "[repo][product]")
{
    test::TempDatabase t;
    ProductRepository repo(t.db());
    Product p = makeProduct(QStringLiteral("W-1"), QStringLiteral("Widget"), 100);
    REQUIRE(repo.insert(p).ok());
    Order o;
    o.customerId = test::addCustomer(t.db(), QStringLiteral("Acme"));
    o.orderedAt = test::utc(2024, 1, 1);
    o.currency = QStringLiteral("EUR");
    o.lines = {OrderLine{0, p.id, 1, 100}};
    REQUIRE(OrderRepository(t.db()).insert(o).ok());

    Status s = repo.remove(p.id);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(s.error().message().contains(QStringLiteral("inactive")));
    CHECK(repo.get(p.id).ok());
}

TEST_CASE("The catalogue is listed by name, inactive products on request", "[repo][product]")
{
    test::TempDatabase t;
    ProductRepository repo(t.db());
    Product c = makeProduct(QStringLiteral("C"), QStringLiteral("cable"), 100);
    Product a = makeProduct(QStringLiteral("A"), QStringLiteral("Adapter"), 100);
    Product b = makeProduct(QStringLiteral("B"), QStringLiteral("Battery"), 100);
    b.active = false;
    for (Product *p : {&c, &a, &b})
        REQUIRE(repo.insert(*p).ok());
    auto active = repo.list();
    REQUIRE(active.ok());
    REQUIRE(active->size() == 2);
    CHECK(active->at(0).sku == QStringLiteral("A"));
    CHECK(active->at(1).sku == QStringLiteral("C"));
    auto all = repo.list(true);
    REQUIRE(all->size() == 3);
    CHECK(all->at(1).sku == QStringLiteral("B"));
    CHECK(repo.list(true, 2)->size() == 2);
}
