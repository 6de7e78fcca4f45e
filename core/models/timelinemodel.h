#pragma once

#include "core/domain/timelineentry.h"
#include "core/storage/timelinerepository.h"

#include <QAbstractListModel>
#include <QCache>

#include <vector>

namespace rapport {

class ChangeBus;
class Database;
class Error;
struct ChangeNotice;

// TimelineModel is one customer's history as a list, newest first: every interaction, order,
// case event, task event and note. It reads the light keys of the whole history at once (24
// bytes an entry, one query) and the rest of an entry only when a view asks for it, a page of
// rows at a time, into an LRU cache; so a customer with thousands of entries opens as fast as
// one with ten. Filters by group (contacts, orders, cases, tasks, notes) and by channel work on
// the keys, without a query. Change notices for the customer re-read the keys and become
// precise row insertions and removals, so a call logged elsewhere appears at the top at once.
// The model reads through `db`, which must outlive it, on the thread it lives in.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TypeRole = Qt::UserRole, // int: TimelineEntryType
        GroupRole,               // int: TimelineGroup
        ChannelRole,             // int: Channel for interactions, -1 otherwise
        IdRole,                  // qint64: the row's id in its table
        TimeRole,                // QDateTime, UTC
        TitleRole,               // the headline
        FactsRole,               // "Phone · Inbound · 12 min · Completed"
        TextRole,                // notes, order lines, description, resolution, note body
        PersonRole,              // agent, rep, owner, assignee, author
        DirectionRole,           // int: Direction for interactions, -1 otherwise
        DayStartRole,            // bool: the first row shown of its local calendar day
        CaseIdRole,              // qint64: the case an interaction or task belongs to, or 0
    };

    static constexpr int RowsPerFetch = 50;
    static constexpr int DefaultCachedDetails = 2000;
    static constexpr quint32 AllGroups = (1u << timelineGroupKeys.size()) - 1;
    static constexpr quint32 AllChannels = (1u << channelKeys.size()) - 1;

    TimelineModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);
    ~TimelineModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the customer's history (0: nothing). Reads the keys; details follow on demand.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reads the keys again (a model reset).
    void reload();

    // Bit n set shows TimelineGroup n / Channel n. A channel filter short of AllChannels shows
    // interactions only (the other entries have no channel).
    void setGroupFilter(quint32 groups);
    quint32 groupFilter() const { return m_groups; }
    void setChannelFilter(quint32 channels);
    quint32 channelFilter() const { return m_channels; }

    // Entries of the whole history, before the filters.
    int totalCount() const { return int(m_all.size()); }
    int groupCount(TimelineGroup group) const;
    int channelCount(Channel channel) const;

    TimelineKey keyAt(int row) const;
    // The row showing an entry; -1 when it is not shown.
    int rowOf(TimelineEntryType type, qint64 id) const;
    qsizetype cachedDetails() const { return m_details.size(); }

Q_SIGNALS:
    // The counts of the whole history changed (reload or change notice).
    void countsChanged();
    void errorOccurred(const QString &message);

private:
    bool passes(const TimelineKey &key) const;
    std::vector<TimelineKey> filtered() const;
    void rebuild();
    const TimelineDetail *detailAt(int row) const;
    void fetchAround(int row) const;
    static quint64 cacheKey(const TimelineKey &key);
    QString title(const TimelineKey &key, const TimelineDetail &d) const;
    QString facts(const TimelineKey &key, const TimelineDetail &d) const;
    QString text(const TimelineKey &key, const TimelineDetail &d) const;
    qint64 localDay(int row) const;
    void report(const Error &error) const;

    void onChange(const ChangeNotice &notice);
    void refresh(const QList<qint64> &changedIds, TimelineGroup changedGroup, bool anyGroup);
    void applyKeys(std::vector<TimelineKey> keys);

    mutable TimelineRepository m_repo;
    qint64 m_customerId = 0;
    quint32 m_groups = AllGroups;
    quint32 m_channels = AllChannels;
    std::vector<TimelineKey> m_all;   // the whole history, newest first
    std::vector<TimelineKey> m_shown; // the rows: m_all through the filters
    mutable QCache<quint64, TimelineDetail> m_details;
    mutable bool m_errorReported = false;
};

} // namespace rapport
