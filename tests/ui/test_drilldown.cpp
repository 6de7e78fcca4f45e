// A dashboard's drill-down through the whole main window, as a manager or rep works it: a click on
// a cohort cell or a tile lists exactly those customers, sorted by the figure that put them there
// (the same numbers as the dashboard and the database); Alt+Left goes back to the dashboard as it
// was; Ctrl+K searches every customer; a search under filters that finds nothing says which and
// offers everyone.
#include "core/analytics/dashboard.h"
#include "core/demo/demogenerator.h"
#include "core/domain/customerselection.h"
#include "core/models/customerlistmodel.h"
#include "core/services/dashboardservice.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/orderrepository.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/isolatedsettings.h"
#include "tests/ui/keyboard.h"
#include "ui/customerfilterbar.h"
#include "ui/customerlistview.h"
#include "ui/dashboards/clvchart.h"
#include "ui/dashboards/cohortheatmap.h"
#include "ui/dashboards/dashboardfilterbar.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/dashboards/kpitile.h"
#include "ui/dashboards/paretochart.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <catch2/catch.hpp>

#include <map>

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
        o.seed = 7;
        o.asOf = QDateTime::currentDateTimeUtc().date();
        REQUIRE(DemoGenerator(made->db(), o).run().ok());
        return made;
    }();
    return *t;
}

// The main window on the shop, on its Dashboards page (Ctrl+4) with every figure computed.
struct Desk
{
    Desk()
        : settings(QStringLiteral("drilldown"))
        , keys(&window)
    {
        REQUIRE(window.openDatabase(shop().path()));
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        keys.key(Qt::Key_4, Qt::ControlModifier);
        REQUIRE(window.currentPage() == MainWindow::Page::Dashboards);
        view = window.dashboardView();
        REQUIRE(view != nullptr);
        REQUIRE(computed());
        list = window.customerView();
        model = window.customerModel();
    }

