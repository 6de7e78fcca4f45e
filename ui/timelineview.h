#pragma once

#include "core/domain/timelineentry.h"

#include <QListView>

namespace rapport {

class TimelineDelegate;
class TimelineModel;

// TimelineView shows a TimelineModel as a journal: newest first, a badge per entry, the day in
// the gutter. Every row has the same height (setUniformItemSizes), so thousands of entries lay
// out at once and only the rows on screen read their details. Activating an entry (double-click,
// Enter) announces it; entries of cases and tasks also announce the case or task.
class TimelineView final : public QListView
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    TimelineModel *timelineModel() const;
    TimelineDelegate *timelineDelegate() const { return m_delegate; }

Q_SIGNALS:
    // `type` is a TimelineEntryType code; `id` the row of its table.
    void entryActivated(int type, qint64 id);
    void caseActivated(qint64 id);
    void taskActivated(qint64 id);

private:
    void activate(const QModelIndex &index);

    TimelineDelegate *m_delegate;
};

} // namespace rapport
