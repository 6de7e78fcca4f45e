#include "core/services/clvanalysis.h"
#include "core/services/orderimport.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/clvrepository.h"
#include "tests/support/tempdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <cmath>

using namespace rapport;
using namespace rapport::analytics;
using Catch::Matchers::WithinRel;

namespace {

void importCsv(Database &db, const char *text)
{
    auto records = OrderFileParser::parse(QByteArrayView(text), OrderFileFormat::Csv);
    REQUIRE(records);
    REQUIRE(OrderImport(db).run(*records, {}));
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("The purchase summary counts purchase days, in weeks, as of a day", "[clv]")
{
    test::TempDatabase t;
    importCsv(t.db(),
              "customer,date,amount,currency\n"
              // a: first 2024-01-01; repeat days 01-15 (two orders: 10 + 5) and 02-12 (-> 30);
              // a refund on 02-20 and an order after the as-of day do not count.
              "a,2024-01-01,100.00,EUR\n"
              "a,2024-01-15,10.00,EUR\n"
              "a,2024-01-15,5.00,EUR\n"
              "a,2024-02-12,30.00,EUR\n"
              "a,2024-02-20,-30.00,EUR\n"
              "a,2024-03-05,99.00,EUR\n"
              // b: one purchase on the as-of day itself (T = 0).
              "b,2024-03-03,20.00,EUR\n"
              // c: a free order first (it counts), then a repeat day in USD only.
              "c,2024-02-04,0,EUR\n"
              "c,2024-02-11,12.00,USD\n"
              // d: first buys after the as-of day: not in the summary.
              "d,2024-03-04,1.00,EUR\n"
              // e: in the trash.
              "e,2024-01-01,5.00,EUR\n"
              "e,2024-01-08,5.00,EUR\n");
    exec(t.db(), QStringLiteral("UPDATE customers SET deleted_at = 1 WHERE external_key = 'e'"));
    exec(t.db(),
         QStringLiteral("UPDATE orders SET status = 2 WHERE total_minor = 9900")); // cancelled
    auto s = ClvRepository(t.db()).summary(QDate(2024, 3, 3), QStringLiteral("EUR"));
    REQUIRE(s);
    REQUIRE(s->size() == 3);
    // a: x = 2 (01-15, 02-12); t_x = 42 days = 6 weeks; T = 62 days (01-01 -> 03-03);
    //    mean repeat spend in EUR (1500 + 3000) / 2 = 2250 minor units.
    CHECK(s->x[0] == 2);
    CHECK_THAT(s->tx[0], WithinRel(6.0, 1e-15));
    CHECK_THAT(s->T[0], WithinRel(62.0 / 7, 1e-15));
    CHECK(s->repeatSpend[0] == 2250);
    // b: x = 0, t_x = 0, T = 0.
    CHECK(s->x[1] == 0);
    CHECK(s->T[1] == 0);
    CHECK(s->repeatSpend[1] == 0);
    // c: x = 1, t_x = 1 week, T = 28 days; no repeat spend in EUR.
    CHECK(s->x[2] == 1);
    CHECK(s->tx[2] == 1.0);
    CHECK(s->T[2] == 4.0);
    CHECK(s->repeatSpend[2] == 0);
    auto usd = ClvRepository(t.db()).summary(QDate(2024, 3, 3), QStringLiteral("USD"));
    REQUIRE(usd);
    CHECK(usd->repeatSpend[2] == 1200);

    // Filters: every imported customer is a person (kind 0) without an owner.
    ClvFilter organisations;
    organisations.kind = 1;
    auto none = ClvRepository(t.db()).summary(QDate(2024, 3, 3),
                                              QStringLiteral("EUR"),
                                              organisations);
    REQUIRE(none);
    CHECK(none->size() == 0);
    ClvFilter persons;
    persons.kind = 0;
    auto all = ClvRepository(t.db()).summary(QDate(2024, 3, 3), QStringLiteral("EUR"), persons);
    REQUIRE(all);
    CHECK(all->size() == 3); // still without the one in the trash
    ClvFilter owned;
    owned.ownerId = 1;
    auto noOwner = ClvRepository(t.db()).summary(QDate(2024, 3, 3), QStringLiteral("EUR"), owned);
    REQUIRE(noOwner);
    CHECK(noOwner->size() == 0);

    auto labels = ClvRepository(t.db()).labels({s->customerIds[0], s->customerIds[2], 999});
    REQUIRE(labels);
    CHECK(labels->size() == 2);
    CHECK(labels->value(s->customerIds[0]).name == QStringLiteral("Customer a"));
    CHECK(labels->value(s->customerIds[2]).externalKey == QStringLiteral("c"));

    auto currency = AnalyticsRepository(t.db()).defaultCurrency();
    REQUIRE(currency);
    CHECK(*currency == QStringLiteral("EUR"));
}

TEST_CASE("CLV analysis: empty database, one day of orders, and a small population", "[clv]")
{
    test::TempDatabase t;
    ClvSettings march;
    march.asOf = QDate(2024, 3, 3);
    auto empty = ClvAnalyzer::run(t.db(), march);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message().contains(u"2024-03-03"));

    importCsv(t.db(), "customer,date,amount\na,2024-01-01,10\nb,2024-01-01,20\na,2024-01-01,5\n");
    auto oneDay = ClvAnalyzer::run(t.db(), march);
    REQUIRE_FALSE(oneDay);
    CHECK(oneDay.error().message().contains(u"twice"));

    importCsv(t.db(),
              "customer,date,amount\n"
              "a,2024-01-20,10\na,2024-02-10,30\nb,2024-02-01,25\nc,2024-01-05,8\nc,2024-01-06,12\n"
              "c,2024-02-20,10\nd,2024-02-25,40\ne,2024-01-02,5\ne,2024-03-01,15\n");
    ClvSettings settings;
    settings.asOf = QDate(2024, 3, 3);
    auto a = ClvAnalyzer::run(t.db(), settings);
    REQUIRE(a);
    // No currency in the files nor a setting: the database's default, as on the dashboards.
    CHECK(a->settings.currency == QStringLiteral("EUR"));
    REQUIRE(a->summary.size() == 5);
    REQUIRE(a->scores.lifetimeValue.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        const double x = a->summary.x[i], tx = a->summary.tx[i], T = a->summary.T[i];
        const double alive = a->scores.probabilityAlive[i];
        CHECK(alive == BgNbd::probabilityAlive(a->bgnbd.params, x, tx, T));
        CHECK(a->scores.expectedPurchases[i]
              == BgNbd::expectedPurchases(a->bgnbd.params, x, tx, T, 52));
        CHECK(std::isfinite(a->scores.lifetimeValue[i]));
        CHECK(a->scores.lifetimeValue[i] >= 0);
        CHECK((alive >= 0 && alive <= 1));
    }
}

TEST_CASE("Scores: customers with the same history share the work, spend scales CLV", "[clv]")
{
    const BgNbdParams bg{0.243, 4.414, 0.793, 2.426};
    const GammaGammaParams gg{6.25, 3.74, 15.44};
    const std::vector<double> x{2, 2, 0}, tx{30.43, 30.43, 0}, T{38.86, 38.86, 38.86};
    const std::vector<double> spend{30, 60, 0};
    ClvOptions o;
    o.margin = 0.3;
    const ClvScores s = scoreCustomers(bg, &gg, {x, tx, T}, spend, 52, o);
    CHECK(s.probabilityAlive[0] == s.probabilityAlive[1]);
    CHECK_THAT(s.expectedSpend[0], WithinRel(GammaGamma::expectedSpend(gg, 2, 30), 1e-15));
    CHECK_THAT(s.lifetimeValue[0],
               WithinRel(GammaGamma::lifetimeValue(bg, 2, 30.43, 38.86, s.expectedSpend[0], o),
                         1e-12));
    CHECK(s.lifetimeValue[1] > s.lifetimeValue[0]);
    // Without a spend model: the customer's own mean (0 for no repeat purchase).
    const ClvScores own = scoreCustomers(bg, nullptr, {x, tx, T}, spend, 52, o);
    CHECK(own.expectedSpend[0] == 30);
    CHECK(own.lifetimeValue[2] == 0);
}

TEST_CASE("Scores of many customers, on two cores, equal each customer's own", "[clv]")
{
    const BgNbdParams bg{0.243, 4.414, 0.793, 2.426};
    const GammaGammaParams gg{6.25, 3.74, 15.44};
    std::vector<double> x, tx, T, spend;
    for (int i = 0; i < 45000; ++i) { // past the size that splits the work
        x.push_back(i % 13);
        tx.push_back(x.back() > 0 ? double(i % 211) / 7.0 : 0.0);
        T.push_back(double(211 + i % 97) / 7.0);
        spend.push_back(x.back() > 0 ? 10.0 + i % 37 : 0.0);
    }
    const ClvOptions o;
    const ClvScores all = scoreCustomers(bg, &gg, {x, tx, T}, spend, 52, o);
    for (std::size_t i = 0; i < x.size(); i += 997) {
        const std::vector<double> x1{x[i]}, tx1{tx[i]}, T1{T[i]}, spend1{spend[i]};
        const ClvScores one = scoreCustomers(bg, &gg, {x1, tx1, T1}, spend1, 52, o);
        CHECK(all.probabilityAlive[i] == one.probabilityAlive[0]);
        CHECK(all.expectedPurchases[i] == one.expectedPurchases[0]);
        CHECK(all.lifetimeValue[i] == one.lifetimeValue[0]);
    }
    // The last customer, in the second half.
    const std::size_t last = x.size() - 1;
    const std::vector<double> xl{x[last]}, txl{tx[last]}, Tl{T[last]}, spendl{spend[last]};
    CHECK(all.lifetimeValue[last]
          == scoreCustomers(bg, &gg, {xl, txl, Tl}, spendl, 52, o).lifetimeValue[0]);
}

TEST_CASE("Scores shared per (x, T) equal each customer's own formulas to the last bit", "[clv]")
{
    // Customers who share x and T but not t_x share the purchases expected if alive; what each
    // gets must still be BgNbd::expectedPurchases and GammaGamma::lifetimeValue exactly.
    const BgNbdParams bg{0.243, 4.414, 0.793, 2.426};
    const GammaGammaParams gg{6.25, 3.74, 15.44};
    std::vector<double> x, tx, T, spend;
    for (int i = 0; i < 600; ++i) {
        x.push_back(i % 5);
        T.push_back(double(100 + i % 3) / 7.0);
        tx.push_back(x.back() > 0 ? double(i % 100) / 7.0 : 0.0);
        spend.push_back(x.back() > 0 ? 5.0 + i % 11 : 0.0);
    }
    ClvOptions o;
    o.margin = 0.4;
    ClvOptions perUnit = o;
    perUnit.margin = 1.0;
    const ClvScores s = scoreCustomers(bg, &gg, {x, tx, T}, spend, 52, o);
    for (std::size_t i = 0; i < x.size(); ++i) {
        INFO("customer " << i);
        CHECK(s.probabilityAlive[i] == BgNbd::probabilityAlive(bg, x[i], tx[i], T[i]));
        CHECK(s.expectedPurchases[i] == BgNbd::expectedPurchases(bg, x[i], tx[i], T[i], 52));
        CHECK(s.lifetimeValue[i]
              == o.margin * s.expectedSpend[i]
                     * GammaGamma::lifetimeValue(bg, x[i], tx[i], T[i], 1.0, perUnit));
    }
    // And E[Y(t)] is its two factors' quotient.
    CHECK(BgNbd::expectedPurchases(bg, 3, 5.0, 14.0, 26)
          == BgNbd::expectedPurchasesIfAlive(bg, 3, 14.0, 26)
                 / BgNbd::inverseProbabilityAlive(bg, 3, 5.0, 14.0));
}
