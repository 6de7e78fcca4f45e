#include "core/storage/dashboardrepository.h"
#include "core/storage/database.h"
#include "tests/ui/dashboarddata.h"
#include "ui/dashboards/activitychart.h"
#include "ui/dashboards/clvchart.h"
#include "ui/dashboards/cohortheatmap.h"
#include "ui/dashboards/cohorttablemodel.h"
#include "ui/dashboards/kpitile.h"
#include "ui/dashboards/paretochart.h"
#include "ui/dashboards/rfmsegmentschart.h"
#include "ui/dashboards/satisfactionquadrant.h"
#include "ui/dashboards/slippingmodel.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QDateTime>
#include <QDir>
#include <QGridLayout>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

void showAndWait(QWidget &w, QSize size)
{
    w.resize(size);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
}

// Cohorts by hand: customer 1 buys in Jan, Feb and Apr; 2 in Jan only; 3 in Feb and Mar;
// as of 2026-04-30. Cohort Jan = {1, 2}: months 0..3 active 2, 1, 0, 1; Feb = {3}: 1, 1, 0.
analytics::CohortPanel handCohorts()
{
    auto secs = [](int month, int day) {
        return QDate(2026, month, day).startOfDay(Qt::UTC).toSecsSinceEpoch();
    };
    std::vector<qint64> customers{1, 1, 1, 2, 3, 3};
    std::vector<qint64> times{secs(1, 5),
                              secs(2, 9),
                              secs(4, 2),
                              secs(1, 20),
                              secs(2, 3),
                              secs(3, 30)};
    analytics::CohortPanel panel;
    panel.result = analytics::retention(customers, times, {}, {}, QDate(2026, 4, 30)).value();
    return panel;
}

} // namespace

TEST_CASE("The cohort heat map shows each cell's share and a click names the cell",
          "[ui][dashboard][cohort]")
{
    CohortHeatmap heatmap;
    QAbstractItemModelTester tester(heatmap.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    heatmap.setPanel(handCohorts());
    showAndWait(heatmap, {520, 320});
    const CohortTableModel *model = heatmap.model();
    REQUIRE(model->rowCount() == 4); // Jan..Apr, the last two empty
    REQUIRE(model->columnCount() == 4);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("100%"));
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("50%"));
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("0%"));
    CHECK(model->index(1, 1).data().toString() == QStringLiteral("100%"));
    CHECK(model->index(1, 3).data().toString().isEmpty()); // after as-of
    CHECK(model->headerData(0, Qt::Vertical).toString().endsWith(QStringLiteral("  2")));
    // Text stays readable: dark text on pale cells, light text on strong ones.
    const QColor pale = model->index(0, 2).data(Qt::BackgroundRole).value<QColor>();
    CHECK(pale.lightness() > 200);
    CHECK(model->index(0, 2).data(Qt::ForegroundRole).value<QColor>() == QColor(Qt::black));

    QSignalSpy activated(&heatmap, &CohortHeatmap::cellActivated);
    QTableView *table = heatmap.table();
    const QRect cell = table->visualRect(model->index(0, 3));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toInt() == 0);
    CHECK(activated.at(0).at(1).toInt() == 3);
    // An empty cell does nothing; Enter on a cell activates it.
    QTest::mouseClick(table->viewport(),
                      Qt::LeftButton,
                      {},
                      table->visualRect(model->index(1, 3)).center());
    CHECK(activated.count() == 1);
    table->setCurrentIndex(model->index(1, 1));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toInt() == 1);
    CHECK(activated.at(1).at(1).toInt() == 1);

    const QString csv = heatmap.csv();
    CHECK(csv.startsWith(QStringLiteral("cohort,customers,month_0,month_1,month_2,month_3\r\n"
                                        "2026-01,2,1.0000,0.5000,0.0000,0.5000\r\n"
                                        "2026-02,1,1.0000,1.0000,0.0000,\r\n")));
}

TEST_CASE("Retention curves draw a few cohorts and all together", "[ui][dashboard][cohort]")
{
    RetentionCurves curves;
    curves.setResult(test::syntheticDashboard(3000));
    showAndWait(curves, {560, 340});
    REQUIRE_FALSE(curves.showsMessage());
    CHECK(curves.cohorts().size() == std::size_t(RetentionCurves::MaxCurves));
    CHECK(curves.chartView()->chart()->series().size() == RetentionCurves::MaxCurves + 1);
    CHECK(
        curves.csv().startsWith(QStringLiteral("cohort,months_since,active,customers,share\r\n")));

    analytics::CohortPanel none;
    none.message = QStringLiteral("No purchases.");
    curves.setPanel(none);
    CHECK(curves.message() == QStringLiteral("No purchases."));
}

