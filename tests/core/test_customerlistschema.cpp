// The customer list's read model (schema 5): its triggers, its fold, the migration that fills
// it and the bulk rebuild, each held to the customer_list_source view.
#include "core/demo/demogenerator.h"
#include "core/domain/textfold.h"
#include "core/services/customersearch.h"
#include "core/storage/bulkloader.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/revenuewindowrepository.h"
#include "core/storage/sqlfunctions.h"
#include "tests/support/customerlistfixture.h"
#include "tests/support/tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace rapport;
using L = test::SmallList;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q.value(0).toLongLong();
}

QString text(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q.value(0).toString();
}

// The read model holds exactly what its definition says, and the counts count it.
void requireConsistent(Database &db)
{
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM (SELECT * FROM customer_list EXCEPT"
                                " SELECT * FROM customer_list_source)"))
          == 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM (SELECT * FROM customer_list_source EXCEPT"
                                " SELECT * FROM customer_list)"))
          == 0);
    const QString counted = QStringLiteral(
        "SELECT stage, kind, coalesce(owner_id, 0), tag_bits, count(*) FROM customer_list"
        " WHERE live = 1 GROUP BY 1, 2, 3, 4");
    const QString kept = QStringLiteral(
        "SELECT stage, kind, owner_id, tag_bits, n FROM customer_list_counts WHERE n > 0");
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(counted, kept)) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(kept, counted)) == 0);
}

QList<qint64> found(Database &db, const QString &text)
{
    CustomerSearch search(db, PhoneNormalizer(QStringLiteral("DE")));
    Result<QList<SearchHit>> hits = search.find(text);
    REQUIRE(hits.ok());
    QList<qint64> ids;
    for (const SearchHit &hit : std::as_const(*hits))
        ids << hit.customer.id;
    return ids;
}

} // namespace

TEST_CASE("The fold done in SQL agrees with foldText", "[list][schema]")
{
    test::TempDatabase t;
    QString all;
    for (const auto &[first, last] :
         {std::pair{0x00C0, 0x024F}, {0x0370, 0x03FF}, {0x0400, 0x04FF}, {0x1E00, 0x1EFF}}) {
        for (char32_t c = char32_t(first); c <= char32_t(last); ++c) {
            if (QChar::category(c) != QChar::Other_NotAssigned && !QChar::isSpace(c))
                all += QString::fromUcs4(&c, 1);
        }
    }
    const QStringList samples{all,
                              QStringLiteral("  Bad   Ärzte\tHaus "),
                              QStringLiteral("ÖZDEMİR Çağlar"),
                              QStringLiteral("Łódź"),
                              QStringLiteral("e\u0301te\u0301"),
                              QStringLiteral("ASCII only 123"),
                              QStringLiteral("")};
    QSqlQuery q(t->connection());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, created_at,"
                                     " updated_at) VALUES (?, ?, 2, 0, 0)")));
    for (qsizetype i = 0; i < samples.size(); ++i) {
        q.bindValue(0, QStringLiteral("u%1").arg(i));
        q.bindValue(1, samples[i]);
        REQUIRE(q.exec());
        const qint64 id = q.lastInsertId().toLongLong();
        const QString key
            = text(t.db(),
                   QStringLiteral("SELECT key FROM customer_list_owner WHERE id = %1").arg(id));
        const QString expected = foldText(samples[i]);
        QStringList differences;
        for (qsizetype c = 0; c < std::max(key.size(), expected.size()) && differences.size() < 20;
             ++c) {
            if (key.mid(c, 1) != expected.mid(c, 1))
                differences << QStringLiteral("%1: %2 != %3")
                                   .arg(c)
                                   .arg(key.mid(c, 1), expected.mid(c, 1));
        }
        INFO("sample " << i << ": " << differences.join(QStringLiteral(", ")).toStdString());
        CHECK(key == expected);
    }
}

