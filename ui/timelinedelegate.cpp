#include "ui/timelinedelegate.h"

#include "core/models/timelinemodel.h"
#include "core/util/displayformat.h"
#include "ui/timelineglyphs.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace rapport {
namespace {

constexpr int Padding = 7;  // above and below the three lines
constexpr int LineGap = 2;  // between the lines
constexpr int RailGap = 10; // between the badge and the text

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString TimelineDelegate::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    const QLocale locale;
    return day.year() == today.year() ? locale.toString(day, tr("ddd d MMM"))
                                      : locale.toString(day, tr("d MMM yyyy"));
}

int TimelineDelegate::gutterWidth(const QFontMetrics &metrics) const
{
    return metrics.horizontalAdvance(QStringLiteral("Wed 28 May 2026")) + 18;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {gutterWidth(option.fontMetrics) + 300, 2 * Padding + 3 * line + 2 * LineGap};
}

void TimelineDelegate::paint(QPainter *painter,
                             const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    const QRect r = option.rect;
    const QPalette &palette = option.palette;
    const QFontMetrics &fm = option.fontMetrics;
    const int line = fm.height();
    const int gutter = gutterWidth(fm);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = mix(text, base, 0.45);
    const QColor faint = mix(text, base, 0.85);

    // Background: the row (not the gutter) lights up when selected or under the mouse.
    painter->fillRect(r, base);
    const QRect body(r.left() + gutter, r.top(), r.width() - gutter, r.height());
    if (selected)
        painter->fillRect(body, mix(palette.color(QPalette::Highlight), base, 0.82));
    else if (hovered)
        painter->fillRect(body, mix(text, base, 0.96));

    const auto type = TimelineEntryType(index.data(TimelineModel::TypeRole).toInt());
    const int channel = index.data(TimelineModel::ChannelRole).toInt();
    const QDateTime when = index.data(TimelineModel::TimeRole).toDateTime().toLocalTime();
    const bool dayStart = index.data(TimelineModel::DayStartRole).toBool();

    // The day: a hairline across and the date in the gutter.
    if (dayStart) {
        painter->setPen(faint);
        if (index.row() > 0)
            painter->drawLine(r.left() + 8, r.top(), r.right() - 8, r.top());
        QFont dayFont = option.font;
        dayFont.setBold(true);
        painter->setFont(dayFont);
        painter->setPen(muted);
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        painter->drawText(QRect(r.left() + 10, r.top() + Padding, gutter - 14, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          dayLabel(when.date(), today));
    }

    // The rail and the badge.
    const int badge = std::min(line * 2, 34);
    const int railX = r.left() + gutter + badge / 2 + 4;
    painter->setPen(QPen(faint, 2));
    painter->drawLine(railX,
                      dayStart && index.row() == 0 ? r.top() + Padding : r.top(),
                      railX,
                      r.bottom());
    const QRectF badgeRect(railX - badge / 2.0, r.top() + Padding, badge, badge);
    painter->setPen(QPen(base, 3));
    painter->setBrush(base);
    painter->drawEllipse(badgeRect.adjusted(-2, -2, 2, 2));
    paintTimelineBadge(painter, badgeRect, type, channel);

    // The three lines.
    const int x = railX + badge / 2 + RailGap;
    const int right = r.right() - 12;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString time = display::time(when.time());
    const int timeWidth = fm.horizontalAdvance(time);
    int y = r.top() + Padding;

    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(right - timeWidth, y, timeWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter,
                      time);

    painter->setFont(bold);
    painter->setPen(text);
    const QString title = index.data(TimelineModel::TitleRole).toString();
    painter->drawText(QRect(x, y, right - timeWidth - 12 - x, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, right - timeWidth - 12 - x));

    y += line + LineGap;
    painter->setFont(option.font);
    QString facts = index.data(TimelineModel::FactsRole).toString();
    const QString person = index.data(TimelineModel::PersonRole).toString();
    if (!person.isEmpty())
        facts += QStringLiteral("  \u2014  ") + person;
    painter->setPen(timelineColor(type, channel).darker(115));
    painter->drawText(QRect(x, y, right - x, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(facts, Qt::ElideRight, right - x));

    y += line + LineGap;
    QString notes = index.data(TimelineModel::TextRole).toString();
    notes.replace(QLatin1Char('\n'), QStringLiteral("  "));
    if (!notes.isEmpty()) {
        painter->setPen(mix(text, base, 0.25));
        painter->drawText(QRect(x, y, right - x, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(notes, Qt::ElideRight, right - x));
    }
    if (option.state & QStyle::State_HasFocus && selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(body.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

} // namespace rapport
