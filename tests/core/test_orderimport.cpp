#include "core/services/changebus.h"
#include "core/services/orderimport.h"
#include "core/storage/database.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include <string>

using namespace rapport;

namespace {

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        out << values.join(u'|');
    }
    return out;
}

Result<OrderImportSummary> import(Database &db,
                                  const char *text,
                                  OrderFileFormat format = OrderFileFormat::Cdnow,
                                  ChangeBus *bus = nullptr)
{
    auto records = OrderFileParser::parse(QByteArrayView(text), format);
    REQUIRE(records);
    OrderImport::Options options;
    options.source = QStringLiteral("CDNOW");
    options.bus = bus;
    return OrderImport(db).run(*records, options);
}

const char *const threeCustomers = " 00001 19970101  1   11.77\r\n"
                                   " 00002 19970112  1   12.00\r\n"
                                   " 00002 19970112  5   77.00\r\n"
                                   " 00003 19970102  2   20.76\r\n"
                                   " 00002 19970110  1   1.50\r\n";

} // namespace

TEST_CASE("CDNOW purchases become customers with an external key and one order per line",
          "[orderimport]")
{
    test::TempDatabase t;
    ChangeBus bus;
    QSignalSpy notices(&bus, &ChangeBus::changed);
    auto summary = import(t.db(), threeCustomers, OrderFileFormat::Cdnow, &bus);
    REQUIRE(summary);
    CHECK(summary->orders == 5);
    CHECK(summary->customersCreated == 3);
    CHECK(summary->customersFound == 0);
    CHECK(summary->productsCreated == 0);
    CHECK(notices.size() == 1);

    // Acquired on the first purchase in the file (00002: the 10th, though listed last).
    CHECK(rows(t.db(),
               QStringLiteral("SELECT external_key, name, kind, stage, source, acquired_on "
                              "FROM customers ORDER BY external_key"))
          == QStringList{QStringLiteral("00001|Customer 00001|0|2|CDNOW|1997-01-01"),
                         QStringLiteral("00002|Customer 00002|0|2|CDNOW|1997-01-10"),
                         QStringLiteral("00003|Customer 00003|0|2|CDNOW|1997-01-02")});
    // Noon UTC on the day: 1997-01-12 is day 9873 since 1970-01-01 (9873 * 86400 + 43200).
    CHECK(rows(t.db(),
               QStringLiteral("SELECT c.external_key, o.ordered_at, o.status, o.currency, "
                              "o.total_minor FROM orders o JOIN customers c ON c.id = "
                              "o.customer_id WHERE c.external_key = '00002' ORDER BY o.id"))
          == QStringList{QStringLiteral("00002|853070400|1|USD|1200"),
                         QStringLiteral("00002|853070400|1|USD|7700"),
                         QStringLiteral("00002|852897600|1|USD|150")});
    CHECK(test::rowCount(t.db(), "order_lines") == 0);
    // The search index and the customer list know the new customers.
    CHECK(rows(t.db(),
               QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search MATCH "
                              "'00003'"))
              .size()
          == 1);
    CHECK(rows(t.db(), QStringLiteral("SELECT revenue_minor FROM customer_list ORDER BY id")).size()
          == 3);
    auto problems = t->check();
    REQUIRE(problems);
    CHECK(problems->isEmpty());

    // The same file again adds orders to the same customers.
    auto again = import(t.db(), threeCustomers);
    REQUIRE(again);
    CHECK(again->customersCreated == 0);
    CHECK(again->customersFound == 3);
    CHECK(test::rowCount(t.db(), "customers") == 3);
    CHECK(test::rowCount(t.db(), "orders") == 10);
}

