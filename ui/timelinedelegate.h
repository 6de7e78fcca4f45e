#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace rapport {

// TimelineDelegate draws one entry of a TimelineModel as three lines beside a coloured badge on
// a vertical rail: the headline and the time; the facts and the person; the notes or order
// lines. The first entry of a day carries the date in the left gutter ("Today", "Mon 12 May").
// Every row has the same height, so a view of thousands of entries lays out at once and never
// reads an entry's details to size it.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "Today", "Yesterday", "Mon 12 May", "Tue 3 Dec 2024" (the year only when not this year).
    static QString dayLabel(const QDate &day, const QDate &today);
    // Fixes "today" for the labels (tests and screenshots); invalid: the clock.
    void setToday(const QDate &today) { m_today = today; }

private:
    int gutterWidth(const QFontMetrics &metrics) const;

    QDate m_today;
};

} // namespace rapport
