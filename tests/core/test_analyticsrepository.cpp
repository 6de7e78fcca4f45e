#include "core/io/orderfile.h"
#include "core/services/orderimport.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

#include <map>

using namespace rapport;

namespace {

// A small shop: three customers (one an organisation owned by a rep, one in the trash) and their
// orders around the as-of date 2026-06-30.
struct Shop
{
    test::TempDatabase t;
    qint64 rep = test::addUser(t.db(), QStringLiteral("rep"));
    qint64 ann = test::addCustomer(t.db(), QStringLiteral("Ann"));
    qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    qint64 gone = test::addCustomer(t.db(), QStringLiteral("Gone"));
    qint64 cheap = test::addProduct(t.db(), QStringLiteral("C"), 1000);

    Shop()
    {
        exec(QStringLiteral("UPDATE customers SET kind = 0 WHERE id = %1").arg(ann));
        exec(QStringLiteral("UPDATE customers SET kind = 1, owner_id = %1 WHERE id = %2")
                 .arg(rep)
                 .arg(acme));
        exec(QStringLiteral("UPDATE customers SET deleted_at = 1 WHERE id = %1").arg(gone));
        exec(QStringLiteral("UPDATE products SET unit_cost_minor = 600 WHERE id = %1").arg(cheap));
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(t->connection());
        if (!q.exec(sql))
            FAIL(sql.toStdString());
    }

    // status: 0 open, 1 fulfilled, 2 cancelled, 3 refunded
    qint64 order(qint64 customer,
                 const QDateTime &at,
                 qint64 total,
                 int status = 1,
                 const char *currency = "EUR")
    {
        QSqlQuery q(t->connection());
        q.prepare(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency,"
                                 " total_minor) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(customer);
        q.addBindValue(at.toSecsSinceEpoch());
        q.addBindValue(status);
        q.addBindValue(QString::fromLatin1(currency));
        q.addBindValue(total);
        if (!q.exec())
            FAIL("order");
        // Not lastInsertId(): the customer list's triggers write rows of their own.
        QSqlQuery id(t->connection());
        if (!id.exec(QStringLiteral("SELECT max(id) FROM orders")) || !id.next())
            FAIL("order id");
        return id.value(0).toLongLong();
    }

    void line(qint64 order, int quantity, qint64 price)
    {
        exec(QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity,"
                            " unit_price_minor) VALUES (%1, %2, %3, %4)")
                 .arg(order)
                 .arg(cheap)
                 .arg(quantity)
                 .arg(price));
    }

    void kase(qint64 customer, const QDateTime &opened)
    {
        exec(QStringLiteral("INSERT INTO cases (customer_id, kind, subject, opened_at)"
                            " VALUES (%1, 0, 'x', %2)")
                 .arg(customer)
                 .arg(opened.toSecsSinceEpoch()));
    }
};

std::map<qint64, qint64> asMap(const CustomerValues &v)
{
    std::map<qint64, qint64> m;
    for (std::size_t i = 0; i < v.ids.size(); ++i)
        m[v.ids[i]] = v.values[i];
    return m;
}

AnalyticsFilter june2026()
{
    AnalyticsFilter f;
    f.asOf = QDate(2026, 6, 30);
    f.from = QDate(2026, 1, 1);
    return f;
}

} // namespace

