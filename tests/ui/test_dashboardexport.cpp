// Dashboard exports say what they show (issue 10, item 12): the whole cohort table in the
// picture, money in major units with its currency, the period and filters in the file name and
// the content, and a sentence for the status bar.
#include "core/analytics/dashboard.h"
#include "core/domain/order.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/orderrepository.h"
#include "tests/support/demodatabase.h"
#include "tests/ui/dashboarddata.h"
#include "ui/dashboards/cohortheatmap.h"
#include "ui/dashboards/cohorttablemodel.h"
#include "ui/dashboards/paretochart.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <map>

using namespace rapport;

namespace {

ExportContext annasYear()
{
    ExportContext context;
    context.from = QDate(2025, 12, 1);
    context.to = QDate(2026, 11, 30);
    context.filters.push_back({QStringLiteral("owner"), QStringLiteral("Owner"),
                               QStringLiteral("Anna Berger")});
    return context;
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.pop_back();
    return lines;
}

} // namespace

TEST_CASE("Export file names and comment lines carry the period and the filters",
          "[ui][dashboard][export]")
{
    const ExportContext context = annasYear();
    CHECK(ChartExport::fileName(QStringLiteral("pareto"), context, ChartExport::Format::Csv)
          == QStringLiteral("rapport-pareto-2025-12-01_2026-11-30-owner-anna-berger.csv"));
    CHECK(ChartExport::slug(QStringLiteral("Chloé Martin & Söhne")) == QStringLiteral("chloe-martin-sohne"));
    CHECK(ChartExport::fileName(QStringLiteral("cohorts"), {}, ChartExport::Format::Png)
          == QStringLiteral("rapport-cohorts.png"));
    const QString comments = ChartExport::csvComments(QStringLiteral("Pareto"), context);
    CHECK(comments
          == QStringLiteral("# Pareto\r\n# period: 2025-12-01 to 2026-11-30\r\n"
                            "# owner: Anna Berger\r\n"));
    CHECK(ChartExport::csvMoney(123456, QStringLiteral("EUR")) == QStringLiteral("1234.56"));
    CHECK(ChartExport::csvMoney(-5, QStringLiteral("EUR")) == QStringLiteral("-0.05"));
    CHECK(ChartExport::csvMoney(1234567, QStringLiteral("JPY")) == QStringLiteral("1234567"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(ChartExport::csvMoney(123456, QStringLiteral("EUR")) == QStringLiteral("1234.56"));
    CHECK(ChartExport::describe(context)
          == QStringLiteral("01.12.2025 – 30.11.2026 · Owner: Anna Berger"));
    QLocale::setDefault(before);
}

TEST_CASE("The cohort picture shows every row and column, not the scrolled widget",
          "[ui][dashboard][export][cohort]")
{
    CohortHeatmap heatmap;
    auto result = test::syntheticDashboard(3000);
    result->cohorts.lastMonthRunning = true;
    result->filters.to = QDate(2026, 6, 18);
    heatmap.setResult(result);
    heatmap.setExportContext(annasYear());
    heatmap.resize(560, 380);
    heatmap.show();
    REQUIRE(QTest::qWaitForWindowExposed(&heatmap));
    QTableView *table = heatmap.table();
    // On screen the table scrolls both ways: the picture must not.
    REQUIRE(table->horizontalHeader()->length() > table->viewport()->width());
    REQUIRE(table->verticalHeader()->length() > table->viewport()->height());
    table->setCurrentIndex(heatmap.model()->index(3, 2));

    QTemporaryDir dir;
    const QString path = dir.filePath(heatmap.suggestedFileName(ChartExport::Format::Png));
    CHECK(QFileInfo(path).fileName()
          == QStringLiteral("rapport-cohorts-2025-12-01_2026-11-30-owner-anna-berger.png"));
    QSignalSpy saved(&heatmap, &DashboardPanel::exported);
    REQUIRE(heatmap.saveAs(ChartExport::Format::Png, path));
    REQUIRE(saved.count() == 1);
    CHECK(saved.at(0).at(0).toString().startsWith(QStringLiteral("Saved Cohort retention (PNG) to ")));
    CHECK(saved.at(0).at(0).toString().endsWith(path));

    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    // The full table: every column after the row headers, every row under the column header,
    // at twice the resolution, plus the title, caption and margins.
    const QSize full = heatmap.fullTableSize();
    CHECK(full.width() >= table->verticalHeader()->width() + table->horizontalHeader()->length());
    CHECK(full.height() >= table->horizontalHeader()->height() + table->verticalHeader()->length());
    CHECK(image.width() >= 2 * full.width());
    CHECK(image.width() <= 2 * (full.width() + 40));
    CHECK(image.height() >= 2 * full.height());
    CHECK(image.width() > 2 * heatmap.body()->width());
    CHECK(image.height() > 2 * heatmap.body()->height());
    // The running month's note travels with the picture's context.
    CHECK(heatmap.fullExportContext().notes.join(QString()).contains(QStringLiteral("so far")));
}

TEST_CASE("The Pareto CSV holds money in major units with its currency, as in the database",
          "[ui][dashboard][export][pareto]")
{
    auto &demo = test::demodb::generated();
    Database &db = demo.db.db();
    auto columns = DashboardRepository(db).load();
    REQUIRE(columns.ok());
    const auto filters = analytics::DashboardFilters::lastYear(test::demodb::AsOf);
    auto computed = analytics::Dashboard::compute(*columns, filters, nullptr);
    REQUIRE(computed.ok());
    auto result = std::make_shared<const analytics::DashboardResult>(std::move(*computed));
    REQUIRE(result->pareto.result.has_value());

    ParetoChart chart;
    chart.setResult(result);
    ExportContext context;
    context.from = filters.from;
    context.to = filters.to;
    chart.setExportContext(context);
    QTemporaryDir dir;
    const QString path = dir.filePath(chart.suggestedFileName(ChartExport::Format::Csv));
    REQUIRE(chart.exportTo(ChartExport::Format::Csv, path));
    const QStringList lines = csvLines(path);
    REQUIRE(lines.size() > 3);
    CHECK(lines[0].startsWith(QStringLiteral("# Pareto")));
    CHECK(lines[1]
          == QStringLiteral("# period: %1 to %2")
                 .arg(filters.from.toString(Qt::ISODate), filters.to.toString(Qt::ISODate)));
    CHECK(lines[2]
          == QStringLiteral("bar,first_rank,last_rank,customers,value,currency,share,"
                            "cumulative_share,class"));

    // Each customer's net of standing orders in the period, summed from the repository.
    OrderRepository orders(db);
    const std::vector<qint64> &ranked = result->pareto.result->ids;
    std::map<qint64, qint64> net;
    for (const qint64 id : ranked) {
        auto list = orders.listForCustomer(id, 100000);
        REQUIRE(list.ok());
        for (const Order &o : *list) {
            const QDate day = o.orderedAt.toUTC().date();
            if (day < filters.from || day > filters.to || o.currency != result->currency
                || (o.status != OrderStatus::Open && o.status != OrderStatus::Fulfilled))
                continue;
            auto total = o.total();
            REQUIRE(total.ok());
            net[id] += total->minor;
        }
    }
    qint64 checked = 0;
    for (int i = 3; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        REQUIRE(cells.size() == 9);
        const int first = cells[1].toInt() - 1, last = cells[2].toInt() - 1;
        qint64 expected = 0;
        for (int r = first; r <= last; ++r)
            expected += net[ranked[std::size_t(r)]];
        INFO("bar " << cells[0].toStdString());
        CHECK(cells[4] == ChartExport::csvMoney(expected, result->currency));
        CHECK(cells[4].contains(QLatin1Char('.')));
        CHECK(cells[5] == result->currency);
        checked += last - first + 1;
    }
    CHECK(checked == qint64(ranked.size()));
}
