#include "ui/timelineview.h"

#include "core/models/timelinemodel.h"
#include "ui/timelinedelegate.h"

namespace rapport {

TimelineView::TimelineView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new TimelineDelegate(this))
{
    setItemDelegate(m_delegate);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Timeline"));
    connect(this, &QAbstractItemView::activated, this, &TimelineView::activate);
}

TimelineModel *TimelineView::timelineModel() const
{
    return qobject_cast<TimelineModel *>(model());
}

void TimelineView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto type = TimelineEntryType(index.data(TimelineModel::TypeRole).toInt());
    const qint64 id = index.data(TimelineModel::IdRole).toLongLong();
    Q_EMIT entryActivated(int(type), id);
    switch (timelineGroup(type)) {
    case TimelineGroup::Cases:
        Q_EMIT caseActivated(id);
        break;
    case TimelineGroup::Tasks:
        Q_EMIT taskActivated(id);
        break;
    case TimelineGroup::Interactions:
        if (const qint64 caseId = index.data(TimelineModel::CaseIdRole).toLongLong())
            Q_EMIT caseActivated(caseId);
        break;
    default:
        break;
    }
}

} // namespace rapport
