// Merging two customers: the survivor takes the chosen fields and every row of the other; what
// would collide is dropped; the other goes to the trash; all of it one batch in the history.
#include "core/domain/historyentry.h"
#include "core/services/customermerge.h"
#include "core/services/door.h"
#include "core/storage/changecapture.h"
#include "core/storage/historyrepository.h"
#include "tests/support/duplicatefixture.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

void exec(Database &db, const QString &sql)
{
    const Status s = test::committed(db, [&]() -> Status {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return Error(Error::Kind::Database, q.lastError().text() + QLatin1String(": ") + sql);
        return {};
    });
    if (!s)
        FAIL(s.error().message().toStdString());
}

qint64 number(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString());
    return q.value(0).toLongLong();
}

QString text(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString());
    return q.value(0).toString();
}

// Two customers that are one, each with rows in every table that hangs off a customer.
struct MergeFixture
{
    test::TempWorkspace t;
    qint64 survivor = 0, other = 0, org = 0, referrer = 0, supplier = 0;

    MergeFixture()
    {
        survivor = test::addPerson(t.workspace(),
                                   {QStringLiteral("Anna"),
                                    QStringLiteral("Weber"),
                                    QStringLiteral("anna@example.com"),
                                    QStringLiteral("030 1234567"),
                                    QStringLiteral("Berlin")});
        other = test::addPerson(t.workspace(),
                                {QStringLiteral("Annabel"),
                                 QStringLiteral("Weber"),
                                 QStringLiteral("anna@example.com"),
                                 QStringLiteral("0171 2345678"),
                                 QStringLiteral("Potsdam")});
        org = test::addOrganisation(t.workspace(), QStringLiteral("Acme GmbH"));
        referrer = test::addOrganisation(t.workspace(), QStringLiteral("Referrals AG"));
        supplier = test::addOrganisation(t.workspace(), QStringLiteral("Parts KG"));
        Database &db = t.db();
        const QString s = QString::number(survivor), o = QString::number(other);
        exec(db,
             QStringLiteral("UPDATE customers SET source = 'fair', external_key = 'CRM-7', "
                            "notes = 'met at the fair' WHERE id = %1")
                 .arg(o));
        exec(db, QStringLiteral("UPDATE customers SET external_key = 'CRM-1' WHERE id = %1").arg(s));
        for (const QString &id : {s, o}) {
            exec(db,
                 QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                                "occurred_at, subject) VALUES (%1, 0, 0, 1700000000, 'call')")
                     .arg(id));
        }
        exec(db,
             QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency, "
                            "total_minor) VALUES (%1, 1700000000, 1, 'EUR', 1999), "
                            "(%1, 1700100000, 1, 'EUR', 500)")
                 .arg(o));
        exec(db,
             QStringLiteral("INSERT INTO cases (customer_id, kind, subject, opened_at) "
                            "VALUES (%1, 0, 'broken', 1700000000)")
                 .arg(o));
        exec(db,
             QStringLiteral("INSERT INTO tasks (customer_id, title, created_at) "
                            "VALUES (%1, 'call back', 1700000000)")
                 .arg(o));
        exec(db,
             QStringLiteral("INSERT INTO customer_notes (customer_id, body, created_at, "
                            "updated_at) VALUES (%1, 'likes tea', 1700000000, 1700000000)")
                 .arg(o));
        exec(db,
             QStringLiteral("INSERT INTO surveys (customer_id, answered_at, score) "
                            "VALUES (%1, 1700000000, 9)")
                 .arg(o));
        exec(db, QStringLiteral("INSERT INTO tags (name) VALUES ('vip'), ('newsletter')"));
        exec(db,
             QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) SELECT %1, id "
                            "FROM tags WHERE name = 'vip'")
                 .arg(s));
        exec(db,
             QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) SELECT %1, id "
                            "FROM tags")
                 .arg(o));
        // E-mail: the other's is newer and wins; phone: the survivor's is newer; post: only the
        // other's.
        exec(db,
             QStringLiteral("INSERT INTO consents (customer_id, channel, status, given_on, "
                            "source) VALUES (%1, 'email', 'opt_in', '2024-01-01', 'web'), "
                            "(%1, 'phone', 'opt_in', '2025-05-01', 'call')")
                 .arg(s));
        exec(db,
             QStringLiteral("INSERT INTO consents (customer_id, channel, status, given_on, "
                            "source) VALUES (%1, 'email', 'opt_out', '2025-01-01', 'mail'), "
                            "(%1, 'phone', 'opt_out', '2024-01-01', 'call'), "
                            "(%1, 'post', 'opt_in', '2023-01-01', 'fair')")
                 .arg(o));
        // Both work at Acme (collides); the other was referred by the survivor (would point at
        // itself); a partner link to the other and the other's supplier move.
        const QString a = QString::number(org), r = QString::number(referrer),
                      p = QString::number(supplier);
        exec(db,
             QStringLiteral("INSERT INTO relationships (from_id, to_id, kind) VALUES "
                            "(%1, %3, 0), (%2, %3, 0), (%2, %1, 2), (%4, %2, 3), (%2, %5, 4)")
                 .arg(s, o, a, r, p));
    }
};

