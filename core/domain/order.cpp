#include "core/domain/order.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct OrderTexts
{
    Q_DECLARE_TR_FUNCTIONS(Order)
};

constexpr qsizetype MaxLines = 10000;
// Clocks of two machines sharing a file disagree a little; a day is far beyond that.
constexpr qint64 FutureToleranceSeconds = 24 * 3600;

QString lineField(qsizetype index, const char *member)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(member));
}

} // namespace

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Open:
        return OrderTexts::tr("Open");
    case OrderStatus::Fulfilled:
        return OrderTexts::tr("Fulfilled");
    case OrderStatus::Cancelled:
        return OrderTexts::tr("Cancelled");
    case OrderStatus::Refunded:
        return OrderTexts::tr("Refunded");
    }
    return {};
}

Result<qint64> OrderLine::totalMinor() const
{
    return multiplyMinor(unitPriceMinor, quantity, QStringLiteral("quantity"));
}

Result<Money> Order::total() const
{
    qint64 sum = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Result<qint64> line = lines[i].totalMinor();
        if (!line)
            return Error(Error::Kind::Validation,
                         OrderTexts::tr("The total of line %1 is too large.").arg(i + 1),
                         lineField(i, "quantity"));
        Result<qint64> next = addMinor(sum, *line, QStringLiteral("lines"));
        if (!next)
            return Error(Error::Kind::Validation,
                         OrderTexts::tr("The order's total is too large."),
                         QStringLiteral("lines"));
        sum = *next;
    }
    return Money{sum, currency};
}

Status Order::validate() const
{
    using K = Error::Kind;
    if (customerId <= 0)
        return Error(K::Validation,
                     OrderTexts::tr("The order belongs to no customer."),
                     QStringLiteral("customerId"));
    if (!orderedAt.isValid())
        return Error(K::Validation,
                     OrderTexts::tr("The order needs the time it was placed."),
                     QStringLiteral("orderedAt"));
    if (orderedAt.toSecsSinceEpoch() > QDateTime::currentSecsSinceEpoch() + FutureToleranceSeconds)
        return Error(K::Validation,
                     OrderTexts::tr("The order cannot be placed in the future."),
                     QStringLiteral("orderedAt"));
    if (!enumFromInt<OrderStatus>(int(status), orderStatusKeys))
        return Error(K::Validation,
                     OrderTexts::tr("The order's status is not one Rapport knows."),
                     QStringLiteral("status"));
    if (Status s = Money::validateCurrency(currency); !s)
        return s;
    if (repId && *repId <= 0)
        return Error(K::Validation,
                     OrderTexts::tr("The sales rep is not a valid user."),
                     QStringLiteral("repId"));
    if (lines.isEmpty())
        return Error(K::Validation,
                     OrderTexts::tr("An order needs at least one line."),
                     QStringLiteral("lines"));
    if (lines.size() > MaxLines)
        return Error(K::Validation,
                     OrderTexts::tr("An order cannot have more than %1 lines.").arg(MaxLines),
                     QStringLiteral("lines"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines[i];
        if (line.productId <= 0)
            return Error(K::Validation,
                         OrderTexts::tr("Line %1 has no product.").arg(i + 1),
                         lineField(i, "productId"));
        if (line.quantity == 0)
            return Error(K::Validation,
                         OrderTexts::tr("Line %1 has a quantity of zero; remove the line instead.")
                             .arg(i + 1),
                         lineField(i, "quantity"));
        if (line.unitPriceMinor < 0)
            return Error(K::Validation,
                         OrderTexts::tr(
                             "Line %1 has a negative price; a return has a negative quantity "
                             "instead.")
                             .arg(i + 1),
                         lineField(i, "unitPriceMinor"));
    }
    if (Result<Money> sum = total(); !sum)
        return sum.error();
    return {};
}

} // namespace rapport
