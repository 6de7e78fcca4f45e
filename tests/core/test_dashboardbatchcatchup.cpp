// Another client's batch while the dashboards are open: LiveChanges says only "everything"
// (a Reset), and the service brings its columns up to date from the history since their stamp.
// A batch whose rows are recorded names what it changed; a bulk load does not, so it is read
// whole. Either way the columns equal a whole read.
#include "tests/core/dashboardsnapshottest.h"

#include "core/demo/demogenerator.h"
#include "core/storage/transaction.h"

using namespace rapport;
using namespace rapport::test::dashsnap;

TEST_CASE("a batch with its rows recorded is caught up from them, a bulk load is read whole",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(300, 5)).run().ok());
    t.signInAdministrator();
    DashboardService service(t.path(), &t->changes());
    const auto refreshed = [&] { refreshedAsWhole(service, t); };
    const auto reset = [&] {
        t->changes().publish(
            {ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
    };
    refreshed();
    CHECK(service.lastReadWhole());
    const qint64 someone = scalar(t.db(), QStringLiteral("SELECT min(id) FROM customers"));
    const QString currency = service.columns()->currency;
    const auto order = [&](qint64 total) {
        return QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency, "
                              "total_minor) VALUES (%1, 1780000000, 1, '%2', %3)")
            .arg(someone)
            .arg(currency)
            .arg(total);
    };

    // An order file of two lines and a call, with their rows: the head counts them.
    write(t,
          {order(4200),
           order(300),
           QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
                          " VALUES (%1, 1, 0, 1780000000)")
               .arg(someone)},
          QStringLiteral("import-orders"));
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT json_extract(changes, '$.rows_recorded') FROM history "
                                "WHERE operation = 'batch' ORDER BY id DESC LIMIT 1"))
          == 3);
    reset();
    refreshed();
    CHECK_FALSE(service.lastReadWhole());

    // A bulk load records no rows: its head cannot say what it touched.
    const Status bulk
        = t->door()->bulk(WriteRequest(WriteAction::Import,
                                       WriteRequest::Batch{QStringLiteral("import-orders"),
                                                           QJsonObject{},
                                                           false}),
                          [&](WriteScope &) {
                              // A bulk body commits its own transaction (as BulkLoader does); the door records the
                              // head at that commit.
                              WriteTransaction tx(t.db());
                              if (!tx.begun())
                                  return tx.begun();
                              if (Status s = exec(t.db(), order(999)); !s)
                                  return s;
                              return tx.commit();
                          });
    REQUIRE(bulk.ok());
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT json_type(changes, '$.rows_recorded') IS NULL FROM history"
                                " WHERE operation = 'batch' ORDER BY id DESC LIMIT 1"))
          == 1);
    reset();
    refreshed();
    CHECK(service.lastReadWhole());

    // A Reset with nothing written since: nothing to read again.
    reset();
    refreshed();
    CHECK_FALSE(service.lastReadWhole());
}
