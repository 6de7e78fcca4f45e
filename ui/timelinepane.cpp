#include "ui/timelinepane.h"

#include "core/models/timelinemodel.h"
#include "ui/timelineglyphs.h"
#include "ui/timelineview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {
namespace {

// The badge of a group (interactions: the phone's) as a small icon for its toggle.
QIcon groupIcon(TimelineGroup group)
{
    static const TimelineEntryType types[] = {TimelineEntryType::Interaction,
                                              TimelineEntryType::Order,
                                              TimelineEntryType::CaseOpened,
                                              TimelineEntryType::TaskCreated,
                                              TimelineEntryType::Note};
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintTimelineBadge(&painter, QRectF(1, 1, 30, 30), types[int(group)], int(Channel::Phone));
    return QIcon(pixmap);
}

QIcon channelIcon(Channel channel)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintTimelineBadge(&painter, QRectF(1, 1, 30, 30), TimelineEntryType::Interaction, int(channel));
    return QIcon(pixmap);
}

} // namespace

TimelinePane::TimelinePane(TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_note(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new TimelineView(this))
{
    m_note->setObjectName(QStringLiteral("noteEditor"));
    m_note->setPlaceholderText(tr("Write a note about this customer and press Enter (Ctrl+Alt+N)"));
    m_note->setClearButtonEnabled(true);
    m_note->setMaxLength(2000);
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_note->text().trimmed();
        if (!text.isEmpty())
            Q_EMIT noteSubmitted(text);
    });

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    for (std::size_t g = 0; g < timelineGroupKeys.size(); ++g) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("filter_") + QLatin1String(timelineGroupKeys[g]));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(groupIcon(TimelineGroup(g)));
        button->setIconSize(QSize(16, 16));
        button->setToolTip(tr("Show or hide: %1").arg(timelineGroupName(TimelineGroup(g))));
        connect(button, &QToolButton::toggled, this, &TimelinePane::applyFilters);
        filters->addWidget(button);
        m_groups << button;
    }
    filters->addSpacing(8);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"), TimelineModel::AllChannels);
    for (std::size_t c = 0; c < channelKeys.size(); ++c)
        m_channel->addItem(channelIcon(Channel(c)), channelName(Channel(c)), 1u << c);
    m_channel->setToolTip(tr("Show the contacts of one channel only"));
    connect(m_channel, &QComboBox::currentIndexChanged, this, &TimelinePane::applyFilters);
    filters->addWidget(m_channel);
    filters->addStretch(1);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_note);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    m_view->setModel(model);
    connect(model, &TimelineModel::countsChanged, this, &TimelinePane::updateCounts);
    connect(model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateCounts);
    updateCounts();
}

void TimelinePane::clearFilters()
{
    for (QToolButton *button : std::as_const(m_groups)) {
        const QSignalBlocker blocker(button);
        button->setChecked(true);
    }
    {
        const QSignalBlocker blocker(m_channel);
        m_channel->setCurrentIndex(0);
    }
    applyFilters();
}

void TimelinePane::applyFilters()
{
    quint32 groups = 0;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g]->isChecked())
            groups |= 1u << g;
    }
    m_model->setGroupFilter(groups);
    m_model->setChannelFilter(m_channel->currentData().toUInt());
    updateCounts();
}

void TimelinePane::updateCounts()
{
    const QLocale locale;
    for (qsizetype g = 0; g < m_groups.size(); ++g)
        m_groups[g]->setText(
            tr("%1 %2").arg(timelineGroupName(TimelineGroup(g)),
                            locale.toString(m_model->groupCount(TimelineGroup(g)))));
    for (int i = 1; i < m_channel->count(); ++i)
        m_channel->setItemText(i,
                               tr("%1 (%2)").arg(channelName(Channel(i - 1)),
                                                 locale.toString(
                                                     m_model->channelCount(Channel(i - 1)))));
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(
        shown == total ? tr("%n entries", nullptr, total)
                       : tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace rapport
