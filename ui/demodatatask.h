#pragma once

#include "core/demo/demogenerator.h"
#include "core/services/door.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>

class QProgressDialog;
class QThread;
class QWidget;

namespace rapport {

// DemoDataTask fills a database with demo data on a worker thread, which opens its own
// connection to the file (a connection belongs to the thread that opened it), while a progress
// dialog over `parent` shows how far it got and can cancel. Destroying the task cancels the work
// and waits for the thread. The worker writes through a door of its own connection, as `actor`
// (the signed-in user of the window): the load is one "demo" batch in the history.
class DemoDataTask final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Done, Cancelled, Failed };
    Q_ENUM(Outcome)

    DemoDataTask(QString path, DemoOptions options, Actor actor, QWidget *parent);
    ~DemoDataTask() override;

    void start();
    bool isRunning() const;

Q_SIGNALS:
    // `message` says what went wrong when the outcome is Failed.
    void finished(rapport::DemoDataTask::Outcome outcome, const QString &message);

private:
    void work();
    void showProgress(qint64 done, qint64 total);
    void threadFinished();

    QString m_path;
    DemoOptions m_options;
    Actor m_actor;
    QWidget *m_parentWidget;
    QPointer<QProgressDialog> m_dialog;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    // Written by the worker, read once its thread has finished.
    Outcome m_outcome = Outcome::Failed;
    QString m_message;
};

} // namespace rapport
