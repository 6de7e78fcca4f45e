// The dashboards' snapshot brought up to date from the history (DashboardRepository::catchUp):
// what a program start gets from the saved file plus the entries written since equals a whole
// read of the base tables after every kind of write (logged calls, orders, customers, cases,
// answers, the team, imports, merges, reverts, erases, the trash), every figure and the lifetime
// values to the bit; and the lifetime values kept survive changes that leave the orders alone.
#include "tests/core/dashboardsnapshottest.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::analytics;
using namespace rapport::test::dashsnap;

TEST_CASE("a snapshot brought up to date from the history equals a whole read after random "
          "writes, imports, merges, reverts and erases",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(400, 8)).run().ok());
    t.signInAdministrator();
    Database &db = t.db();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("d.snapshot"));
    REQUIRE_FALSE(open(t.path(), file).fromSnapshot); // the first start reads whole, saves
    REQUIRE(DashboardSnapshot::read(file));

    const qint64 users = scalar(db, QStringLiteral("SELECT max(id) FROM users"));
    const qint64 june = QDateTime(test::demodb::AsOf, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    const QString currency = wholeRead(db).currency;
    QRandomGenerator random(23);
    const auto someone = [&] {
        const std::vector<qint64> &ids = wholeRead(db).ids;
        return ids[std::size_t(random.bounded(int(ids.size())))];
    };
    const auto agent = [&] {
        const int n = random.bounded(int(users) + 1); // 0: nobody
        return n == 0 ? QStringLiteral("NULL") : QString::number(n);
    };
    const auto call = [&] {
        return QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                              "occurred_at, agent_id) VALUES (%1, %2, 1, %3, %4)")
            .arg(someone())
            .arg(random.bounded(8))
            .arg(june - random.bounded(3 * 365) * 86400)
            .arg(agent());
    };
    int fromSnapshot = 0, whole = 0, currencyChanges = 0;
    for (int round = 0; round < 18; ++round) {
        INFO("round " << round);
        QStringList statements;
        for (int i = random.bounded(1, 4); i > 0; --i)
            statements << call();
        switch (round % 9) {
        case 1: { // orders: new (one in another currency), one cancelled, one moved in time
            for (int i = 0; i < 3; ++i)
                statements << QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, "
                                             "currency, total_minor) VALUES (%1, %2, %3, '%4', %5)")
                                  .arg(someone())
                                  .arg(june - random.bounded(900) * 86400)
                                  .arg(random.bounded(4))
                                  .arg(i == 0 ? QStringLiteral("USD") : currency)
                                  .arg(random.bounded(-500, 40000));
            statements << QStringLiteral("UPDATE orders SET status = 2 WHERE id = (SELECT min(id) "
                                         "FROM orders WHERE status IN (0, 1))")
                       << QStringLiteral("UPDATE orders SET ordered_at = ordered_at - 400 * 86400 "
                                         "WHERE id = (SELECT max(id) FROM orders WHERE "
                                         "customer_id = %1)")
                              .arg(someone());
            break;
        }
        case 2: // owner, stage, kind
            statements << QStringLiteral("UPDATE customers SET owner_id = %1, stage = %2 "
                                         "WHERE id = %3")
                              .arg(agent())
                              .arg(random.bounded(5))
                              .arg(someone())
                       << QStringLiteral("UPDATE customers SET kind = 1 - kind WHERE id = %1")
                              .arg(someone());
            break;
        case 3: // a new customer with an order (the same write)
            write(t,
                  {QStringLiteral("INSERT INTO customers (kind, name, sort_name, stage, owner_id, "
                                  "created_at, updated_at) VALUES (0, 'New', 'new', 2, %1, %2, "
                                  "%2)")
                       .arg(agent())
                       .arg(june),
                   QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency, "
                                  "total_minor) VALUES ((SELECT max(id) FROM customers), %1, 1, "
                                  "'%2', 1999)")
                       .arg(june)
                       .arg(currency)});
            break;
        case 4: // a case, an answer, a renamed user, a logged call undone
            statements << QStringLiteral("INSERT INTO cases (customer_id, kind, subject, "
                                         "opened_at, owner_id) VALUES (%1, 0, 'Broken', %2, %3)")
                              .arg(someone())
                              .arg(june)
                              .arg(agent())
                       << QStringLiteral("INSERT INTO surveys (customer_id, answered_at, score) "
                                         "VALUES (%1, %2, %3)")
                              .arg(someone())
                              .arg(june - 86400)
                              .arg(random.bounded(11))
                       << QStringLiteral(
                              "UPDATE users SET display_name = 'Renamed %1' WHERE id = 1")
                              .arg(round)
                       << QStringLiteral("DELETE FROM interactions WHERE id = (SELECT max(id) FROM "
                                         "interactions)");
            break;
        case 5: // an import (its rows recorded), then a purchase file (a bulk load: no rows)
            write(t,
                  {QStringLiteral(
                       "INSERT INTO customers (kind, name, sort_name, stage, created_at, "
                       "updated_at) VALUES (1, 'Imported', 'imported', 1, %1, %1)")
                       .arg(june),
                   QStringLiteral("UPDATE customers SET stage = 3 WHERE id = %1").arg(someone())},
                  QStringLiteral("import"));
            {
                const QByteArray text = QByteArrayLiteral(" 00001 20260101  1   11.77\r\n"
                                                          " 00002 20260112  1   12.00\r\n");
                auto records = OrderFileParser::parse(QByteArrayView(text), OrderFileFormat::Cdnow);
                REQUIRE(records);
                OrderImport::Options options;
                options.source = QStringLiteral("CDNOW %1").arg(round);
                options.fileName = QStringLiteral("p%1.txt").arg(round);
                REQUIRE(OrderImport(*t->door()).run(*records, options).ok());
            }
            break;
        case 6: { // a merge, then reverted
            const qint64 a = someone();
            const qint64 b = scalar(db,
                                    QStringLiteral("SELECT max(id) FROM customers WHERE deleted_at "
                                                   "IS NULL AND id <> %1 AND kind = (SELECT kind "
                                                   "FROM customers WHERE id = %1)")
                                        .arg(a));
            auto merged = CustomerMerge(*t->door()).merge({a, b, {}, 0, 0});
            INFO((merged ? QString() : merged.error().message()).toStdString());
            REQUIRE(merged);
            if (round > 9) {
                t.advance(60);
                REQUIRE(BatchRevert(*t->door()).revert(merged->batch, RevertChoices{}).ok());
            }
            break;
        }
        case 7: { // a customer into the trash, another erased
            statements << QStringLiteral("UPDATE customers SET deleted_at = %1 WHERE id = %2")
                              .arg(june)
                              .arg(someone());
            write(t, statements);
            statements.clear();
            auto erased = ErasureService(*t->door()).erase(someone());
            INFO((erased ? QString() : erased.error().message()).toStdString());
            REQUIRE(erased);
            break;
        }
        case 8: // a team and its member; calls changed, moved to another customer, removed
            // The newest call counted removed first: the next call made takes its id again.
            write(t,
                  {QStringLiteral("DELETE FROM interactions WHERE id = (SELECT max(id) FROM "
                                  "interactions)")});
            statements << QStringLiteral("UPDATE interactions SET agent_id = %1, channel = %2, "
                                         "occurred_at = occurred_at - 9 * 86400 WHERE id = %3")
                              .arg(agent())
                              .arg(random.bounded(8))
                              .arg(random.bounded(1, 500))
                       << QStringLiteral("UPDATE interactions SET customer_id = %1 WHERE id = %2")
                              .arg(someone())
                              .arg(random.bounded(1, 500))
                       << QStringLiteral(
                              "UPDATE interactions SET channel = (channel + 1) % 8 WHERE id = "
                              "(SELECT min(id) FROM interactions)")
                       << QStringLiteral("DELETE FROM interactions WHERE id = %1")
                              .arg(random.bounded(1, 500));
            statements << QStringLiteral("INSERT INTO teams (name, created_at, updated_at) VALUES "
                                         "('Team %1', %2, %2)")
                              .arg(round)
                              .arg(june)
                       << QStringLiteral("INSERT INTO user_teams (user_id, team_id) VALUES (1, "
                                         "(SELECT max(id) FROM teams))");
            break;
        default:
            break;
        }
        if (!statements.isEmpty())
            write(t, statements);
        t.advance(30);

        // What the history since the saved columns says, and how the columns take it: a
        // customer into the trash, merged, back from a revert or of another kind renumbers the
        // customers and counts only their own interactions again; calls changed, moved (a
        // merge) or removed are taken off as they were counted and counted as they are now; an
        // erase changes nothing counted. No round counts every interaction again.
        bool currencyChanged = false;
        {
            auto saved = DashboardSnapshot::read(file);
            REQUIRE(saved);
            auto up = DashboardRepository(db).catchUp(saved->stamp);
            REQUIRE(up);
            REQUIRE(*up);
            DashboardColumns caught = saved->columns;
            DashboardUpdate how;
            auto updated = DashboardRepository(db).update(caught, (*up)->changes, nullptr, &how);
            REQUIRE(updated);
            // Without a currency setting the newest order's counts (the purchase files are in
            // dollars): another currency reads whole.
            currencyChanged = wholeRead(db).currency != saved->columns.currency;
            CHECK(*updated == !currencyChanged);
            if (*updated) {
                CHECK_FALSE(how.interactionsRead);
                if (round % 9 == 7)
                    CHECK(how.customersMoved);
                requireSame(caught, wholeRead(db));
            }
        }
        // A program start: the saved columns plus the history since equal a whole read, and so
        // does every figure.
        const Opened started = open(t.path(), file);
        fromSnapshot += started.fromSnapshot ? 1 : 0;
        whole += started.fromSnapshot ? 0 : 1;
        CHECK(started.fromSnapshot == !currencyChanged);
        currencyChanges += currencyChanged ? 1 : 0;
        requireSame(*started.columns, wholeRead(db));
        DashboardService fresh(t.path(), nullptr);
        fresh.refresh(DashboardFilters::lastYear(test::demodb::AsOf));
        REQUIRE(QTest::qWaitFor([&] { return !fresh.isBusy(); }, 120'000));
        REQUIRE(fresh.result());
        requireSameFigures(*started.result, *fresh.result());
        auto values = fresh.lifetimeValues(test::demodb::AsOf);
        REQUIRE(values);
        REQUIRE(started.clv);
        requireSameValues(*started.clv, *values);
    }
    // Everything is caught up on but a change of currency.
    CHECK(whole == currencyChanges);
    CHECK(fromSnapshot >= 14);
}

