#pragma once

#include "core/models/customerpanelmodel.h"

#include <vector>

namespace rapport {

// ProductUsageModel lists what one customer bought, per product and currency: quantity, revenue,
// first and last purchase, and how buying moved (the last 12 months against the 12 before, and
// the quantity per quarter over two years for a sparkline). IdRole is the product's id.
class ProductUsageModel final : public CustomerPanelModel
{
    Q_OBJECT
public:
    enum Column { Product, Quantity, Revenue, FirstBought, LastBought, Trend, ColumnCount };
    Q_ENUM(Column)
    // How the last 12 months compare with the 12 before.
    enum class Direction { None, New, Up, Flat, Down, Stopped };
    Q_ENUM(Direction)
    enum Role {
        QuartersRole = FirstCustomRole, // QVariantList of qint64: quantity per quarter, oldest first
        DirectionRole,                  // int: Direction
        ServiceRole,                    // bool: a service rather than goods
        RevenueMinorRole,               // qint64, in the row's currency
    };

    ProductUsageModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ProductUsage &at(int row) const { return m_rows[std::size_t(row)]; }
    static Direction direction(const ProductUsage &usage);

protected:
    Status read() override;
    int rows() const override { return int(m_rows.size()); }

private:
    QString trendText(const ProductUsage &u) const;

    std::vector<ProductUsage> m_rows;
};

} // namespace rapport
