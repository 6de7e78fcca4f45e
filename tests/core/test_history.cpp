#include "core/services/door.h"
#include "core/storage/changecapture.h"
#include "core/storage/historyrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Status sql(Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement))
        return Error(Error::Kind::Database, q.lastError().text());
    return {};
}

QList<HistoryEntry> all(Database &db)
{
    auto page = HistoryRepository(db).page({}, 0, 1000);
    REQUIRE(page.ok());
    QList<HistoryEntry> out(page->crbegin(), page->crend()); // oldest first
    return out;
}

void rawExec(Database &db, const char *statement)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db.handle(), statement, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("The capture records each changed column with its old and new value", "[history][door]")
{
    test::TempDatabase t;
    auto door = Door::open(t.db(), nullptr);
    REQUIRE(door.ok());
    Actor actor;
    actor.userId = 7;
    actor.name = QStringLiteral("Anna Weber");
    actor.machine = QStringLiteral("laptop-3");
    (*door)->setActor(actor);
    (*door)->setClock([] { return test::utc(2026, 12, 7, 9, 30); });

    REQUIRE((*door)
                ->write({WriteAction::Create},
                        [&](WriteScope &) {
                            return sql(t.db(),
                                       QStringLiteral(
                                           "INSERT INTO customers (kind, name, sort_name, stage, "
                                           "created_at, updated_at) VALUES (1, 'Acme', 'acme', 0, "
                                           "1, 1)"));
                        })
                .ok());
    REQUIRE((*door)
                ->write({WriteAction::Edit},
                        [&](WriteScope &) {
                            return sql(t.db(),
                                       QStringLiteral("UPDATE customers SET name = 'Acme GmbH', "
                                                      "stage = 2 WHERE id = 1"));
                        })
                .ok());
    // An update that changes nothing records nothing.
    REQUIRE((*door)
                ->write({WriteAction::Edit},
                        [&](WriteScope &) {
                            return sql(t.db(), QStringLiteral("UPDATE customers SET stage = 2"));
                        })
                .ok());

    const QList<HistoryEntry> entries = all(t.db());
    REQUIRE(entries.size() == 2);
    const HistoryEntry &created = entries[0];
    CHECK(created.operation == QStringLiteral("create"));
    CHECK(created.entity == QStringLiteral("customer"));
    CHECK(created.entityId == 1);
    CHECK(created.customerId == 1);
    CHECK(created.batch == created.id);
    CHECK(created.userId == 7);
    CHECK(created.actor == QStringLiteral("Anna Weber on laptop-3"));
    CHECK(created.at == test::utc(2026, 12, 7, 9, 30));
    CHECK(created.changeObject().value(QStringLiteral("name")).toArray()
          == QJsonArray({QJsonValue(), QStringLiteral("Acme")}));

    const QJsonObject changed = entries[1].changeObject();
    CHECK(entries[1].operation == QStringLiteral("update"));
    CHECK(changed.keys() == QStringList({QStringLiteral("name"), QStringLiteral("stage")}));
    CHECK(changed.value(QStringLiteral("name")).toArray()
          == QJsonArray({QStringLiteral("Acme"), QStringLiteral("Acme GmbH")}));
    CHECK(changed.value(QStringLiteral("stage")).toArray() == QJsonArray({0, 2}));

    auto verdict = HistoryRepository(t.db()).verify();
    REQUIRE(verdict.ok());
    CHECK_FALSE(verdict->has_value());
}

