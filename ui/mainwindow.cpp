#include "ui/mainwindow.h"

#include "core/models/customerlistmodel.h"
#include "core/services/workspace.h"
#include "ui/customerlistview.h"
#include "ui/databasechooser.h"
#include "ui/recentfiles.h"
#include "ui/welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace rapport {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString listHeaderKey = QStringLiteral("mainWindow/customerListHeader");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_stack))
    , m_view(new CustomerListView(m_stack))
    , m_recent(new RecentFiles(this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_presentError([](QWidget *owner, const QString &title, const QString &message) {
        QMessageBox::warning(owner, title, message);
    })
{
    setObjectName(QStringLiteral("MainWindow"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createMenus();
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_recent, &RecentFiles::fileChosen, this, [this](const QString &path) {
        openDatabase(path);
    });

    resize(1200, 720);
    restoreLayout();
    updateTitleAndStatus();
}

// The model reads through the workspace's connection: it goes before the workspace does.
MainWindow::~MainWindow()
{
    replaceWorkspace(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
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
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeDatabase);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Rapport"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
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
        showError(tr("Cannot Open Database"), opened.error().message());
        return false;
    }
    replaceWorkspace(std::move(opened).value());
    m_recent->add(m_workspace->path());
    return true;
}

void MainWindow::closeDatabase()
{
    replaceWorkspace(nullptr);
}

void MainWindow::replaceWorkspace(std::unique_ptr<Workspace> workspace)
{
    CustomerListModel *old = m_model;
    m_model = nullptr;
    if (workspace) {
        m_model = new CustomerListModel(workspace->database(), &workspace->changes(), this);
        connect(m_model, &CustomerListModel::countChanged, this, &MainWindow::showCount);
        connect(m_model, &CustomerListModel::loadingFinished, this, [this] {
            showCount(m_model->rowCount());
        });
        connect(m_model, &CustomerListModel::errorOccurred, this, [this](const QString &message) {
            statusBar()->showMessage(message, 15'000);
        });
    }
    m_view->setModel(m_model);
    delete old;
    m_workspace = std::move(workspace);
    m_stack->setCurrentWidget(m_workspace ? static_cast<QWidget *>(m_view) : m_welcome);
    m_closeAction->setEnabled(m_workspace != nullptr);
    updateTitleAndStatus();
    if (m_workspace)
        m_view->setFocus();
    Q_EMIT workspaceChanged();
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_workspace) {
        setWindowTitle(tr("Rapport"));
        m_pathLabel->setText(tr("No database is open."));
        m_countLabel->clear();
        return;
    }
    const QString path = m_workspace->path();
    setWindowTitle(tr("%1 — Rapport").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    showCount(m_model ? m_model->rowCount() : 0);
}

void MainWindow::showCount(int count)
{
    // Until the list has read all ids its row count is an upper bound: say so rather than show
    // a number that changes a moment later.
    if (m_model && !m_model->isComplete())
        m_countLabel->setText(tr("Counting customers…"));
    else
        m_countLabel->setText(count == 1 ? tr("1 customer") : tr("%L1 customers").arg(count));
}

void MainWindow::newDatabase()
{
    const QString file = DatabaseChooser::newFile(this);
    if (!file.isEmpty())
        openDatabase(file, Database::Mode::Create);
}

void MainWindow::chooseDatabase()
{
    const QString file = DatabaseChooser::existingFile(this);
    if (!file.isEmpty())
        openDatabase(file, Database::Mode::Existing);
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

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_view->setHeaderState(settings.value(listHeaderKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(listHeaderKey, m_view->headerState());
    QMainWindow::closeEvent(event);
}

} // namespace rapport
