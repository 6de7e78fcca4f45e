#include "core/models/timelinemodel.h"

#include "core/services/changebus.h"
#include "core/storage/database.h"
#include "core/util/displayformat.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

namespace rapport {
namespace {

Q_LOGGING_CATEGORY(lcTimeline, "rapport.timeline")

constexpr QChar Dot(0x00B7); // the middle dot between facts

QString joinFacts(const QStringList &parts)
{
    QStringList shown;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            shown << p;
    }
    return shown.join(QStringLiteral(" ") + Dot + QStringLiteral(" "));
}

[[maybe_unused]] bool sameEntry(const TimelineKey &a, const TimelineKey &b)
{
    return a.at == b.at && a.type == b.type && a.id == b.id;
}

} // namespace

TimelineModel::TimelineModel(const Database &db, ChangeBus *bus, QObject *parent)
    : QAbstractListModel(parent)
    , m_repo(db)
{
    m_details.setMaxCost(DefaultCachedDetails);
    if (bus)
        connect(bus, &ChangeBus::changed, this, &TimelineModel::onChange);
}

TimelineModel::~TimelineModel() = default;

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{TypeRole, "type"},
                  {GroupRole, "group"},
                  {ChannelRole, "channel"},
                  {IdRole, "entityId"},
                  {TimeRole, "time"},
                  {TitleRole, "title"},
                  {FactsRole, "facts"},
                  {TextRole, "text"},
                  {PersonRole, "person"},
                  {DirectionRole, "direction"},
                  {DayStartRole, "dayStart"},
                  {CaseIdRole, "caseId"}});
    return names;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.column() != 0
        || index.row() >= int(m_shown.size()))
        return {};
    const int row = index.row();
    const TimelineKey &key = m_shown[std::size_t(row)];
    // The roles the keys answer, without reading details.
    switch (role) {
    case TypeRole:
        return int(key.type);
    case GroupRole:
        return int(timelineGroup(key.type));
    case ChannelRole:
        return int(key.channel);
    case IdRole:
        return key.id;
    case TimeRole:
        return QDateTime::fromSecsSinceEpoch(key.at, Qt::UTC);
    case DayStartRole:
        return row == 0 || localDay(row) != localDay(row - 1);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case TitleRole:
    case FactsRole:
    case TextRole:
    case PersonRole:
    case DirectionRole:
    case CaseIdRole:
        break;
    default:
        return {};
    }

    const TimelineDetail *d = detailAt(row);
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return title(key, *d);
    case FactsRole:
        return facts(key, *d);
    case TextRole:
        return text(key, *d);
    case PersonRole:
        return d->person;
    case DirectionRole:
        return key.type == TimelineEntryType::Interaction ? int(d->direction) : -1;
    case CaseIdRole:
        return d->caseId.value_or(0);
    case Qt::ToolTipRole: {
        const QString when = display::dateTime(QDateTime::fromSecsSinceEpoch(key.at, Qt::UTC));
        QStringList lines{title(key, *d), facts(key, *d)};
        if (!d->person.isEmpty())
            lines << d->person;
        lines << when;
        const QString body = text(key, *d);
        if (!body.isEmpty())
            lines << QString() << body;
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QString TimelineModel::title(const TimelineKey &key, const TimelineDetail &d) const
{
    if (!d.found)
        return tr("(deleted)");
    switch (key.type) {
    case TimelineEntryType::Interaction:
        return d.title.isEmpty() ? channelName(Channel(key.channel)) : d.title;
    case TimelineEntryType::Order:
        return tr("Order %1: %2").arg(key.id).arg(d.total.format());
    case TimelineEntryType::CaseOpened:
        return d.caseKind == CaseKind::Complaint ? tr("Complaint opened: %1").arg(d.title)
                                                 : tr("Service request opened: %1").arg(d.title);
    case TimelineEntryType::CaseClosed:
        return d.caseStatus == CaseStatus::Closed ? tr("Case closed: %1").arg(d.title)
                                                  : tr("Case resolved: %1").arg(d.title);
    case TimelineEntryType::TaskCreated:
        return tr("Task: %1").arg(d.title);
    case TimelineEntryType::TaskDone:
        return tr("Task done: %1").arg(d.title);
    case TimelineEntryType::Note:
        return d.text.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QString TimelineModel::facts(const TimelineKey &key, const TimelineDetail &d) const
{
    if (!d.found)
        return timelineEntryTypeName(key.type);
    switch (key.type) {
    case TimelineEntryType::Interaction: {
        QString duration;
        if (d.durationSeconds >= 3600)
            duration
                = tr("%1 h %2 min").arg(d.durationSeconds / 3600).arg(d.durationSeconds % 3600 / 60);
        else if (d.durationSeconds >= 60)
            duration = tr("%1 min").arg(d.durationSeconds / 60);
        else if (d.durationSeconds > 0)
            duration = tr("%1 s").arg(d.durationSeconds);
        return joinFacts({channelName(Channel(key.channel)),
                          directionName(d.direction),
                          duration,
                          outcomeName(d.outcome)});
    }
    case TimelineEntryType::Order:
        return joinFacts({orderStatusName(d.orderStatus), tr("%n line(s)", nullptr, d.lineCount)});
    case TimelineEntryType::CaseOpened:
    case TimelineEntryType::CaseClosed:
        return joinFacts({caseKindName(d.caseKind),
                          priorityName(d.priority),
                          d.category,
                          tr("now %1").arg(caseStatusName(d.caseStatus))});
    case TimelineEntryType::TaskCreated:
    case TimelineEntryType::TaskDone:
        return joinFacts({d.dueAt.isValid()
                              ? tr("due %1").arg(display::date(d.dueAt.toLocalTime().date()))
                              : tr("no due date"),
                          priorityName(d.priority)});
    case TimelineEntryType::Note:
        return timelineEntryTypeName(key.type);
    }
    return {};
}

QString TimelineModel::text(const TimelineKey &key, const TimelineDetail &d) const
{
    switch (key.type) {
    case TimelineEntryType::Order: {
        QStringList lines;
        for (const auto &[quantity, product] : d.lines)
            lines << tr("%1 \u00d7 %2").arg(QLocale().toString(quantity), product);
        const int more = d.lineCount - int(d.lines.size());
        if (more > 0)
            lines << tr("%n more", nullptr, more);
        return lines.join(QStringLiteral(", "));
    }
    case TimelineEntryType::CaseClosed:
        return d.resolution;
    case TimelineEntryType::Note:
        return d.text.section(QLatin1Char('\n'), 1).trimmed();
    default:
        return d.text;
    }
}

qint64 TimelineModel::localDay(int row) const
{
    return QDateTime::fromSecsSinceEpoch(m_shown[std::size_t(row)].at, Qt::UTC)
        .toLocalTime()
        .date()
        .toJulianDay();
}

// ---- keys and filters --------------------------------------------------------------------------

void TimelineModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_details.clear();
    m_all.clear();
    m_shown.clear();
    m_errorReported = false;
    if (m_customerId > 0) {
        Result<std::vector<TimelineKey>> keys = m_repo.keys(m_customerId);
        if (keys)
            m_all = std::move(keys).value();
        else
            report(keys.error());
    }
    m_shown = filtered();
    endResetModel();
    Q_EMIT countsChanged();
}

bool TimelineModel::passes(const TimelineKey &key) const
{
    if (!(m_groups & (1u << int(timelineGroup(key.type)))))
        return false;
    if (m_channels == AllChannels)
        return true;
    return key.type == TimelineEntryType::Interaction && key.channel >= 0
           && (m_channels & (1u << key.channel));
}

std::vector<TimelineKey> TimelineModel::filtered() const
{
    if (m_groups == AllGroups && m_channels == AllChannels)
        return m_all;
    std::vector<TimelineKey> shown;
    shown.reserve(m_all.size());
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(shown), [this](const auto &k) {
        return passes(k);
    });
    return shown;
}

void TimelineModel::rebuild()
{
    beginResetModel();
    m_shown = filtered();
    endResetModel();
}

void TimelineModel::setGroupFilter(quint32 groups)
{
    groups &= AllGroups;
    if (groups == m_groups)
        return;
    m_groups = groups;
    rebuild();
}

void TimelineModel::setChannelFilter(quint32 channels)
{
    channels &= AllChannels;
    if (channels == m_channels)
        return;
    m_channels = channels;
    rebuild();
}

int TimelineModel::groupCount(TimelineGroup group) const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [group](const TimelineKey &k) {
        return timelineGroup(k.type) == group;
    }));
}