TEST_CASE("A batch's rows share its head's id, a failed write leaves no entry", "[history][door]")
{
    test::TempDatabase t;
    auto door = Door::open(t.db(), nullptr);
    REQUIRE(door.ok());
    WriteRequest::Batch batch{QStringLiteral("import"),
                              {{QStringLiteral("file"), QStringLiteral("a.csv")}},
                              true};
    REQUIRE(
        (*door)
            ->write(WriteRequest(WriteAction::Import, batch),
                    [&](WriteScope &w) {
                        w.describe(QStringLiteral("created"), 2);
                        if (Status s = sql(t.db(),
                                           QStringLiteral("INSERT INTO tags (name) VALUES ('a')"));
                            !s)
                            return s;
                        return sql(t.db(), QStringLiteral("INSERT INTO tags (name) VALUES ('b')"));
                    })
            .ok());
    Status failed = (*door)->write({WriteAction::Create}, [&](WriteScope &) {
        if (Status s = sql(t.db(), QStringLiteral("INSERT INTO tags (name) VALUES ('c')")); !s)
            return s;
        return sql(t.db(),
                   QStringLiteral("INSERT INTO tags (name) VALUES ('A')")); // unique, no case
    });
    CHECK_FALSE(failed.ok());

    const QList<HistoryEntry> entries = all(t.db());
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].isBatchHead());
    CHECK(entries[0].entity == QStringLiteral("import"));
    CHECK(entries[0].changeObject().value(QStringLiteral("created")).toInt() == 2);
    CHECK(entries[0].changeObject().value(QStringLiteral("file")).toString()
          == QStringLiteral("a.csv"));
    CHECK(entries[1].batch == entries[0].id);
    CHECK(entries[2].batch == entries[0].id);
    CHECK(test::rowCount(t.db(), "tags") == 2);
}

TEST_CASE("A commit that bypasses the door is refused and leaves nothing", "[history][door]")
{
    test::TempDatabase t;
    auto door = Door::open(t.db(), nullptr);
    REQUIRE(door.ok());
    CHECK_FALSE(sql(t.db(), QStringLiteral("INSERT INTO tags (name) VALUES ('sneaky')")).ok());
    CHECK(test::rowCount(t.db(), "tags") == 0);
    CHECK(test::rowCount(t.db(), "history") == 0);
    // Derived tables are not the users' data: writing them needs no history.
    CHECK(sql(t.db(), QStringLiteral("DELETE FROM customer_list")).ok());
}

TEST_CASE("The chain names the first entry changed, removed or inserted by hand", "[history][door]")
{
    test::TempDatabase t;
    auto door = Door::open(t.db(), nullptr);
    REQUIRE(door.ok());
    for (const char *name : {"a", "b", "c", "d"}) {
        REQUIRE((*door)
                    ->write({WriteAction::Create},
                            [&](WriteScope &) {
                                return sql(t.db(),
                                           QStringLiteral("INSERT INTO tags (name) VALUES ('%1')")
                                               .arg(QLatin1String(name)));
                            })
                    .ok());
    }
    rawExec(t.db(),
            "DROP TRIGGER IF EXISTS history_append_only_update; DROP TRIGGER IF EXISTS "
            "history_append_only_delete");
    const auto brokenAt = [&]() -> qint64 {
        auto verdict = HistoryRepository(t.db()).verify();
        REQUIRE(verdict.ok());
        return verdict->has_value() ? (*verdict)->entryId : 0;
    };
    REQUIRE(brokenAt() == 0);

    SECTION("changed")
    {
        rawExec(t.db(), "UPDATE history SET changes = '{\"name\":[null,\"x\"]}' WHERE id = 2");
        CHECK(brokenAt() == 2);
    }
    SECTION("removed from the middle")
    {
        rawExec(t.db(), "DELETE FROM history WHERE id = 3");
        CHECK(brokenAt() == 4);
    }
    SECTION("the newest removed")
    {
        rawExec(t.db(), "DELETE FROM history WHERE id = 4");
        CHECK(brokenAt() == 4);
    }
    SECTION("inserted")
    {
        rawExec(t.db(),
                "INSERT INTO history (batch, at, actor, operation, entity, changes, hash) "
                "VALUES (5, 0, 'x', 'delete', 'tag', '{}', 'feed')");
        CHECK(brokenAt() == 5);
    }
}
