#include "core/services/dashboardservice.h"

#include "core/services/changebus.h"
#include "core/storage/clvrepository.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <QtDebug>

#include <future>

#include <utility>

namespace rapport {

using analytics::Dashboard;
using analytics::DashboardClv;
using analytics::DashboardColumns;
using analytics::DashboardFilters;
using analytics::DashboardResult;

namespace {

constexpr std::size_t KeptResults = 8;
constexpr std::size_t KeptClv = 6;

// Names the first "valuable but slipping" customers (the ones a view lists).
void nameSlipping(const Database &db, DashboardResult &result)
{
    auto &slipping = result.clv.slipping;
    const std::size_t n = std::min(slipping.size(), analytics::ClvPanel::NamedSlipping);
    if (n == 0)
        return;
    std::vector<qint64> ids;
    for (std::size_t i = 0; i < n; ++i)
        ids.push_back(slipping[i].id);
    auto labels = ClvRepository(db).labels(ids);
    if (!labels)
        return; // the ids stand in for the names
    for (std::size_t i = 0; i < n; ++i)
        slipping[i].name = labels->value(slipping[i].id).name;
}

} // namespace

// One refresh: what it starts from (whatever was cached) and what it ends with.
struct DashboardService::Job
{
    DashboardFilters filters;
    quint64 generation = 0;
    std::shared_ptr<const DashboardColumns> columns;
    Clv clv, previousClv;
    analytics::CancelFlag cancel{false};