TEST_CASE("Triggers keep the list's rows and counts in step", "[list][schema]")
{
    test::SmallList f;
    Database &db = f.db();
    requireConsistent(db);
    const auto column = [&db](const char *name, qint64 id) {
        return text(db,
                    QStringLiteral("SELECT %1 FROM customer_list WHERE id = %2")
                        .arg(QLatin1String(name))
                        .arg(id));
    };

    SECTION("interactions set the last contact")
    {
        const qint64 later = f.t3.toSecsSinceEpoch() + 3600;
        f.exec(QStringLiteral("INSERT INTO interactions (customer_id, channel, direction,"
                              " occurred_at) VALUES (%1, 0, 0, %2)")
                   .arg(L::Anna)
                   .arg(later));
        CHECK(column("last_contact_at", L::Anna) == QString::number(later));
        f.exec(QStringLiteral("DELETE FROM interactions WHERE occurred_at = %1").arg(later));
        CHECK(column("last_contact_at", L::Anna) == QString::number(f.t3.toSecsSinceEpoch()));
        f.exec(QStringLiteral("UPDATE interactions SET customer_id = %1 WHERE customer_id = %2")
                   .arg(L::Ben)
                   .arg(L::Cara));
        CHECK(column("last_contact_at", L::Cara) == QStringLiteral("0"));
        CHECK(column("last_contact_at", L::Ben) == QString::number(f.t1.toSecsSinceEpoch()));
        requireConsistent(db);
    }
    SECTION("orders set the revenue")
    {
        const qint64 recent = QDateTime::currentSecsSinceEpoch() - 86400;
        f.exec(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency,"
                              " total_minor) VALUES (%1, %2, 1, 'EUR', 4200)")
                   .arg(L::Ben)
                   .arg(recent));
        CHECK(column("revenue_minor", L::Ben) == QStringLiteral("4200"));
        CHECK(column("revenue_currency", L::Ben) == QStringLiteral("EUR"));
        // Fulfilling Acme's open order counts it; cancelling Zeta's takes it away.
        f.exec(QStringLiteral("UPDATE orders SET status = 1 WHERE customer_id = %1").arg(L::Acme));
        CHECK(column("revenue_minor", L::Acme) == QStringLiteral("700"));
        f.exec(QStringLiteral("UPDATE orders SET status = 2 WHERE customer_id = %1").arg(L::Zeta));
        CHECK(column("revenue_minor", L::Zeta) == QStringLiteral("0"));
        CHECK(column("revenue_currency", L::Zeta).isEmpty());
        // Two currencies are not added up.
        f.exec(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency,"
                              " total_minor) VALUES (%1, %2, 1, 'CHF', 10)")
                   .arg(L::Ben)
                   .arg(recent));
        CHECK(column("revenue_currency", L::Ben) == QStringLiteral("XXX"));
        f.exec(QStringLiteral("DELETE FROM orders WHERE currency = 'CHF'"));
        CHECK(column("revenue_currency", L::Ben) == QStringLiteral("EUR"));
        requireConsistent(db);
    }
    SECTION("renaming an organisation renames it in its people's rows and search")
    {
        CHECK(found(db, QStringLiteral("zeta")).contains(L::Anna));
        f.exec(QStringLiteral("UPDATE customers SET name = 'Omega AG', sort_name = 'omega ag'"
                              " WHERE id = %1")
                   .arg(L::Zeta));
        CHECK(column("org_name", L::Anna) == QStringLiteral("Omega AG"));
        CHECK(column("org_key", L::Anna) == QStringLiteral("omega ag"));
        CHECK(found(db, QStringLiteral("omega")).contains(L::Anna));
        CHECK_FALSE(found(db, QStringLiteral("zeta")).contains(L::Anna));
        requireConsistent(db);

        // In the trash, an organisation names nobody; restored, it does again.
        f.exec(QStringLiteral("UPDATE customers SET deleted_at = 5 WHERE id = %1").arg(L::Zeta));
        CHECK(column("org_name", L::Anna).isEmpty());
        CHECK(found(db, QStringLiteral("omega")).isEmpty());
        requireConsistent(db);
        f.exec(QStringLiteral("UPDATE customers SET deleted_at = NULL WHERE id = %1").arg(L::Zeta));
        CHECK(column("org_name", L::Anna) == QStringLiteral("Omega AG"));
        CHECK(found(db, QStringLiteral("omega")).contains(L::Anna));
        requireConsistent(db);
    }
    SECTION("the works-at relationship names the organisation")
    {
        f.exec(QStringLiteral("INSERT INTO relationships (from_id, to_id, kind) VALUES (%1, %2, 0)")
                   .arg(L::Cara)
                   .arg(L::Acme));
        CHECK(column("org_name", L::Cara) == QStringLiteral("Acme GmbH"));
        CHECK(found(db, QStringLiteral("acme")).contains(L::Cara));
        // A person who works at two: the one recorded last shows, search knows both.
        f.exec(QStringLiteral("INSERT INTO relationships (from_id, to_id, kind) VALUES (%1, %2, 0)")
                   .arg(L::Cara)
                   .arg(L::Zeta));
        CHECK(column("org_name", L::Cara) == QStringLiteral("Zeta AG"));
        CHECK(found(db, QStringLiteral("acme")).contains(L::Cara));
        f.exec(QStringLiteral("DELETE FROM relationships WHERE from_id = %1").arg(L::Cara));
        CHECK(column("org_name", L::Cara).isEmpty());
        CHECK_FALSE(found(db, QStringLiteral("acme")).contains(L::Cara));
        // Another kind of relationship names nobody's organisation.
        f.exec(QStringLiteral("INSERT INTO relationships (from_id, to_id, kind) VALUES (%1, %2, 2)")
                   .arg(L::Cara)
                   .arg(L::Acme));
        CHECK(column("org_name", L::Cara).isEmpty());
        requireConsistent(db);
    }
    SECTION("contact points, owners, tags and the trash")
    {
        f.exec(QStringLiteral("INSERT INTO contact_points (customer_id, kind, value, is_primary)"
                              " VALUES (%1, 0, '+4930999', 0)")
                   .arg(L::Zeta));
        CHECK(column("phone", L::Zeta) == QStringLiteral("+4930999"));
        f.exec(QStringLiteral("UPDATE contact_points SET city = 'Überlingen'"
                              " WHERE customer_id = %1 AND kind = 2")
                   .arg(L::Zeta));
        CHECK(column("city_key", L::Zeta) == QStringLiteral("uberlingen"));
        f.exec(QStringLiteral("DELETE FROM contact_points WHERE customer_id = %1 AND kind = 1")
                   .arg(L::Anna));
        CHECK(column("email", L::Anna).isEmpty());
        f.exec(
            QStringLiteral("UPDATE users SET display_name = 'Émile Zola' WHERE id = %1").arg(f.zoe));
        CHECK(column("owner_name", L::Anna) == QStringLiteral("Émile Zola"));
        CHECK(column("owner_key", L::Zeta) == QStringLiteral("emile zola"));
        f.exec(QStringLiteral("UPDATE customers SET owner_id = %1, stage = 4 WHERE id = %2")
                   .arg(f.omer)
                   .arg(L::Cara));
        f.exec(QStringLiteral("INSERT INTO customer_tags VALUES (%1, 1)").arg(L::Ben));
        f.exec(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = %1 AND tag_id = 1")
                   .arg(L::Acme));
        CHECK(column("tag_bits", L::Ben) == QStringLiteral("1"));
        CHECK(column("tag_bits", L::Acme) == QStringLiteral("0"));
        requireConsistent(db);

        f.exec(QStringLiteral("UPDATE customers SET deleted_at = 7 WHERE id = %1").arg(L::Anna));
        CHECK(column("live", L::Anna) == QStringLiteral("0"));
        CHECK(*CustomerListRepository(db).count() == 4);
        requireConsistent(db);
        f.exec(QStringLiteral("DELETE FROM customers WHERE id = %1").arg(L::Anna));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer_list WHERE id = 3")) == 0);
        f.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(f.zoe));
        CHECK(column("owner_name", L::Zeta).isEmpty());
        requireConsistent(db);
    }
}