int TimelineModel::channelCount(Channel channel) const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [channel](const TimelineKey &k) {
        return k.type == TimelineEntryType::Interaction && k.channel == qint8(channel);
    }));
}

TimelineKey TimelineModel::keyAt(int row) const
{
    return row >= 0 && row < int(m_shown.size()) ? m_shown[std::size_t(row)] : TimelineKey{};
}

int TimelineModel::rowOf(TimelineEntryType type, qint64 id) const
{
    const auto it = std::find_if(m_shown.begin(), m_shown.end(), [&](const TimelineKey &k) {
        return k.type == type && k.id == id;
    });
    return it == m_shown.end() ? -1 : int(it - m_shown.begin());
}

// ---- details ------------------------------------------------------------------------------------

quint64 TimelineModel::cacheKey(const TimelineKey &key)
{
    // Case and task events share their row's details.
    return (quint64(timelineGroup(key.type)) << 56) | quint64(key.id);
}

const TimelineDetail *TimelineModel::detailAt(int row) const
{
    const quint64 key = cacheKey(m_shown[std::size_t(row)]);
    if (const TimelineDetail *d = m_details.object(key))
        return d;
    fetchAround(row);
    return m_details.object(key);
}

void TimelineModel::fetchAround(int row) const
{
    const int first = row / RowsPerFetch * RowsPerFetch;
    const int end = std::min(first + RowsPerFetch, int(m_shown.size()));
    std::vector<TimelineKey> wanted;
    for (int r = first; r < end; ++r) {
        const TimelineKey &k = m_shown[std::size_t(r)];
        if (!m_details.contains(cacheKey(k)))
            wanted.push_back(k);
    }
    Result<std::vector<TimelineDetail>> details = m_repo.details(wanted);
    if (!details) {
        report(details.error());
        return;
    }
    for (std::size_t i = 0; i < wanted.size(); ++i)
        m_details.insert(cacheKey(wanted[i]), new TimelineDetail(std::move(details.value()[i])));
}

