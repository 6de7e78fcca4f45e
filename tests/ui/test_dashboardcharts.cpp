#include "core/analytics/pareto.h"
#include "tests/ui/dashboarddata.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/dashboards/kpitile.h"
#include "ui/dashboards/paretochart.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace rapport;
using analytics::Kpi;

namespace {

void showAndWait(QWidget &w, QSize size)
{
    w.resize(size);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
}

std::shared_ptr<analytics::DashboardResult> paretoOf(int customers)
{
    // Customer 1 + i has value (customers - i) * 100: ranked in id order.
    std::vector<qint64> ids, values;
    for (int i = 0; i < customers; ++i) {
        ids.push_back(1 + i);
        values.push_back(qint64(customers - i) * 100);
    }
    auto result = std::make_shared<analytics::DashboardResult>();
    result->currency = QStringLiteral("EUR");
    result->pareto.result = analytics::pareto(ids, values).value();
    return result;
}

} // namespace

TEST_CASE("KPI tiles format values and changes, never NaN", "[ui][dashboard][kpi]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(KpiTile::formatValue(Kpi::ActiveCustomers, 12345.0, {}, en) == QStringLiteral("12,345"));
    CHECK(KpiTile::formatValue(Kpi::RetentionRate, 0.6125, {}, en) == QStringLiteral("61.3%"));
    CHECK(KpiTile::formatValue(Kpi::Revenue, 123456789.0, QStringLiteral("EUR"), en)
          == QStringLiteral("1,234,568\u00a0EUR"));
    CHECK(KpiTile::formatValue(Kpi::AverageClv, 12345.0, QStringLiteral("EUR"), en)
          == QStringLiteral("123.45\u00a0EUR"));
    CHECK(KpiTile::formatValue(Kpi::Revenue, std::nullopt, QStringLiteral("EUR"), en)
          == QStringLiteral("—"));
    CHECK(KpiTile::formatValue(Kpi::Revenue, std::nan(""), QStringLiteral("EUR"), en)
          == QStringLiteral("—"));
    CHECK(KpiTile::formatChange(Kpi::ActiveCustomers, 110.0, 100.0, en)
          == QStringLiteral("▲ 10% vs previous period"));
    CHECK(KpiTile::formatChange(Kpi::RetentionRate, 0.55, 0.60, en)
          == QStringLiteral("▼ 5.0 pts vs previous period"));
    CHECK(KpiTile::formatChange(Kpi::NewCustomers, 12.0, 0.0, en) == QStringLiteral("▲ from 0"));
    CHECK(KpiTile::formatChange(Kpi::NewCustomers, 12.0, std::nullopt, en).isEmpty());
    CHECK(KpiTile::formatChange(Kpi::Revenue, std::nan(""), 1.0, en).isEmpty());
    CHECK(KpiTile::upIsGood(Kpi::Revenue));
    CHECK_FALSE(KpiTile::upIsGood(Kpi::LostCustomers));
    CHECK_FALSE(KpiTile::upIsGood(Kpi::OpenComplaints));
}

TEST_CASE("A KPI tile is activated by a click and by the keyboard", "[ui][dashboard][kpi]")
{
    KpiStrip strip;
    auto result = test::syntheticDashboard(500);
    result->kpis[std::size_t(Kpi::AverageClv)].current = std::nullopt;
    strip.setResult(result);
    showAndWait(strip, {1280, 110});
    CHECK(strip.tile(Kpi::AverageClv)->valueText() == QStringLiteral("—"));
    CHECK_FALSE(strip.tile(Kpi::OpenComplaints)->valueText().contains(QStringLiteral("nan")));
    // More open complaints is bad news: red.
    const QColor red = strip.tile(Kpi::OpenComplaints)
                           ->findChild<QWidget *>(QStringLiteral("kpiChange"))
                           ->palette()
                           .color(QPalette::WindowText);
    CHECK(red.red() > red.green());

    QSignalSpy activated(&strip, &KpiStrip::activated);
    QTest::mouseClick(strip.tile(Kpi::LostCustomers), Qt::LeftButton);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<Kpi>() == Kpi::LostCustomers);
    strip.tile(Kpi::Revenue)->setFocus();
    QTest::keyClick(strip.tile(Kpi::Revenue), Qt::Key_Return);
    QTest::keyClick(strip.tile(Kpi::Revenue), Qt::Key_Space);
    REQUIRE(activated.count() == 3);
    CHECK(activated.at(2).at(0).value<Kpi>() == Kpi::Revenue);
}

