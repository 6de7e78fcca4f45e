#include "core/domain/product.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Product validProduct()
{
    Product p;
    p.sku = QStringLiteral("WID-100");
    p.name = QStringLiteral("Widget");
    p.category = QStringLiteral("Hardware");
    p.unitPrice = Money{1999, QStringLiteral("EUR")};
    p.unitCostMinor = 1200;
    return p;
}

QString brokenField(const Product &p)
{
    const Status s = p.validate();
    if (s.ok())
        return QStringLiteral("<valid>");
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK_FALSE(s.error().message().isEmpty());
    return s.error().field();
}

} // namespace

TEST_CASE("A product is validated field by field", "[domain][product]")
{
    CHECK(validProduct().validate().ok());

    Product p = validProduct();
    p.sku = QStringLiteral(" ");
    CHECK(brokenField(p) == QStringLiteral("sku"));
    p.sku = QString(65, QLatin1Char('S'));
    CHECK(brokenField(p) == QStringLiteral("sku"));
    p = validProduct();
    p.name.clear();
    CHECK(brokenField(p) == QStringLiteral("name"));
    p.name = QString(201, QLatin1Char('n'));
    CHECK(brokenField(p) == QStringLiteral("name"));
    p = validProduct();
    p.category = QString(101, QLatin1Char('c'));
    CHECK(brokenField(p) == QStringLiteral("category"));
    p = validProduct();
    p.unitPrice.currency = QStringLiteral("euro");
    CHECK(brokenField(p) == QStringLiteral("unitPrice"));
    p = validProduct();
    p.unitPrice.minor = -1;
    CHECK(brokenField(p) == QStringLiteral("unitPrice"));
    p = validProduct();
    p.unitCostMinor = -5;
    CHECK(brokenField(p) == QStringLiteral("unitCostMinor"));
    p.unitCostMinor.reset(); // unknown cost
    CHECK(brokenField(p) == QStringLiteral("<valid>"));
    p.unitPrice.minor = 0; // a free product is allowed
    CHECK(brokenField(p) == QStringLiteral("<valid>"));
}

TEST_CASE("A product's margin needs its cost", "[domain][product]")
{
    Product p = validProduct();
    CHECK(p.marginMinor() == 799);
    p.unitCostMinor.reset();
    CHECK_FALSE(p.marginMinor().has_value());
}

TEST_CASE("Tidying a product upper-cases its currency", "[domain][product]")
{
    Product p = validProduct();
    p.sku = QStringLiteral(" WID-100 ");
    p.unitPrice.currency = QStringLiteral(" eur");
    p.tidy();
    CHECK(p.sku == QStringLiteral("WID-100"));
    CHECK(p.unitPrice.currency == QStringLiteral("EUR"));
    CHECK(p.validate().ok());
}