TEST_CASE("RFM segments: a click on a segment's bars names the segment", "[ui][dashboard][rfm]")
{
    auto result = test::syntheticDashboard(3000);
    result->filters.segment = analytics::RfmSegment::AtRisk;
    RfmSegmentsChart chart;
    chart.setResult(result);
    showAndWait(chart, {600, 440});
    REQUIRE_FALSE(chart.showsMessage());
    CHECK(chart.selected() == analytics::RfmSegment::AtRisk);
    QSignalSpy activated(&chart, &RfmSegmentsChart::segmentActivated);
    for (const auto segment : {analytics::RfmSegment::Champions, analytics::RfmSegment::Lost}) {
        QTest::mouseClick(chart.chartView()->viewport(),
                          Qt::LeftButton,
                          {},
                          chart.barPosition(segment));
        REQUIRE(activated.count() > 0);
        CHECK(activated.takeLast().at(0).value<analytics::RfmSegment>() == segment);
    }
    const QStringList lines = chart.csv().split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 1 + 11 + 1);
    CHECK(lines[1].startsWith(QStringLiteral("champions,Champions,")));
    qint64 customers = 0;
    for (int i = 1; i <= 11; ++i)
        customers += lines[i].split(QLatin1Char(','))[2].toLongLong();
    CHECK(customers == 3000);
}

TEST_CASE("The CLV panel shows the fit and the slipping customers open from the table",
          "[ui][dashboard][clv]")
{
    auto result = test::syntheticDashboard(2000);
    ClvChart chart;
    QAbstractItemModelTester tester(chart.slippingModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    chart.setNameLookup(
        [](qint64 id) { return id == 1001 ? QStringLiteral("Acme GmbH") : QString(); });
    chart.setResult(result);
    showAndWait(chart, {600, 560});
    REQUIRE_FALSE(chart.showsMessage());
    CHECK(chart.caption().contains(QStringLiteral("r 0.243")));
    CHECK(chart.caption().contains(QStringLiteral("α 4.414")));
    CHECK(chart.caption().contains(QStringLiteral("-9,582.4")));
    SlippingModel *model = chart.slippingModel();
    REQUIRE(model->rowCount() == 40);
    CHECK(model->index(0, SlippingModel::Customer).data().toString() == QStringLiteral("Acme GmbH"));
    CHECK(model->index(1, SlippingModel::Customer).data().toString()
          == QStringLiteral("Customer #1008"));
    CHECK(model->index(0, SlippingModel::ProbabilityAlive).data().toString()
          == QStringLiteral("45%"));

    QSignalSpy opened(&chart, &ClvChart::customerActivated);
    QTableView *table = chart.slippingTable();
    const QRect row1 = table->visualRect(model->index(1, SlippingModel::Customer));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row1.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, row1.center());
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == 1008);
    table->setCurrentIndex(model->index(2, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 2);
    CHECK(opened.at(1).at(0).toLongLong() == 1015);

    QSignalSpy requested(&chart, &DashboardPanel::customersRequested);
    QTest::mouseClick(chart.showAllButton(), Qt::LeftButton);
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).value<CustomerSelectionPtr>()->ids.size() == 40);
    CHECK(chart.showAllButton()->text() == QStringLiteral("Show all 40 in the list"));
    CHECK(chart.csv().startsWith(QStringLiteral("from,to,currency,customers\r\n10.00,20.00,EUR,")));

    // The values before the latest changes while the models are fitted again: shown, and said.
    CHECK_FALSE(chart.caption().startsWith(QStringLiteral("Updating")));
    analytics::ClvPanel updating = result->clv;
    updating.updating = true;
    chart.setPanel(updating, QStringLiteral("EUR"));
    CHECK_FALSE(chart.showsMessage());
    CHECK(chart.caption().startsWith(QStringLiteral("Updating to the latest changes…")));
    CHECK(chart.caption().contains(QStringLiteral("r 0.243")));
    CHECK(model->rowCount() == 40);

    analytics::ClvPanel pending;
    pending.message = QStringLiteral("The lifetime values are being computed.");
    chart.setPanel(pending, QStringLiteral("EUR"));
    CHECK(chart.message() == pending.message);
    CHECK(ClvChart::compactMoney(1'234'500, QStringLiteral("EUR"), QLocale(QLocale::English))
          == QStringLiteral("12k"));
    CHECK(ClvChart::compactMoney(250'000'000, QStringLiteral("EUR"), QLocale(QLocale::English))
          == QStringLiteral("2.5M"));
}

