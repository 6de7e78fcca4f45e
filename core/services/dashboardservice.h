#pragma once

#include "core/analytics/dashboard.h"
#include "core/services/accesspolicy.h"
#include "core/storage/dashboardrepository.h"

#include <QDate>
#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace rapport {

class ChangeBus;
struct ChangeNotice;

// DashboardService computes the manager dashboards off the GUI thread and keeps what it can:
//
// - the columns (analytics::DashboardColumns), read once on a connection of the worker's own and
//   kept current from the change notices on the ChangeBus (local writes and, through
//   LiveChanges, other clients'): the next refresh reads only what the notices touched
//   (DashboardRepository::update(): the interactions logged since, the orders of the customers
//   named...) and reads everything again only for a Reset or when reload() is called;
// - the CLV models per as-of day (fitting takes seconds at a million customers), so a change of
//   owner, kind or segment only re-scores;
// - the last results per filters, so going back to earlier filters costs nothing;
// - with setSnapshotFile(), the columns saved in a file (DashboardSnapshot) for the next start
//   of the program: the first open reads that file and the history entries written since it was
//   taken (DashboardRepository::catchUp()) instead of the whole database. A snapshot that does
//   not belong to the file's history (or is damaged, or of another version) is ignored and the
//   columns are read whole, then saved again.
//
// One job runs at a time; a refresh while one runs cancels it and runs after it. A first refresh
// delivers twice: the panels as soon as they are computed, then again with the lifetime values.
// Signals arrive on the thread the service lives in.
class DashboardService final : public QObject
{
    Q_OBJECT

public:
    // `path` is the database file (opened again by the worker); `bus` may be null.
    DashboardService(QString path, ChangeBus *bus, QObject *parent = nullptr);
    ~DashboardService() override; // cancels and waits for the job

    // Computes the dashboards for `filters` within the reader's reach: their scope is replaced by
    // access().scope(SeeDashboards), and a reader without the permission gets failed() with the
    // refusal instead of figures.
    void refresh(const analytics::DashboardFilters &filters);
    // Whose figures the dashboards show (unrestricted by default). A new policy forgets nothing
    // (results are kept per filters, scope included) but the caller refreshes.
    void setAccess(const AccessPolicy &access) { m_access = access; }
    const AccessPolicy &access() const { return m_access; }
    // Forgets everything read and computes again (e.g. after a change in another process).
    void reload();
    void cancel();

    // Keeps the columns in `file` (empty: no snapshot) when there are at least `minCustomers`
    // of them (below, a whole read costs less than the file). Call before the first refresh:
    // that one starts from the file. Saved after a whole read, and again after a catch-up when
    // more than RewriteAfterEntries history entries came since the file was written, or when
    // lifetime values were fitted (a new day, other orders: at most every SaveValuesAfterMs).
    void setSnapshotFile(const QString &file, std::size_t minCustomers = DefaultSnapshotCustomers);
    static constexpr std::size_t DefaultSnapshotCustomers = 20000;
    static constexpr qint64 RewriteAfterEntries = 20000;
    static constexpr qint64 SaveValuesAfterMs = 5 * 60 * 1000;
    // A snapshot whose columns were read whole longer ago than this is not used: a change made
    // outside Rapport (the sqlite3 shell) leaves no history to catch up from.
    static constexpr qint64 MaxSnapshotAgeSeconds = 7 * 24 * 3600;
    // Waits until a snapshot being saved (on a thread of its own) is on disk.
    void waitForSnapshot();
    // Did the last job start from the snapshot file (brought up to date from the history)?
    bool lastFromSnapshot() const { return m_lastFromSnapshot; }
    // Did the last job read the columns whole from the database (not from the snapshot, nor
    // brought up to date from the history)?
    bool lastReadWhole() const { return m_lastReadWhole; }

    bool isBusy() const { return m_job != nullptr; }
    // True when the data changed since the columns were read (the next refresh reads again).
    bool isStale() const { return m_stale; }
    std::shared_ptr<const analytics::DashboardColumns> columns() const { return m_columns; }
    std::shared_ptr<const analytics::DashboardResult> result() const { return m_result; }
    // The lifetime values as of `day` kept from a job (null when none was fitted for that day),
    // for the drill-down from the CLV histogram.
    std::shared_ptr<const analytics::DashboardClv> lifetimeValues(const QDate &day) const
    {
        return cachedClv(day);
    }
    // Seconds the last job took to read the columns, or to bring them up to date (0 when they
    // came from memory).
    double lastLoadSeconds() const { return m_lastLoadSeconds; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(int percent, const QString &step);
    void resultReady(std::shared_ptr<const rapport::analytics::DashboardResult> result);
    void failed(const QString &message);
    // The data changed since the shown result was computed.
    void staleChanged(bool stale);

private:
    using Clv = std::shared_ptr<const analytics::DashboardClv>;
    struct Job;

    void start(const analytics::DashboardFilters &filters);
    void finished(const std::shared_ptr<Job> &job);
    void onChanged(const ChangeNotice &notice);
    void forget();
    void saveSnapshot();
    Clv cachedClv(const QDate &day) const;

    QString m_path;
    AccessPolicy m_access = AccessPolicy::unrestricted();
    std::shared_ptr<const analytics::DashboardColumns> m_columns;
    std::map<QDate, Clv> m_clv;
    std::vector<std::shared_ptr<const analytics::DashboardResult>> m_results; // newest last
    std::shared_ptr<const analytics::DashboardResult> m_result;
    std::shared_ptr<Job> m_job;
    std::unique_ptr<QThread> m_thread;
    std::optional<analytics::DashboardFilters> m_pending;
    DashboardChanges m_changes; // what the next job brings m_columns up to date with
    bool m_stale = false;
    quint64 m_generation = 0; // counts the times the data changed
    double m_lastLoadSeconds = 0;
    // The history state m_columns hold (when read whole or caught up from the history; unknown
    // when only the notices brought them up to date).
    std::optional<DashboardStamp> m_stamp;
    QString m_snapshotFile;
    std::size_t m_snapshotCustomers = DefaultSnapshotCustomers;
    bool m_snapshotUnread = false; // the next job without columns starts from the file
    qint64 m_snapshotMark = 0;     // the mark of the file as last read or written
    bool m_lastFromSnapshot = false;
    bool m_lastReadWhole = false;
    std::unique_ptr<QThread> m_writer;
    QElapsedTimer m_savedAt; // since the snapshot was last saved by this service
};

} // namespace rapport
