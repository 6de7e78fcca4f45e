#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

class QCoreApplication;

namespace rapport {

class DemoDataTask;
class MainWindow;

// What the command line asked for at start.
struct StartupOptions
{
    QString databasePath; // empty: the default database
    bool demoData = true; // fill an empty default database with demo customers
    int demoCustomers = 5000;
    QString screenshotPath;   // save a picture of the window there, then quit
    QString screenshotFolder; // save a picture of each main view there, then quit
    QSize screenshotSize{1280, 800}; // the window's size for pictures
};

// Startup is the first minute of the desktop program: it shows the window, opens the database
// asked for (creating the default one on first use), fills an empty default database with demo
// customers so that a first look shows something real, and on request saves a screenshot.
class Startup final : public QObject
{
    Q_OBJECT
public:
    Startup(MainWindow &window, StartupOptions options);
    ~Startup() override;

    // Reads `rapport [--db FILE] [--no-demo] [--screenshot PNG] [--screenshots DIR]
    // [--screenshot-size WxH]` (the last three hidden from --help; DIR gets a picture of each
    // main view, see ScreenshotTour, at 1280x800 unless a size is given); exits with a message
    // on a bad command line. A screenshot run gets settings of
    // its own (QStandardPaths' test mode, emptied), so the picture shows what a new user sees
    // and the user's own settings stay untouched: call it before the window exists.
    static StartupOptions parseCommandLine(const QCoreApplication &app);

    void run();

Q_SIGNALS:
    // The database is open (or failed to open) and any demo data is in.
    void ready();

private:
    bool wantsDemoData() const;
    void startDemoData();
    void finish();
    void takeScreenshot();
    void takeScreenshots();

    MainWindow &m_window;
    StartupOptions m_options;
    QString m_path;
    bool m_isDefault = false;
    QPointer<DemoDataTask> m_demo;
};

} // namespace rapport