TEST_CASE("AnalyticsRepository: revenue, margin and service load per customer", "[analytics]")
{
    Shop s;
    const qint64 o1 = s.order(s.ann, test::utc(2026, 6, 30, 23, 59, 59), 2500); // last second
    s.line(o1, 2, 1000);                                   // margin 2 * (1000 - 600) = 800
    s.order(s.ann, test::utc(2026, 7, 1, 0), 9999);        // after as-of
    s.order(s.ann, test::utc(2025, 12, 31, 23), 9999);     // before from
    s.order(s.ann, test::utc(2026, 3, 1), 7000, 2);        // cancelled
    s.order(s.ann, test::utc(2026, 3, 2), 7000, 3);        // refunded
    s.order(s.ann, test::utc(2026, 3, 3), -500);           // a credit note
    s.order(s.ann, test::utc(2026, 3, 4), 8000, 1, "USD"); // another currency
    const qint64 o2 = s.order(s.acme, test::utc(2026, 1, 1, 0), 1000, 0); // open, first second
    s.line(o2, -1, 1000); // a returned item: margin -400
    s.order(s.gone, test::utc(2026, 2, 1), 5000);
    s.kase(s.ann, test::utc(2026, 2, 1));
    s.kase(s.ann, test::utc(2026, 2, 2));
    s.kase(s.ann, test::utc(2025, 2, 2)); // before from
    s.kase(s.gone, test::utc(2026, 2, 2));

    AnalyticsRepository repo(s.t.db());
    auto currency = repo.defaultCurrency();
    INFO((currency.ok() ? QString() : currency.error().message()).toStdString());
    REQUIRE(currency.ok());
    CHECK(*currency == QLatin1String("EUR")); // the newest orders' most common
    AnalyticsFilter f = june2026();
    f.currency = QStringLiteral("EUR");

    auto revenue = repo.revenuePerCustomer(f);
    REQUIRE(revenue.ok());
    // Ann: 2500 - 500; Acme: 1000 (open orders stand); Gone is in the trash.
    CHECK(asMap(*revenue) == std::map<qint64, qint64>{{s.ann, 2000}, {s.acme, 1000}});

    auto margin = repo.marginPerCustomer(f);
    REQUIRE(margin.ok());
    CHECK(asMap(*margin) == std::map<qint64, qint64>{{s.ann, 800}, {s.acme, -400}});

    auto load = repo.serviceLoadPerCustomer(f);
    REQUIRE(load.ok());
    CHECK(asMap(*load) == std::map<qint64, qint64>{{s.ann, 2}, {s.acme, 0}});

    SECTION("owner and kind filters")
    {
        f.ownerId = s.rep;
        CHECK(asMap(repo.revenuePerCustomer(f).value()) == std::map<qint64, qint64>{{s.acme, 1000}});
        f.ownerId.reset();
        f.kind = CustomerKind::Person;
        CHECK(asMap(repo.revenuePerCustomer(f).value()) == std::map<qint64, qint64>{{s.ann, 2000}});
    }
    SECTION("one newest order in another currency does not move the currency")
    {
        s.order(s.acme, test::utc(2026, 6, 1), 4200, 1, "USD");
        CHECK(repo.defaultCurrency().value() == QLatin1String("EUR"));
        // Nor does a file without a currency column: its orders are in the database's.
        auto records
            = OrderFileParser::parse(QByteArrayView(
                                         "customer,date,amount\nACME-9,2026-06-02,12.00\n"),
                                     OrderFileFormat::Csv);
        REQUIRE(records);
        REQUIRE(OrderImport(s.t.db()).run(*records, {}));
        QSqlQuery q(s.t.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT currency FROM orders WHERE total_minor = 1200")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("EUR"));
        // The setting decides when there is one.
        REQUIRE(SettingsRepository(s.t.db()).setValue(SettingsRepository::Currency,
                                                      QStringLiteral("usd")));
        CHECK(repo.defaultCurrency().value() == QLatin1String("USD"));
    }
    SECTION("an empty database gives empty columns")
    {
        test::TempDatabase empty;
        AnalyticsRepository emptyRepo(empty.db());
        CHECK(emptyRepo.defaultCurrency().value() == QLatin1String("EUR"));
        CHECK(emptyRepo.revenuePerCustomer(june2026()).value().ids.empty());
    }
}

TEST_CASE("AnalyticsRepository: purchases, interactions, cases and lost customers", "[analytics]")
{
    Shop s;
    s.order(s.ann, test::utc(2025, 12, 31, 23), 9999);
    s.order(s.ann, test::utc(2026, 3, 3), -500);           // a credit note: not a purchase
    s.order(s.ann, test::utc(2026, 3, 4), 8000, 1, "USD"); // a purchase, in another currency
    s.order(s.ann, test::utc(2026, 3, 5), 7000, 2);        // cancelled
    s.order(s.ann, test::utc(2026, 6, 30, 23, 59, 59), 2500);
    s.order(s.ann, test::utc(2026, 7, 1, 0), 9999); // after as-of
    s.order(s.acme, test::utc(2026, 1, 1, 0), 1000, 0);
    s.order(s.gone, test::utc(2026, 2, 1), 5000); // in the trash
    const auto interaction = [&](qint64 customer, const QDateTime &at, int channel, int outcome) {
        s.exec(QStringLiteral("INSERT INTO interactions (customer_id, channel, direction,"
                              " occurred_at, agent_id, outcome) VALUES (%1, %2, 0, %3, %4, %5)")
                   .arg(customer)
                   .arg(channel)
                   .arg(at.toSecsSinceEpoch())
                   .arg(s.rep)
                   .arg(outcome));
    };
    interaction(s.ann, test::utc(2026, 6, 29, 9), 1, 6);
    interaction(s.ann, test::utc(2026, 7, 2, 9), 0, 0); // after as-of
    s.exec(
        QStringLiteral("UPDATE customers SET stage = 4 WHERE id IN (%1, %2)").arg(s.ann).arg(s.gone));

    AnalyticsRepository repo(s.t.db());
    AnalyticsFilter f;
    f.asOf = QDate(2026, 6, 30);
    f.currency = QStringLiteral("EUR");

    auto summaries = repo.purchaseSummaries(f);
    REQUIRE(summaries.ok());
    // Ann: two EUR purchases (2025-12-31, 2026-06-30), net 9999 + 2500 - 500; Acme: one.
    CHECK(summaries->ids == std::vector<qint64>{s.ann, s.acme});
    CHECK(summaries->purchases == std::vector<qint64>{2, 1});
    CHECK(summaries->value == std::vector<qint64>{11999, 1000});
    CHECK(summaries->lastPurchaseDay
          == std::vector<qint64>{QDate(2026, 6, 30).toJulianDay(), QDate(2026, 1, 1).toJulianDay()});

    auto purchases = repo.purchases(f);
    REQUIRE(purchases.ok());
    // Any currency counts as purchasing; sorted by customer, then time.
    CHECK(purchases->customers == std::vector<qint64>{s.ann, s.ann, s.ann, s.acme});
    CHECK(purchases->times
          == std::vector<qint64>{test::utc(2025, 12, 31, 23).toSecsSinceEpoch(),
                                 test::utc(2026, 3, 4).toSecsSinceEpoch(),
                                 test::utc(2026, 6, 30, 23, 59, 59).toSecsSinceEpoch(),
                                 test::utc(2026, 1, 1, 0).toSecsSinceEpoch()});

    AnalyticsFilter week = f;
    week.from = QDate(2026, 6, 29);
    auto counts = repo.interactionCounts(week);
    REQUIRE(counts.ok());
    CHECK(counts->agents == std::vector<qint64>{s.rep});
    CHECK(counts->channels == std::vector<qint64>{1});
    CHECK(counts->weeks == std::vector<qint64>{2948}); // the week of Monday 2026-06-29
    CHECK(counts->counts == std::vector<qint64>{1});
    CHECK(repo.interactions(week).value().customers == std::vector<qint64>{s.ann});

    // Lost in 2026-04-01 .. 2026-06-30 after 100 days without a purchase: Acme's last EUR
    // purchase (2026-01-01) makes it lost on 2026-04-12; Ann bought on 2026-06-30 (her being
    // marked lost does not count); Gone is in the trash.
    AnalyticsFilter quarter = f;
    quarter.from = QDate(2026, 4, 1);
    auto lost = repo.lostCandidates(quarter, 100);
    REQUIRE(lost.ok());
    CHECK(lost->ids == std::vector<qint64>{s.acme});
    CHECK(lost->stages == std::vector<qint64>{0}); // still a lead: it bought, though
    CHECK(lost->lastPurchaseDay == std::vector<qint64>{QDate(2026, 1, 1).toJulianDay()});
    CHECK(lost->lastContactAt == std::vector<qint64>{0});
    CHECK(lost->lastOutcome == std::vector<qint64>{-1});
    // Purchases count in the filter's currency: in USD, Ann's last (2026-03-04) lapsed on
    // 2026-06-13, with her last contact before as-of.
    AnalyticsFilter dollars = quarter;
    dollars.currency = QStringLiteral("USD");
    lost = repo.lostCandidates(dollars, 100);
    REQUIRE(lost.ok());
    CHECK(lost->ids == std::vector<qint64>{s.ann});
    CHECK(lost->stages == std::vector<qint64>{4});
    CHECK(lost->lastContactAt == std::vector<qint64>{test::utc(2026, 6, 29, 9).toSecsSinceEpoch()});
    CHECK(lost->lastOutcome == std::vector<qint64>{6});
    CHECK(lost->names[0] == QLatin1String("Ann"));
    // After 200 days Acme is lost only on 2026-07-20, after the period.
    CHECK(repo.lostCandidates(quarter, 200).value().ids.empty());
}

TEST_CASE("AnalyticsRepository: the latest survey score and the revenue per customer",
          "[analytics][satisfaction]")
{
    Shop s;
    const auto survey = [&](qint64 customer, const QDateTime &at, int score) {
        s.exec(QStringLiteral("INSERT INTO surveys (customer_id, answered_at, score)"
                              " VALUES (%1, %2, %3)")
                   .arg(customer)
                   .arg(at.toSecsSinceEpoch())
                   .arg(score));
    };
    s.order(s.ann, test::utc(2026, 3, 1), 3000);
    s.order(s.ann, test::utc(2026, 4, 1), -400);           // a credit note
    s.order(s.ann, test::utc(2025, 12, 1), 5000);          // before from
    s.order(s.ann, test::utc(2026, 3, 4), 8000, 1, "USD"); // another currency
    s.order(s.ann, test::utc(2026, 3, 5), 7000, 2);        // cancelled
    s.order(s.acme, test::utc(2025, 9, 1), 1000);          // before from
    survey(s.ann, test::utc(2025, 11, 1), 3);              // before from
    survey(s.ann, test::utc(2026, 2, 1), 6);
    survey(s.ann, test::utc(2026, 5, 1), 9); // Ann's latest up to as-of
    survey(s.ann, test::utc(2026, 7, 5), 0); // after as-of
    survey(s.acme, test::utc(2025, 10, 1), 10);
    survey(s.acme, test::utc(2025, 10, 1), 4); // the same second, a later row: the latest
    survey(s.gone, test::utc(2026, 3, 1), 5);  // in the trash

    AnalyticsRepository repo(s.t.db());
    AnalyticsFilter f = june2026();
    f.currency = QStringLiteral("EUR");

    // Answers in the period (2026-01-01..2026-06-30): Ann's 9; her EUR revenue 3000 - 400.
    auto period = repo.satisfaction(f);
    REQUIRE(period.ok());
    CHECK(period->ids == std::vector<qint64>{s.ann});
    CHECK(period->values == std::vector<qint64>{2600});
    CHECK(period->scores == std::vector<qint64>{9});
    CHECK(period->answeredAt == std::vector<qint64>{test::utc(2026, 5, 1).toSecsSinceEpoch()});

    // The latest answer however old: Acme too, with no revenue in the period.
    auto latest = repo.satisfaction(f, SurveyWindow::UpToAsOf);
    REQUIRE(latest.ok());
    CHECK(latest->ids == std::vector<qint64>{s.ann, s.acme});
    CHECK(latest->values == std::vector<qint64>{2600, 0});
    CHECK(latest->scores == std::vector<qint64>{9, 4});

    f.ownerId = s.rep;
    CHECK(repo.satisfaction(f, SurveyWindow::UpToAsOf).value().ids == std::vector<qint64>{s.acme});
    f.ownerId.reset();
    f.kind = CustomerKind::Organisation;
    CHECK(repo.satisfaction(f).value().ids.empty());

    test::TempDatabase empty;
    CHECK(AnalyticsRepository(empty.db()).satisfaction(june2026()).value().ids.empty());
}

TEST_CASE("AnalyticsRepository: interactions counted per agent, channel and week agree with a "
          "GROUP BY for every filter",
          "[analytics]")
{
    Shop s;
    const qint64 other = test::addUser(s.t.db(), QStringLiteral("other"));
    const qint64 bob = test::addCustomer(s.t.db(), QStringLiteral("Bob"));
    s.exec(QStringLiteral("UPDATE customers SET owner_id = %1 WHERE id = %2").arg(other).arg(bob));
    const std::vector<qint64> customers{s.ann, s.acme, s.gone, bob};
    const std::vector<qint64> agents{0, s.rep, other};
    // 600 interactions over 20 weeks up to the as-of day, spread by a fixed sequence.
    const qint64 end = test::utc(2026, 6, 30, 23, 59, 59).toSecsSinceEpoch();
    quint32 x = 12345;
    const auto next = [&x](quint32 n) {
        x = x * 1103515245u + 12345u;
        return (x >> 8) % n;
    };
    for (int i = 0; i < 600; ++i) {
        const qint64 agent = agents[next(3)];
        s.exec(QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                              "occurred_at, agent_id) VALUES (%1, %2, 0, %3, %4)")
                   .arg(customers[next(4)])
                   .arg(next(8))
                   .arg(end - qint64(next(140 * 86400)))
                   .arg(agent ? QString::number(agent) : QStringLiteral("NULL")));
    }
    AnalyticsRepository repo(s.t.db());
    const auto expected = [&](const AnalyticsFilter &f, const QString &customerCondition) {
        std::map<std::tuple<qint64, qint64, qint64>, qint64> groups;
        QSqlQuery q(s.t->connection());
        const QString sql = QStringLiteral(
                                "SELECT coalesce(i.agent_id, 0), i.channel, "
                                "(i.occurred_at / 86400 + 3) / 7, count(*) FROM interactions i "
                                "JOIN customers c ON c.id = i.customer_id WHERE "
                                "i.occurred_at >= %1 AND i.occurred_at < %2 AND c.deleted_at IS "
                                "NULL AND %3 GROUP BY 1, 2, 3")
                                .arg(f.startSecs())
                                .arg(f.endSecs())
                                .arg(customerCondition);
        if (!q.exec(sql))
            FAIL(sql.toStdString());
        while (q.next())
            groups[{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()}]
                = q.value(3).toLongLong();
        return groups;
    };
    const auto counted = [&](const AnalyticsFilter &f) {
        auto counts = repo.interactionCounts(f);
        REQUIRE(counts.ok());
        std::map<std::tuple<qint64, qint64, qint64>, qint64> groups;
        for (std::size_t i = 0; i < counts->counts.size(); ++i) {
            // In GROUP BY order: each group after the one before.
            if (i > 0)
                CHECK(
                    std::tuple(counts->agents[i - 1], counts->channels[i - 1], counts->weeks[i - 1])
                    < std::tuple(counts->agents[i], counts->channels[i], counts->weeks[i]));
            groups[{counts->agents[i], counts->channels[i], counts->weeks[i]}] = counts->counts[i];
        }
        return groups;
    };
    AnalyticsFilter f;
    f.asOf = QDate(2026, 6, 30);
    f.from = QDate(2026, 3, 1);
    const auto all = expected(f, QStringLiteral("1"));
    CHECK(all.size() > 100);
    CHECK(counted(f) == all);
    AnalyticsFilter owned = f;
    owned.ownerId = other;
    CHECK(counted(owned) == expected(owned, QStringLiteral("c.owner_id = %1").arg(other)));
    AnalyticsFilter organisations = f;
    organisations.kind = CustomerKind::Organisation;
    CHECK(counted(organisations) == expected(organisations, QStringLiteral("c.kind = 1")));
    AnalyticsFilter scoped = f;
    scoped.scope = CustomerScope::ownedBy({s.rep});
    CHECK(counted(scoped) == expected(scoped, QStringLiteral("c.owner_id = %1").arg(s.rep)));
}
