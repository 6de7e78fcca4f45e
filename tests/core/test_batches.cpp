// Bulk writes through the door: the demo load and purchase imports are one batch each in the
// history (rows recorded only when an import goes in row by row), with the counts and id ranges
// a revert needs, one Reset notice after the commit, and nothing at all when they fail.
#include "core/demo/demogenerator.h"
#include "core/io/orderfile.h"
#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/historyservice.h"
#include "core/services/orderimport.h"
#include "tests/support/demodatabase.h"
#include "tests/support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::demodb;

namespace {

QList<HistoryEntry> history(Database &db, const HistoryFilter &filter = {})
{
    auto page = HistoryService(db).page(filter, 0, 10000);
    REQUIRE(page.ok());
    return *page;
}

QJsonArray range(Database &db, const char *table)
{
    const QString t = QLatin1String(table);
    return QJsonArray{qint64(scalar(db, QStringLiteral("SELECT min(id) FROM %1").arg(t))),
                      qint64(scalar(db, QStringLiteral("SELECT max(id) FROM %1").arg(t)))};
}

Result<OrderImportSummary> importOrders(Door &door, const char *text)
{
    auto records = OrderFileParser::parse(QByteArrayView(text), OrderFileFormat::Cdnow);
    REQUIRE(records);
    OrderImport::Options options;
    options.source = QStringLiteral("CDNOW");
    options.fileName = QStringLiteral("orders.txt");
    return OrderImport(door).run(*records, options);
}

const char *const purchases = " 00001 19970101  1   11.77\r\n"
                              " 00002 19970112  1   12.00\r\n"
                              " 00001 19970210  2   20.00\r\n";

Actor someone()
{
    Actor a;
    a.name = QStringLiteral("batch-tester");
    a.machine = QStringLiteral("box-7");
    return a;
}

} // namespace

TEST_CASE("The demo load through the door is one batch entry with its counts and id ranges",
          "[batch][demo]")
{
    test::TempWorkspace t;
    Door &door = *t->door();
    door.setActor(someone());
    QSignalSpy notices(&t->changes(), &ChangeBus::changed);
    const Result<DemoSummary> s = DemoGenerator(door, options(400, 9)).run();
    REQUIRE(s.ok());

    const QList<HistoryEntry> entries = history(t.db());
    REQUIRE(entries.size() == 1);
    const HistoryEntry &head = entries.first();
    CHECK(head.isBatchHead());
    CHECK(head.entity == QLatin1String("demo"));
    CHECK(head.batch == head.id);
    CHECK(head.actor == QLatin1String("batch-tester on box-7"));
    CHECK_FALSE(head.userId.has_value());
    const QJsonObject d = head.changeObject();
    CHECK(d.value(QLatin1String("customers")).toInteger() == 400);
    CHECK(d.value(QLatin1String("interactions")).toInteger()
          == qint64(scalar(t.db(), QStringLiteral("SELECT count(*) FROM interactions"))));
    CHECK(d.value(QLatin1String("orders")).toInteger() == s->orders);
    CHECK(d.value(QLatin1String("seed")).toString() == QLatin1String("9"));
    const QJsonObject ids = d.value(QLatin1String("ids")).toObject();
    for (const char *table : {"users",
                              "tags",
                              "customers",
                              "contact_points",
                              "orders",
                              "order_lines",
                              "interactions",
                              "cases",
                              "tasks",
                              "surveys"})
        CHECK(ids.value(QLatin1String(table)).toArray() == range(t.db(), table));
    CHECK(s->idRanges.size() == std::size_t(ids.size()));

    // One Reset after the commit, so every open view reads again.
    REQUIRE(notices.size() == 1);
    const auto notice = notices.first().first().value<ChangeNotice>();
    CHECK(notice.entity == ChangeNotice::Entity::Everything);
    CHECK(notice.action == ChangeNotice::Action::Reset);

    auto broken = HistoryService(t.db()).verify();
    REQUIRE(broken.ok());
    CHECK_FALSE(broken->has_value());
}

TEST_CASE("A demo load that fails or is cancelled leaves no history", "[batch][demo]")
{
    test::TempWorkspace t;
    Door &door = *t->door();
    QSignalSpy notices(&t->changes(), &ChangeBus::changed);
    int calls = 0;
    const Result<DemoSummary> cancelled
        = DemoGenerator(door, options(3000)).run([&](qint64, qint64) { return ++calls < 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind() == Error::Kind::Cancelled);
    CHECK(history(t.db()).isEmpty());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(notices.isEmpty());

    // The door still works afterwards, with its capture back on: an ordinary write is recorded.
    REQUIRE(t->setSetting(QStringLiteral("phone_region"), QStringLiteral("FR")).ok());
    const QList<HistoryEntry> entries = history(t.db());
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().entity == QLatin1String("setting"));

    // A second load into a database with customers is refused, and writes nothing either.
    REQUIRE(DemoGenerator(door, options(50)).run().ok());
    const qint64 before = history(t.db()).size();
    CHECK_FALSE(DemoGenerator(door, options(50)).run().ok());
    CHECK(history(t.db()).size() == before);
}

