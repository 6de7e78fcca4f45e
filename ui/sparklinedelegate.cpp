#include "ui/sparklinedelegate.h"

#include "core/models/productusagemodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace rapport {
namespace {

QColor directionColour(ProductUsageModel::Direction direction)
{
    switch (direction) {
    case ProductUsageModel::Direction::New:
    case ProductUsageModel::Direction::Up:
        return QColor(0x2e, 0x7d, 0x32);
    case ProductUsageModel::Direction::Down:
    case ProductUsageModel::Direction::Stopped:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return QColor(0x78, 0x90, 0x9c);
    }
}

constexpr int BarWidth = 5;
constexpr int BarGap = 2;

} // namespace

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += ProductUsage::Quarters * (BarWidth + BarGap) + 8;
    return size;
}

void SparklineDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariantList quarters = index.data(ProductUsageModel::QuartersRole).toList();
    const auto direction = ProductUsageModel::Direction(
        index.data(ProductUsageModel::DirectionRole).toInt());
    qint64 top = 1;
    for (const QVariant &q : quarters)
        top = std::max(top, q.toLongLong());
    const QRect r = opt.rect.adjusted(4, 4, -4, -4);
    const QColor colour = directionColour(direction);
    painter->save();
    painter->setPen(Qt::NoPen);
    int x = r.left();
    for (qsizetype i = 0; i < quarters.size(); ++i) {
        const qint64 q = quarters[i].toLongLong();
        const int h = q > 0 ? std::max(2, int(double(r.height()) * double(q) / double(top))) : 1;
        // The last four quarters are the last 12 months: full colour; the year before, lighter.
        QColor c = q > 0 ? colour : QColor(0xcf, 0xd8, 0xdc);
        if (q > 0 && i < quarters.size() - 4)
            c = c.lighter(150);
        painter->setBrush(c);
        painter->drawRect(QRect(x, r.bottom() - h + 1, BarWidth, h));
        x += BarWidth + BarGap;
    }
    x += 6;
    painter->setPen(colour);
    painter->drawText(QRect(x, opt.rect.top(), opt.rect.right() - x, opt.rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, opt.rect.right() - x));
    painter->restore();
}

} // namespace rapport
