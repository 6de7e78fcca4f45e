// "Lost customers" means one thing: the dashboard's tile (its count), the list behind it (the
// ids the KPI carries) and `rapport-cli report lost` (AnalyticsRepository::lostCandidates, then
// analytics::lostCustomers, as report_lost.cpp calls them) hold the same customers for every
// period, on a small database made by hand.
#include "core/analytics/dashboard.h"
#include "core/analytics/lostcustomers.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/dashboardrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace rapport;
using namespace rapport::analytics;

namespace {

struct LostShop
{
    test::TempDatabase t;
    std::map<char, qint64> id;

    LostShop()
    {
        for (char c : std::string("ABCDEFGHI"))
            id[c] = test::addCustomer(t.db(), QString(QLatin1Char(c)));
        // A: one purchase on 2025-01-10, lost on 2026-01-11.
        order('A', 2025, 1, 10, 4000);
        // B: 2025-03-01 and 2025-06-15: lost on 2026-06-16.
        order('B', 2025, 3, 1, 1000);
        order('B', 2025, 6, 15, 1000);
        // C: 2025-06-01 and again 2026-05-01: lost only on 2027-05-02.
        order('C', 2025, 6, 1, 1000);
        order('C', 2026, 5, 1, 1000);
        // D: marked lost, never bought: a lead, not lost (the stage does not count).
        exec(QStringLiteral("UPDATE customers SET stage = 4 WHERE id = %1").arg(id['D']));
        // E: 2025-02-01, then a credit note (not a purchase): lost on 2026-02-02. Its stage says
        // active, as a rep left it.
        order('E', 2025, 2, 1, 3000);
        order('E', 2025, 9, 1, -500);
        exec(QStringLiteral("UPDATE customers SET stage = 2 WHERE id = %1").arg(id['E']));
        // F: bought in dollars and a cancelled euro order only: no purchase in euros.
        order('F', 2025, 4, 1, 2000, 1, "USD");
        order('F', 2025, 10, 1, 2000, 2);
        // G: in the trash.
        order('G', 2025, 1, 1, 1000);
        exec(QStringLiteral("UPDATE customers SET deleted_at = 1 WHERE id = %1").arg(id['G']));
        // H: 2024-12-01: lost on 2025-12-02.
        order('H', 2024, 12, 1, 1000);
        // I: 2025-01-10, lost on 2026-01-11, back on 2026-03-01 (an open order).
        order('I', 2025, 1, 10, 1000);
        order('I', 2026, 3, 1, 1000, 0);
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(t->connection());
        if (!q.exec(sql))
            FAIL(sql.toStdString());
    }

    void order(char who, int y, int m, int d, qint64 total, int status = 1, const char *cur = "EUR")
    {
        QSqlQuery q(t->connection());
        q.prepare(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency,"
                                 " total_minor) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(id[who]);
        q.addBindValue(test::utc(y, m, d, 15).toSecsSinceEpoch());
        q.addBindValue(status);
        q.addBindValue(QString::fromLatin1(cur));
        q.addBindValue(total);
        if (!q.exec())
            FAIL("order");
    }

    std::vector<qint64> ids(const std::string &who)
    {
        std::vector<qint64> out;
        for (char c : who)
            out.push_back(id[c]);
        std::sort(out.begin(), out.end());
        return out;
    }
};

} // namespace

TEST_CASE("lost customers: the tile, its list and report lost agree for every period",
          "[lost][dashboard]")
{
    LostShop s;
    auto columns = DashboardRepository(s.t.db()).load();
    REQUIRE(columns.ok());
    AnalyticsRepository repo(s.t.db());

    struct Period
    {
        QDate from, to;
        std::string lost; // by hand
    };
    const std::vector<Period> periods{
        {QDate(2026, 1, 1), QDate(2026, 1, 31), "AI"},   // I had not bought again by Jan 31
        {QDate(2026, 1, 1), QDate(2026, 3, 31), "AE"},   // by Mar 31 I had
        {QDate(2026, 4, 2), QDate(2026, 6, 30), "B"},    // 90 days
        {QDate(2025, 7, 1), QDate(2026, 6, 30), "ABEH"}, // 12 months: holds the 90 days' B
        {QDate(2026, 1, 1), QDate(2026, 12, 31), "ABE"},
        {QDate(2025, 12, 1), QDate(2025, 12, 31), "H"},
        {QDate(2026, 6, 17), QDate(2026, 12, 31), ""},
    };
    for (const Period &p : periods) {
        CAPTURE(p.from, p.to);
        DashboardFilters f;
        f.from = p.from;
        f.to = p.to;
        auto r = Dashboard::compute(*columns, f, nullptr);
        REQUIRE(r.ok());
        const KpiValue &tile = r->kpis[std::size_t(Kpi::LostCustomers)];
        REQUIRE(tile.current.has_value());

        AnalyticsFilter cli;
        cli.from = p.from;
        cli.asOf = p.to;
        cli.currency = QStringLiteral("EUR");
        auto candidates = repo.lostCandidates(cli, DefaultLostAfterDays);
        REQUIRE(candidates.ok());
        const auto report = lostCustomers(candidates->ids,
                                          candidates->stages,
                                          candidates->lastPurchaseDay,
                                          candidates->lastContactAt,
                                          candidates->lastOutcome,
                                          p.from,
                                          p.to);
        std::vector<qint64> reported;
        for (const LostCustomer &c : report)
            reported.push_back(c.id);
        std::sort(reported.begin(), reported.end());

        const std::vector<qint64> expected = s.ids(p.lost);
        CHECK(tile.customers == expected);
        CHECK(*tile.current == double(expected.size()));
        CHECK(reported == expected);
    }
    // The previous period's count follows the same rule: January 2026 before February 2026.
    DashboardFilters february;
    february.from = QDate(2026, 2, 1);
    february.to = QDate(2026, 2, 28);
    auto r = Dashboard::compute(*columns, february, nullptr);
    REQUIRE(r.ok());
    CHECK(r->kpis[std::size_t(Kpi::LostCustomers)].customers == s.ids("E"));
    CHECK(*r->kpis[std::size_t(Kpi::LostCustomers)].previous == 2.0); // A and I in the 28 days
}
