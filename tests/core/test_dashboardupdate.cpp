// DashboardRepository::update(): the dashboards' columns brought up to date from what the change
// notices name hold exactly what a whole read gives, after random writes of every kind.
#include "core/demo/demogenerator.h"
#include "core/storage/dashboardrepository.h"
#include "tests/core/dashboardsnapshottest.h"
#include "tests/support/tempdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::analytics;
using rapport::test::dashsnap::requireSame;

namespace {

void exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the dashboards' columns kept current equal a whole read after random writes",
          "[dashboard][dashboardupdate]")
{
    test::TempDatabase t;
    DemoOptions o;
    o.customers = 400;
    o.seed = 5;
    o.asOf = QDate(2026, 6, 30);
    REQUIRE(DemoGenerator(t.db(), o).run().ok());
    Database &db = t.db();
    const DashboardRepository repo(db);
    auto loaded = repo.load();
    REQUIRE(loaded);
    DashboardColumns kept = std::move(*loaded);
    const qint64 users = scalar(db, QStringLiteral("SELECT max(id) FROM users"));
    const qint64 june = QDateTime(o.asOf, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

    QRandomGenerator random(17);
    const auto someone = [&] { return kept.ids[random.bounded(int(kept.ids.size()))]; };
    const auto agent = [&]() -> QVariant {
        const int n = random.bounded(int(users) + 1); // 0: nobody
        return n == 0 ? QVariant() : QVariant(n);
    };
    std::vector<qint64> trashed;
    for (int round = 0; round < 16; ++round) {
        INFO("round " << round);
        DashboardChanges changes;
        const int kind = round % 8;
        // Logged calls, most rounds (the common case), in weeks old and new.
        for (int i = random.bounded(1, 6); i > 0; --i) {
            exec(db,
                 QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                                "occurred_at, agent_id) VALUES (?, ?, 1, ?, ?)"),
                 {someone(), random.bounded(8), june - random.bounded(3 * 365) * 86400, agent()});
            changes.newInteractions = true;
        }
        if (kind == 1) {
            // Orders: new ones (one in another currency, not the newest: the newest order's currency
            // is the dashboards' without a setting), one cancelled, one moved in time.
            for (int i = 0; i < 4; ++i) {
                const qint64 c = someone();
                exec(db,
                     QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, "
                                    "currency, total_minor) VALUES (?, ?, ?, ?, ?)"),
                     {c,
                      june - random.bounded(900) * 86400,
                      random.bounded(4),
                      i == 0 ? QStringLiteral("USD") : kept.currency,
                      random.bounded(-500, 40000)});
                changes.orderCustomers.insert(c);
            }
            const qint64 order = scalar(db, QStringLiteral("SELECT min(id) FROM orders"));
            const qint64 owner
                = scalar(db,
                         QStringLiteral("SELECT customer_id FROM orders WHERE id = %1").arg(order));
            exec(db, QStringLiteral("UPDATE orders SET status = 2 WHERE id = ?"), {order});
            exec(db,
                 QStringLiteral("UPDATE orders SET ordered_at = ordered_at - 400 * 86400 "
                                "WHERE id = (SELECT max(id) FROM orders WHERE customer_id = ?)"),
                 {owner});
            changes.orderCustomers.insert(owner);
        } else if (kind == 2) {
            // A customer's owner and stage, another's kind (its calls count elsewhere now).
            const qint64 a = someone(), b = someone();
            exec(db,
                 QStringLiteral("UPDATE customers SET owner_id = ?, stage = ? WHERE id = ?"),
                 {agent(), random.bounded(5), a});
            exec(db, QStringLiteral("UPDATE customers SET kind = 1 - kind WHERE id = ?"), {b});
            changes.customers << a << b;
        } else if (kind == 3) {
            // New customers, with an order and a call.
            for (int i = 0; i < 2; ++i) {
                exec(db,
                     QStringLiteral("INSERT INTO customers (kind, name, sort_name, stage, "
                                    "owner_id, created_at, updated_at) "
                                    "VALUES (0, 'New', 'new', 2, ?, ?, ?)"),
                     {agent(), june, june});
                const qint64 id = scalar(db, QStringLiteral("SELECT max(id) FROM customers"));
                exec(db,
                     QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, "
                                    "currency, total_minor) VALUES (?, ?, 1, ?, 1999)"),
                     {id, june, kept.currency});
                exec(db,
                     QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                                    "occurred_at, agent_id) VALUES (?, 0, 0, ?, ?)"),
                     {id, june, agent()});
                changes.customers << id;
                changes.orderCustomers << id;
            }
        } else if (kind == 4) {
            // A case and a survey answer.
            exec(db,
                 QStringLiteral("INSERT INTO cases (customer_id, kind, subject, opened_at, "
                                "owner_id) VALUES (?, 0, 'Broken', ?, ?)"),
                 {someone(), june, agent()});
            exec(db,
                 QStringLiteral("INSERT INTO surveys (customer_id, answered_at, score) "
                                "VALUES (?, ?, ?)"),
                 {someone(), june - 86400, random.bounded(11)});
            exec(db, QStringLiteral("UPDATE users SET display_name = 'Renamed' WHERE id = 1"));
            changes.cases = changes.surveys = changes.users = true;
        } else if (kind == 5) {
            // A logged call undone: everything counted again.
            exec(db,
                 QStringLiteral("DELETE FROM interactions WHERE id = (SELECT max(id) FROM "
                                "interactions)"));
            changes.allInteractions = true;
        } else if (kind == 6) {
            // Customers into the trash: their calls (and a new one) counted no more, their
            // orders, cases and answers dropped, the others' renumbered.
            for (int i = 0; i < 2; ++i) {
                const qint64 gone = someone();
                exec(db,
                     QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                                    "occurred_at, agent_id) VALUES (?, 2, 0, ?, ?)"),
                     {gone, june, agent()});
                exec(db, QStringLiteral("UPDATE customers SET deleted_at = 1 WHERE id = ?"), {gone});
                trashed.push_back(gone);
                changes.customers << gone;
            }
            changes.newInteractions = true;
        } else if (kind == 7) {
            // One back from the trash in the middle, as the other kind; another into it.
            const qint64 back = trashed.front();
            trashed.erase(trashed.begin());
            exec(db,
                 QStringLiteral("UPDATE customers SET deleted_at = NULL, kind = 1 - kind "
                                "WHERE id = ?"),
                 {back});
            const qint64 gone = someone();
            exec(db, QStringLiteral("UPDATE customers SET deleted_at = 1 WHERE id = ?"), {gone});
            trashed.push_back(gone);
            changes.customers << back << gone;
        }
        DashboardUpdate how;
        Result<bool> updated = repo.update(kept, changes, nullptr, &how);
        REQUIRE(updated);
        REQUIRE(*updated);
        // Only a call undone counts every interaction again: kinds changed, customers gone and
        // back are counted again from their own interactions.
        CHECK(how.interactionsRead == (kind == 5));
        CHECK(how.customersMoved == (kind >= 6));
        auto whole = repo.load();
        REQUIRE(whole);
        requireSame(kept, *whole);
    }

    // The newest call counted removed, as the history tells it (what it was), then a new call,
    // which takes its id again: counted precisely, one by one.
    {
        const qint64 newest = scalar(db, QStringLiteral("SELECT max(id) FROM interactions"));
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT customer_id, coalesce(agent_id, 0), channel, "
                                      "occurred_at FROM interactions WHERE id = %1")
                           .arg(newest)));
        REQUIRE(q.next());
        DashboardChanges removed;
        removed.interactions.insert(newest,
                                    {q.value(0).toLongLong(),
                                     q.value(1).toLongLong(),
                                     q.value(2).toLongLong(),
                                     q.value(3).toLongLong()});
        exec(db, QStringLiteral("DELETE FROM interactions WHERE id = ?"), {newest});
        DashboardUpdate how;
        Result<bool> updated = repo.update(kept, removed, nullptr, &how);
        REQUIRE(updated);
        REQUIRE(*updated);
        CHECK_FALSE(how.interactionsRead);
        requireSame(kept, *repo.load());
        exec(db,
             QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                            "occurred_at, agent_id) VALUES (?, 3, 0, ?, ?)"),
             {someone(), june, agent()});
        CHECK(scalar(db, QStringLiteral("SELECT max(id) FROM interactions")) == newest);
        DashboardChanges made;
        made.newInteractions = true;
        updated = repo.update(kept, made, nullptr, &how);
        REQUIRE(updated);
        REQUIRE(*updated);
        CHECK_FALSE(how.interactionsRead);
        requireSame(kept, *repo.load());
    }

    // Everything: only a whole read says.
    DashboardColumns copy = kept;
    DashboardChanges everything;
    everything.everything = true;
    Result<bool> whole = repo.update(copy, everything);
    REQUIRE(whole);
    CHECK_FALSE(*whole);
}
