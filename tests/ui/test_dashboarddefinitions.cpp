// The dashboard says what its figures are, and one figure reads the same wherever it is shown:
// the tiles' tooltips carry core's definitions, the Lifetime value tab writes the tile's average
// to the letter, and the satisfaction quadrant names the value that splits it.
#include "core/analytics/clvaverage.h"
#include "core/analytics/dashboard.h"
#include "core/analytics/lostcustomers.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/database.h"
#include "tests/ui/dashboarddata.h"
#include "ui/dashboards/clvchart.h"
#include "ui/dashboards/kpitile.h"
#include "ui/dashboards/satisfactionquadrant.h"

#include <QDir>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace rapport;
using analytics::Kpi;

namespace {

qint32 day(int y, int m, int d)
{
    return qint32(QDate(y, m, d).toJulianDay() - 2440588);
}

// 40 customers buying about monthly since 2024; the even ones stop after a few purchases, so
// fewer bought in the quarter than had bought by its end.
analytics::DashboardColumns shop()
{
    analytics::DashboardColumns c;
    c.currency = QStringLiteral("EUR");
    c.orderStart.push_back(0);
    for (int i = 0; i < 40; ++i) {
        c.ids.push_back(i + 1);
        c.owners.push_back(0);
        c.kinds.push_back(0);
        c.stages.push_back(2);
        const int gap = 25 + i % 9;
        const int purchases = i % 2 == 0 ? 2 + i % 5
                                         : (day(2026, 3, 31) - day(2024, 1, 1)) / gap - 1;
        for (int k = 0; k < purchases; ++k) {
            c.orderDays.push_back(day(2024, 1, 1) + i + k * gap);
            c.orderAmounts.push_back(100000 + 10000 * (i % 5));
        }
        c.orderStart.push_back(quint32(c.orderDays.size()));
    }
    return c;
}

} // namespace

TEST_CASE("The average lifetime value reads the same on the tile and the tab, with its definition",
          "[ui][dashboard][kpi][clv]")
{
    const auto c = shop();
    analytics::DashboardFilters f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 3, 31);
    const auto clv = analytics::Dashboard::lifetimeValues(c, f.to);
    auto computed = analytics::Dashboard::compute(c, f, &clv);
    REQUIRE(computed.ok());
    auto result = std::make_shared<const analytics::DashboardResult>(std::move(*computed));
    REQUIRE(result->clv.customers == 40);
    REQUIRE(result->kpis[std::size_t(Kpi::ActiveCustomers)].customers.size() < 40);

    KpiStrip strip;
    strip.setResult(result);
    ClvChart chart;
    chart.setResult(result);
    chart.resize(600, 500);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));

    const QString tile = strip.tile(Kpi::AverageClv)->valueText();
    CHECK(tile.endsWith(QStringLiteral("EUR")));
    CHECK(chart.caption().contains(QStringLiteral("Average lifetime value ") + tile));
    CHECK(chart.caption().contains(QStringLiteral("40 customer")));
    CHECK(strip.tile(Kpi::AverageClv)
              ->toolTip()
              .contains(QStringLiteral("every customer who had "
                                       "bought by the end")));
}

TEST_CASE("The tiles' tooltips say what each figure is", "[ui][dashboard][kpi]")
{
    KpiStrip strip;
    const QString lost = strip.tile(Kpi::LostCustomers)->toolTip();
    CHECK(lost.contains(analytics::lostDefinition().toHtmlEscaped()));
    CHECK(lost.contains(QStringLiteral("365")));
    CHECK(lost.contains(QStringLiteral("Click to show these customers.")));
    CHECK(strip.tile(Kpi::AverageClv)
              ->toolTip()
              .contains(analytics::averageLifetimeValueDefinition().toHtmlEscaped()));
    for (std::size_t k = 0; k < analytics::KpiCount; ++k) {
        const QString tip = strip.tile(Kpi(k))->toolTip();
        CAPTURE(k, tip);
        CHECK(tip.startsWith(QStringLiteral("<p>")));
        CHECK(tip.size() > 40);
    }
}

TEST_CASE("The satisfaction quadrant says which value splits high from low",
          "[ui][dashboard][satisfaction]")
{
    auto result = test::syntheticDashboard(50);
    result->satisfaction.valueFrom = QDate(2025, 7, 1);
    result->satisfaction.highValueFrom = 106200; // minor units
    SatisfactionQuadrant quadrant;
    quadrant.setResult(result);
    quadrant.resize(520, 360);
    quadrant.show();
    REQUIRE(QTest::qWaitForWindowExposed(&quadrant));
    CHECK(quadrant.caption().contains(QStringLiteral("net revenue in the 12 months from")));
    CHECK(quadrant.caption().contains(QStringLiteral("high value from 1,062") + QChar(0x00a0)
                                      + QStringLiteral("EUR")));
}

// Not run by default: the tiles, the Lifetime value tab and the satisfaction quadrant of a demo
// database (RAPPORT_SHOT_DB) over the 12 months and the 90 days to RAPPORT_SHOT_DAY (default
// 2026-06-30), drawn at 1280 px into RAPPORT_SHOT_DIR (default the temporary folder), with the
// figures printed.
TEST_CASE("Definitions pictures", "[.shot]")
{
    const QString path = qEnvironmentVariable("RAPPORT_SHOT_DB");
    if (path.isEmpty()) {
        WARN("RAPPORT_SHOT_DB is not set: no pictures");
        return;
    }
    const QDate to = qEnvironmentVariableIsSet("RAPPORT_SHOT_DAY")
                         ? QDate::fromString(qEnvironmentVariable("RAPPORT_SHOT_DAY"), Qt::ISODate)
                         : QDate(2026, 6, 30);
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QDir::tempPath());
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto columns = DashboardRepository(**db).load();
    REQUIRE(columns.ok());
    const auto clv = analytics::Dashboard::lifetimeValues(*columns, to);
    for (int days : {365, 90}) {
        analytics::DashboardFilters f;
        f.to = to;
        f.from = to.addDays(1 - days);
        auto computed = analytics::Dashboard::compute(*columns, f, &clv);
        REQUIRE(computed.ok());
        auto result = std::make_shared<const analytics::DashboardResult>(std::move(*computed));
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *strip = new KpiStrip(&page);
        auto *chart = new ClvChart(&page);
        auto *quadrant = new SatisfactionQuadrant(&page);
        layout->addWidget(strip);
        layout->addWidget(chart, 1);
        layout->addWidget(quadrant, 1);
        strip->setResult(result);
        chart->setResult(result);
        quadrant->setResult(result);
        page.resize(1280, 1100);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        const auto figure = [&](Kpi k) { return strip->tile(k)->valueText(); };
        WARN(days << " days to " << to.toString(Qt::ISODate).toStdString() << ": lost "
                  << figure(Kpi::LostCustomers).toStdString() << ", average CLV "
                  << figure(Kpi::AverageClv).toStdString() << "\n  "
                  << chart->caption().toStdString() << "\n  " << quadrant->caption().toStdString());
        page.grab().save(QStringLiteral("%1/definitions-%2.png").arg(folder).arg(days));
    }
}
