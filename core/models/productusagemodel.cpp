#include "core/models/productusagemodel.h"

#include "core/domain/money.h"

#include <QLocale>

#include <cmath>

namespace rapport {
namespace {

// Changes within this share of the previous year count as flat.
constexpr double FlatBand = 0.10;

} // namespace

ProductUsageModel::ProductUsageModel(const Database &db, ChangeBus *bus, QObject *parent)
    : CustomerPanelModel(db,
                         bus,
                         {ChangeNotice::Entity::Order, ChangeNotice::Entity::Product},
                         ColumnCount,
                         parent)
{}

Status ProductUsageModel::read()
{
    m_rows.clear();
    if (customerId() <= 0)
        return {};
    Result<std::vector<ProductUsage>> rows = m_repo.products(customerId(), asOf());
    if (!rows)
        return rows.error();
    m_rows = std::move(rows).value();
    return {};
}

ProductUsageModel::Direction ProductUsageModel::direction(const ProductUsage &u)
{
    if (u.revenueLast12 == 0 && u.revenuePrevious12 == 0)
        return u.quantityLast12 == 0 && u.quantityPrevious12 == 0 ? Direction::None
                                                                  : Direction::Flat;
    if (u.revenuePrevious12 == 0)
        return Direction::New;
    if (u.revenueLast12 == 0)
        return Direction::Stopped;
    const double change = double(u.revenueLast12 - u.revenuePrevious12)
                          / std::abs(double(u.revenuePrevious12));
    if (change > FlatBand)
        return Direction::Up;
    if (change < -FlatBand)
        return Direction::Down;
    return Direction::Flat;
}

QString ProductUsageModel::trendText(const ProductUsage &u) const
{
    switch (direction(u)) {
    case Direction::None:
        return tr("none");
    case Direction::New:
        return tr("new");
    case Direction::Stopped:
        return tr("stopped");
    case Direction::Up:
    case Direction::Down:
    case Direction::Flat: {
        if (u.revenuePrevious12 == 0)
            return tr("steady");
        const double change = 100.0 * double(u.revenueLast12 - u.revenuePrevious12)
                              / std::abs(double(u.revenuePrevious12));
        if (std::abs(change) < 0.5)
            return tr("steady");
        const QString number = QLocale().toString(std::abs(change), 'f', 0);
        return change >= 0 ? tr("+%1 %").arg(number) : tr("\u2212%1 %").arg(number);
    }
    }
    return {};
}

QVariant ProductUsageModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const ProductUsage &u = m_rows[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case IdRole:
        return u.productId;
    case QuartersRole: {
        QVariantList quarters;
        for (qint64 q : u.quarterQuantity)
            quarters << q;
        return quarters;
    }
    case DirectionRole:
        return int(direction(u));
    case ServiceRole:
        return u.service;
    case RevenueMinorRole:
        return u.revenueMinor;
    case Qt::TextAlignmentRole:
        return index.column() == Quantity || index.column() == Revenue
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Trend)
            return tr("Last 12 months: %1 (%2 units)\nThe 12 months before: %3 (%4 units)")
                .arg(Money{u.revenueLast12, u.currency}.format(locale),
                     locale.toString(u.quantityLast12),
                     Money{u.revenuePrevious12, u.currency}.format(locale),
                     locale.toString(u.quantityPrevious12));
        if (index.column() == Product)
            return u.category.isEmpty() ? u.name : tr("%1\n%2").arg(u.name, u.category);
        if (index.column() == FirstBought || index.column() == LastBought)
            return tr("First bought %1\nLast bought %2")
                .arg(locale.toString(u.firstBoughtAt.toLocalTime().date(), QLocale::LongFormat),
                     locale.toString(u.lastBoughtAt.toLocalTime().date(), QLocale::LongFormat));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Product:
            return u.name;
        case Quantity:
            return locale.toString(u.quantity);
        case Revenue:
            return Money{u.revenueMinor, u.currency}.format(locale);
        // Month and year are enough to see how recent a purchase is; the day is in the tool tip.
        case FirstBought:
            return locale.toString(u.firstBoughtAt.toLocalTime().date(), tr("MMM yyyy"));
        case LastBought:
            return locale.toString(u.lastBoughtAt.toLocalTime().date(), tr("MMM yyyy"));
        case Trend:
            return trendText(u);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProductUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Qty");
    case Revenue:
        return tr("Revenue");
    case FirstBought:
        return tr("First");
    case LastBought:
        return tr("Last");
    case Trend:
        return tr("Trend (12 mo)");
    default:
        return {};
    }
}

} // namespace rapport
