#include "core/domain/product.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct ProductTexts
{
    Q_DECLARE_TR_FUNCTIONS(Product)
};

constexpr qsizetype MaxSkuLength = 64;
constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxCategoryLength = 100;

} // namespace

std::optional<qint64> Product::marginMinor() const
{
    if (!unitCostMinor)
        return std::nullopt;
    // Both are validated as non-negative, so the difference cannot overflow.
    return unitPrice.minor - *unitCostMinor;
}

void Product::tidy()
{
    sku = sku.trimmed();
    name = name.simplified();
    category = category.simplified();
    unitPrice.currency = unitPrice.currency.trimmed().toUpper();
}

Status Product::validate() const
{
    using K = Error::Kind;
    if (sku.trimmed().isEmpty())
        return Error(K::Validation,
                     ProductTexts::tr("A product needs a SKU."),
                     QStringLiteral("sku"));
    if (sku.size() > MaxSkuLength)
        return Error(K::Validation,
                     ProductTexts::tr("The SKU is longer than %1 characters.").arg(MaxSkuLength),
                     QStringLiteral("sku"));
    if (name.trimmed().isEmpty())
        return Error(K::Validation,
                     ProductTexts::tr("A product needs a name."),
                     QStringLiteral("name"));
    if (name.size() > MaxNameLength)
        return Error(K::Validation,
                     ProductTexts::tr("The name is longer than %1 characters.").arg(MaxNameLength),
                     QStringLiteral("name"));
    if (category.size() > MaxCategoryLength)
        return Error(K::Validation,
                     ProductTexts::tr("The category is longer than %1 characters.")
                         .arg(MaxCategoryLength),
                     QStringLiteral("category"));
    if (Status s = unitPrice.validate(QStringLiteral("unitPrice")); !s)
        return s;
    if (unitPrice.minor < 0)
        return Error(K::Validation,
                     ProductTexts::tr("The price cannot be negative."),
                     QStringLiteral("unitPrice"));
    if (unitCostMinor && *unitCostMinor < 0)
        return Error(K::Validation,
                     ProductTexts::tr("The cost cannot be negative."),
                     QStringLiteral("unitCostMinor"));
    return {};
}

} // namespace rapport
