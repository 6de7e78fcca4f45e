#pragma once

#include "core/services/changebus.h"
#include "core/util/result.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace rapport {

class Database;
class Door;
class HistoryRepository;
struct HistoryEntry;

// LiveChanges brings the changes other clients commit to the same file (another desktop, the
// CLI, an import in another process) onto this workspace's ChangeBus, as the same notices a local
// write publishes, so every open view follows them without a manual refresh.
//
// A timer polls PRAGMA data_version (Database::dataVersion(): one read of the WAL index or the
// file header, nothing while nobody else writes). When it moved, the history since the last
// entry seen is read in pages, the entries of this workspace's own door are skipped
// (Door::takeOwnBatch), and each batch becomes one notice per entity and action with the ids and
// customers it touched. A batch head (an import, the demo load, a merge) becomes one
// Everything/Reset. A change that left no history (derived tables, another tool) publishes
// nothing.
//
// Lives on the thread of its connection (the GUI thread for a Workspace).
class LiveChanges final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 300;
    // More entries than this since the last poll are cheaper to show as one Reset.
    static constexpr qint64 MaxPreciseEntries = 20000;

    // `door` may be null (a read-only connection has none: everything read is someone else's).
    LiveChanges(Database &db, ChangeBus &bus, Door *door, QObject *parent = nullptr);
    ~LiveChanges() override;

    // Starts from the newest entry in the history now and starts the timer.
    Status start();
    void stop() { m_timer.stop(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }

    // Looks for changes by others now (the timer calls it) and publishes their notices; returns
    // how many notices it published.
    Result<int> poll();

    // The id of the newest history entry read.
    qint64 lastSeen() const { return m_lastSeen; }

    // The notices `entries` (oldest first, one or more whole batches) stand for, as poll()
    // publishes them; entries of own batches are expected to be gone already. Exposed for tests.
    static QList<ChangeNotice> noticesFor(const QList<HistoryEntry> &entries);

private:
    void onTimer();

    Database &m_db;
    ChangeBus &m_bus;
    Door *m_door;
    std::unique_ptr<HistoryRepository> m_history;
    QTimer m_timer;
    qint64 m_lastSeen = 0;
    qint64 m_version = 0;
    // The batch the last entry read belongs to, and whether it is this door's own (a batch's
    // entries are consecutive, but may span pages).
    qint64 m_batch = 0;
    bool m_batchOwn = false;
    bool m_warned = false;
};

} // namespace rapport
