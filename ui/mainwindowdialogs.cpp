// The dialogs the main window opens: the customer editor, the quick log and the case dialog,
// each on the open database, and moving the current customer to the trash.
#include "ui/mainwindow.h"

#include "core/services/workspace.h"
#include "ui/casedialog.h"
#include "ui/customereditor.h"
#include "ui/customerview.h"
#include "ui/quicklogdialog.h"
#include "ui/undo/trashcommands.h"

#include <QStatusBar>

namespace rapport {

QDialog *MainWindow::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QDialog *MainWindow::openEditor(const std::function<bool(QDialog *)> &load)
{
    if (!m_workspace)
        return nullptr;
    auto *editor = new CustomerEditor(*m_workspace, m_undo, this);
    if (!load(editor)) {
        delete editor;
        return nullptr;
    }
    // A new customer is shown once saved (its 360° view), and the status bar says so: the window
    // does not stay on the customer shown before as if nothing had happened.
    const bool isNew = editor->customerId() == 0;
    connect(editor, &CustomerEditor::saved, this, [this, editor, isNew](qint64 id) {
        const QString name = editor->customerName();
        if (isNew) {
            openCustomer(id);
            statusBar()->showMessage(tr("New customer “%1” saved.").arg(name), 8'000);
        } else {
            statusBar()->showMessage(tr("“%1” saved.").arg(name), 5'000);
        }
    });
    return showDialog(editor);
}

QDialog *MainWindow::logCall()
{
    if (!m_workspace)
        return nullptr;
    auto *dialog = new QuickLogDialog(*m_workspace, this);
    dialog->setUndoStack(m_undo);
    if (const qint64 id = currentCustomerId())
        dialog->setCustomer(id);
    connect(dialog, &QuickLogDialog::caseOpened, this, [this](qint64 caseId) {
        statusBar()->showMessage(tr("Case %1 opened.").arg(caseReference(caseId)), 5'000);
    });
    return showDialog(dialog);
}

QDialog *MainWindow::newCase()
{
    const qint64 id = currentCustomerId();
    if (!m_workspace || id == 0)
        return nullptr;
    CaseDialog *dialog = CaseDialog::forNewCase(*m_workspace, id, this);
    dialog->setUndoStack(m_undo);
    connect(dialog, &CaseDialog::customerActivated, this, &MainWindow::openCustomer);
    return showDialog(dialog);
}

QDialog *MainWindow::openCase(qint64 caseId)
{
    if (!m_workspace)
        return nullptr;
    auto *dialog = new CaseDialog(*m_workspace, caseId, this);
    dialog->setUndoStack(m_undo);
    if (!dialog->isLoaded()) {
        showError(tr("Cannot Open Case"), dialog->errorText());
        delete dialog;
        return nullptr;
    }
    connect(dialog, &CaseDialog::customerActivated, this, &MainWindow::openCustomer);
    return showDialog(dialog);
}

QDialog *MainWindow::newPerson()
{
    return openEditor([](QDialog *editor) {
        static_cast<CustomerEditor *>(editor)->newPerson();
        return true;
    });
}

QDialog *MainWindow::newOrganisation()
{
    return openEditor([](QDialog *editor) {
        static_cast<CustomerEditor *>(editor)->newOrganisation();
        return true;
    });
}

QDialog *MainWindow::editCurrentCustomer()
{
    const qint64 id = currentCustomerId();
    if (id == 0)
        return nullptr;
    return openEditor([this, id](QDialog *editor) {
        const Status loaded = static_cast<CustomerEditor *>(editor)->editCustomer(id);
        if (!loaded)
            showError(tr("Cannot Edit Customer"), loaded.error().message());
        return loaded.ok();
    });
}

void MainWindow::moveCurrentCustomerToTrash()
{
    const qint64 id = currentCustomerId();
    if (id == 0)
        return;
    const Status moved = moveCustomerToTrash(*m_workspace, m_undo, id);
    if (!moved)
        showError(tr("Cannot Move to Trash"), moved.error().message());
}

} // namespace rapport
