#pragma once

#include "core/services/customerexport.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QProgressDialog;
class QThread;
class QWidget;

namespace rapport {

class CustomerListView;

// What File ▸ Export List… writes for a customer list view: the customers it shows (its filters,
// its search, a dashboard's drill-down), in its order, with the columns it shows in their order
// (Phone brings Mobile beside it, as the list's phone may be either; the drill-down's figure
// when it shows). A list whose ids are all read hands them over; a large one being browsed hands
// over its filter and order, which read the same ids on the worker.
CustomerExportRequest exportRequestFor(CustomerListView &view);

// CustomerListExporter runs an export for the main window: it asks for the file and the format
// (a file dialog whose filters are CSV and vCard; tests answer through setFileAsker()), writes it
// on a worker thread with its own read-only connection while a progress dialog shows how far it
// got and can cancel, and ends with one sentence (finished()). The file is written to a temporary
// file renamed into place, so a cancel or a failure leaves no half file.
class CustomerListExporter final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Done, Cancelled, Failed };
    Q_ENUM(Outcome)
    struct Target
    {
        QString path;
        ExportFormat format = ExportFormat::Csv;
    };
    using FileAsker
        = std::function<std::optional<Target>(QWidget *parent, const QString &suggested)>;

    explicit CustomerListExporter(QWidget *parent);
    ~CustomerListExporter() override;

    void setFileAsker(FileAsker asker) { m_ask = std::move(asker); }
    // Who exports (CustomerExport::setAccess): without the Export permission exportList() fails
    // at once with the refusal. Unrestricted by default.
    void setAccess(const AccessPolicy &access) { m_access = access; }
    bool isRunning() const;
    // The progress dialog of the export running; null when none runs.
    QProgressDialog *progressDialog() const;

    // Asks for the file, then exports what `view` shows from the database at `databasePath`.
    void exportList(const QString &databasePath, CustomerListView &view);
    // Exports `request` to `target` (no question asked).
    void start(const QString &databasePath, CustomerExportRequest request, Target target);

Q_SIGNALS:
    // `message` is one sentence: what was written (and what consent left out), or what failed.
    void finished(rapport::CustomerListExporter::Outcome outcome, const QString &message);

private:
    void work();
    void showProgress(qint64 done, qint64 total);
    void threadFinished();

    QWidget *m_parentWidget;
    FileAsker m_ask;
    QPointer<QProgressDialog> m_dialog;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    QString m_databasePath;
    CustomerExportRequest m_request;
    qint64 m_listed = -1; // the customers the list showed when asked; -1: not known
    AccessPolicy m_access = AccessPolicy::unrestricted();
    Target m_target;
    // Written by the worker, read once its thread has finished.
    Outcome m_outcome = Outcome::Failed;
    QString m_message;
    CustomerExportResult m_result;
};

} // namespace rapport