TEST_CASE("the lifetime values kept survive changes that leave every order alone",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(300, 9)).run().ok());
    t.signInAdministrator();
    DashboardService service(t.path(), &t->changes());
    const auto refreshed = [&] { refreshedAsWhole(service, t); };
    refreshed();
    // The notices say only "a call was logged" (the writes here publish none): what else
    // changed, the service learns from the history.
    const auto told = [&] {
        ChangeNotice call;
        call.entity = ChangeNotice::Entity::Interaction;
        call.action = ChangeNotice::Action::Created;
        t->changes().publish(call);
    };
    const auto fitted = service.lifetimeValues(test::demodb::AsOf);
    REQUIRE(fitted);
    const qint64 someone = scalar(t.db(), QStringLiteral("SELECT max(id) FROM customers"));

    // A new stage and owner, a call, a case: the same models.
    write(t,
          {QStringLiteral(
               "UPDATE customers SET stage = (stage + 1) % 5, owner_id = 1 WHERE id = %1")
               .arg(someone),
           QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
                          " VALUES (%1, 1, 0, 1780000000)")
               .arg(someone),
           QStringLiteral(
               "INSERT INTO cases (customer_id, kind, subject, opened_at) VALUES (%1, 0, "
               "'Late', 1780000000)")
               .arg(someone)});
    told();
    CHECK(service.isStale());
    refreshed();
    CHECK(service.lifetimeValues(test::demodb::AsOf) == fitted);

    // An order: fitted again, to the bit what a fit over a whole read gives.
    write(t,
          {QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency, "
                          "total_minor) VALUES (%1, 1780000000, 1, '%2', 12345)")
               .arg(someone)
               .arg(service.columns()->currency)});
    told();
    refreshed();
    const auto refitted = service.lifetimeValues(test::demodb::AsOf);
    REQUIRE(refitted);
    CHECK(refitted != fitted);
    requireSameValues(*refitted, Dashboard::lifetimeValues(wholeRead(t.db()), test::demodb::AsOf));
}