TEST_CASE("CSV orders with products, refunds and a customer entered by hand", "[orderimport]")
{
    test::TempDatabase t;
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    REQUIRE(
        rows(t.db(),
             QStringLiteral("UPDATE customers SET external_key = 'ACME' WHERE id = %1").arg(acme))
            .isEmpty());
    test::addProduct(t.db(), QStringLiteral("W-1"), 999, QStringLiteral("EUR"));
    auto summary = import(t.db(),
                          "customer,date,amount,product,quantity,currency\n"
                          "ACME,2024-03-01,19.98,W-1,2,EUR\n"
                          "ACME,2024-03-05,-9.99,W-1,-1,EUR\n"
                          "new-1,2024-03-02,10.00,G-7,3,EUR\n"
                          "new-1,2024-03-03,4.00,,,\n",
                          OrderFileFormat::Csv);
    REQUIRE(summary);
    CHECK(summary->orders == 4);
    CHECK(summary->customersCreated == 1);
    CHECK(summary->customersFound == 1);
    CHECK(summary->productsCreated == 1);
    CHECK(test::rowCount(t.db(), "customers") == 2);
    // Lines: quantity and the unit price (10.00 / 3 rounds toward zero to 3.33).
    CHECK(rows(t.db(),
               QStringLiteral("SELECT p.sku, l.quantity, l.unit_price_minor, o.total_minor, "
                              "o.currency FROM order_lines l JOIN orders o ON o.id = l.order_id "
                              "JOIN products p ON p.id = l.product_id ORDER BY l.id"))
          == QStringList{QStringLiteral("W-1|2|999|1998|EUR"),
                         QStringLiteral("W-1|-1|999|-999|EUR"),
                         QStringLiteral("G-7|3|333|1000|EUR")});
    // The line without a currency takes the database's, here that of the newest orders.
    CHECK(rows(t.db(), QStringLiteral("SELECT currency FROM orders WHERE total_minor = 400"))
          == QStringList{QStringLiteral("EUR")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT name, unit_price_minor FROM products WHERE sku = 'G-7'"))
          == QStringList{QStringLiteral("G-7|333")});
}

TEST_CASE("A bad file leaves the database as it was", "[orderimport]")
{
    test::TempDatabase t;
    REQUIRE(import(t.db(), threeCustomers));
    const QString path = t.folder() + QStringLiteral("/bad.txt");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(" 00001 19970101  1   11.77\n 00009 19970101  1   11.77\n 00004 1997011 1 3.00\n");
    file.close();
    auto r = OrderImport(t.db()).runFile(path, OrderFileFormat::Cdnow, {});
    REQUIRE_FALSE(r);
    CHECK(r.error().message().startsWith(u"Line 3: "));
    auto missing = OrderImport(t.db()).runFile(path + QStringLiteral("-not-there"),
                                               OrderFileFormat::Cdnow,
                                               {});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind() == Error::Kind::Io);
    CHECK(test::rowCount(t.db(), "customers") == 3);
    CHECK(test::rowCount(t.db(), "orders") == 5);
}

TEST_CASE("A few orders into a database with many customers go in row by row", "[orderimport]")
{
    test::TempDatabase t;
    // 40 customers first (the bulk path: the database is empty).
    std::string many;
    for (int i = 1; i <= 40; ++i) {
        // Appended piece by piece: GCC 12 at -O2 warns (-Wrestrict) on a chain of + here.
        many += ' ';
        many += std::to_string(1000 + i);
        many += " 19970101 1 10.00\n";
    }
    REQUIRE(import(t.db(), many.c_str()));
    // Then 3 lines (3 x 10 < 40: row by row, the triggers keep the search and the list).
    auto summary = import(t.db(),
                          "customer,date,amount,product,quantity\n"
                          "1001,1997-02-01,5.00,CD-1,1\n"
                          "fresh,1997-02-02,7.50,CD-1,3\n"
                          "fresh,1997-02-03,1.00,,\n",
                          OrderFileFormat::Csv);
    REQUIRE(summary);
    CHECK(summary->orders == 3);
    CHECK(summary->customersCreated == 1);
    CHECK(summary->customersFound == 1);
    CHECK(summary->productsCreated == 1);
    CHECK(test::rowCount(t.db(), "customers") == 41);
    CHECK(test::rowCount(t.db(), "orders") == 43);
    CHECK(test::rowCount(t.db(), "order_lines") == 2);
    CHECK(rows(t.db(),
               QStringLiteral("SELECT name, acquired_on FROM customers WHERE external_key = "
                              "'fresh'"))
          == QStringList{QStringLiteral("Customer fresh|1997-02-02")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search MATCH "
                              "'fresh'"))
              .size()
          == 1);
    CHECK(rows(t.db(), QStringLiteral("SELECT id FROM customer_list")).size() == 41);
    auto problems = t->check();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}