TEST_CASE("Team activity stacks the channels per week and lists the agents",
          "[ui][dashboard][activity]")
{
    auto result = test::syntheticDashboard(100);
    ActivityChart chart;
    QAbstractItemModelTester tester(chart.agentModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    chart.setResult(result);
    showAndWait(chart, {620, 520});
    REQUIRE_FALSE(chart.showsMessage());
    CHECK(chart.agentModel()->rowCount() == 5);
    // Sorted by interactions, the busiest first: agent 5 has the largest base.
    CHECK(chart.agentModel()->index(0, ActivityChart::Agent).data().toString()
          == QStringLiteral("Eva Lindqvist"));
    CHECK(chart.agentModel()->index(0, ActivityChart::BusiestChannel).data().toString()
          == QStringLiteral("Phone"));
    CHECK(chart.caption().contains(QStringLiteral("cases: 180 opened")));
    const QStringList lines = chart.csv().split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 1 + 13 + 1);
    CHECK(lines[0]
          == QStringLiteral("week,phone,email,meeting,letter,web_form,chat,sms,visit,"
                            "cases_opened,cases_resolved,median_hours_to_resolve"));

    // A period ending on a weekday: its last week is cut, and said to be still running only
    // when it is this week.
    analytics::ActivityPanel cut = result->activity;
    cut.lastWeekRunning = true; // the period ends on Tuesday 2026-06-30, long past
    chart.setPanel(cut);
    CHECK(chart.caption().contains(QStringLiteral("the period ends before its Sunday")));
    CHECK_FALSE(chart.caption().contains(QStringLiteral("still running")));
    const qint64 thisWeek = analytics::weekOfUnixSeconds(QDateTime::currentSecsSinceEpoch());
    const std::vector<qint64> agent{1}, channel{0}, week{thisWeek}, count{3};
    analytics::ActivityPanel running;
    running.activity
        = analytics::teamActivity(agent, channel, week, count, {}, {}, int(thisWeek), int(thisWeek));
    running.lastWeekRunning = true;
    chart.setPanel(running);
    CHECK(chart.caption().contains(QStringLiteral("still running")));

    analytics::ActivityPanel empty;
    empty.activity = analytics::teamActivity({}, {}, {}, {}, {}, {}, 100, 99);
    chart.setPanel(empty);
    CHECK(chart.showsMessage());
}

TEST_CASE("The satisfaction quadrant lists a quadrant's customers on a click or Enter",
          "[ui][dashboard][satisfaction]")
{
    auto result = test::syntheticDashboard(50);
    SatisfactionQuadrant quadrant;
    quadrant.setResult(result);
    showAndWait(quadrant, {520, 360});
    REQUIRE_FALSE(quadrant.showsMessage());
    CHECK(quadrant.caption().contains(QStringLiteral("+24"))); // NPS 23.5
    QSignalSpy requested(&quadrant, &DashboardPanel::customersRequested);
    QTest::mouseClick(quadrant.grid(),
                      Qt::LeftButton,
                      {},
                      quadrant.quadrantRect(SatisfactionQuadrant::Saboteurs).center());
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).value<CustomerSelectionPtr>()->ids
          == result->satisfaction.customers[SatisfactionQuadrant::Saboteurs]);
    CHECK(requested.at(0).at(0).value<CustomerSelectionPtr>()->label
          == QStringLiteral("Saboteurs (low value, dissatisfied)"));
    // Saboteurs are current; up moves to vulnerable.
    quadrant.grid()->setFocus();
    QTest::keyClick(quadrant.grid(), Qt::Key_Up);
    QTest::keyClick(quadrant.grid(), Qt::Key_Return);
    REQUIRE(requested.count() == 2);
    CHECK(requested.at(1).at(0).value<CustomerSelectionPtr>()->ids.size() == 35);

    analytics::SatisfactionPanel none;
    quadrant.setPanel(none, QStringLiteral("EUR"));
    CHECK(quadrant.message() == QStringLiteral("No survey answers in the period."));
    CHECK(quadrant.csv().isEmpty());
}

