#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace rapport {

class TimelineModel;
class TimelineView;

// TimelinePane is the main area of the 360° view: a line to write a note, the filters (one
// toggle per kind of entry with its count, a channel choice), the number of entries shown, and
// the TimelineView itself.
class TimelinePane final : public QWidget
{
    Q_OBJECT
public:
    TimelinePane(TimelineModel *model, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    QLineEdit *noteEditor() const { return m_note; }
    QComboBox *channelFilter() const { return m_channel; }
    // The toggle of TimelineGroup `group`.
    QToolButton *groupButton(int group) const { return m_groups.value(group); }
    // Shows all entries again.
    void clearFilters();

Q_SIGNALS:
    // The user wrote a note and pressed Enter.
    void noteSubmitted(const QString &text);

private:
    void applyFilters();
    void updateCounts();

    TimelineModel *m_model;
    QLineEdit *m_note;
    QList<QToolButton *> m_groups;
    QComboBox *m_channel;
    QLabel *m_count;
    TimelineView *m_view;
};

} // namespace rapport
