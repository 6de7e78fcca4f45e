#pragma once

#include "core/domain/customerselection.h"
#include "core/services/customerimport.h"
#include "ui/importtask.h"

#include <QPointer>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

class QAction;

namespace rapport {

class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportRunPage;
class Workspace;

// ImportWizard brings customers in from a CSV or vCard file (File ▸ Import Customers…, or a file
// dropped on the main window), one page per decision: the file and how it is read (encoding,
// delimiter, header, dates, numbers, each overridable, with a live preview), where each column
// goes (suggested, remembered per set of headers, saved and loaded as JSON), how existing
// customers are matched and what may change, a dry run over the whole file that says exactly
// what would happen, and the import itself as one batch of the history. The dry run and the
// import run on a worker thread with a connection of their own (ImportTask); closing the
// wizard or cancelling the import stops the worker, and a cancelled import has written nothing.
// The core does every step (io::ImportSource, io::ImportMapping, CustomerImport); the wizard
// only shows them.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, OptionsPageId, CheckPageId, ImportPageId };
    enum class FileQuestion { OpenFile, LoadMapping, SaveMapping, SaveReport };
    // Asks for a file to open (OpenFile, LoadMapping) or to write; tests answer without a file
    // dialog. Empty: cancelled.
    using FileAsker
        = std::function<QString(QWidget *parent, FileQuestion question, const QString &suggested)>;

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFileAsker(FileAsker asker) { m_askFile = std::move(asker); }
    QString askFile(FileQuestion question, const QString &suggested = {});
    // File ▸ Import History, when the window has it: the result page offers it.
    void setImportHistoryAction(QAction *action) { m_historyAction = action; }
    QAction *importHistoryAction() const { return m_historyAction; }

    // Opens `path` on the first page (as if chosen there); false and the page says why.
    bool openFile(const QString &path);

    Workspace &workspace() const { return m_workspace; }
    // The file as it is read now; null before one is open.
    io::ImportSource *source() { return m_source ? &*m_source : nullptr; }
    void setSource(std::optional<io::ImportSource> source);
    io::ImportMapping &mapping() { return m_mapping; }
    CustomerImportOptions &options() { return m_options; }
    // The database's phone region, for the options' default country.
    QString databasePhoneRegion() const;
    // A customer's name for the report's tables (a short read by id); empty when not found.
    QString customerName(qint64 id) const;

    // Starts the dry run or the import of what the pages chose, on a worker; the task belongs
    // to the wizard until the next one starts or the wizard closes.
    ImportTask *startTask(ImportTask::Kind kind);
    ImportTask *task() const { return m_task; }
    bool isBusy() const { return m_task && m_task->isRunning(); }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportOptionsPage *optionsPage() const { return m_optionsPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }
    ImportRunPage *runPage() const { return m_runPage; }

Q_SIGNALS:
    // The import wrote a batch (the window's lists have been told to read again).
    void imported(qint64 batch);
    // "Open the imported customers": the list narrowed to them.
    void customersRequested(const rapport::CustomerSelectionPtr &selection);

public:
    void reject() override;

private:
    void taskFinished(ImportTask *task);

    Workspace &m_workspace;
    std::optional<io::ImportSource> m_source;
    io::ImportMapping m_mapping;
    CustomerImportOptions m_options;
    FileAsker m_askFile;
    QPointer<QAction> m_historyAction;
    QPointer<ImportTask> m_task;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportOptionsPage *m_optionsPage;
    ImportCheckPage *m_checkPage;
    ImportRunPage *m_runPage;
};

} // namespace rapport