TEST_CASE("The Pareto chart bins the ranking and a click lists exactly a bar's customers",
          "[ui][dashboard][pareto]")
{
    ParetoChart chart;
    chart.setResult(paretoOf(1000));
    showAndWait(chart, {640, 420});
    REQUIRE_FALSE(chart.showsMessage());
    REQUIRE(chart.slices().size() == 100);
    for (const auto &s : chart.slices())
        CHECK(s.last - s.first + 1 == 10);
    CHECK(chart.slices().back().cumulative == Approx(1.0));

    QSignalSpy requested(&chart, &DashboardPanel::customersRequested);
    QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, chart.barPosition(3));
    REQUIRE(requested.count() == 1);
    const auto ids = requested.at(0).at(0).value<CustomerSelectionPtr>()->ids;
    CHECK(ids == std::vector<qint64>{31, 32, 33, 34, 35, 36, 37, 38, 39, 40});
    CHECK(requested.at(0).at(0).value<CustomerSelectionPtr>()->label
          == QStringLiteral("Revenue ranks 31–40 (top 3–4%)"));
    CHECK(chart.sliceLabel(0) == QStringLiteral("Revenue ranks 1–10 (top 1%)"));

    // A band label lists the whole class.
    QTest::mouseClick(chart.chartView()->viewport(),
                      Qt::LeftButton,
                      {},
                      chart.bandLabelPosition(analytics::AbcClass::A));
    REQUIRE(requested.count() == 2);
    const auto classA = requested.at(1).at(0).value<CustomerSelectionPtr>()->ids;
    const auto &p = *paretoOf(1000)->pareto.result;
    CHECK(qint64(classA.size()) == p.classCustomers[0]);
    CHECK(classA.front() == 1);
    CHECK(chart.caption().contains(QStringLiteral("Gini")));
}

TEST_CASE("A small ranking gets one bar per customer, nothing to rank shows the message",
          "[ui][dashboard][pareto]")
{
    ParetoChart chart;
    chart.setResult(paretoOf(7));
    CHECK(chart.slices().size() == 7);
    CHECK(chart.sliceLabel(6) == QStringLiteral("Revenue rank 7 (top 86–100%)"));

    analytics::ParetoPanel empty;
    empty.message = QStringLiteral("There is no revenue in the period.");
    chart.setPanel(empty);
    CHECK(chart.showsMessage());
    CHECK(chart.message() == QStringLiteral("There is no revenue in the period."));
    CHECK(chart.csv().isEmpty());
    CHECK_FALSE(chart.exportButton()->isEnabled());
    CHECK_FALSE(chart.exportTo(ChartExport::Format::Png,
                               QDir::temp().filePath(QStringLiteral("never.png"))));
}

