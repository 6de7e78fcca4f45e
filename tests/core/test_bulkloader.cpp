#include "core/storage/bulkloader.h"
#include "core/storage/database.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include <string>

using namespace rapport;

namespace {

QSqlQuery query(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = query(db, sql);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q = query(db, sql);
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        out << values.join(u'|');
    }
    return out;
}

QStringList schemaObjects(Database &db)
{
    return rows(db,
                QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                               "ORDER BY type, name"));
}

// A small, consistent set of rows: `customers` customers with an e-mail address and a phone,
// one user, one product, an order with a line, a case with the interaction that opened it and a
// task for it.
BulkBatch sampleBatch(int customers)
{
    BulkBatch b;
    b.users.push_back({1, "a.agent", "Anna Agent", "a.agent@example.org", 3, 1000});
    b.products.push_back({1, "SKU-1", "Widget", "Hardware", false, 1999, 1200, "EUR"});
    for (int i = 1; i <= customers; ++i) {
        const std::string n = std::to_string(i);
        BulkBatch::Customer c;
        c.id = i;
        c.firstName = b.text.add("Zoë");
        c.lastName = b.text.add("Müller" + n);
        c.name = b.text.add("Zoë Müller" + n);
        c.sortName = b.text.add("muller" + n + " zoe");
        c.stage = 2;
        c.ownerId = 1;
        c.createdAt = c.updatedAt = 1000 + i;
        b.customers.push_back(c);
        BulkBatch::ContactPoint phone;
        phone.id = 2 * i - 1;
        phone.customerId = i;
        phone.kind = 0;
        phone.label = 2;
        phone.value = b.text.add("+4915112345" + std::string(3 - n.size(), '0') + n);
        std::string key(phone.value.substr(1));
        phone.phoneKey = b.text.add(std::string(key.rbegin(), key.rend()));
        phone.primary = true;
        b.contactPoints.push_back(phone);
        BulkBatch::ContactPoint email;
        email.id = 2 * i;
        email.customerId = i;
        email.kind = 1;
        email.value = b.text.add("zoe.mueller" + n + "@example.com");
        email.primary = true;
        b.contactPoints.push_back(email);
        b.search.push_back({i, c.name, "", email.value, phone.value.substr(1), ""});
        b.customerTags.push_back({i, 1});
    }
    b.orders.push_back({1, 1, 5000, 1, "EUR", 3998, 0});
    b.orderLines.push_back({1, 1, 1, 2, 1999});
    BulkBatch::Case c;
    c.id = 1;
    c.customerId = 1;
    c.subject = "Late delivery";
    c.ownerId = 1;
    c.openedAt = 6000;
    b.cases.push_back(c);
    BulkBatch::Interaction i;
    i.id = 1;
    i.customerId = 1;
    i.occurredAt = 6000;
    i.agentId = 1;
    i.subject = "Late delivery";
    i.outcome = 5;
    i.caseId = 1;
    b.interactions.push_back(i);
    BulkBatch::Task t;
    t.id = 1;
    t.customerId = 1;
    t.caseId = 1;
    t.title = "Call back";
    t.dueAt = 9000;
    t.assigneeId = 1;
    t.createdAt = 6000;
    b.tasks.push_back(t);
    return b;
}

Status load(Database &db, const BulkBatch &batch, BulkLoader::SearchIndex mode)
{
    BulkLoader loader(db, mode);
    if (Status s = loader.begin(); !s)
        return s;
    if (Result<qint64> tag = loader.ensureTag("vip"); !tag)
        return tag.error();
    if (Status s = loader.insert(batch); !s)
        return s;
    return loader.finish();
}

} // namespace

TEST_CASE("BulkLoader writes rows and brings back indexes and triggers unchanged",
          "[bulkloader][demo]")
{
    test::TempDatabase t;
    const QStringList before = schemaObjects(t.db());
    REQUIRE(load(t.db(), sampleBatch(100), BulkLoader::SearchIndex::OnHelperThread).ok());

    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 100);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM contact_points")) == 200);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customer_tags")) == 100);
    CHECK(rows(t.db(),
               QStringLiteral("SELECT first_name, last_name, name, owner_id, notes "
                              "FROM customers WHERE id = 7"))
          == QStringList{QStringLiteral("Zoë|Müller7|Zoë Müller7|1|<null>")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT interactions.case_id, tasks.case_id, tasks.done_at "
                              "FROM interactions, tasks"))
          == QStringList{QStringLiteral("1|1|<null>")});
    Result<QStringList> problems = t->check();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    // Same indexes and triggers, same SQL text (their root pages may differ).
    CHECK(schemaObjects(t.db()) == before);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(t->journalMode() == QStringLiteral("wal"));
    CHECK_FALSE(QFile::exists(t->path() + QStringLiteral("-search.tmp")));

    // The search index was filled, and the triggers keep it up to date again.
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search "
                                "MATCH '\"zoe.mueller42@example.com\"'"))
          == 42);
    query(t.db(), QStringLiteral("UPDATE customers SET name = 'Zoë Quasimodo' WHERE id = 42"));
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search "
                                "MATCH 'quasimodo'"))
          == 42);
    query(t.db(),
          QStringLiteral("INSERT INTO customer_search(customer_search) "
                         "VALUES ('integrity-check')"));
}

