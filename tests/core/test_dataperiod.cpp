// Reports and dashboards over purchase history from years ago: a period without data names itself
// and where the orders lie, and the dashboards open on a period that has orders.
#include "core/analytics/dashboard.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace rapport;

namespace {

struct CliRun
{
    int code = -1;
    QString out, err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    if (!p.waitForFinished(120'000))
        FAIL("rapport-cli " << args.join(u' ').toStdString() << " did not finish");
    return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint32 day(int y, int m, int d)
{
    return qint32(QDate(1970, 1, 1).daysTo(QDate(y, m, d)));
}

} // namespace

TEST_CASE("The dashboards open on the last 12 months with orders when the default has none",
          "[period][dashboard]")
{
    analytics::DashboardColumns columns;
    columns.orderDays = {day(1997, 1, 1), day(1998, 6, 30), day(1997, 8, 2)};
    const analytics::DashboardFilters wanted = analytics::DashboardFilters::lastYear(
        QDate(2026, 12, 7));
    const auto moved = analytics::periodWithData(columns, wanted);
    REQUIRE(moved.has_value());
    CHECK(moved->to == QDate(1998, 6, 30));
    CHECK(moved->from == QDate(1997, 7, 1));

    // A period that holds an order stays; a custom length is kept; no orders: nothing to do.
    CHECK_FALSE(analytics::periodWithData(columns,
                                          analytics::DashboardFilters::lastYear(QDate(1998, 12, 31)))
                    .has_value());
    analytics::DashboardFilters month;
    month.from = QDate(2026, 11, 8);
    month.to = QDate(2026, 12, 7);
    month.ownerId = 3;
    const auto monthMoved = analytics::periodWithData(columns, month);
    REQUIRE(monthMoved.has_value());
    CHECK(monthMoved->days() == 30);
    CHECK(monthMoved->to == QDate(1998, 6, 30));
    CHECK(monthMoved->ownerId == 3);
    CHECK_FALSE(analytics::periodWithData({}, wanted).has_value());
}

TEST_CASE("A report over a period without orders names it and where the orders lie", "[period][cli]")
{
    const QString sample = QStringLiteral(RAPPORT_CDNOW_DIR "/CDNOW_sample.txt");
    if (!QFile::exists(sample)) {
        WARN("No CDNOW sample beside the project; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cdnow.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).code == 0);
    REQUIRE(cli({QStringLiteral("import-orders"),
                 QStringLiteral("--db"),
                 db,
                 QStringLiteral("--format"),
                 QStringLiteral("cdnow"),
                 sample})
                .code
            == 0);

    CliRun r = cli({QStringLiteral("report"),
                    QStringLiteral("pareto"),
                    QStringLiteral("--db"),
                    db,
                    QStringLiteral("--as-of"),
                    QStringLiteral("2026-12-07")});
    CHECK(r.code == 2);
    CHECK(r.err.trimmed()
          == QStringLiteral("rapport-cli: There is no revenue from 2025-12-08 to 2026-12-07; the "
                            "orders lie between 1997-01-01 and 1998-06-30: try --from 1997-01-01 "
                            "--to 1998-06-30."));

    // The advice works, and the header names the period used.
    r = cli({QStringLiteral("report"),
             QStringLiteral("pareto"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--from"),
             QStringLiteral("1997-01-01"),
             QStringLiteral("--to"),
             QStringLiteral("1998-06-30")});
    CAPTURE(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Pareto by revenue, 1997-01-01 to 1998-06-30\n")));

    r = cli({QStringLiteral("report"),
             QStringLiteral("rfm"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--as-of"),
             QStringLiteral("1996-12-31")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("up to 1996-12-31; the orders lie between 1997-01-01 and "
                                        "1998-06-30")));
    r = cli({QStringLiteral("report"),
             QStringLiteral("rfm"),
             QStringLiteral("--db"),
             db,
             QStringLiteral("--as-of"),
             QStringLiteral("1998-06-30")});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("RFM segments as of 1998-06-30")));

    // An empty database: nothing to find anywhere, and what to do about it.
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), empty}).code == 0);
    r = cli({QStringLiteral("report"),
             QStringLiteral("pareto"),
             QStringLiteral("--db"),
             empty,
             QStringLiteral("--as-of"),
             QStringLiteral("2026-12-07")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("import-orders")));
}
