#include "core/services/backupjob.h"

#include "core/storage/database.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

namespace rapport {

BackupJob::BackupJob(Kind kind, QString path, QString target, bool mayBackUp, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_path(std::move(path))
    , m_target(std::move(target))
    , m_mayBackUp(mayBackUp)
{}

BackupJob *BackupJob::backUp(const QString &databasePath, const QString &target, QObject *parent)
{
    return new BackupJob(Kind::BackUp, databasePath, target, true, parent);
}

BackupJob *BackupJob::openChecks(const QString &databasePath, bool mayBackUp, QObject *parent)
{
    return new BackupJob(Kind::OpenChecks, databasePath, {}, mayBackUp, parent);
}

BackupJob *BackupJob::salvage(const QString &damagedPath, const QString &newPath, QObject *parent)
{
    return new BackupJob(Kind::Salvage, damagedPath, newPath, false, parent);
}

void BackupJob::cancel()
{
    m_cancel = true;
    const QMutexLocker lock(&m_liveMutex);
    if (m_live)
        m_live->interrupt();
}

BackupJob *BackupJob::restore(const QString &databasePath, const QString &backup, QObject *parent)
{
    return new BackupJob(Kind::Restore, databasePath, backup, false, parent);
}

BackupJob::~BackupJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackupJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("backup"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_outcome);
    });
    m_thread->start(QThread::LowPriority);
}

// Runs on the worker thread.
void BackupJob::work()
{
    Outcome &out = m_outcome;
    if (m_kind == Kind::Restore) {
        const BackupService service(m_path, m_root);
        Result<RestoreOutcome> restored = service.restore(m_target);
        if (!restored) {
            out.message = restored.error().message();
            return;
        }
        out.ok = true;
        out.restored = *restored;
        return;
    }
    if (m_kind == Kind::Salvage) {
        const BackupService service(m_path, m_root);
        Result<SalvageReport> report = service.salvage(m_target, [this](int table, int tables) {
            Q_EMIT progress(table, tables);
            return !m_cancel.load();
        });
        if (!report) {
            out.cancelled = m_cancel.load();
            out.message = report.error().message();
            return;
        }
        out.ok = true;
        out.written = QFileInfo(m_target).absoluteFilePath();
        out.salvage = *report;
        return;
    }
    // Read-write where the file allows it: a read-only connection leaves -wal and -shm behind.
    const bool writable = m_mayBackUp && QFileInfo(m_path).isWritable();
    auto db = Database::open(m_path, writable ? Database::Mode::Existing : Database::Mode::ReadOnly);
    if (!db) {
        out.message = db.error().message();
        return;
    }
    {
        const QMutexLocker lock(&m_liveMutex);
        m_live = db->get();
    }
    const auto notLive = qScopeGuard([this] {
        const QMutexLocker lock(&m_liveMutex);
        m_live = nullptr;
    });
    if (m_cancel) {
        out.cancelled = true;
        return;
    }
    const BackupService service(m_path, m_root);
    BackupOptions options;
    options.progress = [this](qint64 done, qint64 total) {
        Q_EMIT progress(done, total); // queued to the job's thread
        return !m_cancel.load();
    };

    if (m_kind == Kind::OpenChecks) {
        Result<QStringList> problems = BackupService::quickCheck(**db);
        if (!problems) {
            out.cancelled = m_cancel.load(); // interrupted
            out.message = problems.error().message();
            return;
        }
        out.problems = *problems;
        if (!out.problems.isEmpty() || !writable || m_cancel) {
            out.ok = out.problems.isEmpty();
            return;
        }
        Result<QString> written = service.backUpIfDue(**db, BackupService::settings(**db), options);
        if (!written) {
            out.cancelled = written.error().kind() == Error::Kind::Cancelled;
            out.message = written.error().message();
            return;
        }
        out.ok = true;
        out.written = *written;
        return;
    }

    Result<QString> written = service.backUp(**db, m_target, options);
    if (!written) {
        out.cancelled = written.error().kind() == Error::Kind::Cancelled;
        out.message = written.error().message();
        return;
    }
    if (m_target.isEmpty())
        service.rotate(BackupService::settings(**db));
    out.ok = true;
    out.written = *written;
}

} // namespace rapport