qint64 rows(Database &db, const char *table, qint64 customer)
{
    return number(db,
                  QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = %2")
                      .arg(QLatin1String(table))
                      .arg(customer));
}

} // namespace

TEST_CASE("A merge moves every row of the other customer to the survivor", "[merge]")
{
    MergeFixture f;
    Database &db = f.t.db();
    CustomerMerge merge(*f.t->door());
    MergeRequest request;
    request.survivor = f.survivor;
    request.other = f.other;
    request.take.insert(QStringLiteral("first_name"), MergeSide::Other);
    request.take.insert(QStringLiteral("external_key"), MergeSide::Other);
    auto done = merge.merge(request);
    REQUIRE(done.ok());
    const MergeCounts &n = done->counts;
    CHECK(n.interactions == 1);
    CHECK(n.orders == 2);
    CHECK(n.cases == 1);
    CHECK(n.tasks == 1);
    CHECK(n.notes == 1);
    CHECK(n.surveys == 1);
    CHECK(n.contactPointsDropped == 1); // the same e-mail address
    CHECK(n.contactPoints == 2);        // the mobile number and the Potsdam address
    CHECK(n.tags == 1);                 // newsletter; vip was there already
    CHECK(n.consents == 2);             // the newer e-mail one, the post one
    CHECK(n.consentsDropped == 2);
    CHECK(n.relationships == 2);
    CHECK(n.relationshipsDropped == 2);

    for (const char *table : {"interactions",
                              "orders",
                              "cases",
                              "tasks",
                              "customer_notes",
                              "surveys",
                              "contact_points",
                              "customer_tags",
                              "consents"})
        CHECK(rows(db, table, f.other) == 0);
    CHECK(rows(db, "interactions", f.survivor) == 2);
    CHECK(rows(db, "orders", f.survivor) == 2);
    CHECK(rows(db, "contact_points", f.survivor) == 5);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM contact_points WHERE customer_id = %1 "
                                "AND is_primary = 1 AND kind = 0")
                     .arg(f.survivor))
          == 1);
    CHECK(rows(db, "customer_tags", f.survivor) == 2);
    CHECK(text(db,
               QStringLiteral("SELECT status FROM consents WHERE customer_id = %1 "
                              "AND channel = 'email'")
                   .arg(f.survivor))
          == QLatin1String("opt_out"));
    CHECK(text(db,
               QStringLiteral("SELECT status FROM consents WHERE customer_id = %1 "
                              "AND channel = 'phone'")
                   .arg(f.survivor))
          == QLatin1String("opt_in"));
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM relationships WHERE %1 IN (from_id, to_id)")
                     .arg(f.other))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM relationships WHERE from_id = %1 "
                                "AND to_id = %2")
                     .arg(f.survivor)
                     .arg(f.supplier))
          == 1);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM relationships WHERE from_id = %1 "
                                "AND to_id = %2")
                     .arg(f.referrer)
                     .arg(f.survivor))
          == 1);

    // The fields: the other's first name and external key, the survivor's last name, and the
    // other's source and notes where the survivor had none.
    CHECK(text(db, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(f.survivor))
          == QLatin1String("Annabel Weber"));
    CHECK(text(db, QStringLiteral("SELECT sort_name FROM customers WHERE id = %1").arg(f.survivor))
          == QLatin1String("weber annabel"));
    CHECK(
        text(db, QStringLiteral("SELECT external_key FROM customers WHERE id = %1").arg(f.survivor))
        == QLatin1String("CRM-7"));
    CHECK(text(db, QStringLiteral("SELECT source FROM customers WHERE id = %1").arg(f.survivor))
          == QLatin1String("fair"));
    CHECK(number(db,
                 QStringLiteral("SELECT deleted_at IS NOT NULL AND external_key IS NULL "
                                "FROM customers WHERE id = %1")
                     .arg(f.other))
          == 1);
    CHECK(number(db, QStringLiteral("SELECT live FROM customer_list WHERE id = %1").arg(f.other))
          == 0);
    CHECK(number(db,
                 QStringLiteral("SELECT revenue_minor FROM customer_list WHERE id = %1")
                     .arg(f.survivor))
          >= 0);
}

