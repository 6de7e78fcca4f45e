// Not run by default ([.shot]): the main window's Dashboards page, every tab, at 1280x800 and
// 1600x1000, in the language of the environment (LANGUAGE=de LANG=de_DE.UTF-8 for German).
//   RAPPORT_SHOT_DB=/tmp/charts.db RAPPORT_SHOT_DIR=/tmp/charts-shots
//   RAPPORT_QM_DIR=build-ci/translations build-ci/tests/ui/ui_tests '[.dashboardshots]'
// The database is copied first: the window opens it for writing.
#include "core/services/dashboardservice.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("Dashboard page pictures at two window sizes", "[.shot][.dashboardshots]")
{
    const QString source = qEnvironmentVariable("RAPPORT_SHOT_DB");
    if (source.isEmpty()) {
        WARN("RAPPORT_SHOT_DB names no database");
        return;
    }
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp/charts-shots"));
    QDir().mkpath(folder);
    QTranslator translator;
    if (translator.load(QLocale(),
                        QStringLiteral("rapport"),
                        QStringLiteral("_"),
                        qEnvironmentVariable("RAPPORT_QM_DIR")))
        QCoreApplication::installTranslator(&translator);
    const QString language = QLocale().name().left(2);
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("shot.db"));
    REQUIRE(QFile::copy(source, path));

    test::IsolatedSettings settings(QStringLiteral("dashboardshots"));
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Dashboards);
        DashboardView *view = window.dashboardView();
        REQUIRE(view);
        REQUIRE(QTest::qWaitFor(
            [&] { return !view->service()->isBusy() && view->result() && view->result()->clv.fit; },
            300'000));
        for (int tab = 0; tab < view->tabs()->count(); ++tab) {
            view->tabs()->setCurrentIndex(tab);
            QTest::qWait(200);
            const QString file = QStringLiteral("%1/dashboard-%2-%3x%4-%5.png")
                                     .arg(folder)
                                     .arg(tab)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(language);
            CHECK(window.grab().save(file));
        }
    }
}