TEST_CASE("A chart exports as PNG, SVG, PDF and CSV, an unwritable path is one sentence",
          "[ui][dashboard][export]")
{
    ParetoChart chart;
    chart.setResult(paretoOf(250));
    showAndWait(chart, {640, 420});
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const auto format : {ChartExport::Format::Png,
                              ChartExport::Format::Svg,
                              ChartExport::Format::Pdf,
                              ChartExport::Format::Csv}) {
        const QString path = dir.filePath(QStringLiteral("pareto.") + ChartExport::suffix(format));
        const Status status = chart.exportTo(format, path);
        INFO(ChartExport::suffix(format).toStdString());
        REQUIRE(status);
        CHECK(QFileInfo(path).size() > 500);
    }
    QFile png(dir.filePath(QStringLiteral("pareto.png")));
    REQUIRE(png.open(QIODevice::ReadOnly));
    CHECK(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    QImage image(dir.filePath(QStringLiteral("pareto.png")));
    CHECK(image.width() == 2 * (chart.body()->width() + 24));
    QFile svg(dir.filePath(QStringLiteral("pareto.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    CHECK(svg.readAll().contains("<svg"));
    QFile pdf(dir.filePath(QStringLiteral("pareto.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    QFile csv(dir.filePath(QStringLiteral("pareto.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    // The title as a comment, the header, 100 bars, the empty rest after the last CRLF.
    REQUIRE(lines.size() == 1 + 1 + 100 + 1);
    CHECK(lines[0] == QStringLiteral("# Pareto: who carries the business"));
    CHECK(lines[1]
          == QStringLiteral("bar,first_rank,last_rank,customers,value,currency,share,"
                            "cumulative_share,class"));
    // 250 customers in 100 bars: bar 1 holds ranks 1-2 (values 250 and 249 x 100 cents).
    CHECK(lines[2].startsWith(QStringLiteral("1,1,2,2,499.00,EUR,")));
    CHECK(lines[2].endsWith(QStringLiteral(",A")));

    const Status bad = chart.exportTo(ChartExport::Format::Png,
                                      QStringLiteral("/nonexistent-dir/x/pareto.png"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind() == Error::Kind::Io);
    CHECK(bad.error().message().startsWith(QStringLiteral("Cannot write pareto.png")));
}

TEST_CASE("Value axes tick at round steps with labels in the locale", "[ui][dashboard][axis]")
{
    using chartstyle::AxisUnit;
    CHECK(chartstyle::niceStep(18, AxisUnit::Percent) == 5);
    CHECK(chartstyle::niceStep(100, AxisUnit::Percent) == 20);
    CHECK(chartstyle::niceStep(2.4, AxisUnit::Percent) == 0.5);
    CHECK(chartstyle::niceStep(0.9, AxisUnit::Count) == 1); // no half customers
    CHECK(chartstyle::niceStep(10514, AxisUnit::Count) == 5000);

    std::unique_ptr<QCategoryAxis> percent(chartstyle::valueAxis(0, 18, AxisUnit::Percent));
    CHECK(percent->categoriesLabels()
          == QStringList{QStringLiteral("0%"),
                         QStringLiteral("5%"),
                         QStringLiteral("10%"),
                         QStringLiteral("15%"),
                         QStringLiteral("20%")});
    CHECK(percent->max() == 20);
    std::unique_ptr<QCategoryAxis> counts(chartstyle::valueAxis(0, 10514, AxisUnit::Count));
    CHECK(counts->categoriesLabels().last() == QStringLiteral("15,000"));

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    std::unique_ptr<QCategoryAxis> german(chartstyle::valueAxis(0, 2.4, AxisUnit::Percent));
    CHECK(german->categoriesLabels().at(1) == QStringLiteral("0,5%"));
    std::unique_ptr<QCategoryAxis> thousands(chartstyle::valueAxis(0, 10514, AxisUnit::Count));
    CHECK(thousands->categoriesLabels().last() == QStringLiteral("15.000"));
    QLocale::setDefault(before);
}

TEST_CASE("A KPI change reads good or bad by arrow, colour and words, light and dark",
          "[ui][dashboard][kpi]")
{
    KpiStrip strip;
    auto result = test::syntheticDashboard(500);
    // Lost customers up 98%, revenue up 69%: the same arrow, opposite news.
    result->kpis[std::size_t(Kpi::LostCustomers)] = {198.0, 100.0, {}, {}, {}};
    result->kpis[std::size_t(Kpi::Revenue)] = {169'000'00.0, 100'000'00.0, {}, {}, {}};
    strip.setResult(result);
    showAndWait(strip, {1600, 200});
    const auto changeOf = [&](Kpi k) {
        return strip.tile(k)->findChild<QLabel *>(QStringLiteral("kpiChange"));
    };
    for (const bool dark : {false, true}) {
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
            p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
            strip.setPalette(p);
            QCoreApplication::processEvents();
        }
        INFO((dark ? "dark" : "light"));
        QLabel *lost = changeOf(Kpi::LostCustomers);
        QLabel *revenue = changeOf(Kpi::Revenue);
        CHECK(lost->text().startsWith(QStringLiteral("▲ 98%")));
        CHECK(revenue->text().startsWith(QStringLiteral("▲ 69%")));
        CHECK(strip.tile(Kpi::LostCustomers)->direction() == -1);
        CHECK(strip.tile(Kpi::Revenue)->direction() == 1);
        const QColor bad = lost->palette().color(QPalette::WindowText);
        const QColor good = revenue->palette().color(QPalette::WindowText);
        CHECK(bad.red() > bad.green());
        CHECK(good.green() > good.red());
        // Readable on the tile: lightness far from the background's.
        const int background = strip.tile(Kpi::Revenue)->palette().color(QPalette::Base).lightness();
        CHECK(std::abs(bad.lightness() - background) > 60);
        CHECK(std::abs(good.lightness() - background) > 60);
        // And on screen: the painted text carries the colour (a palette alone was not enough
        // under the dashboards' own palette handling; found by pixel in a day's use).
        const auto inks = [](QLabel *label) {
            const QImage image = label->grab().toImage();
            int reddish = 0, greenish = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    reddish += c.red() > c.green() + 60 ? 1 : 0;
                    greenish += c.green() > c.red() + 40 ? 1 : 0;
                }
            return std::pair{reddish, greenish};
        };
        CHECK(inks(lost).first > 10);
        CHECK(inks(revenue).second > 10);
        CHECK(lost->toolTip().startsWith(QStringLiteral("Worse than the previous period")));
        CHECK(revenue->toolTip().startsWith(QStringLiteral("Better than the previous period")));
    }
}

TEST_CASE("KPI tiles wrap to two rows rather than cut their texts", "[ui][dashboard][kpi][layout]")
{
    for (const int width : {1100, 1560, 2100}) {
        KpiStrip strip;
        showAndWait(strip, {width, 220});
        INFO("width " << width);
        // The tiles are as wide empty as with large figures: the figures arriving do not
        // rearrange them (a click meant for a tab used to land on a tile).
        const int empty = strip.columns();
        strip.setResult(test::syntheticDashboard(20000));
        QCoreApplication::processEvents();
        CHECK(strip.columns() == empty);
        CHECK(strip.columns() == (width < 2000 ? 4 : 7));
        for (std::size_t i = 0; i < analytics::KpiCount; ++i) {
            const KpiTile *tile = strip.tile(Kpi(i));
            for (const QLabel *label : tile->findChildren<QLabel *>()) {
                INFO(label->text().toStdString());
                CHECK(label->fontMetrics().horizontalAdvance(label->text())
                      <= label->contentsRect().width());
                CHECK(label->geometry().right() <= tile->contentsRect().right());
            }
        }
    }
}