TEST_CASE("A merge is one batch with every row it changed in the history", "[merge]")
{
    MergeFixture f;
    Database &db = f.t.db();
    const qint64 before = number(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM history"));
    auto done = CustomerMerge(*f.t->door()).merge({f.survivor, f.other, {}, 0, 0});
    REQUIRE(done.ok());
    HistoryRepository history(db);
    HistoryFilter filter;
    filter.batch = done->batch;
    auto entries = history.page(filter, 0, 1000);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    // Nothing else was written since the merge began.
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM history WHERE id > %1 AND batch <> %2")
                     .arg(before)
                     .arg(done->batch))
          == 0);
    const HistoryEntry &head = entries->last(); // newest first
    CHECK(head.id == done->batch);
    CHECK(head.isBatchHead());
    CHECK(head.entity == QLatin1String("merge"));
    const QJsonObject d = head.changeObject();
    CHECK(d.value(QLatin1String("survivor")).toInteger() == f.survivor);
    CHECK(d.value(QLatin1String("other")).toInteger() == f.other);
    const QJsonObject fields = d.value(QLatin1String("fields")).toObject();
    CHECK(fields.value(QLatin1String("first_name")).toString() == QLatin1String("survivor"));
    CHECK(fields.value(QLatin1String("source")).toString() == QLatin1String("other"));
    CHECK(fields.keys().contains(QLatin1String("external_key")));

    QHash<QString, int> byEntity;
    bool trashed = false;
    for (const HistoryEntry &e : std::as_const(*entries)) {
        CHECK(e.batch == done->batch);
        ++byEntity[e.entity];
        trashed |= e.operation == QLatin1String("trash") && e.entityId == f.other;
    }
    CHECK(trashed);
    CHECK(byEntity.value(QStringLiteral("order")) == 2);
    CHECK(byEntity.value(QStringLiteral("interaction")) == 1);
    CHECK(byEntity.value(QStringLiteral("case")) == 1);
    CHECK(byEntity.value(QStringLiteral("task")) == 1);
    CHECK(byEntity.value(QStringLiteral("note")) == 1);
    CHECK(byEntity.value(QStringLiteral("survey")) == 1);
    CHECK(byEntity.value(QStringLiteral("contact_point")) == 3); // 2 moved, 1 dropped
    CHECK(byEntity.value(QStringLiteral("customer_tag")) == 3);  // 1 added, 2 removed
    CHECK(byEntity.value(QStringLiteral("consent")) == 4);       // 2 moved, 2 dropped
    CHECK(byEntity.value(QStringLiteral("relationship")) == 4);  // 2 moved, 2 dropped
    CHECK(byEntity.value(QStringLiteral("customer")) == 2);      // survivor updated, other trashed
    CHECK(history.verify().ok());
}

TEST_CASE("A merge is refused where it cannot be right, and nothing is written", "[merge]")
{
    MergeFixture f;
    Database &db = f.t.db();
    const qint64 entries = number(db, QStringLiteral("SELECT count(*) FROM history"));
    CustomerMerge merge(*f.t->door());
    auto self = merge.merge({f.survivor, f.survivor, {}, 0, 0});
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().kind() == Error::Kind::Validation);
    auto kinds = merge.merge({f.survivor, f.org, {}, 0, 0});
    REQUIRE_FALSE(kinds.ok());
    CHECK(kinds.error().message().contains(QLatin1String("organisation")));
    auto missing = merge.merge({f.survivor, 999999, {}, 0, 0});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
    MergeRequest typo{f.survivor, f.other, {}, 0, 0};
    typo.take.insert(QStringLiteral("frist_name"), MergeSide::Other);
    auto bad = merge.merge(typo);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(QLatin1String("frist_name")));
    auto stale = merge.merge({f.survivor, f.other, {}, 99, 0});
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind() == Error::Kind::Conflict);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM history")) == entries);
    CHECK(rows(db, "orders", f.other) == 2);
    CHECK(
        number(db,
               QStringLiteral("SELECT deleted_at IS NULL FROM customers WHERE id = %1").arg(f.other))
        == 1);
}

TEST_CASE("The merge preview shows both values of each field and the default side", "[merge]")
{
    MergeFixture f;
    auto p = CustomerMerge(*f.t->door()).preview(f.survivor, f.other);
    REQUIRE(p.ok());
    QHash<QString, MergeField> byKey;
    for (const MergeField &field : std::as_const(p->fields))
        byKey.insert(field.key, field);
    REQUIRE(byKey.contains(QStringLiteral("first_name")));
    CHECK_FALSE(byKey.contains(QStringLiteral("name")));
    CHECK(byKey[QStringLiteral("first_name")].survivorText == QLatin1String("Anna"));
    CHECK(byKey[QStringLiteral("first_name")].otherText == QLatin1String("Annabel"));
    CHECK(byKey[QStringLiteral("first_name")].defaultSide == MergeSide::Survivor);
    CHECK(byKey[QStringLiteral("source")].defaultSide == MergeSide::Other);
    CHECK(byKey[QStringLiteral("stage")].survivorText == QLatin1String("Active"));
    CHECK_FALSE(byKey[QStringLiteral("last_name")].differs());
}
