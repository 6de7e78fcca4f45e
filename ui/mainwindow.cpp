#include "ui/mainwindow.h"

#include "core/models/customerlistmodel.h"
#include "core/services/backupjob.h"
#include "core/services/backupservice.h"
#include "core/services/door.h"
#include "core/services/workspace.h"
#include "ui/auditview.h"
#include "ui/busywait.h"
#include "ui/customerfilterbar.h"
#include "ui/customerlistview.h"
#include "ui/customerview.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/databasechooser.h"
#include "ui/mydayview.h"
#include "ui/permissiongate.h"
#include "ui/recentfiles.h"
#include "ui/tasknotifier.h"
#include "ui/textundofallthrough.h"
#include "ui/trashview.h"
#include "ui/undo/undofeedback.h"
#include "ui/welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undo(new QUndoStack(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_stack))
    , m_workArea(new QWidget(m_stack))
    , m_sidebar(new QListWidget(m_workArea))
    , m_pages(new QStackedWidget(m_workArea))
    , m_view(new CustomerListView(m_pages))
    , m_userButton(new QToolButton(this))
    , m_presentModal([](QDialog &dialog) { return dialog.exec(); })
    , m_recent(new RecentFiles(this))
    , m_pathLabel(new QLabel(this))
    , m_presentError([](QWidget *owner, const QString &title, const QString &message) {
        QMessageBox::warning(owner, title, message);
    })
{
    setObjectName(QStringLiteral("MainWindow"));

    // The sidebar lists the pages of the open database. It takes no keyboard focus of its own
    // (the Go menu's shortcuts switch pages), so Tab moves through the page, not the sidebar.
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFocusPolicy(Qt::NoFocus);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    auto *work = new QHBoxLayout(m_workArea);
    work->setContentsMargins(0, 0, 0, 0);
    work->setSpacing(0);
    work->addWidget(m_sidebar);
    work->addWidget(m_pages, 1);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workArea);
    setCentralWidget(m_stack);

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_userButton);

    addPage(Page::Customers, tr("Customers"), m_view);
    addPage(Page::Customer, tr("Customer"), nullptr);
    addPage(Page::MyDay, tr("My Day"), nullptr);
    addPage(Page::Dashboards, tr("Dashboards"), nullptr);
    addPage(Page::Trash, tr("Trash"), nullptr);
    addPage(Page::Audit, tr("Audit History"), nullptr);
    createMenus();
    createGates();
    setAcceptDrops(true); // a contacts file dropped on the window is imported
    auto *fallthrough = new TextUndoFallthrough(this);
    fallthrough->setUndoStack(m_undo);
    qApp->installEventFilter(fallthrough);
    connect(m_view, &CustomerListView::customerActivated, this, &MainWindow::openCustomer);
    connect(m_view, &CustomerListView::selectionChanged, this, [this] {
        if (!m_view->selection())
            m_drillDownShown = false; // left: Back no longer leads to the dashboards
    });
    connect(UndoFeedback::of(m_undo),
            &UndoFeedback::failed,
            this,
            [this](const QString &title, const QString &message) { showError(title, message); });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_recent, &RecentFiles::fileChosen, this, [this](const QString &path) {
        openDatabase(path);
    });

    resize(1280, 760);
    restoreLayout();
    updateActions();
    updateTitleAndStatus();
}

// The models read through the workspace's connection: they go before the workspace does.
MainWindow::~MainWindow()
{
    delete m_backupJob;
    replaceWorkspace(nullptr);
}

void MainWindow::addPage(Page page, const QString &title, QWidget *content)
{
    // Each page is a frame whose content can be replaced: pages made for one database give way
    // to those of the next without the sidebar changing.
    auto *frame = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(frame);
    m_pageWidgets.insert(page, frame);
    if (content)
        setPageContent(page, content);
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 14));
    // Wide enough for a customer's name on the Customer page.
    const QFontMetrics metrics = m_sidebar->fontMetrics();
    const int width = std::max(metrics.horizontalAdvance(title) + 40,
                               metrics.averageCharWidth() * 18 + 24);
    m_sidebar->setFixedWidth(std::max(m_sidebar->minimumWidth(), width));
}

void MainWindow::setPageContent(Page page, QWidget *content)
{
    QWidget *frame = m_pageWidgets.value(page);
    if (QWidget *old = m_pageContent.take(page); old && old != content)
        delete old;
    if (!content)
        return;
    frame->layout()->addWidget(content);
    frame->setFocusProxy(content);
    m_pageContent.insert(page, content);
}

