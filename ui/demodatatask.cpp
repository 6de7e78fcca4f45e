#include "ui/demodatatask.h"

#include "core/storage/database.h"

#include <QProgressDialog>
#include <QThread>

namespace rapport {

DemoDataTask::DemoDataTask(QString path, DemoOptions options, Actor actor, QWidget *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_options(options)
    , m_actor(std::move(actor))
    , m_parentWidget(parent)
{}

DemoDataTask::~DemoDataTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog;
}

bool DemoDataTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoDataTask::start()
{
    if (m_thread)
        return;
    const int total = int(std::clamp<qint64>(m_options.customers, 1, 1'000'000'000));
    m_dialog = new QProgressDialog(tr("Creating %L1 demo customers…").arg(m_options.customers),
                                   tr("Cancel"),
                                   0,
                                   total,
                                   m_parentWidget);
    m_dialog->setWindowTitle(tr("Demo Data"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("demo data"));
    connect(m_thread, &QThread::finished, this, &DemoDataTask::threadFinished);
    m_thread->start(QThread::LowPriority);
    m_dialog->setValue(0);
}

// Runs on the worker thread.
void DemoDataTask::work()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_path, Database::Mode::Existing);
    if (!db) {
        m_message = db.error().message();
        return;
    }
    // No bus here: the window publishes its Reset when the task has finished.
    Result<std::unique_ptr<Door>> door = Door::open(*db.value(), nullptr);
    if (!door) {
        m_message = door.error().message();
        return;
    }
    (*door)->setActor(m_actor);
    DemoGenerator generator(**door, m_options);
    const Result<DemoSummary> summary = generator.run([this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
        return !m_cancel.load();
    });
    if (summary) {
        m_outcome = Outcome::Done;
    } else if (summary.error().kind() == Error::Kind::Cancelled || m_cancel.load()) {
        m_outcome = Outcome::Cancelled;
    } else {
        m_message = summary.error().message();
    }
}

void DemoDataTask::showProgress(qint64 done, qint64 total)
{
    if (!m_dialog || m_dialog->wasCanceled())
        return;
    if (total > 0 && total != m_dialog->maximum())
        m_dialog->setMaximum(int(std::min<qint64>(total, 1'000'000'000)));
    m_dialog->setValue(int(std::min<qint64>(done, m_dialog->maximum())));
}

void DemoDataTask::threadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_dialog)
        m_dialog->deleteLater();
    Q_EMIT finished(m_outcome, m_message);
}

} // namespace rapport
