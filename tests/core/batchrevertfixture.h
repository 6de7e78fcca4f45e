#pragma once

// What the batch revert's tests share (test_batchrevert.cpp and the files beside it): batches and
// ordinary edits written through the door as plain SQL, and the checks every revert must pass
// (the read models agree with the customers, the hash chain holds).

#include "core/services/batchrevert.h"
#include "core/services/door.h"
#include "core/services/historyservice.h"
#include "tests/support/demodatabase.h"
#include "tests/support/tempworkspace.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace rapport::test::batchrevert {

inline Status exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Error(Error::Kind::Database, q.lastError().text() + QStringLiteral(": ") + sql);
    return {};
}

// Runs `statements` through the door as one batch of `kind` (rows recorded).
inline void batch(test::TempWorkspace &t, const QString &kind, const QStringList &statements)
{
    WriteRequest::Batch b{kind,
                          QJsonObject{{QStringLiteral("file"), QStringLiteral("x.csv")}},
                          true};
    const Status s = t->door()->write(WriteRequest(WriteAction::Import, b), [&](WriteScope &) {
        for (const QString &sql : statements) {
            if (Status e = exec(t.db(), sql); !e)
                return e;
        }
        return Status();
    });
    INFO((s.ok() ? QString() : s.error().message()).toStdString());
    REQUIRE(s.ok());
}

// One ordinary write (not a batch) by `who`.
inline void edit(test::TempWorkspace &t, const QString &who, const QStringList &statements)
{
    Actor a;
    a.name = who;
    a.machine = QStringLiteral("laptop-3");
    const Actor before = t->door()->actor();
    t->door()->setActor(a);
    const Status s = t->door()->write(WriteRequest(WriteAction::Edit), [&](WriteScope &) {
        for (const QString &sql : statements) {
            if (Status e = exec(t.db(), sql); !e)
                return e;
        }
        return Status();
    });
    t->door()->setActor(before);
    INFO((s.ok() ? QString() : s.error().message()).toStdString());
    REQUIRE(s.ok());
}

inline qint64 lastBatch(test::TempWorkspace &t)
{
    auto list = BatchRevert(*t->door()).batches();
    REQUIRE(list.ok());
    REQUIRE_FALSE(list->isEmpty());
    return list->first().id;
}

inline QString text(test::TempWorkspace &t, const QString &sql)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

inline qint64 count(test::TempWorkspace &t, const QString &sql)
{
    return qint64(demodb::scalar(t.db(), sql));
}

inline void chainHolds(test::TempWorkspace &t)
{
    auto broken = HistoryService(t.db()).verify();
    REQUIRE(broken.ok());
    CHECK_FALSE(broken->has_value());
}

// The read models agree with the customers: one list row and one search row per live customer.
inline void readModelsAgree(test::TempWorkspace &t)
{
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customer_list"))
          == count(t, QStringLiteral("SELECT count(*) FROM customers")));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM customer_search"))
          == count(t, QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")));
    CHECK(count(t,
                QStringLiteral("SELECT count(*) FROM customer_list l LEFT JOIN customers c "
                               "ON c.id = l.id WHERE c.id IS NULL"))
          == 0);
}

inline const QString Person = QStringLiteral(
    "INSERT INTO customers (id, kind, first_name, last_name, name, sort_name, stage, created_at, "
    "updated_at) VALUES (%1, 0, '%2', '%3', '%2 %3', '%3 %2', 1, 1000, 1000)");
inline const QString Phone = QStringLiteral(
    "INSERT INTO contact_points (id, customer_id, kind, value, city) VALUES (%1, %2, 0, '%3', "
    "'%4')");

} // namespace rapport::test::batchrevert
