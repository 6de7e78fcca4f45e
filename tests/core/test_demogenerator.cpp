// The demo generator as a whole: deterministic, the counts asked for, sound databases, refusals
// and cancelling. Its history and its people are tested in test_demohistory.cpp and
// test_demopeople.cpp.
#include "core/demo/demogenerator.h"
#include "core/storage/database.h"
#include "tests/support/demodatabase.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::demodb;

TEST_CASE("Demo data is the same for the same options and differs for another seed", "[demo]")
{
    QByteArray first, again, threads, otherSeed;
    {
        test::TempDatabase t;
        REQUIRE(DemoGenerator(t.db(), options(1200)).run().ok());
        first = contentHash(t.db());
    }
    {
        test::TempDatabase t;
        REQUIRE(DemoGenerator(t.db(), options(1200)).run().ok());
        again = contentHash(t.db());
    }
    {
        test::TempDatabase t;
        DemoOptions o = options(1200);
        o.generatorThreads = 3; // timing and thread count must not matter
        REQUIRE(DemoGenerator(t.db(), o).run().ok());
        threads = contentHash(t.db());
    }
    {
        test::TempDatabase t;
        REQUIRE(DemoGenerator(t.db(), options(1200, 8)).run().ok());
        otherSeed = contentHash(t.db());
    }
    CHECK(first == again);
    CHECK(first == threads);
    CHECK(first != otherSeed);
}

TEST_CASE("Demo data has the counts the options ask for", "[demo]")
{
    Generated &g = generated();
    Database &db = g.db.db();
    const DemoSummary &s = g.summary;
    CHECK(s.customers == 3000);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers")) == 3000);
    // 1 administrator, 2 managers, 4 reps and 3 agents at the minimum sizes.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users")) == 10);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 2")) == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 3")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM products")) == 40);
    CHECK(s.interactions == qint64(scalar(db, QStringLiteral("SELECT count(*) FROM interactions"))));
    CHECK(double(s.interactions) / 3000 == Approx(10.0).epsilon(0.05));
    CHECK(double(s.orders) / 3000 == Approx(3.0).epsilon(0.08));
    CHECK(s.contactPoints > 3 * 3000);
    CHECK(s.cases > 0);
    CHECK(s.tasks > 0);
    CHECK(s.notes == qint64(scalar(db, QStringLiteral("SELECT count(*) FROM customer_notes"))));
    CHECK(double(s.notes) / 3000 == Approx(0.35).margin(0.15));
    // Notes are written while the customer is a customer, never before.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM customer_notes n JOIN customers c "
                                "ON c.id = n.customer_id WHERE n.created_at < c.created_at"))
          == 0);
    CHECK(s.relationships > 0);
    // About 80% persons.
    CHECK(scalar(db, QStringLiteral("SELECT avg(kind = 0) FROM customers"))
          == Approx(0.8).margin(0.03));
    // Lines sum up to the order totals; one to three lines each.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM orders o WHERE total_minor <> "
                                "(SELECT sum(quantity * unit_price_minor) FROM order_lines "
                                "WHERE order_id = o.id)"))
          == 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM order_lines "
                                "GROUP BY order_id)"))
          <= 3);
}

TEST_CASE("Demo data passes the integrity and foreign key checks", "[demo]")
{
    Database &db = generated().db.db();
    Result<QStringList> problems = db.check();
    REQUIRE(problems.ok());
    CHECK(problems->join(u'\n').toStdString() == "");
    // The loader restored the connection's settings.
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(db.journalMode() == QStringLiteral("wal"));
    CHECK_FALSE(QFile::exists(db.path() + QStringLiteral("-search.tmp")));
}

TEST_CASE("Demo data goes only into a database without customers", "[demo]")
{
    test::TempDatabase t;
    query(t.db(),
          QStringLiteral("INSERT INTO customers (kind, name, sort_name, stage, "
                         "created_at, updated_at) VALUES (0, 'Ada', 'ada', 0, 1, 1)"));
    const Result<DemoSummary> s = DemoGenerator(t.db(), options(100)).run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM users")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")) == 1);
}

TEST_CASE("Cancelled demo generation leaves the database as it was", "[demo]")
{
    test::TempDatabase t;
    const QStringList before = schemaObjects(t.db());
    int calls = 0;
    const Result<DemoSummary> s
        = DemoGenerator(t.db(), options(5000)).run([&](qint64 done, qint64 total) {
              CHECK(done <= total);
              return ++calls < 2; // stop after the first chunk was written
          });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Cancelled);
    for (const char *table : {"users",
                              "products",
                              "tags",
                              "customers",
                              "contact_points",
                              "interactions",
                              "orders",
                              "cases",
                              "tasks",
                              "surveys",
                              "customer_search"})
        CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
              == 0);
    CHECK(schemaObjects(t.db()) == before);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(t->journalMode() == QStringLiteral("wal"));
    CHECK_FALSE(QFile::exists(t->path() + QStringLiteral("-search.tmp")));
    // The database is still usable: the same generator now runs to the end.
    REQUIRE(DemoGenerator(t.db(), options(200)).run().ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 200);
}

TEST_CASE("Demo options out of range are refused", "[demo]")
{
    test::TempDatabase t;
    DemoOptions o = options(0);
    Result<DemoSummary> s = DemoGenerator(t.db(), o).run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(s.error().field() == QStringLiteral("customers"));
    o = options(10);
    o.interactionsPerCustomer = -1;
    s = DemoGenerator(t.db(), o).run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field() == QStringLiteral("interactionsPerCustomer"));
    o = options(10);
    o.asOf = QDate();
    s = DemoGenerator(t.db(), o).run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field() == QStringLiteral("asOf"));
}