// The dashboard of a demo database (RAPPORT_SHOT_DB), or synthetic customers without one.
std::shared_ptr<const analytics::DashboardResult> pictureResult()
{
    const QString path = qEnvironmentVariable("RAPPORT_SHOT_DB");
    if (path.isEmpty())
        return test::syntheticDashboard(20000);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto columns = DashboardRepository(**db).load();
    REQUIRE(columns.ok());
    const auto filters = analytics::DashboardFilters::lastYear(QDate(2026, 6, 30));
    const auto clv = analytics::Dashboard::lifetimeValues(*columns, filters.to);
    const auto previous = analytics::Dashboard::lifetimeValues(*columns, filters.previousTo());
    auto result = analytics::Dashboard::compute(*columns, filters, &clv, &previous);
    REQUIRE(result.ok());
    return std::make_shared<const analytics::DashboardResult>(std::move(*result));
}

// Not run by default: draws every chart at 1280 px wide into /tmp/charts for a look.
TEST_CASE("Dashboard pictures", "[.shot]")
{
    QDir().mkpath(QStringLiteral("/tmp/charts"));
    const auto result = pictureResult();
    QWidget page;
    page.setAutoFillBackground(true);
    auto *grid = new QGridLayout(&page);
    auto *kpis = new KpiStrip(&page);
    auto *pareto = new ParetoChart(&page);
    auto *rfm = new RfmSegmentsChart(&page);
    auto *cohorts = new CohortHeatmap(&page);
    auto *curves = new RetentionCurves(&page);
    auto *clv = new ClvChart(&page);
    auto *activity = new ActivityChart(&page);
    auto *satisfaction = new SatisfactionQuadrant(&page);
    grid->addWidget(kpis, 0, 0, 1, 3);
    grid->addWidget(pareto, 1, 0);
    grid->addWidget(rfm, 1, 1);
    grid->addWidget(satisfaction, 1, 2);
    grid->addWidget(cohorts, 2, 0);
    grid->addWidget(curves, 2, 1);
    grid->addWidget(activity, 2, 2);
    grid->addWidget(clv, 3, 0, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    kpis->setResult(result);
    pareto->setResult(result);
    rfm->setResult(result);
    cohorts->setResult(result);
    curves->setResult(result);
    clv->setResult(result);
    activity->setResult(result);
    satisfaction->setResult(result);
    showAndWait(page, {1280, 1500});
    page.grab().save(QStringLiteral("/tmp/charts/page.png"));
    const std::vector<std::pair<QWidget *, const char *>> shots{{kpis, "kpis"},
                                                                {pareto, "pareto"},
                                                                {rfm, "rfm"},
                                                                {cohorts, "cohorts"},
                                                                {curves, "curves"},
                                                                {clv, "clv"},
                                                                {activity, "activity"},
                                                                {satisfaction, "satisfaction"}};
    for (const auto &[w, name] : shots)
        w->grab().save(QStringLiteral("/tmp/charts/%1.png").arg(QLatin1String(name)));
    CHECK(pareto->exportTo(ChartExport::Format::Svg, QStringLiteral("/tmp/charts/pareto.svg")));
    CHECK(pareto->exportTo(ChartExport::Format::Pdf, QStringLiteral("/tmp/charts/pareto.pdf")));
    CHECK(pareto->exportTo(ChartExport::Format::Png,
                           QStringLiteral("/tmp/charts/pareto-export.png")));
    CHECK(cohorts->exportTo(ChartExport::Format::Png,
                            QStringLiteral("/tmp/charts/cohorts-export.png")));
    // The same in a dark palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    page.setPalette(dark);
    QCoreApplication::processEvents();
    page.grab().save(QStringLiteral("/tmp/charts/page-dark.png"));
    // The SVG drawn back, to look at it.
    QSvgRenderer svg(QStringLiteral("/tmp/charts/pareto.svg"));
    QImage drawn(svg.defaultSize() * 2, QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    svg.render(&painter);
    painter.end();
    drawn.save(QStringLiteral("/tmp/charts/pareto-svg.png"));
}
