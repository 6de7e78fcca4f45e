#include "ui/importtask.h"

#include "core/storage/database.h"

#include <QThread>

namespace rapport {

ImportTask::ImportTask(Kind kind,
                       QString databasePath,
                       Actor actor,
                       io::ImportSource source,
                       io::ImportMapping mapping,
                       CustomerImportOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_path(std::move(databasePath))
    , m_actor(std::move(actor))
    , m_source(std::move(source))
    , m_mapping(std::move(mapping))
    , m_options(std::move(options))
{}

ImportTask::~ImportTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportTask::start()
{
    if (m_thread || isFinished())
        return;
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(m_kind == Kind::Run ? QStringLiteral("import")
                                                : QStringLiteral("import dry run"));
    connect(m_thread, &QThread::finished, this, &ImportTask::threadFinished);
    m_thread->start(QThread::LowPriority);
}

// Runs on the worker thread.
void ImportTask::work()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_path, Database::Mode::Existing);
    if (!db) {
        m_error = db.error();
        return;
    }
    Result<std::unique_ptr<Door>> door = Door::open(*db.value(), nullptr);
    if (!door) {
        m_error = door.error();
        return;
    }
    (*door)->setActor(m_actor);
    CustomerImport import(**door);
    // The engine reports about every 1%; the GUI gets one event at a time, never a backlog.
    const CustomerImport::Progress progress = [this](qint64 done, qint64 total) {
        if (!m_progressQueued.exchange(true)) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    m_progressQueued = false;
                    Q_EMIT this->progress(done, total);
                },
                Qt::QueuedConnection);
        }
        return !m_cancel.load();
    };
    Result<CustomerImportResult> result
        = m_kind == Kind::Run ? import.run(m_source, m_mapping, m_options, progress)
                              : import.dryRun(m_source, m_mapping, m_options, progress);
    if (result)
        m_result = std::make_shared<const CustomerImportResult>(std::move(result).value());
    else if (m_cancel.load())
        m_error = Error(Error::Kind::Cancelled, result.error().message());
    else
        m_error = result.error();
}

void ImportTask::threadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    Q_EMIT finished();
}

} // namespace rapport
