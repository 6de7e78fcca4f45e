// Importing customers from the main window: File ▸ Import Customers… and files dropped on it.
#include "ui/mainwindow.h"

#include "core/services/workspace.h"
#include "ui/customerlistview.h"
#include "ui/importwizard.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>

namespace rapport {

void MainWindow::createImportActions(QMenu *file)
{
    QAction *import = file->addAction(tr("&Import Customers…"), this, [this] { importCustomers(); });
    import->setObjectName(QStringLiteral("importCustomersAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    import->setStatusTip(tr("Bring customers in from a CSV file or a vCard address book"));
    m_workspaceActions.append(import);
}

ImportWizard *MainWindow::importCustomers(const QString &path)
{
    if (!m_workspace)
        return nullptr;
    if (!m_workspace->door()) {
        showError(tr("Import Customers"),
                  tr("This database is open read-only, so nothing can be imported into it."));
        return nullptr;
    }
    // One import at a time: a second request brings the open wizard forward (with the new file).
    auto *wizard = findChild<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!wizard) {
        wizard = new ImportWizard(*m_workspace, this);
        wizard->setImportHistoryAction(action(QStringLiteral("importHistoryAction")));
        connect(wizard, &ImportWizard::imported, this, [this](qint64 batch) {
            statusBar()->showMessage(tr("Import done (batch %1 in the history).").arg(batch),
                                     15'000);
        });
        connect(wizard,
                &ImportWizard::customersRequested,
                this,
                [this](const CustomerSelectionPtr &selection) {
                    showPage(Page::Customers);
                    m_view->showSelection(selection);
                });
        showDialog(wizard);
    } else {
        wizard->raise();
        wizard->activateWindow();
    }
    if (!path.isEmpty() && wizard->currentId() == ImportWizard::FilePageId)
        wizard->openFile(path);
    return wizard;
}

QString MainWindow::importableFile(const QList<QUrl> &urls)
{
    static const QStringList suffixes{QStringLiteral("csv"),
                                      QStringLiteral("tsv"),
                                      QStringLiteral("txt"),
                                      QStringLiteral("vcf"),
                                      QStringLiteral("vcard")};
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo file(url.toLocalFile());
        if (file.isFile() && suffixes.contains(file.suffix().toLower()))
            return file.filePath();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspace && event->mimeData()->hasUrls()
        && !importableFile(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = event->mimeData()->hasUrls() ? importableFile(event->mimeData()->urls())
                                                      : QString();
    if (file.isEmpty() || !m_workspace) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    importCustomers(file);
}

} // namespace rapport
