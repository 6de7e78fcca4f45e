#include "core/models/customerlistmodel.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/mainwindow.h"
#include "ui/startup.h"

#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("The first start fills the new default database with demo customers", "[ui]")
{
    test::IsolatedSettings settings(QStringLiteral("firststart"));
    const QString path = Database::defaultPath();
    MainWindow window;
    QStringList errors; // a failure is recorded, not shown in a box that would wait for a click
    window.setErrorPresenter(
        [&errors](QWidget *, const QString &, const QString &message) { errors << message; });
    StartupOptions options;
    options.demoCustomers = 300;
    Startup startup(window, options);
    QSignalSpy ready(&startup, &Startup::ready);
    startup.run();

    // The worker fills the file through its own connection while a progress dialog is up.
    CHECK(window.findChild<QProgressDialog *>() != nullptr);
    REQUIRE((ready.count() == 1 || ready.wait(60'000)));
    CHECK(errors.join(QLatin1Char('\n')).toStdString() == std::string());
    REQUIRE(window.workspace() != nullptr);
    CHECK(window.workspace()->path() == QFileInfo(path).absoluteFilePath());
    CustomerListModel *list = window.customerModel();
    REQUIRE(list != nullptr);
    list->loadAll();
    CHECK(list->rowCount() == 300);
    CHECK_FALSE(list->index(299, CustomerListModel::Name).data().toString().isEmpty());
    QTest::qWait(50); // the dialog goes with deleteLater()
    CHECK(window.findChild<QProgressDialog *>() == nullptr);

    // The second start finds customers and adds none.
    MainWindow again;
    Startup second(again, options);
    QSignalSpy readyAgain(&second, &Startup::ready);
    second.run();
    CHECK(readyAgain.count() == 1);
    CHECK(again.customerModel()->rowCount() == 300);
}

TEST_CASE("Demo data is only for the default database, and not with --no-demo", "[ui]")
{
    test::IsolatedSettings settings(QStringLiteral("nodemo"));
    QTemporaryDir dir;
    {
        MainWindow window;
        StartupOptions options;
        options.databasePath = dir.filePath(QStringLiteral("mine.db"));
        Startup startup(window, options);
        QSignalSpy ready(&startup, &Startup::ready);
        startup.run();
        CHECK(ready.count() == 1);
        REQUIRE(window.workspace() != nullptr);
        CHECK(QFileInfo::exists(options.databasePath));
        CHECK(window.customerModel()->rowCount() == 0);
    }
    {
        MainWindow window;
        StartupOptions options;
        options.demoData = false;
        Startup startup(window, options);
        QSignalSpy ready(&startup, &Startup::ready);
        startup.run();
        CHECK(ready.count() == 1);
        REQUIRE(window.workspace() != nullptr);
        CHECK(window.customerModel()->rowCount() == 0);
    }
}
