// The Dashboards page on a small demo database: it computes off the GUI thread when shown, the
// filters recompute it, a click on a tile or a segment asks for exactly those customers, and the
// main window reaches it with Ctrl+4 and opens the customer list from a drill-down.
#include "core/demo/demogenerator.h"
#include "core/domain/customerselection.h"
#include "core/models/customerlistmodel.h"
#include "core/services/dashboardservice.h"
#include "core/storage/database.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerlistview.h"
#include "ui/dashboards/dashboardfilterbar.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/dashboards/kpitile.h"
#include "ui/dashboards/rfmsegmentschart.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::analytics;

namespace {

// 1,200 demo customers with three years of history up to today.
test::TempDatabase &shop()
{
    static const auto t = [] {
        auto made = std::make_unique<test::TempDatabase>();
        DemoOptions o;
        o.customers = 1200;
        o.seed = 5;
        o.asOf = QDateTime::currentDateTimeUtc().date();
        REQUIRE(DemoGenerator(made->db(), o).run().ok());
        return made;
    }();
    return *t;
}

bool computed(DashboardView &view)
{
    return QTest::qWaitFor(
        [&] { return !view.service()->isBusy() && view.result() && view.result()->clv.fit; },
        60'000);
}

} // namespace

TEST_CASE("the dashboards page computes when shown and follows its filters", "[dashboardview]")
{
    DashboardView view(shop().path(), nullptr);
    view.resize(1280, 760);
    view.show();
    REQUIRE(computed(view));
    const auto first = view.result();
    CHECK(first->population > 1000);
    CHECK(first->filters.to == QDateTime::currentDateTimeUtc().date());
    CHECK(first->filters.from == first->filters.to.addYears(-1).addDays(1));
    CHECK(view.kpis()->tile(Kpi::ActiveCustomers)->isVisible());
    CHECK_FALSE(view.cancelButton()->isVisible());
    CHECK(view.statusLabel()->text().contains(QLocale().toString(first->population)));
    // The first result was read for: the status line says how long that took.
    CHECK(first->readSeconds > 0);
    CHECK(view.statusLabel()->text().contains(QStringLiteral("data read in")));

    SECTION("a period preset chosen by keyboard recomputes for that period")
    {
        QComboBox *period = view.filterBar()->periodBox();
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Up); // Last 12 months -> Last 90 days
        REQUIRE(QTest::qWaitFor([&] { return view.result() != first; }, 10'000));
        REQUIRE(computed(view));
        CHECK(view.result()->filters.days() == 90);
        CHECK(view.result()->filters.to == first->filters.to);
    }
    SECTION("a kind narrows the customers")
    {
        QComboBox *kind = view.filterBar()->kindBox();
        kind->setCurrentIndex(kind->findData(1)); // organisations
        REQUIRE(QTest::qWaitFor([&] { return view.result()->filters.kind == quint8(1); }, 10'000));
        REQUIRE(computed(view));
        CHECK(view.result()->population < first->population);
        // Computed from the columns at hand: nothing was read for it, and the line says so.
        CHECK(view.result()->readSeconds == 0);
        CHECK_FALSE(view.statusLabel()->text().contains(QStringLiteral("data read in")));
    }
    SECTION("clicking a tile asks for exactly its customers")
    {
        QSignalSpy asked(&view, &DashboardView::customersRequested);
        KpiTile *tile = view.kpis()->tile(Kpi::NewCustomers);
        QTest::mouseClick(tile, Qt::LeftButton);
        REQUIRE(asked.count() == 1);
        const auto ids = asked.at(0).at(0).value<CustomerSelectionPtr>()->ids;
        CHECK(ids == first->kpis[std::size_t(Kpi::NewCustomers)].customers);
        CHECK(asked.at(0).at(0).value<CustomerSelectionPtr>()->label.startsWith(
            QStringLiteral("New customers")));
    }
    SECTION("choosing a segment in the filters narrows every panel to it")
    {
        QComboBox *segment = view.filterBar()->segmentBox();
        segment->setCurrentIndex(segment->findData(int(RfmSegment::Champions)));
        REQUIRE(QTest::qWaitFor([&] { return view.result()->filters.segment.has_value(); }, 10'000));
        REQUIRE(computed(view));
        const auto champions = Dashboard::segmentCustomers(*first, RfmSegment::Champions);
        CHECK(view.result()->population == qint64(champions.ids.size()));
        CHECK(view.rfmChart()->selected() == RfmSegment::Champions);
    }
}

TEST_CASE("the dashboards page can be stopped while it reads", "[dashboardview]")
{
    DashboardView view(shop().path(), nullptr);
    view.show();
    REQUIRE(view.service()->isBusy());
    REQUIRE(view.cancelButton()->isVisible());
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !view.service()->isBusy(); }, 60'000));
    CHECK_FALSE(view.cancelButton()->isVisible());
    CHECK(view.statusLabel()->text().startsWith(QStringLiteral("Stopped")));
    // F5's reload computes again.
    view.reload();
    REQUIRE(computed(view));
}

TEST_CASE("the main window's Dashboards page, by keyboard", "[dashboardview][mainwindow]")
{
    test::IsolatedSettings settings(QStringLiteral("dashboards"));
    MainWindow window;
    REQUIRE(window.openDatabase(shop().path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Dashboards);
    DashboardView *view = window.dashboardView();
    REQUIRE(view != nullptr);
    REQUIRE(computed(*view));

    // A click on a tile shows exactly its customers in the customer list.
    const auto &fresh = view->result()->kpis[std::size_t(Kpi::NewCustomers)].customers;
    REQUIRE_FALSE(fresh.empty());
    QTest::mouseClick(view->kpis()->tile(Kpi::NewCustomers), Qt::LeftButton);
    CHECK(window.currentPage() == MainWindow::Page::Customers);
    REQUIRE(window.customerView()->selection() != nullptr);
    CHECK(window.customerView()->selection()->ids == fresh);
    REQUIRE(QTest::qWaitFor([&] { return window.customerModel()->isComplete(); }));
    CHECK(window.customerModel()->rowCount() == int(fresh.size()));
    for (int row = 0; row < window.customerModel()->rowCount(); ++row)
        CHECK(std::binary_search(fresh.begin(), fresh.end(), window.customerModel()->idAt(row)));

    // Back on the dashboards, a double-click in the slipping table opens that customer (the
    // signal the main window listens to).
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    const qint64 someone = fresh.front();
    Q_EMIT view->customerActivated(someone);
    CHECK(window.currentPage() == MainWindow::Page::Customer);
    CHECK(window.currentCustomerId() == someone);
}

TEST_CASE("a date typed into the dashboards' filters counts when it is complete", "[dashboardview]")
{
    DashboardFilterBar bar;
    bar.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bar));
    DashboardFilters shown = DashboardFilters::lastYear(QDate(2026, 12, 8));
    bar.setFilters(shown);
    QSignalSpy changed(&bar, &DashboardFilterBar::filtersChanged);
    QDateEdit *to = bar.toEdit();
    to->setFocus();
    to->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(to, QStringLiteral("3"));
    QTest::qWait(400);           // past the bar's settling time
    CHECK(changed.count() == 0); // "3" of "30": nothing computed for the 3rd
    QTest::keyClicks(to, QStringLiteral("0"));
    QTest::qWait(400);
    CHECK(changed.count() == 0);
    QTest::keyClick(to, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return changed.count() > 0; }, 2000));
    QTest::qWait(400);
    CHECK(changed.count() == 1);
    CHECK(bar.filters().to == QDate(2026, 12, 30));
}