void MainWindow::createWorkspacePages()
{
    m_customer = new CustomerView(*m_workspace);
    m_customer->setUndoStack(m_undo);
    // The window's Customer menu offers Add Note with the same key from anywhere.
    m_customer->addNoteAction()->setShortcut({});
    m_customer->reloadAction()->setShortcut({});
    connect(m_customer, &CustomerView::customerActivated, this, &MainWindow::openCustomer);
    connect(m_customer, &CustomerView::caseActivated, this, &MainWindow::openCase);
    const auto showTitle = [this](const QString &title) {
        const int row = m_pages->indexOf(m_pageWidgets.value(Page::Customer));
        if (QListWidgetItem *item = m_sidebar->item(row)) {
            item->setText(
                m_sidebar->fontMetrics().elidedText(title, Qt::ElideRight, m_sidebar->width() - 16));
            item->setToolTip(title);
        }
    };
    connect(m_customer, &CustomerView::titleChanged, this, [this, showTitle](const QString &title) {
        m_gate->update(); // another customer, or the same one in or out of the trash
        showTitle(title);
    });
    connect(m_customer, &CustomerView::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15'000);
    });
    setPageContent(Page::Customer, m_customer);
    m_customer->showCustomer(0);
    // The new view starts empty without announcing it: the sidebar must not keep the title of
    // the view it replaces (another user's "Customer not shown").
    showTitle(m_customer->title());

    m_trash = new TrashView(*m_workspace, m_undo);
    m_trash->setErrorPresenter(
        [this](QWidget *, const QString &message) { showError(tr("Trash"), message); });
    setPageContent(Page::Trash, m_trash);

    // The whole database's history. Everyone may read it until roles come: then the permission
    // check (the door's hook, asked for "read the audit history") decides here whether the page
    // is made, and Go ▸ Audit History is disabled without it.
    m_audit = new AuditView(*m_workspace);
    connect(m_audit, &AuditView::customerActivated, this, &MainWindow::openCustomer);
    setPageContent(Page::Audit, m_audit);

    m_myDay = new MyDayView(*m_workspace, m_undo);
    connect(m_myDay, &MyDayView::customerActivated, this, &MainWindow::openCustomer);
    connect(m_myDay, &MyDayView::caseActivated, this, &MainWindow::openCase);
    setPageContent(Page::MyDay, m_myDay);

    m_dashboards = new DashboardView(m_workspace->path(), &m_workspace->changes());
    connect(m_dashboards, &DashboardView::customerActivated, this, &MainWindow::openCustomer);
    connect(m_dashboards,
            &DashboardView::customersRequested,
            this,
            [this](const CustomerSelectionPtr &selection) { showCustomerSelection(selection); });
    connect(m_dashboards, &DashboardView::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15'000);
    });
    setPageContent(Page::Dashboards, m_dashboards);

    m_notifier = new TaskNotifier(*m_workspace, this, this);
    connect(m_notifier, &TaskNotifier::customerActivated, this, &MainWindow::openCustomer);
    m_notifier->start();
    m_dashboards->setAccess(m_workspace->access());
    connect(m_workspace.get(), &Workspace::currentUserChanged, this, [this] {
        // Whose customers the list and the dashboards show is the signed-in user's scope.
        if (m_model)
            m_model->setScope(m_workspace->access().scope(Permission::View));
        if (m_dashboards)
            m_dashboards->setAccess(m_workspace->access());
        updateTitleAndStatus();
    });
}

void MainWindow::showPage(Page page)
{
    QWidget *widget = m_pageWidgets.value(page);
    if (!widget || !m_workspace)
        return;
    m_sidebar->setCurrentRow(m_pages->indexOf(widget));
    widget->setFocus();
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pageWidgets.key(m_pages->currentWidget(), Page::Customers);
}

void MainWindow::findCustomer()
{
    if (!m_workspace)
        return;
    showPage(Page::Customers);
    // Ctrl+K looks for any customer: a drill-down or filters left on the list would hide them.
    const QStringList removed = m_view->filterBar()->activeFilters();
    // A search begun in a drill-down ends the selection, not the way back to its dashboard.
    const bool fromDrillDown = m_drillDownShown;
    const bool cleared = m_view->searchAllCustomers();
    m_drillDownShown = fromDrillDown;
    if (cleared)
        statusBar()->showMessage(tr("Searching all customers: removed %1.")
                                     .arg(QLocale().createSeparatedList(removed)),
                                 8'000);
    m_view->focusSearch();
}

qint64 MainWindow::currentCustomerId() const
{
    if (!m_workspace)
        return 0;
    switch (currentPage()) {
    case Page::Customers:
        return m_view->currentCustomerId();
    case Page::Customer:
        return m_customer->currentCustomerId();
    case Page::MyDay:
    case Page::Dashboards:
    case Page::Trash:
    case Page::Audit:
        return 0;
    }
    return 0;
}

void MainWindow::openCustomer(qint64 id)
{
    if (!m_workspace || id == 0)
        return;
    if (const qint64 shown = m_customer->currentCustomerId(); shown != 0 && shown != id) {
        m_history.removeAll(id);
        m_history.append(shown);
        constexpr qsizetype MaxHistory = 50;
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
    }
    if (id != m_customer->currentCustomerId())
        m_customer->showCustomer(id);
    showPage(Page::Customer);
}

void MainWindow::goBack()
{
    if (!m_workspace)
        return;
    if (currentPage() == Page::Customer && !m_history.isEmpty()) {
        m_customer->showCustomer(m_history.takeLast());
        return;
    }
    if (currentPage() == Page::Customers && m_drillDownShown && m_dashboards) {
        // Leaving the drill-down ends it: the list is whole again when next seen.
        m_view->clearSelection();
        m_drillDownShown = false;
        showPage(Page::Dashboards);
        return;
    }
    if (currentPage() != Page::Customers)
        showPage(Page::Customers);
}

void MainWindow::signInAs(qint64 userId)
{
    if (!m_workspace)
        return;
    const Status signedIn = m_workspace->setCurrentUser(userId);
    if (!signedIn)
        showError(tr("Cannot Sign In"), signedIn.error().message());
}

// Dialogs hold the database they work on: they close with it (the typed text goes with them).
void MainWindow::closeDialogs()
{
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs)
        delete dialog;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::setErrorPresenter(ErrorPresenter presenter)
{
    m_presentError = std::move(presenter);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_presentError(this, title, message);
}

bool MainWindow::openDatabase(const QString &path, Database::Mode mode)
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, mode);
    if (!opened) {
        // A file SQLite calls damaged is not a dead end: its latest backup, or a salvage.
        if (BackupService::isDamagedRapportFile(path, opened.error()))
            return recoverDamagedFile(path, opened.error().message());
        showError(tr("Cannot Open Database"), opened.error().message());
        return false;
    }
    // Who signs in, before the database replaces the one open: cancel leaves that one open.
    if (!signInToOpen(*opened.value()))
        return false;
    replaceWorkspace(std::move(opened).value());
    m_recent->add(m_workspace->path());
    return true;
}