void TimelineModel::report(const Error &error) const
{
    qCWarning(lcTimeline, "%s", qUtf8Printable(error.message()));
    if (m_errorReported)
        return;
    m_errorReported = true;
    // Reading happens inside data() and paint events; the signal goes out from the event loop.
    auto *self = const_cast<TimelineModel *>(this);
    QMetaObject::invokeMethod(
        self,
        [self, message = error.message()] { Q_EMIT self->errorOccurred(message); },
        Qt::QueuedConnection);
}

// ---- change notices ----------------------------------------------------------------------------

void TimelineModel::onChange(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    if (notice.entity == Entity::Everything) {
        reload();
        return;
    }
    if (m_customerId <= 0)
        return;
    const bool ours = notice.customerIds.isEmpty() || notice.customerIds.contains(m_customerId);
    switch (notice.entity) {
    case Entity::Interaction:
        if (ours)
            refresh(notice.ids, TimelineGroup::Interactions, false);
        break;
    case Entity::Order:
        if (ours)
            refresh(notice.ids, TimelineGroup::Orders, false);
        break;
    case Entity::Case:
        // A deleted case takes its tasks along, and clears the case of its interactions.
        if (ours)
            refresh(notice.ids,
                    TimelineGroup::Cases,
                    notice.action == ChangeNotice::Action::Deleted);
        break;
    case Entity::Task:
        if (ours)
            refresh(notice.ids, TimelineGroup::Tasks, false);
        break;
    case Entity::Note:
        if (ours)
            refresh(notice.ids, TimelineGroup::Notes, false);
        break;
    case Entity::Customer:
        if (ours && notice.action == ChangeNotice::Action::Reset)
            reload();
        break;
    case Entity::User:
    case Entity::Product:
        // Names of agents and products are part of the details.
        if (notice.action != ChangeNotice::Action::Created)
            refresh({}, TimelineGroup::Notes, true);
        break;
    default:
        break;
    }
}

