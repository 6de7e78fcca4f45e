// Pictures of My Day (today and upcoming), the task editor and the customer list on a demo
// database at 1280x800 and 1600x1000, to look at in English and German. Hidden from the normal
// run: RAPPORT_SHOT_DB names the demo database, RAPPORT_SHOT_DIR the folder, RAPPORT_SHOT_QM a
// compiled translation (build-ci/translations/rapport_de.qm) and RAPPORT_SHOT_LOCALE its locale.
#include "tests/ui/isolatedsettings.h"
#include "ui/choicestrip.h"
#include "ui/mainwindow.h"
#include "ui/mydayview.h"
#include "ui/taskeditor.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

void save(QWidget &w, const QString &file)
{
    QTest::qWait(700); // rows read, columns fitted, painted
    REQUIRE(w.grab().save(file));
    WARN("saved " << file.toStdString());
}

} // namespace

TEST_CASE("Screenshots of My Day, the task editor and the customer list", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("RAPPORT_SHOT_DB");
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp"));
    if (path.isEmpty()) {
        WARN("RAPPORT_SHOT_DB names no demo database: nothing to show");
        return;
    }
    QTranslator translator;
    const QString qm = qEnvironmentVariable("RAPPORT_SHOT_QM");
    const QLocale before;
    if (!qm.isEmpty()) {
        REQUIRE(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(
            QLocale(qEnvironmentVariable("RAPPORT_SHOT_LOCALE", QStringLiteral("de_DE"))));
    }
    const QString language = qm.isEmpty() ? QStringLiteral("en") : QLocale().name().left(2);
    {
        test::IsolatedSettings settings(QStringLiteral("shots-myday"));
        MainWindow window;
        REQUIRE(window.openDatabase(path));
        for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
            const QString suffix
                = QStringLiteral("-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
            window.resize(size);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::Page::Customers);
            save(window, QDir(folder).filePath(QStringLiteral("list") + suffix));
            window.showPage(MainWindow::Page::MyDay);
            MyDayView *day = window.myDayView();
            day->filterStrip()->setValue(0);
            save(window, QDir(folder).filePath(QStringLiteral("myday") + suffix));
            day->filterStrip()->setValue(1);
            save(window, QDir(folder).filePath(QStringLiteral("myday-upcoming") + suffix));
            day->tasksTable()->setCurrentIndex(day->tasksTable()->model()->index(0, 1));
            QDialog *editor = day->editCurrentTask();
            REQUIRE(editor != nullptr);
            QTest::qWait(200);
            REQUIRE(
                editor->grab().save(QDir(folder).filePath(QStringLiteral("task-editor") + suffix)));
            editor->reject();
            QTest::qWait(50);
        }
    }
    if (!qm.isEmpty()) {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    }
}
