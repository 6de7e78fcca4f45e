#pragma once

#include "core/domain/money.h"
#include "core/util/result.h"

#include <QString>

#include <optional>

namespace rapport {

// Something Rapport's users sell: goods or a service, with its list price. Orders copy the price
// into their lines, so changing a product never rewrites history.
struct Product
{
    qint64 id = 0;
    QString sku; // the stock-keeping unit; unique
    QString name;
    QString category;
    bool isService = false;
    Money unitPrice;                     // the list price; its currency is the product's
    std::optional<qint64> unitCostMinor; // in the price's currency; unknown when empty
    bool active = true;                  // inactive products stay on old orders only
    int version = 0;                     // 0 before the first save

    // The gross margin per unit in minor units, when the cost is known.
    std::optional<qint64> marginMinor() const;
    void tidy();
    // The first rule the product breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
