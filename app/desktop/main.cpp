// rapport: the desktop program. Sets up the application and hands over to the ui library.
//   rapport [--db FILE] [--no-demo]
#include "core/util/translations.h"
#include "ui/mainwindow.h"
#include "ui/startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("rapport"));
    rapport::installTranslations(app);

    const rapport::StartupOptions options = rapport::Startup::parseCommandLine(app);
    rapport::MainWindow window;
    rapport::Startup startup(window, options);
    startup.run();
    return app.exec();
}
