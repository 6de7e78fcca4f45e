#pragma once

#include <QStyledItemDelegate>

namespace rapport {

// SparklineDelegate draws the trend cell of ProductUsageModel: small bars of the quantity per
// quarter (oldest left), coloured by the direction of the last 12 months, and the trend text.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rapport