TEST_CASE("A schema 3 database with customers is upgraded with its list filled", "[list][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("three.db"));
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        registerSqlFunctions(raw);
        REQUIRE(migrations::migrate(raw, 3).ok());
        const char *rows
            = "INSERT INTO users (id, login, display_name, role, created_at, updated_at)"
              " VALUES (1, 'o', 'Öz Owner', 2, 0, 0);"
              "INSERT INTO customers (id, kind, name, sort_name, stage, owner_id, created_at,"
              " updated_at) VALUES (1, 1, 'Brandt Bau GmbH', 'brandt bau gmbh', 2, 1, 0, 0),"
              " (2, 0, 'Zoë Brandtner', 'brandtner zoe', 1, NULL, 0, 0);"
              "INSERT INTO contact_points (customer_id, kind, value, city, is_primary)"
              " VALUES (2, 2, 'x', 'München', 1), (2, 1, 'zoe@example.com', NULL, 0);"
              "INSERT INTO relationships (from_id, to_id, kind) VALUES (2, 1, 0);"
              "INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
              " VALUES (2, 0, 0, 1700000000);"
              "INSERT INTO orders (customer_id, ordered_at, status, currency, total_minor)"
              " VALUES (1, strftime('%s', 'now') - 86400, 1, 'EUR', 12345);"
              "INSERT INTO tags (id, name) VALUES (3, 'vip');"
              "INSERT INTO customer_tags VALUES (1, 3);";
        char *error = nullptr;
        const int rc = sqlite3_exec(raw, rows, nullptr, nullptr, &error);
        INFO((error ? error : ""));
        sqlite3_free(error);
        sqlite3_close(raw);
        REQUIRE(rc == SQLITE_OK);
    }
    auto db = Database::open(path, Database::Mode::Existing);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == migrations::latestVersion());
    requireConsistent(**db);
    CustomerListRepository repo(**db);
    const auto rows = repo.rowsByIds(std::vector<qint64>{1, 2});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).revenueMinor == 12345);
    CHECK(rows->at(0).owner == QStringLiteral("Öz Owner"));
    CHECK(rows->at(1).organisation == QStringLiteral("Brandt Bau GmbH"));
    CHECK(rows->at(1).email == QStringLiteral("zoe@example.com"));
    CHECK(rows->at(1).cityKey == QStringLiteral("munchen"));
    CHECK(rows->at(1).lastContactAt == 1700000000);
    CustomerListFilter vip;
    vip.tagId = 3;
    CHECK(*repo.count(vip) == 1);
    CHECK(found(**db, QStringLiteral("brandt bau")).contains(2));
    CHECK(RevenueWindowRepository(**db).revenueAsOf().value()
          == QDateTime::currentDateTimeUtc().date());
}

