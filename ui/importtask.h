#pragma once

#include "core/services/customerimport.h"
#include "core/services/door.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace rapport {

// ImportTask runs one customer import, or its dry run, on a worker thread that opens its own
// connection to the database file (a connection belongs to the thread that opened it) and writes
// through a door of its own as `actor`, the window's signed-in user. The wizard shows progress()
// and may cancel(): the import then returns Cancelled and has written nothing. Destroying the
// task cancels the work and waits for the thread. The worker's door has no bus: whoever started
// a real run tells the window's models to read again when it finished.
class ImportTask final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { DryRun, Run };

    ImportTask(Kind kind,
               QString databasePath,
               Actor actor,
               io::ImportSource source,
               io::ImportMapping mapping,
               CustomerImportOptions options,
               QObject *parent = nullptr);
    ~ImportTask() override;

    Kind kind() const { return m_kind; }
    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    bool isCancelling() const { return m_cancel.load(); }
    // Once finished(): what the import did (null when it failed or was cancelled)...
    const std::shared_ptr<const CustomerImportResult> &result() const { return m_result; }
    // ...or why not (Cancelled after cancel()).
    const std::optional<Error> &error() const { return m_error; }
    bool isFinished() const { return m_result || m_error; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void work();
    void threadFinished();

    Kind m_kind;
    QString m_path;
    Actor m_actor;
    io::ImportSource m_source;
    io::ImportMapping m_mapping;
    CustomerImportOptions m_options;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_progressQueued{false}; // one progress event on its way at a time
    // Written by the worker, read once its thread has finished.
    std::shared_ptr<const CustomerImportResult> m_result;
    std::optional<Error> m_error;
};

} // namespace rapport
