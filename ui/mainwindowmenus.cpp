// The menus of the main window: every action with its shortcut, named so tests can find it.
#include "ui/mainwindow.h"

#include "core/services/workspace.h"
#include "ui/auditview.h"
#include "ui/batchhistoryview.h"
#include "ui/customerlistexport.h"
#include "ui/customerlistview.h"
#include "ui/customerview.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/duplicatesview.h"
#include "ui/recentfiles.h"
#include "ui/undo/trashcommands.h"
#include "ui/undo/undotext.h"

#include <QApplication>
#include <QDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createCustomerMenu();
    createGoMenu();
    createSettingsMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Rapport"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N makes a new customer (far more common than a new database), see the Customer menu.
    QAction *newAction = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    // Ctrl+Alt+N adds a note to the open customer.
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recent->fillMenu(m_recentMenu); });
    connect(m_recent, &RecentFiles::changed, this, [this] {
        m_recentMenu->setEnabled(!m_recent->files().isEmpty());
    });
    m_recentMenu->setEnabled(!m_recent->files().isEmpty());
    file->addSeparator();
    createImportActions(file);
    file->addSeparator();
    createBackupActions(file);
    QAction *imports = file->addAction(tr("Import &History…"), this, [this] {
        if (!m_workspace || !m_workspace->door())
            return;
        // One window at a time; a QDialog child, so that closing the database closes it.
        if (auto *open = findChild<QDialog *>(QStringLiteral("importHistoryDialog"),
                                              Qt::FindDirectChildrenOnly)) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("importHistoryDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto *layout = new QVBoxLayout(dialog);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *view = new BatchHistoryView(*m_workspace, dialog);
        layout->addWidget(view);
        dialog->setWindowTitle(view->windowTitle());
        dialog->resize(view->size());
        dialog->show();
    });
    imports->setObjectName(QStringLiteral("importHistoryAction"));
    m_workspaceActions.append(imports);
    file->addSeparator();
    // File ▸ Export List…: the customers the list shows, as it shows them (customerlistexport.h).
    auto *exporter = new CustomerListExporter(this);
    connect(exporter,
            &CustomerListExporter::finished,
            this,
            [this](CustomerListExporter::Outcome outcome, const QString &message) {
                if (outcome == CustomerListExporter::Outcome::Failed)
                    showError(tr("Export List"), message);
                else
                    statusBar()->showMessage(message, 15'000);
            });
    QAction *exportList = file->addAction(tr("&Export List…"), this, [this, exporter] {
        if (!m_workspace)
            return;
        showPage(Page::Customers);
        exporter->setAccess(m_workspace->access());
        exporter->exportList(m_workspace->path(), *m_view);
    });
    exportList->setObjectName(QStringLiteral("exportListAction"));
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_workspaceActions.append(exportList);
    file->addSeparator();
    m_signInMenu = file->addMenu(tr("&Signed In As"));
    m_signInMenu->setObjectName(QStringLiteral("signInMenu"));
    connect(m_signInMenu, &QMenu::aboutToShow, this, &MainWindow::fillSignInMenu);
    m_workspaceActions.append(m_signInMenu->menuAction());
    createAccountActions(file);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Database"), this, &MainWindow::closeDatabase);
    m_closeAction->setObjectName(QStringLiteral("closeDatabaseAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_workspaceActions.append(m_closeAction);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z everywhere, and the platform's own redo key (Ctrl+Y on some) beside it.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    // Undo and redo work from anywhere in the window, whatever has the focus.
    undo->setShortcutContext(Qt::WindowShortcut);
    redo->setShortcutContext(Qt::WindowShortcut);
    edit->addAction(undo);
    edit->addAction(redo);
}

void MainWindow::createGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *find = go->addAction(tr("&Find Customer…"), this, &MainWindow::findCustomer);
    find->setObjectName(QStringLiteral("findCustomerAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_workspaceActions.append(find);
    go->addSeparator();
    QAction *customers = go->addAction(tr("&Customers"), this, [this] {
        showPage(Page::Customers);
    });
    customers->setObjectName(QStringLiteral("showCustomersAction"));
    customers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_workspaceActions.append(customers);
    QAction *customer = go->addAction(tr("Open C&ustomer"), this, [this] {
        showPage(Page::Customer);
    });
    customer->setObjectName(QStringLiteral("showCustomerAction"));
    customer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_workspaceActions.append(customer);
    QAction *myDay = go->addAction(tr("&My Day"), this, [this] { showPage(Page::MyDay); });
    myDay->setObjectName(QStringLiteral("showMyDayAction"));
    myDay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_workspaceActions.append(myDay);
    QAction *dashboards = go->addAction(tr("&Dashboards"), this, [this] {
        showPage(Page::Dashboards);
    });
    dashboards->setObjectName(QStringLiteral("showDashboardsAction"));
    dashboards->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_workspaceActions.append(dashboards);
    QAction *trash = go->addAction(tr("&Trash"), this, [this] { showPage(Page::Trash); });
    trash->setObjectName(QStringLiteral("showTrashAction"));
    trash->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_workspaceActions.append(trash);
    QAction *audit = go->addAction(tr("&Audit History"), this, [this] { showPage(Page::Audit); });
    audit->setObjectName(QStringLiteral("showAuditAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    audit->setStatusTip(tr("Every change to the database: who changed what, and when"));
    m_workspaceActions.append(audit);
    go->addSeparator();
    QAction *back = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setObjectName(QStringLiteral("backAction"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setStatusTip(tr("Back to the customer shown before, to the list, or from a drill-down to"
                          " its dashboard"));
    m_workspaceActions.append(back);
    QAction *reload = go->addAction(tr("&Reload"), this, [this] {
        if (m_customer && currentPage() == Page::Customer)
            m_customer->reloadAction()->trigger();
        else if (m_dashboards && currentPage() == Page::Dashboards)
            m_dashboards->reload();
        else if (m_audit && currentPage() == Page::Audit)
            m_audit->reload();
    });
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    m_workspaceActions.append(reload);
}

void MainWindow::createCustomerMenu()
{
    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    const auto add =
        [this,
         customer](const QString &text, const QString &name, const QKeySequence &key, auto slot) {
            QAction *action = customer->addAction(text, this, slot);
            action->setObjectName(name);
            action->setShortcut(key);
            m_workspaceActions.append(action);
            return action;
        };
    add(tr("New &Person…"),
        QStringLiteral("newPersonAction"),
        QKeySequence(Qt::CTRL | Qt::Key_N),
        [this] { newPerson(); });
    add(tr("New &Organisation…"),
        QStringLiteral("newOrganisationAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        [this] { newOrganisation(); });
    add(tr("&Edit Customer…"),
        QStringLiteral("editCustomerAction"),
        QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { editCurrentCustomer(); });
    add(tr("&Log Call…"),
        QStringLiteral("logCallAction"),
        QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] { logCall(); });
    add(tr("New &Case…"),
        QStringLiteral("newCaseAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        [this] { newCase(); });
    customer->addSeparator();
    // These act on the open customer (the 360° view), shown first when another page is.
    const auto onCustomerPage = [this](QAction *(CustomerView::*viewAction)() const) {
        return [this, viewAction] {
            if (!m_customer || m_customer->currentCustomerId() == 0)
                return;
            showPage(Page::Customer);
            QAction *action = (m_customer->*viewAction)();
            if (action->isEnabled())
                action->trigger();
        };
    };
    add(tr("Add &Note"),
        QStringLiteral("menuAddNoteAction"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
        onCustomerPage(&CustomerView::addNoteAction));
    add(tr("C&all Customer"),
        QStringLiteral("menuCallAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        onCustomerPage(&CustomerView::callAction));
    add(tr("&Write E-mail"),
        QStringLiteral("menuMailAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        onCustomerPage(&CustomerView::mailAction));
    add(tr("Find &Duplicates…"), QStringLiteral("findDuplicatesAction"), QKeySequence(), [this] {
        findDuplicates();
    });
    customer->addSeparator();
    // Delete moves the list's current customer to the trash; in a text field it deletes text.
    QAction *trash = createMoveToTrashAction(this);
    trash->setObjectName(QStringLiteral("moveToTrashAction"));
    connect(trash, &QAction::triggered, this, &MainWindow::moveCurrentCustomerToTrash);
    m_view->addAction(trash);
    customer->addAction(trash);
    m_workspaceActions.append(trash);
}

void MainWindow::fillSignInMenu()
{
    m_signInMenu->clear();
    if (!m_workspace)
        return;
    const Result<QList<User>> users = m_workspace->activeUsers();
    if (!users) {
        m_signInMenu->addAction(users.error().message())->setEnabled(false);
        return;
    }
    const std::optional<qint64> current = m_workspace->currentUserId();
    for (const User &user : users.value()) {
        QAction *action = m_signInMenu->addAction(escapeMnemonics(user.displayName));
        action->setCheckable(true);
        action->setChecked(current && *current == user.id);
        const qint64 id = user.id;
        connect(action, &QAction::triggered, this, [this, id] { signInAs(id); });
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this,
        tr("About Rapport"),
        tr("<h3>Rapport %1</h3>"
           "<p>A customer relationship manager for your desktop: every customer, their history "
           "and your numbers in one place.</p>"
           "<p>Built with Qt %2 and SQLite.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

DuplicatesView *MainWindow::findDuplicates()
{
    if (!m_workspace)
        return nullptr;
    if (auto *open = findChild<DuplicatesView *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *view = new DuplicatesView(*m_workspace, m_undo, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setErrorPresenter(
        [this](QWidget *, const QString &message) { showError(tr("Duplicates"), message); });
    view->show();
    view->rescan();
    return view;
}

} // namespace rapport