    bool computed() const
    {
        return QTest::qWaitFor(
            [this] {
                return !view->service()->isBusy() && view->result() && view->result()->clv.fit;
            },
            60'000);
    }
    // A customer not in `selection`, and their name.
    std::pair<qint64, QString> someoneOutside(const CustomerSelection &selection) const
    {
        CustomerRepository customers(shop().db());
        for (qint64 id : view->service()->columns()->ids) {
            if (selection.contains(id))
                continue;
            Result<Customer> c = customers.get(id);
            REQUIRE(c.ok());
            return {id, c->displayName()};
        }
        FAIL("everyone is selected");
        return {};
    }
    std::vector<double> listFigures() const
    {
        std::vector<double> values;
        model->loadAll();
        for (int row = 0; row < model->rowCount(); ++row)
            values.push_back(model->index(row, CustomerListModel::Figure)
                                 .data(CustomerListModel::FigureRole)
                                 .toDouble());
        return values;
    }

    test::IsolatedSettings settings;
    MainWindow window;
    test::Keyboard keys;
    DashboardView *view = nullptr;
    CustomerListView *list = nullptr;
    CustomerListModel *model = nullptr;
};

// Net of the customer's standing orders in `currency` on UTC days [from, to], read back through
// the order repository: what the dashboards count.
qint64 ordersBetween(qint64 customer, const QString &currency, const QDate &from, const QDate &to)
{
    Result<QList<Order>> orders = OrderRepository(shop().db()).listForCustomer(customer, 100'000);
    REQUIRE(orders.ok());
    qint64 sum = 0;
    for (const Order &o : std::as_const(*orders)) {
        const QDate day = o.orderedAt.toUTC().date();
        if ((o.status != OrderStatus::Open && o.status != OrderStatus::Fulfilled)
            || o.currency != currency || day < from || day > to)
            continue;
        Result<Money> total = o.total();
        REQUIRE(total.ok());
        sum += total->minor;
    }
    return sum;
}

bool descending(const std::vector<double> &values)
{
    return std::is_sorted(values.rbegin(), values.rend());
}

} // namespace

TEST_CASE("A cohort cell lists its customers by their revenue in that month, Alt+Left goes back",
          "[ui][flows][drilldown]")
{
    Desk d;
    QAbstractItemModelTester tester(d.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The Retention tab by its mnemonic, and the cell with the most customers a month on.
    d.keys.key(Qt::Key_R, Qt::AltModifier);
    REQUIRE(d.view->tabs()->currentIndex() == 1);
    const auto result = d.view->result();
    REQUIRE(result->cohorts.result.has_value());
    const CohortTable &table = result->cohorts.result->cohorts;
    int cohort = -1, months = 1;
    qint64 most = 0;
    for (std::size_t c = 0; c < table.active.size(); ++c) {
        if (table.active[c].size() > 1 && table.active[c][1] > most) {
            most = table.active[c][1];
            cohort = int(c);
        }
    }
    REQUIRE(most > 3);
    const DashboardFilters filtersBefore = d.view->filterBar()->filters();

    QTableView *cells = d.view->cohortHeatmap()->table();
    const QModelIndex cell = cells->model()->index(cohort, months);
    cells->scrollTo(cell);
    QTest::mouseClick(cells->viewport(), Qt::LeftButton, {}, cells->visualRect(cell).center());

    REQUIRE(d.window.currentPage() == MainWindow::Page::Customers);
    const CustomerSelectionPtr selection = d.list->selection();
    REQUIRE(selection != nullptr);
    REQUIRE(selection->hasFigure());
    CHECK(selection->figure.label == QStringLiteral("Revenue in month 1"));
    CHECK(qint64(selection->size()) == most);

    // The figure is a column, right after the name, sorted by largest first.
    QHeaderView *header = d.list->table()->horizontalHeader();
    CHECK_FALSE(header->isSectionHidden(CustomerListModel::Figure));
    CHECK(header->visualIndex(CustomerListModel::Figure)
          == header->visualIndex(CustomerListModel::Name) + 1);
    CHECK(d.model->headerData(CustomerListModel::Figure, Qt::Horizontal).toString()
          == selection->figure.label);
    CHECK(d.model->sortColumn() == CustomerListModel::Figure);
    CHECK(header->sortIndicatorSection() == CustomerListModel::Figure);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    const std::vector<double> shown = d.listFigures();
    REQUIRE(int(shown.size()) == most);
    CHECK(descending(shown));

    // The same numbers as the dashboard's and the database's.
    const DrillDown expected
        = Dashboard::cohortCustomers(*d.view->service()->columns(), *result, cohort, months);
    std::map<qint64, double> byId;
    for (std::size_t k = 0; k < expected.ids.size(); ++k)
        byId[expected.ids[k]] = expected.values[k];
    const QDate month = monthStart(table.firstMonth + cohort + months);
    for (int row = 0; row < d.model->rowCount(); ++row) {
        const qint64 id = d.model->idAt(row);
        REQUIRE(byId.count(id) == 1);
        CHECK(shown[std::size_t(row)] == byId[id]);
        if (row < 8)
            CHECK(qint64(shown[std::size_t(row)])
                  == ordersBetween(id, result->currency, month, month.addMonths(1).addDays(-1)));
    }
    CHECK(d.model->index(0, CustomerListModel::Figure).data().toString()
          == Money{qint64(shown.front()), result->currency}.format());

    // Another column still sorts, and the figure sorts back.
    QTest::mouseClick(header->viewport(),
                      Qt::LeftButton,
                      {},
                      QPoint(header->sectionViewportPosition(CustomerListModel::Name) + 10,
                             header->height() / 2));
    CHECK(d.model->sortColumn() == CustomerListModel::Name);
    QTest::mouseClick(header->viewport(),
                      Qt::LeftButton,
                      {},
                      QPoint(header->sectionViewportPosition(CustomerListModel::Figure) + 10,
                             header->height() / 2));
    CHECK(d.model->sortColumn() == CustomerListModel::Figure);

    // Alt+Left: the dashboards again, on the same tab with the same filters; the list is whole.
    d.keys.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(d.window.currentPage() == MainWindow::Page::Dashboards);
    CHECK(d.view->tabs()->currentIndex() == 1);
    CHECK(d.view->filterBar()->filters() == filtersBefore);
    CHECK(d.list->selection() == nullptr);
    CHECK(header->isSectionHidden(CustomerListModel::Figure));
}

TEST_CASE("After a drill-down, Ctrl+K finds a customer outside it", "[ui][flows][drilldown]")
{
    Desk d;
    QTest::mouseClick(d.view->kpis()->tile(Kpi::NewCustomers), Qt::LeftButton);
    REQUIRE(d.window.currentPage() == MainWindow::Page::Customers);
    const CustomerSelectionPtr selection = d.list->selection();
    REQUIRE(selection != nullptr);
    // The tile's customers with their revenue in the period, largest first.
    const KpiValue &tile = d.view->result()->kpis[std::size_t(Kpi::NewCustomers)];
    CHECK(selection->ids == tile.customers);
    CHECK(selection->figure == tile.figure);
    CHECK(descending(d.listFigures()));
    const QDate from = d.view->result()->filters.from, to = d.view->result()->filters.to;
    const qint64 top = d.model->idAt(0);
    CHECK(qint64(d.listFigures().front())
          == ordersBetween(top, d.view->result()->currency, from, to));

    const auto [outside, name] = d.someoneOutside(*selection);
    d.keys.key(Qt::Key_K, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == d.list->searchField());
    CHECK(d.list->selection() == nullptr);
    CHECK(d.model->filter().isEmpty());
    CHECK(d.window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Searching all customers")));
    d.keys.text(name);
    REQUIRE(QTest::qWaitFor([&] { return d.model->isSearching() && d.model->rowOf(outside) >= 0; }));
    CHECK_FALSE(d.list->emptyNote()->isVisible());
    // The search began in a drill-down: Alt+Left still leads back to its dashboard (it did
    // nothing once Ctrl+K had ended the selection; found in a day's use).
    d.keys.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(d.window.currentPage() == MainWindow::Page::Dashboards);
}

TEST_CASE("A Pareto bar lists its customers by revenue, and its tooltip stays off the list",
          "[ui][flows][drilldown]")
{
    Desk d;
    ParetoChart *chart = d.view->paretoChart();
    REQUIRE(d.view->tabs()->currentIndex() == 0);
    REQUIRE(chart->slices().size() > 3);
    QBarSet *bars = nullptr;
    for (QAbstractSeries *series : chart->chartView()->chart()->series()) {
        if (auto *stacked = qobject_cast<QStackedBarSeries *>(series); stacked && !bars)
            bars = stacked->barSets().front();
    }
    REQUIRE(bars != nullptr);
    // Hovering a bar shows its tip; the click lists the bar's customers.
    Q_EMIT bars->hovered(true, 3);
    REQUIRE(QToolTip::isVisible());
    QTest::mouseClick(chart->chartView()->viewport(), Qt::LeftButton, {}, chart->barPosition(3));
    REQUIRE(d.window.currentPage() == MainWindow::Page::Customers);
    // The chart's view replays the hover once the page changed: no tip over the list.
    Q_EMIT bars->hovered(true, 3);
    CHECK(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 1'000));

    const CustomerSelectionPtr selection = d.list->selection();
    REQUIRE(selection != nullptr);
    const ParetoChart::Slice &slice = chart->slices()[3];
    CHECK(qint64(selection->size()) == qint64(slice.last - slice.first + 1));
    CHECK(selection->figure.label == QStringLiteral("Revenue in period"));
    const ParetoResult &ranking = *d.view->result()->pareto.result;
    double sum = 0;
    for (std::size_t k = slice.first; k <= slice.last; ++k) {
        REQUIRE(selection->valueOf(ranking.ids[k]).has_value());
        CHECK(*selection->valueOf(ranking.ids[k]) == double(ranking.values[k]));
        sum += double(ranking.values[k]);
    }
    CHECK(sum == double(slice.value));
    const std::vector<double> shown = d.listFigures();
    CHECK(descending(shown));
    const DashboardFilters f = d.view->result()->filters;
    CHECK(qint64(shown.front())
          == ordersBetween(d.model->idAt(0), d.view->result()->currency, f.from, f.to));
}

TEST_CASE("A lifetime value bar lists its customers by their predicted value",
          "[ui][flows][drilldown]")
{
    Desk d;
    d.keys.key(Qt::Key_L, Qt::AltModifier);
    REQUIRE(d.view->tabs()->currentIndex() == 2);
    const auto result = d.view->result();
    const ClvPanel &panel = result->clv;
    REQUIRE(panel.counts.size() > 2);
    // The fullest bar, clicked in its middle.
    const std::size_t bin = std::size_t(std::max_element(panel.counts.begin(), panel.counts.end())
                                        - panel.counts.begin());
    QChartView *chartView = d.view->clvChart()->chartView();
    QAbstractSeries *bars = nullptr;
    for (QAbstractSeries *series : chartView->chart()->series())
        if (qobject_cast<QBarSeries *>(series))
            bars = series;
    REQUIRE(bars != nullptr);
    const QPointF scene = chartView->chart()->mapToPosition(QPointF(double(bin),
                                                                    double(panel.counts[bin]) / 2),
                                                            bars);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, chartView->mapFromScene(scene));
    REQUIRE(d.window.currentPage() == MainWindow::Page::Customers);

    const CustomerSelectionPtr selection = d.list->selection();
    REQUIRE(selection != nullptr);
    CHECK(qint64(selection->size()) == panel.counts[bin]);
    CHECK(selection->figure.label == QStringLiteral("Predicted lifetime value"));
    const std::vector<double> shown = d.listFigures();
    CHECK(descending(shown));
    REQUIRE_FALSE(shown.empty());
    // Every value within the bar's bounds (the first bar from 0, the last open-ended).
    CHECK(shown.back() >= (bin == 0 ? -1e300 : panel.edges[bin]));
    if (bin + 2 < panel.edges.size())
        CHECK(shown.front() < panel.edges[bin + 1]);
    d.keys.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(d.window.currentPage() == MainWindow::Page::Dashboards);
    CHECK(d.view->tabs()->currentIndex() == 2);
}

TEST_CASE("A search under filters that finds nothing names them and offers to search all",
          "[ui][flows][drilldown]")
{
    Desk d;
    d.list->setSearchDelay(0);
    QTest::mouseClick(d.view->kpis()->tile(Kpi::NewCustomers), Qt::LeftButton);
    const CustomerSelectionPtr selection = d.list->selection();
    REQUIRE(selection != nullptr);
    const auto [outside, name] = d.someoneOutside(*selection);

    // Typed into the search field (a click on it, not Ctrl+K): within the drill-down.
    QLineEdit *search = d.list->searchField();
    QTest::mouseClick(search, Qt::LeftButton);
    d.keys.text(name);
    REQUIRE(QTest::qWaitFor([&] { return d.model->isSearching(); }));
    CHECK(d.model->rowOf(outside) < 0);
    CHECK(d.list->emptyNote()->isVisible());
    CHECK(d.list->emptyNoteText()->text().contains(selection->label));

    SECTION("the button, reached by Tab and pressed with Space")
    {
        d.keys.key(Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == d.list->searchAllButton());
        d.keys.key(Qt::Key_Space);
    }
    SECTION("Enter in the search field, when nothing matched")
    {
        if (d.model->rowCount() > 0) // some namesake inside: the note offers, Enter opens them
            d.list->searchAllButton()->click();
        else
            d.keys.key(Qt::Key_Return);
    }
    SECTION("a stage filter alone")
    {
        d.list->searchAllButton()->click();
        Result<Customer> who = CustomerRepository(shop().db()).get(outside);
        REQUIRE(who.ok());
        const LifecycleStage other = who->stage == LifecycleStage::Lead ? LifecycleStage::Active
                                                                        : LifecycleStage::Lead;
        QComboBox *stage = d.list->filterBar()->stageBox();
        stage->setFocus();
        for (int guard = 0; guard < 10 && stage->currentData().toLongLong() != qint64(other);
             ++guard)
            QTest::keyClick(stage, Qt::Key_Down);
        REQUIRE(stage->currentData().toLongLong() == qint64(other));
        REQUIRE(QTest::qWaitFor([&] { return d.model->rowOf(outside) < 0; }));
        CHECK(d.list->emptyNoteText()->text().contains(
            QStringLiteral("stage %1").arg(lifecycleStageName(other))));
        search->setFocus();
        d.keys.key(Qt::Key_Return);
    }
    REQUIRE(QTest::qWaitFor([&] { return d.model->rowOf(outside) >= 0; }));
    CHECK(d.model->filter().isEmpty());
    CHECK(d.list->selection() == nullptr);
    CHECK(search->text() == name);
    CHECK_FALSE(d.list->emptyNote()->isVisible());
}

TEST_CASE("The chip cuts a long drill-down label after a word and keeps it whole in its tooltip",
          "[ui][drilldown]")
{
    const QFontMetrics metrics(QApplication::font());
    const QString label = QStringLiteral(
        "First bought in September 2024, bought again in month 12");
    const QString cut = CustomerFilterBar::elideAtWords(label,
                                                        metrics,
                                                        metrics.horizontalAdvance(label) / 2);
    REQUIRE(cut.endsWith(QStringLiteral("…")));
    const QString kept = cut.chopped(1);
    CHECK(label.startsWith(kept));
    CHECK(label.at(kept.size()).isSpace()); // a whole word ends there
    CHECK_FALSE(kept.endsWith(QLatin1Char(',')));
    CHECK(CustomerFilterBar::elideAtWords(label, metrics, 10'000) == label);

    CustomerFilterBar bar;
    CustomerListFilter filter;
    filter.selection = CustomerSelection::make(label + QStringLiteral(" and a long tail of words"),
                                               {1, 2, 3});
    bar.setFilter(filter);
    const QString shown = bar.selectionLabel()->text();
    CHECK(shown.endsWith(QStringLiteral("… · 3 customers")));
    CHECK(label.startsWith(shown.section(QStringLiteral("…"), 0, 0)));
    CHECK(bar.selectionChip()->toolTip().contains(filter.selection->label));
}

TEST_CASE("Picture of a drill-down list", "[.shot][drilldown]")
{
    Desk d;
    QTest::mouseClick(d.view->kpis()->tile(Kpi::LostCustomers), Qt::LeftButton);
    REQUIRE(d.list->selection() != nullptr);
    QTest::qWait(200);
    const QString path = QDir::temp().filePath(QStringLiteral("drilldown-list.png"));
    REQUIRE(d.window.grab().save(path));
    // A name typed into the search field that the drill-down holds back.
    const auto [outside, name] = d.someoneOutside(*d.list->selection());
    QTest::mouseClick(d.list->searchField(), Qt::LeftButton);
    d.keys.text(name);
    REQUIRE(QTest::qWaitFor([&] { return d.model->isSearching(); }));
    QTest::qWait(200);
    const QString empty = QDir::temp().filePath(QStringLiteral("drilldown-empty.png"));
    REQUIRE(d.window.grab().save(empty));
    WARN("saved " << path.toStdString() << " and " << empty.toStdString());
}
