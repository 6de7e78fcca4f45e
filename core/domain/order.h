#pragma once

#include "core/domain/money.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rapport {

// Where an order stands. The values are the schema's codes (orders.status).
enum class OrderStatus { Open = 0, Fulfilled = 1, Cancelled = 2, Refunded = 3 };
inline constexpr std::array<const char *, 4> orderStatusKeys{"open",
                                                             "fulfilled",
                                                             "cancelled",
                                                             "refunded"};

QString orderStatusName(OrderStatus status); // translated, for display

// One line of an order: a product, how many, and the price per unit agreed on that day, in the
// order's currency. A negative quantity is goods coming back.
struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;

    friend bool operator==(const OrderLine &, const OrderLine &) = default;

    // quantity * unitPriceMinor, or an Error when it does not fit 64 bits.
    Result<qint64> totalMinor() const;
};

// An order with its lines: one aggregate, saved and read as a whole.
struct Order
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime orderedAt; // UTC
    OrderStatus status = OrderStatus::Open;
    QString currency; // ISO 4217; every line's price is in it
    QList<OrderLine> lines;
    std::optional<qint64> repId; // the sales rep credited with it
    int version = 0;             // 0 before the first save

    // The sum of the lines in the order's currency, or an Error when it does not fit 64 bits.
    Result<Money> total() const;
    // The first rule the order breaks, as an Error naming the field ("lines[2].quantity" for a
    // line, counting from 0); success when valid.
    Status validate() const;
};

} // namespace rapport