// Reads the keys again and applies the difference; drops the cached details of `changedIds` in
// `changedGroup` (all of them with `anyGroup`) and repaints their rows.
void TimelineModel::refresh(const QList<qint64> &changedIds,
                            TimelineGroup changedGroup,
                            bool anyGroup)
{
    Result<std::vector<TimelineKey>> keys = m_repo.keys(m_customerId);
    if (!keys) {
        report(keys.error());
        return;
    }
    if (anyGroup) {
        m_details.clear();
    } else {
        for (qint64 id : changedIds)
            m_details.remove((quint64(changedGroup) << 56) | quint64(id));
    }
    applyKeys(std::move(keys).value());
    if (m_shown.empty())
        return;
    if (anyGroup) {
        Q_EMIT dataChanged(index(0), index(int(m_shown.size()) - 1));
        return;
    }
    for (int row = 0; row < int(m_shown.size()); ++row) {
        const TimelineKey &k = m_shown[std::size_t(row)];
        if (timelineGroup(k.type) == changedGroup && changedIds.contains(k.id))
            Q_EMIT dataChanged(index(row), index(row));
    }
}

// Turns the rows into the filtered `keys` by a merge of the two sorted lists: runs of new keys
// become row insertions, runs of keys that are gone become removals. The row after each run
// may have lost or gained its day heading, so it is repainted.
void TimelineModel::applyKeys(std::vector<TimelineKey> keys)
{
    m_all = std::move(keys);
    const std::vector<TimelineKey> next = filtered();
    std::size_t row = 0;
    std::size_t j = 0;
    const auto repaint = [this](std::size_t r) {
        if (r < m_shown.size())
            Q_EMIT dataChanged(index(int(r)), index(int(r)));
    };
    while (row < m_shown.size() || j < next.size()) {
        if (j < next.size()
            && (row >= m_shown.size() || TimelineKey::newerFirst(next[j], m_shown[row]))) {
            std::size_t end = j;
            while (end < next.size()
                   && (row >= m_shown.size() || TimelineKey::newerFirst(next[end], m_shown[row])))
                ++end;
            const int count = int(end - j);
            beginInsertRows({}, int(row), int(row) + count - 1);
            m_shown.insert(m_shown.begin() + qsizetype(row),
                           next.begin() + qsizetype(j),
                           next.begin() + qsizetype(end));
            endInsertRows();
            row += std::size_t(count);
            j = end;
            repaint(row);
        } else if (j >= next.size() || TimelineKey::newerFirst(m_shown[row], next[j])) {
            std::size_t end = row;
            while (end < m_shown.size()
                   && (j >= next.size() || TimelineKey::newerFirst(m_shown[end], next[j])))
                ++end;
            beginRemoveRows({}, int(row), int(end) - 1);
            m_shown.erase(m_shown.begin() + qsizetype(row), m_shown.begin() + qsizetype(end));
            endRemoveRows();
            repaint(row);
        } else {
            // The same entry; an interaction may have changed its channel.
            Q_ASSERT(sameEntry(m_shown[row], next[j]));
            if (m_shown[row].channel != next[j].channel) {
                m_shown[row] = next[j];
                m_details.remove(cacheKey(next[j]));
                repaint(row);
            }
            ++row;
            ++j;
        }
    }
    Q_EMIT countsChanged();
}

} // namespace rapport