TEST_CASE("A demo load fills the list and the search as the views define them",
          "[list][schema][demo]")
{
    test::TempDatabase t;
    DemoOptions options;
    options.customers = 400;
    options.seed = 11;
    options.asOf = QDateTime::currentDateTimeUtc().date();
    REQUIRE(DemoGenerator(t.db(), options).run().ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customer_list")) == 400);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(org_id) FROM customer_list")) > 0);
    CHECK(
        scalar(t.db(), QStringLiteral("SELECT count(*) FROM customer_list WHERE revenue_minor > 0"))
        > 0);
    requireConsistent(t.db());
    // The people's search rows name their organisations, as the search source does.
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT count(*) FROM (SELECT rowid, organisation FROM"
                                " customer_search EXCEPT SELECT id, organisation FROM"
                                " customer_search_source)"))
          == 0);
    // The bulk rebuild gives the same rows again (and so does a rebuild at any time).
    REQUIRE(CustomerListRepository::rebuild(t.db(), options.asOf).ok());
    requireConsistent(t.db());
}

TEST_CASE("A bulk load without list rows, or into a database with customers, rebuilds the list",
          "[list][schema][bulkloader]")
{
    test::SmallList f; // customers there already
    BulkBatch batch;
    BulkBatch::Customer c;
    c.id = 100;
    c.name = "Yves Zeller";
    c.sortName = "zeller yves";
    c.stage = 2;
    c.createdAt = c.updatedAt = 1000;
    batch.customers.push_back(c);
    BulkBatch::ContactPoint city;
    city.id = 100;
    city.customerId = 100;
    city.kind = 2;
    city.value = "Rue 1, Genève";
    city.city = "Genève";
    city.primary = true;
    batch.contactPoints.push_back(city);
    BulkBatch::Interaction call;
    call.id = 100;
    call.customerId = L::Ben; // a customer loaded before
    call.occurredAt = 1'900'000'000;
    call.subject = "";
    batch.interactions.push_back(call);
    batch.search.push_back({100, c.name, "", "", "", "Genève"});
    BulkLoader loader(f.db(), BulkLoader::SearchIndex::Direct);
    REQUIRE(loader.begin().ok());
    const Status inserted = loader.insert(batch);
    INFO((inserted ? std::string() : inserted.error().message().toStdString()));
    REQUIRE(inserted.ok());
    REQUIRE(loader.finish().ok());
    requireConsistent(f.db());
    CHECK(text(f.db(), QStringLiteral("SELECT city_key FROM customer_list WHERE id = 100"))
          == QStringLiteral("geneve"));
    CHECK(scalar(f.db(), QStringLiteral("SELECT last_contact_at FROM customer_list WHERE id = 4"))
          == 1'900'000'000);
    CHECK(*CustomerListRepository(f.db()).count() == 6);
}