void MainWindow::closeDatabase()
{
    replaceWorkspace(nullptr);
}

void MainWindow::showCustomerSelection(const std::shared_ptr<const CustomerSelection> &selection)
{
    if (!m_workspace || !selection)
        return;
    QToolTip::hideText(); // a chart's tooltip would stay on screen over the list
    m_view->showSelection(selection);
    m_drillDownShown = true;
    showPage(Page::Customers);
    statusBar()->showMessage(tr("%1 goes back to the dashboards.")
                                 .arg(QKeySequence(Qt::ALT | Qt::Key_Left)
                                          .toString(QKeySequence::NativeText)),
                             8'000);
}

void MainWindow::replaceWorkspace(std::unique_ptr<Workspace> workspace)
{
    // Undo commands, editors and the database's own pages hold the database they were made on.
    m_undo->clear();
    delete m_checkJob; // cancels and waits; a backup the user asked for goes on
    // The gate's owner look-up reads through the old database.
    if (m_gate)
        m_gate->setWorkspace(nullptr);
    closeDialogs();
    delete m_notifier;
    m_notifier = nullptr;
    setPageContent(Page::Dashboards, nullptr); // waits for its worker
    m_dashboards = nullptr;
    setPageContent(Page::Trash, nullptr);
    m_trash = nullptr;
    setPageContent(Page::Audit, nullptr);
    m_audit = nullptr;
    setPageContent(Page::MyDay, nullptr);
    m_myDay = nullptr;
    setPageContent(Page::Customer, nullptr);
    m_customer = nullptr;
    m_history.clear();
    CustomerListModel *old = m_model;
    m_model = nullptr;
    if (workspace) {
        m_model = new CustomerListModel(workspace->database(), &workspace->changes(), this);
        m_model->setScope(workspace->access().scope(Permission::View));
        connect(m_model, &CustomerListModel::errorOccurred, this, [this](const QString &message) {
            statusBar()->showMessage(message, 15'000);
        });
    }
    m_view->setModel(m_model);
    delete old;
    m_workspace = std::move(workspace);
    if (m_workspace && m_workspace->door())
        m_workspace->door()->setBusyObserver(busyStatusObserver(statusBar()));
    if (m_workspace)
        createWorkspacePages();
    m_stack->setCurrentWidget(m_workspace ? m_workArea : static_cast<QWidget *>(m_welcome));
    updateActions();
    updateTitleAndStatus();
    if (m_workspace)
        showPage(Page::Customers);
    if (m_workspace && m_openChecks && !m_reopening)
        startOpenChecks();
    Q_EMIT workspaceChanged();
}

void MainWindow::updateActions()
{
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(m_workspace != nullptr);
    // Then what the signed-in user's role allows of them.
    if (m_gate)
        m_gate->setWorkspace(m_workspace.get());
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_workspace) {
        setWindowTitle(tr("Rapport"));
        m_pathLabel->setText(tr("No database is open."));
        updateAccountActions();
        return;
    }
    const QString path = m_workspace->path();
    setWindowTitle(tr("%1 — Rapport").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    updateAccountActions();
}

void MainWindow::newDatabase()
{
    const QString file = DatabaseChooser::newFile(this);
    if (!file.isEmpty() && openDatabase(file, Database::Mode::Create))
        protectNewDatabase();
}

void MainWindow::chooseDatabase()
{
    const QString file = DatabaseChooser::existingFile(this);
    if (!file.isEmpty())
        openDatabase(file, Database::Mode::Existing);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_view->restoreSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    m_view->saveSettings(settings);
    QMainWindow::closeEvent(event);
}

} // namespace rapport