TEST_CASE("A large purchase file through the door is one batch entry without rows",
          "[batch][orderimport]")
{
    test::TempWorkspace t;
    Door &door = *t->door();
    QSignalSpy notices(&t->changes(), &ChangeBus::changed);
    auto summary = importOrders(door, purchases);
    REQUIRE(summary.ok());
    CHECK(summary->customersCreated == 2);

    const QList<HistoryEntry> entries = history(t.db());
    REQUIRE(entries.size() == 1);
    const HistoryEntry &head = entries.first();
    CHECK(head.isBatchHead());
    CHECK(head.entity == QLatin1String("import-orders"));
    const QJsonObject d = head.changeObject();
    CHECK(d.value(QLatin1String("file")).toString() == QLatin1String("orders.txt"));
    CHECK(d.value(QLatin1String("rows")).toBool() == false);
    CHECK(d.value(QLatin1String("orders")).toInteger() == 3);
    CHECK(d.value(QLatin1String("customers_created")).toInteger() == 2);
    const QJsonObject ids = d.value(QLatin1String("ids")).toObject();
    CHECK(ids.value(QLatin1String("customers")).toArray() == range(t.db(), "customers"));
    CHECK(ids.value(QLatin1String("orders")).toArray() == range(t.db(), "orders"));
    CHECK_FALSE(ids.contains(QLatin1String("products")));
    REQUIRE(notices.size() == 1);
    CHECK(notices.first().first().value<ChangeNotice>().action == ChangeNotice::Action::Reset);
}

TEST_CASE("A small purchase file into a larger database records the batch and every row",
          "[batch][orderimport]")
{
    test::TempWorkspace t;
    Door &door = *t->door();
    REQUIRE(DemoGenerator(door, options(100)).run().ok());
    t.signInAdministrator(); // importing is not a service agent's (the one signed in on demo data)
    const qint64 firstNewCustomer
        = qint64(scalar(t.db(), QStringLiteral("SELECT max(id) FROM customers"))) + 1;
    auto summary = importOrders(door, purchases);
    REQUIRE(summary.ok());

    const QList<HistoryEntry> all = history(t.db());
    REQUIRE(all.size() == 2 + 2 + 3); // two heads, two customers, three orders
    const HistoryEntry &newest = all.first();
    const qint64 batch = newest.batch;
    HistoryFilter ofBatch;
    ofBatch.batch = batch;
    const QList<HistoryEntry> entries = history(t.db(), ofBatch);
    REQUIRE(entries.size() == 6);
    const HistoryEntry &head = entries.last(); // oldest first in the batch
    CHECK(head.isBatchHead());
    CHECK(head.id == batch);
    CHECK(head.changeObject().value(QLatin1String("rows")).toBool());
    CHECK(
        head.changeObject().value(QLatin1String("ids")).toObject().value(QLatin1String("customers"))
        == QJsonArray{firstNewCustomer, firstNewCustomer + 1});
    int customers = 0, orders = 0;
    for (const HistoryEntry &e : entries) {
        if (&e == &head)
            continue;
        CHECK(e.operation == QLatin1String("create"));
        customers += e.entity == QLatin1String("customer") ? 1 : 0;
        orders += e.entity == QLatin1String("order") ? 1 : 0;
        CHECK(e.customerId >= firstNewCustomer);
    }
    CHECK(customers == 2);
    CHECK(orders == 3);
    auto broken = HistoryService(t.db()).verify();
    REQUIRE(broken.ok());
    CHECK_FALSE(broken->has_value());
}

TEST_CASE("A purchase file that fails leaves no history", "[batch][orderimport]")
{
    test::TempWorkspace t;
    Door &door = *t->door();
    // Refused by the permission check (the roles' hook): nothing starts, nothing is recorded.
    door.setPermissionCheck([](const Actor &, const WriteRequest &request) -> Status {
        if (request.action == WriteAction::Import)
            return Error(Error::Kind::Validation, QStringLiteral("no imports"));
        return {};
    });
    auto summary = importOrders(door, purchases);
    REQUIRE_FALSE(summary.ok());
    CHECK(history(t.db()).isEmpty());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK_FALSE(DemoGenerator(door, options(20)).run().ok());
    CHECK(history(t.db()).isEmpty());
}
