#include "ui/startup.h"

#include "core/demo/demogenerator.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "ui/demodatatask.h"
#include "ui/mainwindow.h"
#include "ui/screenshottour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace rapport {

Startup::Startup(MainWindow &window, StartupOptions options)
    : m_window(window)
    , m_options(std::move(options))
{}

Startup::~Startup()
{
    delete m_demo; // cancels and waits for the worker
}

StartupOptions Startup::parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rapport, a desktop CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Open (or create) the database FILE."),
                                tr("FILE"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    tr("Do not fill a new default database with demo data."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  tr("Save a picture of the main window to PNG, then quit."),
                                  tr("PNG"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                   tr("Save a picture of each main view to DIR, then quit."),
                                   tr("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption size(QStringLiteral("screenshot-size"),
                            tr("The window's size for screenshots, e.g. 1600x1000."),
                            tr("WxH"));
    size.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, noDemo, screenshot, screenshots, size});
    parser.process(app);

    StartupOptions options;
    options.databasePath = parser.value(db);
    options.demoData = !parser.isSet(noDemo);
    options.screenshotPath = parser.value(screenshot);
    options.screenshotFolder = parser.value(screenshots);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int width = parts.value(0).toInt(), height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 640 || height < 480) {
            std::fprintf(stderr,
                         "rapport: %s\n",
                         qUtf8Printable(tr("--screenshot-size needs WIDTHxHEIGHT, at least "
                                           "640x480.")));
            std::exit(2);
        }
        options.screenshotSize = QSize(width, height);
    }
    if (!options.screenshotPath.isEmpty() || !options.screenshotFolder.isEmpty()) {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    return options;
}

void Startup::run()
{
    const QString defaultPath = Database::defaultPath();
    m_path = m_options.databasePath.isEmpty() ? defaultPath : m_options.databasePath;
    m_isDefault = QFileInfo(m_path).absoluteFilePath() == QFileInfo(defaultPath).absoluteFilePath();

    if (!m_options.screenshotPath.isEmpty() || !m_options.screenshotFolder.isEmpty())
        m_window.resize(m_options.screenshotSize);
    m_window.show();
    // A database named on the command line is created when missing, like the default one.
    m_window.openDatabase(m_path, Database::Mode::Create);
    if (wantsDemoData())
        startDemoData();
    else
        finish();
}

bool Startup::wantsDemoData() const
{
    const CustomerListModel *list = m_window.customerModel();
    return m_isDefault && m_options.demoData && m_window.workspace() && list
           && list->rowCount() == 0;
}

void Startup::startDemoData()
{
    DemoOptions options;
    options.customers = m_options.demoCustomers;
    options.asOf = QDate::currentDate();
    const Workspace &open = *m_window.workspace();
    Actor actor;
    actor.machine = Actor::thisMachine();
    if (open.door())
        actor = open.door()->actor(); // the signed-in user, if any
    m_demo = new DemoDataTask(open.path(), options, std::move(actor), &m_window);
    connect(m_demo,
            &DemoDataTask::finished,
            this,
            [this](DemoDataTask::Outcome outcome, const QString &message) {
                m_demo->deleteLater();
                if (outcome == DemoDataTask::Outcome::Failed)
                    m_window.showError(tr("Demo Data"),
                                       tr("The demo data could not be created: %1").arg(message));
                // The worker wrote through its own connection: the list reads everything again.
                if (Workspace *workspace = m_window.workspace())
                    workspace->changes().publish(
                        {ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
                finish();
            });
    m_demo->start();
}

void Startup::finish()
{
    // From now on every database opened gets its quick check and, when due, the automatic
    // backup; the first one now, after any demo data is in (not in a screenshot run).
    if (m_options.screenshotPath.isEmpty() && m_options.screenshotFolder.isEmpty()) {
        m_window.setOpenChecks(true);
        m_window.startOpenChecks();
    }
    Q_EMIT ready();
    if (!m_options.screenshotPath.isEmpty())
        // Let the view lay out and paint its first rows before the picture is taken.
        QTimer::singleShot(300, this, &Startup::takeScreenshot);
    else if (!m_options.screenshotFolder.isEmpty())
        QTimer::singleShot(300, this, &Startup::takeScreenshots);
}

void Startup::takeScreenshots()
{
    auto *tour = new ScreenshotTour(m_window, m_options.screenshotFolder, this);
    connect(tour, &ScreenshotTour::finished, this, [tour](bool ok, const QString &message) {
        for (const QString &file : tour->written())
            std::printf("%s\n", qUtf8Printable(QDir::toNativeSeparators(file)));
        if (!ok)
            std::fprintf(stderr, "rapport: %s\n", qUtf8Printable(message));
        QCoreApplication::exit(ok ? 0 : 1);
    });
    tour->start();
}

void Startup::takeScreenshot()
{
    const QString file = m_options.screenshotPath;
    if (!m_window.grab().save(file)) {
        std::fprintf(stderr,
                     "rapport: could not save the screenshot to %s\n",
                     qUtf8Printable(QDir::toNativeSeparators(file)));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::quit();
}

} // namespace rapport
