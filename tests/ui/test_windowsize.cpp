// The main window keeps the size it is given: no page asks for more than 1280x800 (issue 10,
// item 17). A page whose minimum grows while it is hidden would enlarge the window for all.
#include "core/demo/demogenerator.h"
#include "core/services/dashboardservice.h"
#include "core/services/workspace.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/dashboards/kpitile.h"
#include "ui/dashboards/rfmsegmentschart.h"
#include "ui/mainwindow.h"

#include <QDateTime>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("Every page fits a 1280x800 window, which keeps its size from page to page",
          "[ui][windowsize]")
{
    test::IsolatedSettings settings(QStringLiteral("windowsize"));
    test::TempDatabase shop;
    DemoOptions o;
    o.customers = 600;
    o.seed = 7;
    o.asOf = QDateTime::currentDateTimeUtc().date();
    REQUIRE(DemoGenerator(shop.db(), o).run().ok());
    MainWindow window;
    // As the program starts: sized and shown first, then the database opens.
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(shop.path()));
    REQUIRE(window.workspace()->setCurrentUser(1).ok());
    for (const MainWindow::Page page : {MainWindow::Page::Customers,
                                        MainWindow::Page::MyDay,
                                        MainWindow::Page::Dashboards,
                                        MainWindow::Page::Trash}) {
        window.showPage(page);
        QTest::qWait(300);
        INFO("page " << int(page));
        CHECK(window.size() == QSize(1280, 800));
    }
    // A drill-down's chip and count beside the filters: the row still fits.
    DashboardView *dashboards = window.dashboardView();
    REQUIRE(dashboards != nullptr);
    REQUIRE(QTest::qWaitFor(
        [dashboards] { return !dashboards->service()->isBusy() && dashboards->result(); }, 60'000));
    window.showPage(MainWindow::Page::Dashboards);
    Q_EMIT dashboards->rfmChart()->segmentActivated(analytics::RfmSegment::AtRisk);
    QTest::qWait(300);
    CHECK(window.currentPage() == MainWindow::Page::Customers);
    CHECK(window.size() == QSize(1280, 800));
}

TEST_CASE("The KPI strip never asks for more than two rows of height, however narrow it was",
          "[ui][windowsize][kpi]")
{
    // A hidden dashboards page is laid out narrow first: the strip then stacks its tiles one per
    // row, and a minimum height of seven rows would grow the whole window for good.
    QWidget page;
    auto *strip = new KpiStrip(&page);
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    strip->setGeometry(0, 0, 300, 600); // as a page not yet laid out may have it
    QCoreApplication::processEvents();
    REQUIRE(strip->columns() < 4);
    const int tile = strip->tile(analytics::Kpi::Revenue)->sizeHint().height();
    CHECK(strip->minimumSizeHint().height() <= 2 * tile + 8);
}