    DashboardChanges changes;                       // to bring `columns` up to date with
    std::shared_ptr<const DashboardColumns> before; // the service's columns when it started
    std::optional<DashboardStamp> stamp;            // the history state `columns` hold (in and out)
    QString snapshotFile;                           // start from this file (the job has no columns)
    bool fromSnapshot = false;                      // the columns came from the snapshot file
    qint64 snapshotMark = 0;                        // the file's mark
    bool ordersChanged = false; // the columns' customers or orders changed (CLV fitted again)
    std::vector<Clv> savedClv;  // fitted to the snapshot's columns, by this build
    // Fitted before to other orders: a day whose purchases are unchanged takes them again
    // (Dashboard::lifetimeValues compares what they were fitted to).
    std::vector<Clv> formerClv;
    // The result on show when the job started: while the lifetime values are fitted again its
    // CLV panel and tile stay on show, marked as being brought up to date.
    std::shared_ptr<const DashboardResult> shown;
    bool fitted = false;  // lifetime values were fitted by this job
    bool loaded = false;  // the columns were read by this job
    bool updated = false; // the columns were brought up to date by this job
    double loadSeconds = 0;
    std::shared_ptr<const DashboardResult> result;
    std::optional<Error> error;
};

namespace {

// Brings the job's columns up to date on the worker's connection: from the snapshot file and
// the history since it (a first open), from the history since the kept columns' stamp and the
// notices, or by reading everything; sets job.stamp to the state they hold.
bool sameOrders(const DashboardColumns &a, const DashboardColumns &b)
{
    return a.orderStart == b.orderStart && a.orderDays == b.orderDays
           && a.orderAmounts == b.orderAmounts;
}

template<typename Job, typename Report>
void readColumns(const Database &db, Job &job, const Report &report, bool oneState)
{
    const DashboardRepository repo(db);
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<DashboardColumns> own; // columns only this job holds (changed in place)
    if (!oneState)                         // the reads may see different states: no stamp
        job.stamp.reset();
    if (!job.columns && !job.snapshotFile.isEmpty() && oneState) {
        report(0, DashboardService::tr("Reading the saved dashboards"));
        auto saved = DashboardSnapshot::read(job.snapshotFile);
        const qint64 age = QDateTime::currentSecsSinceEpoch() - (saved ? saved->stamp.readAt : 0);
        if (saved && age >= 0 && age <= DashboardService::MaxSnapshotAgeSeconds) {
            own = std::make_shared<DashboardColumns>(std::move(saved->columns));
            job.columns = own;
            job.stamp = saved->stamp;
            job.snapshotMark = saved->stamp.mark;
            job.fromSnapshot = true;
            for (analytics::DashboardClv &clv : saved->clv)
                job.savedClv.push_back(std::make_shared<const DashboardClv>(std::move(clv)));
        }
    }
    if (job.columns && job.stamp) {
        // The history says exactly what changed since the stamp (another client's writes
        // included); a stamp of another history means a whole read.
        auto up = repo.catchUp(*job.stamp);
        if (up && *up) {
            // Every commit after the stamp is in the history (the door writes it in the same
            // transaction), so it says all the notices said, and more exactly: a batch's notice
            // is a Reset, its recorded rows name what it changed.
            job.changes = (*up)->changes;
            const qint64 readAt = job.stamp->readAt;
            job.stamp = (*up)->stamp;
            job.stamp->readAt = readAt;
        } else {
            job.columns.reset();
            own.reset();
        }
    }
    if (job.columns && !job.changes.isEmpty()) {
        // Only what changed is read; whatever the update cannot say exactly is read whole.
        if (!own)
            own = std::make_shared<DashboardColumns>(*job.columns);
        const std::size_t customers = own->customers();
        DashboardUpdate how;
        Result<bool> updated = repo.update(*own, job.changes, &job.cancel, &how);
        if (updated && *updated) {
            job.columns = own;
            job.updated = true;
            // The lifetime values depend on the customers' orders alone: a new owner, stage or
            // kind, a call, a case or an answer keeps them.
            job.ordersChanged = job.changes.allOrders || !job.changes.orderCustomers.isEmpty()
                                || own->customers() != customers || how.customersMoved;
        } else {
            job.columns.reset();
        }
    }
    if (job.fromSnapshot && job.columns)
        job.loaded = true; // read by this job (from the file)
    job.loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    const auto keepFormer = [&job] {
        for (auto &clv : job.savedClv)
            job.formerClv.push_back(std::move(clv));
        job.savedClv.clear();
    };
    if (job.columns) {
        // The snapshot's lifetime values hold while its customers' orders do.
        if (job.ordersChanged)
            keepFormer();
        return;
    }
    keepFormer();
    job.fromSnapshot = false;
    job.stamp.reset();
    timer.restart();
    auto columns = repo.load(report, &job.cancel);
    if (columns) {
        // Read whole (a trash, an import...): the kept lifetime values hold only if every
        // customer's orders came back the same.
        job.ordersChanged = !job.before || !sameOrders(*job.before, *columns);
        job.columns = std::make_shared<const DashboardColumns>(std::move(*columns));
        job.loaded = true;
        if (auto stamp = repo.stamp(); oneState && stamp && stamp->mark > 0) {
            job.stamp = *stamp;
            job.stamp->readAt = QDateTime::currentSecsSinceEpoch();
        }
    } else {
        job.error = columns.error();
    }
    job.loadSeconds += double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

DashboardService::DashboardService(QString path, ChangeBus *bus, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    if (bus)
        connect(bus, &ChangeBus::changed, this, &DashboardService::onChanged);
}

DashboardService::~DashboardService()
{
    if (m_job)
        m_job->cancel = true;
    if (m_thread)
        m_thread->wait();
    waitForSnapshot();
}

void DashboardService::setSnapshotFile(const QString &file, std::size_t minCustomers)
{
    m_snapshotFile = file;
    m_snapshotCustomers = minCustomers;
    m_snapshotUnread = !file.isEmpty() && !m_columns;
}

void DashboardService::waitForSnapshot()
{
    if (m_writer) {
        m_writer->wait();
        m_writer.reset();
    }
}

void DashboardService::saveSnapshot()
{
    if (m_snapshotFile.isEmpty() || !m_columns || !m_stamp || m_stamp->mark <= 0
        || m_columns->customers() < m_snapshotCustomers)
        return;
    if (m_writer) {
        if (m_writer->isRunning())
            return; // the next job saves
        m_writer->wait();
        m_writer.reset();
    }
    m_snapshotMark = m_stamp->mark;
    m_savedAt.start();
    // The columns and the lifetime values are shared and never changed once kept: written as
    // they are, off this thread (m_clv holds only values fitted to m_columns).
    std::vector<Clv> clv;
    for (const auto &[day, values] : m_clv) {
        if (values && (values->fit || !values->message.isEmpty()))
            clv.push_back(values);
    }
    m_writer.reset(QThread::create(
        [file = m_snapshotFile, columns = m_columns, stamp = *m_stamp, clv = std::move(clv)] {
            std::vector<const DashboardClv *> days;
            for (const Clv &c : clv)
                days.push_back(c.get());
            if (Status s = DashboardSnapshot::write(file, *columns, stamp, days); !s)
                qWarning().noquote() << s.error().message(); // a cache: the next start reads whole
        }));
    m_writer->start(QThread::LowestPriority);
}

void DashboardService::refresh(const DashboardFilters &wanted)
{
    if (!m_access.allowsAny(Permission::SeeDashboards)) {
        cancel();
        Q_EMIT failed(m_access.refusal(Permission::SeeDashboards));
        return;
    }
    DashboardFilters filters = wanted;
    filters.scope = m_access.scope(Permission::SeeDashboards);
    if (m_job) {
        m_pending = filters;
        m_job->cancel = true;
        return;
    }
    if (m_columns) {
        for (const auto &cached : m_results) {
            if (cached->filters == filters) {
                m_result = cached;
                Q_EMIT resultReady(cached);
                return;
            }
        }
    }
    start(filters);
}

void DashboardService::reload()
{
    forget();
    if (m_result)
        refresh(m_result->filters);
}

void DashboardService::cancel()
{
    m_pending.reset();
    if (m_job)
        m_job->cancel = true;
}

DashboardService::Clv DashboardService::cachedClv(const QDate &day) const
{
    const auto it = m_clv.find(day);
    return it == m_clv.end() ? nullptr : it->second;
}

void DashboardService::start(const DashboardFilters &filters)
{
    auto job = std::make_shared<Job>();
    job->filters = filters;
    job->generation = m_generation;
    job->columns = m_columns;
    job->before = m_columns;
    job->stamp = m_stamp;
    job->changes = std::exchange(m_changes, DashboardChanges{});
    if (job->changes.everything && !job->stamp)
        job->columns.reset(); // with a stamp, the history since it may say less (readColumns)
    if (!job->columns) {
        job->changes = DashboardChanges{}; // a whole read takes everything in
        job->stamp.reset();
        if (m_snapshotUnread)
            job->snapshotFile = m_snapshotFile;
    }
    job->clv = cachedClv(filters.to);
    job->previousClv = cachedClv(filters.previousTo());
    job->shown = m_result;
    m_job = job;
    if (m_stale) {
        m_stale = false;
        Q_EMIT staleChanged(false);
    }
    Q_EMIT busyChanged(true);

    m_thread.reset(QThread::create([this, job] {
        const auto report = [this](int percent, const QString &step) {
            QMetaObject::invokeMethod(
                this,
                [this, percent, step] { Q_EMIT progress(percent, step); },
                Qt::QueuedConnection);
        };
        Result<std::unique_ptr<Database>> db = Database::open(m_path, Database::Mode::ReadOnly);
        if (db) {
            // Everything read in one read transaction: the stamp says which history entries
            // the columns hold.
            const DashboardRepository::ReadScope scope(**db);
            readColumns(**db, *job, report, scope.begun().ok());
            if (job->ordersChanged || job->fromSnapshot) {
                // The CLV models kept were fitted to other orders; the snapshot's fit these.
                for (const Clv &clv : {job->clv, job->previousClv}) {
                    if (clv)
                        job->formerClv.push_back(clv);
                }
                job->clv.reset();
                job->previousClv.reset();
                for (const Clv &saved : job->savedClv) {
                    if (saved->asOf == job->filters.to)
                        job->clv = saved;
                    if (saved->asOf == job->filters.previousTo())
                        job->previousClv = saved;
                }
            }
        } else {
            job->columns.reset();
            job->error = db.error();
        }
        if (job->columns && !job->cancel) {
            const bool fit = !job->clv || !job->previousClv;
            auto result = Dashboard::compute(*job->columns,
                                             job->filters,
                                             job->clv.get(),
                                             job->previousClv.get(),
                                             &job->cancel);
            if (result && (job->loaded || job->updated))
                result->readSeconds = job->loadSeconds;
            if (result && fit) {
                // The panels now, the lifetime values when they are fitted; until then the ones
                // on show for the same filters, marked as being updated.
                if (job->shown && job->shown->filters == job->filters && job->shown->clv.fit)
                    Dashboard::keepLifetimeValuesWhileUpdating(*result, *job->shown);
                auto partial = std::make_shared<const DashboardResult>(std::move(*result));
                QMetaObject::invokeMethod(
                    this,
                    [this, job, partial] {
                        if (m_job == job) {
                            m_result = partial;
                            Q_EMIT resultReady(partial);
                        }
                    },
                    Qt::QueuedConnection);
                report(96, tr("Fitting the customer lifetime value model"));
                job->fitted = true;
                const auto former = [&job](const QDate &day) -> const DashboardClv * {
                    for (const Clv &clv : job->formerClv) {
                        if (clv && clv->asOf == day)
                            return clv.get();
                    }
                    return nullptr;
                };
                const auto fitDay = [&job, &former](const QDate &day) {
                    return std::make_shared<const DashboardClv>(
                        Dashboard::lifetimeValues(*job->columns, day, &job->cancel, former(day)));
                };
                if (!job->clv && !job->previousClv) {
                    // The two days' models on both cores.
                    auto previous = std::async(std::launch::async, [&fitDay, &job] {
                        return fitDay(job->filters.previousTo());
                    });
                    job->clv = fitDay(job->filters.to);
                    job->previousClv = previous.get();
                }
                if (!job->clv)
                    job->clv = fitDay(job->filters.to);
                if (!job->previousClv && !job->cancel)
                    job->previousClv = fitDay(job->filters.previousTo());
                // Only the tile and the panel that need them; the rest stands.
                result = Dashboard::withLifetimeValues(*job->columns,
                                                       *partial,
                                                       job->clv.get(),
                                                       job->previousClv.get());
                if (job->cancel)
                    result = Error(Error::Kind::Cancelled, tr("The dashboard was not refreshed."));
            }
            if (result) {
                if (db)
                    nameSlipping(**db, *result);
                job->result = std::make_shared<const DashboardResult>(std::move(*result));
            } else {
                job->error = result.error();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, job] { finished(job); }, Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

void DashboardService::finished(const std::shared_ptr<Job> &job)
{
    if (m_job != job)
        return;
    m_thread->wait();
    m_job.reset();
    const bool current = job->generation == m_generation;
    bool fresh = false; // the columns were read or brought up to date
    if (job->loaded || job->updated) {
        m_lastLoadSeconds = job->loadSeconds;
        m_lastFromSnapshot = job->fromSnapshot;
        // Kept even when more changes came meanwhile: they wait in m_changes, and reading them
        // again is harmless (update() reads what is there, and counts interactions by id).
        m_columns = job->columns;
        m_stamp = job->stamp;
        fresh = true;
    } else if (!job->changes.isEmpty()) {
        m_changes.merge(job->changes); // not applied (cancelled, failed): the next job does
    }
    if (job->columns)
        m_lastReadWhole = job->loaded && !job->fromSnapshot;
    if (job->columns || (job->error && job->error->kind() != Error::Kind::Cancelled))
        m_snapshotUnread = false; // tried once: later whole reads go to the database
    if (fresh && (job->ordersChanged || job->fromSnapshot)) {
        m_clv.clear(); // fitted to other orders
        for (const Clv &saved : job->savedClv)
            m_clv[saved->asOf] = saved;
    }
    if (current && job->columns) {
        m_columns = job->columns;
        m_stamp = job->stamp;
        // CLV models fitted to completion are kept (a cancelled fit has neither fit nor message).
        for (const Clv &clv : {job->clv, job->previousClv}) {
            if (clv && (clv->fit || !clv->message.isEmpty()))
                m_clv[clv->asOf] = clv;
        }
        while (m_clv.size() > KeptClv)
            m_clv.erase(m_clv.begin());
    }
    if ((fresh || job->fitted) && m_stamp) {
        // Saved after a whole read, and after catching up on many entries since the file.
        if (job->fromSnapshot)
            m_snapshotMark = job->snapshotMark;
        const bool wholeRead = job->loaded && !job->fromSnapshot;
        // New lifetime values (another day, other orders) are saved too, not more often than
        // every few minutes.
        const bool newValues = job->fitted && current && !job->cancel
                               && (!m_savedAt.isValid() || m_savedAt.elapsed() > SaveValuesAfterMs);
        if (wholeRead || newValues || m_stamp->mark - m_snapshotMark >= RewriteAfterEntries)
            saveSnapshot();
    }
    if (job->result && !job->cancel) {
        m_result = job->result;
        if (current) {
            m_results.push_back(job->result);
            if (m_results.size() > KeptResults)
                m_results.erase(m_results.begin());
        }
        Q_EMIT resultReady(job->result);
    } else if (job->error && job->error->kind() != Error::Kind::Cancelled && !m_pending) {
        Q_EMIT failed(job->error->message());
    }
    Q_EMIT busyChanged(false);
    if (m_pending) {
        const DashboardFilters next = *m_pending;
        m_pending.reset();
        refresh(next);
    }
}

void DashboardService::onChanged(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    // More ids than this are read faster whole.
    constexpr qsizetype MaxNamed = 5000;
    DashboardChanges change;
    switch (notice.entity) {
    case Entity::Customer:
        // Into the trash and back too: update() renumbers the customers. A notice of one gone
        // does not say whether it was deleted with its calls (which update() could not take
        // off any more), so the calls are all counted again. (With a history, catchUp() says
        // more exactly and replaces these.)
        if (notice.action != Action::Reset && !notice.ids.isEmpty()
            && notice.ids.size() <= MaxNamed) {
            change.customers = QSet<qint64>(notice.ids.cbegin(), notice.ids.cend());
            change.allInteractions = notice.action == Action::Deleted;
        } else {
            change.everything = true;
        }
        break;
    case Entity::Interaction:
        if (notice.action == Action::Created)
            change.newInteractions = true;
        else
            change.allInteractions = true;
        break;
    case Entity::Order:
        if (notice.action == Action::Reset || notice.customerIds.isEmpty()
            || notice.customerIds.size() > MaxNamed)
            change.allOrders = true;
        else
            change.orderCustomers = QSet<qint64>(notice.customerIds.cbegin(),
                                                 notice.customerIds.cend());
        break;
    case Entity::Case:
        change.cases = true;
        break;
    case Entity::User:
        change.users = true;
        break;
    case Entity::Survey:
        change.surveys = true;
        break;
    case Entity::Everything:
        change.everything = true;
        break;
    default:
        return;
    }
    m_changes.merge(change);
    m_results.clear();
    // The lifetime values kept stay until a job finds the orders changed (readColumns()).
    ++m_generation;
    if (!m_stale) {
        m_stale = true;
        Q_EMIT staleChanged(true);
    }
}

void DashboardService::forget()
{
    m_columns.reset();
    m_stamp.reset();
    m_changes = DashboardChanges{};
    m_clv.clear();
    m_results.clear();
    ++m_generation;
    if (!m_stale) {
        m_stale = true;
        Q_EMIT staleChanged(true);
    }
}

} // namespace rapport