TEST_CASE("The search index built on a helper thread equals the one filled directly",
          "[bulkloader][demo]")
{
    test::TempDatabase direct, helper;
    const BulkBatch batch = sampleBatch(500);
    REQUIRE(load(direct.db(), batch, BulkLoader::SearchIndex::Direct).ok());
    REQUIRE(load(helper.db(), batch, BulkLoader::SearchIndex::OnHelperThread).ok());
    const QString content = QStringLiteral("SELECT rowid, * FROM customer_search ORDER BY rowid");
    CHECK(rows(helper.db(), content) == rows(direct.db(), content));
    CHECK(rows(helper.db(), content).size() == 500);
    // The helper also counted the words of the names for the vocabulary.
    const QString terms = QStringLiteral("SELECT * FROM customer_name_terms ORDER BY term");
    CHECK(rows(helper.db(), terms) == rows(direct.db(), terms));
    CHECK(rows(helper.db(), terms).size() > 10);
    CHECK(rows(helper.db(), QStringLiteral("SELECT * FROM customer_search_source ORDER BY id"))
          == rows(helper.db(), content));
    // Ranking reads FTS5's totals: the connection that swapped the index in must see the new ones.
    const QString ranked = QStringLiteral("SELECT rowid, round(bm25(customer_search), 6) FROM "
                                          "customer_search WHERE customer_search MATCH "
                                          "'zoe mul*' ORDER BY rank, rowid");
    CHECK(rows(helper.db(), ranked) == rows(direct.db(), ranked));
    for (Database *db : {&direct.db(), &helper.db()}) {
        query(*db,
              QStringLiteral("INSERT INTO customer_search(customer_search) "
                             "VALUES ('integrity-check')"));
        CHECK(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM customer_search WHERE "
                                    "customer_search MATCH 'mul*'"))
              == 500);
    }
}

TEST_CASE("BulkLoader rolls everything back when it does not finish", "[bulkloader][demo]")
{
    test::TempDatabase t;
    const QStringList before = schemaObjects(t.db());
    {
        BulkLoader loader(t.db());
        REQUIRE(loader.begin().ok());
        REQUIRE(loader.ensureTag("vip").ok());
        REQUIRE(loader.insert(sampleBatch(50)).ok());
        Result<qint64> count = loader.rowCount(BulkLoader::Table::Customers);
        REQUIRE(count.ok());
        CHECK(*count == 50);
    }
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM tags")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customer_search")) == 0);
    CHECK(schemaObjects(t.db()) == before);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(t->journalMode() == QStringLiteral("wal"));
    CHECK_FALSE(QFile::exists(t->path() + QStringLiteral("-search.tmp")));
}

TEST_CASE("BulkLoader reports a refused row with its table and keeps nothing", "[bulkloader][demo]")
{
    test::TempDatabase t;
    BulkBatch batch = sampleBatch(40);
    batch.customers[39].id = 1; // a duplicate primary key
    BulkLoader loader(t.db());
    REQUIRE(loader.begin().ok());
    const Status s = loader.insert(batch);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    INFO(s.error().message().toStdString());
    CHECK(s.error().message().contains(QStringLiteral("customers")));
    loader.rollback();
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM users")) == 0);
    // A loader cannot start inside another transaction.
    query(t.db(), QStringLiteral("BEGIN"));
    BulkLoader second(t.db());
    CHECK_FALSE(second.begin().ok());
    query(t.db(), QStringLiteral("ROLLBACK"));
}

TEST_CASE("BulkLoader gives the next free ids and finds or adds tags", "[bulkloader][demo]")
{
    test::TempDatabase t;
    query(t.db(), QStringLiteral("INSERT INTO tags (id, name) VALUES (5, 'VIP')"));
    query(t.db(), QStringLiteral("INSERT INTO tasks (id, title, created_at) VALUES (41, 'x', 1)"));
    BulkLoader loader(t.db());
    REQUIRE(loader.begin().ok());
    Result<qint64> tasks = loader.nextId(BulkLoader::Table::Tasks);
    Result<qint64> customers = loader.nextId(BulkLoader::Table::Customers);
    REQUIRE(tasks.ok());
    REQUIRE(customers.ok());
    CHECK(*tasks == 42);
    CHECK(*customers == 1);
    Result<qint64> vip = loader.ensureTag("vip"); // tag names compare without case
    Result<qint64> fresh = loader.ensureTag("newsletter");
    REQUIRE(vip.ok());
    REQUIRE(fresh.ok());
    CHECK(*vip == 5);
    CHECK(*fresh == 6);
    REQUIRE(loader.finish().ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM tags")) == 2);
}

TEST_CASE("BulkTextArena keeps every view valid while it grows", "[bulkloader][demo]")
{
    BulkTextArena arena;
    std::vector<BulkText> views;
    for (int i = 0; i < 100000; ++i)
        views.push_back(arena.add("value " + std::to_string(i)));
    const std::string large(600 * 1024, 'x');
    const BulkText big = arena.add(large);
    const BulkText empty = arena.add("");
    for (int i = 0; i < 100000; i += 997)
        CHECK(views[std::size_t(i)] == "value " + std::to_string(i));
    CHECK(big == large);
    CHECK(empty.data() != nullptr);
    CHECK(empty.empty());
    arena.clear();
    CHECK(arena.add("again") == "again");
}
