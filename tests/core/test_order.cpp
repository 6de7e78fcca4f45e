#include "core/domain/order.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace rapport;

namespace {

Order validOrder()
{
    Order o;
    o.customerId = 3;
    o.orderedAt = test::utc(2024, 6, 1);
    o.status = OrderStatus::Fulfilled;
    o.currency = QStringLiteral("EUR");
    o.lines = {OrderLine{0, 10, 2, 1999}, OrderLine{0, 11, 1, 500}};
    return o;
}

QString brokenField(const Order &o)
{
    const Status s = o.validate();
    if (s.ok())
        return QStringLiteral("<valid>");
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK_FALSE(s.error().message().isEmpty());
    return s.error().field();
}

} // namespace

TEST_CASE("Order statuses have keys, schema codes and names", "[domain][order]")
{
    test::checkEnumeration<OrderStatus>(orderStatusKeys, orderStatusName);
    CHECK(int(OrderStatus::Open) == 0);
    CHECK(int(OrderStatus::Refunded) == 3);
}

TEST_CASE("An order's total is the sum of its lines, returns included", "[domain][order]")
{
    Order o = validOrder();
    auto total = o.total();
    REQUIRE(total.ok());
    CHECK(*total == Money{4498, QStringLiteral("EUR")});

    o.lines << OrderLine{0, 10, -1, 1999}; // one widget came back
    CHECK(o.total()->minor == 2499);
    CHECK(*o.lines.last().totalMinor() == -1999);

    o.lines.clear();
    CHECK(o.total()->minor == 0);
}

TEST_CASE("An order's total that does not fit 64 bits is refused", "[domain][order]")
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    Order o = validOrder();
    o.lines = {OrderLine{0, 10, 2, max / 2 + 1}};
    REQUIRE_FALSE(o.total().ok());
    CHECK(o.total().error().field() == QStringLiteral("lines[0].quantity"));
    CHECK(brokenField(o) == QStringLiteral("lines[0].quantity"));

    o.lines = {OrderLine{0, 10, 1, max}, OrderLine{0, 11, 1, 1}};
    REQUIRE_FALSE(o.total().ok());
    CHECK(brokenField(o) == QStringLiteral("lines"));
}

TEST_CASE("An order is validated field by field", "[domain][order]")
{
    CHECK(validOrder().validate().ok());

    Order o = validOrder();
    o.customerId = 0;
    CHECK(brokenField(o) == QStringLiteral("customerId"));
    o = validOrder();
    o.orderedAt = QDateTime();
    CHECK(brokenField(o) == QStringLiteral("orderedAt"));
    o.orderedAt = QDateTime::currentDateTimeUtc().addDays(10);
    CHECK(brokenField(o) == QStringLiteral("orderedAt"));
    o = validOrder();
    o.status = static_cast<OrderStatus>(4);
    CHECK(brokenField(o) == QStringLiteral("status"));
    o = validOrder();
    o.currency = QStringLiteral("Eur");
    CHECK(brokenField(o) == QStringLiteral("currency"));
    o.currency.clear();
    CHECK(brokenField(o) == QStringLiteral("currency"));
    o = validOrder();
    o.repId = 0;
    CHECK(brokenField(o) == QStringLiteral("repId"));
    o = validOrder();
    o.lines.clear();
    CHECK(brokenField(o) == QStringLiteral("lines"));
    o = validOrder();
    o.lines[1].productId = 0;
    CHECK(brokenField(o) == QStringLiteral("lines[1].productId"));
    o = validOrder();
    o.lines[1].quantity = 0;
    CHECK(brokenField(o) == QStringLiteral("lines[1].quantity"));
    o = validOrder();
    o.lines[0].unitPriceMinor = -100;
    CHECK(brokenField(o) == QStringLiteral("lines[0].unitPriceMinor"));
    o = validOrder();
    o.lines[0].quantity = -2; // a return
    CHECK(brokenField(o) == QStringLiteral("<valid>"));
}
