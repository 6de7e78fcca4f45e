#include "core/demo/demogenerator.h"
#include "core/demo/demowords.h"
#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/phonenumber.h"
#include "core/storage/database.h"
#include "tests/support/tempdatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace rapport;

namespace {

const QDate AsOf(2025, 6, 30);
const qint64 End = QDateTime(AsOf, QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
constexpr qint64 Day = 86400;

DemoOptions options(qint64 customers, quint64 seed = 7)
{
    DemoOptions o;
    o.customers = customers;
    o.seed = seed;
    o.asOf = AsOf;
    return o;
}

QSqlQuery query(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q;
}

double scalar(Database &db, const QString &sql)
{
    QSqlQuery q = query(db, sql);
    REQUIRE(q.next());
    return q.value(0).toDouble();
}

std::vector<double> column(Database &db, const QString &sql)
{
    std::vector<double> values;
    QSqlQuery q = query(db, sql);
    while (q.next())
        values.push_back(q.value(0).toDouble());
    return values;
}

// Share of the total held by the largest `fraction` of `n` holders (values sorted descending).
double topShare(std::vector<double> values, double fraction, std::size_t n)
{
    std::sort(values.begin(), values.end(), std::greater<>());
    const double total = std::accumulate(values.begin(), values.end(), 0.0);
    const std::size_t top = std::min(values.size(), std::size_t(double(n) * fraction));
    return std::accumulate(values.begin(), values.begin() + qsizetype(top), 0.0) / total;
}

// A hash over every row of the tables demo data fills, in id order.
QByteArray contentHash(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"users",
                              "products",
                              "tags",
                              "customers",
                              "customer_tags",
                              "contact_points",
                              "relationships",
                              "orders",
                              "order_lines",
                              "cases",
                              "interactions",
                              "tasks",
                              "customer_notes"}) {
        QSqlQuery q
            = query(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView(q.value(i).isNull() ? "\x01" : "\x02"));
            }
        }
    }
    return hash.result();
}

QStringList schemaObjects(Database &db)
{
    QStringList objects;
    QSqlQuery q = query(db,
                        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                       "WHERE type IN ('index', 'trigger', 'view', 'table') "
                                       "ORDER BY type, name"));
    while (q.next())
        objects << QStringList{q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString()}
                       .join(u'|');
    return objects;
}

// One database of 3,000 demo customers, made once for the tests that only read it.
struct Generated
{
    test::TempDatabase db;
    QStringList schemaBefore;
    DemoSummary summary;
};

Generated &generated()
{
    static Generated *g = [] {
        auto *made = new Generated;
        made->schemaBefore = schemaObjects(made->db.db());
        Result<DemoSummary> s = DemoGenerator(made->db.db(), options(3000)).run();
        if (!s)
            FAIL(s.error().message().toStdString());
        made->summary = *s;
        return made;
    }();
    return *g;
}

} // namespace

TEST_CASE("Demo data is the same for the same options and differs for another seed", "[demo]")
{
    QByteArray first, again, threads, otherSeed;
    {
        test::TempDatabase t;
        REQUIRE(DemoGenerator(t.db(), options(1200)).run().ok());
        first = contentHash(t.db());
    }
    {
        test::TempDatabase t;
        REQUIRE(DemoGenerator(t.db(), options(1200)).run().ok());
        again = contentHash(t.db());
    }
    {
        test::TempDatabase t;
        DemoOptions o = options(1200);
        o.generatorThreads = 3; // timing and thread count must not matter
        REQUIRE(DemoGenerator(t.db(), o).run().ok());
        threads = contentHash(t.db());
    }
    {
        test::TempDatabase t;
        REQUIRE(DemoGenerator(t.db(), options(1200, 8)).run().ok());
        otherSeed = contentHash(t.db());
    }
    CHECK(first == again);
    CHECK(first == threads);
    CHECK(first != otherSeed);
}

TEST_CASE("Demo data has the counts the options ask for", "[demo]")
{
    Generated &g = generated();
    Database &db = g.db.db();
    const DemoSummary &s = g.summary;
    CHECK(s.customers == 3000);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers")) == 3000);
    // 1 administrator, 2 managers, 4 reps and 3 agents at the minimum sizes.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users")) == 10);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 2")) == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 3")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM products")) == 40);
    CHECK(s.interactions == qint64(scalar(db, QStringLiteral("SELECT count(*) FROM interactions"))));
    CHECK(double(s.interactions) / 3000 == Approx(10.0).epsilon(0.05));
    CHECK(double(s.orders) / 3000 == Approx(3.0).epsilon(0.08));
    CHECK(s.contactPoints > 3 * 3000);
    CHECK(s.cases > 0);
    CHECK(s.tasks > 0);
    CHECK(s.notes == qint64(scalar(db, QStringLiteral("SELECT count(*) FROM customer_notes"))));
    CHECK(double(s.notes) / 3000 == Approx(0.35).margin(0.15));
    // Notes are written while the customer is a customer, never before.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM customer_notes n JOIN customers c "
                                "ON c.id = n.customer_id WHERE n.created_at < c.created_at"))
          == 0);
    CHECK(s.relationships > 0);
    // About 80% persons.
    CHECK(scalar(db, QStringLiteral("SELECT avg(kind = 0) FROM customers"))
          == Approx(0.8).margin(0.03));
    // Lines sum up to the order totals; one to three lines each.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM orders o WHERE total_minor <> "
                                "(SELECT sum(quantity * unit_price_minor) FROM order_lines "
                                "WHERE order_id = o.id)"))
          == 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM order_lines "
                                "GROUP BY order_id)"))
          <= 3);
}

TEST_CASE("Demo data passes the integrity and foreign key checks", "[demo]")
{
    Database &db = generated().db.db();
    Result<QStringList> problems = db.check();
    REQUIRE(problems.ok());
    CHECK(problems->join(u'\n').toStdString() == "");
    // The loader restored the connection's settings.
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(db.journalMode() == QStringLiteral("wal"));
    CHECK_FALSE(QFile::exists(db.path() + QStringLiteral("-search.tmp")));
}

TEST_CASE("Demo revenue is concentrated, cohorts decay and cases cluster", "[demo]")
{
    Database &db = generated().db.db();
    const std::vector<double> revenue
        = column(db,
                 QStringLiteral("SELECT sum(total_minor) FROM orders WHERE status IN (1, 3) "
                                "GROUP BY customer_id"));
    const double share = topShare(revenue, 0.2, revenue.size());
    CHECK(share >= 0.60);
    CHECK(share <= 0.80);

    // Of the customers won in the first half year, fewer buy in each later quarter.
    const auto activeIn = [&](int fromDay, int toDay) {
        return scalar(db,
                      QStringLiteral(
                          "SELECT avg(EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id "
                          "AND o.status <> 2 AND o.ordered_at >= c.created_at + %1 * 86400 "
                          "AND o.ordered_at < c.created_at + %2 * 86400)) FROM customers c "
                          "WHERE c.created_at < (SELECT min(created_at) FROM customers) "
                          "+ 182 * 86400")
                          .arg(fromDay)
                          .arg(toDay));
    };
    const double early = activeIn(30, 120), middle = activeIn(390, 480), late = activeIn(750, 840);
    CHECK(early > middle);
    CHECK(middle > late);
    CHECK(late > 0);

    // Complaints and service requests come mostly from a minority of customers.
    std::vector<double> cases
        = column(db, QStringLiteral("SELECT count(*) FROM cases GROUP BY customer_id"));
    CHECK(topShare(cases, 0.2, 3000) >= 0.7);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM interactions WHERE outcome = 5 AND "
                                "case_id IS NULL"))
          == 0);
    // Old cases are closed with a resolution; the recent ones are still being worked on.
    CHECK(scalar(db,
                 QStringLiteral("SELECT avg(status IN (3, 4) AND resolution IS NOT NULL) "
                                "FROM cases WHERE opened_at < %1 - 90 * 86400")
                     .arg(End))
          > 0.9);
    CHECK(scalar(db,
                 QStringLiteral("SELECT avg(status IN (0, 1, 2)) FROM cases "
                                "WHERE opened_at > %1 - 3 * 86400")
                     .arg(End))
          > 0.5);
}

TEST_CASE("Demo data uses every channel, stage and outcome", "[demo]")
{
    Database &db = generated().db.db();
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT channel) FROM interactions")) == 8);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT outcome) FROM interactions")) == 7);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT direction) FROM interactions")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT stage) FROM customers")) == 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT status) FROM orders")) == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM relationships")) == 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT tag_id) FROM customer_tags")) == 8);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM cases")) == 2);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM interactions WHERE channel IN (2, 7) "
                                "AND duration_s = 0"))
          == 0);

    // The stage follows from the history as of the end date.
    CHECK(scalar(db,
                 QStringLiteral(
                     "SELECT count(*) FROM (SELECT c.stage, "
                     "(SELECT max(ordered_at) FROM orders WHERE customer_id = c.id "
                     "AND status <> 2) AS last_order, "
                     "(SELECT max(occurred_at) FROM interactions WHERE customer_id = c.id) "
                     "AS last_contact, "
                     "EXISTS (SELECT 1 FROM interactions WHERE customer_id = c.id "
                     "AND direction = 1) AS contacted FROM customers c) "
                     "WHERE stage <> CASE "
                     "WHEN last_order IS NOT NULL THEN CASE WHEN %1 - last_order <= 180 * 86400 "
                     "THEN 2 WHEN %1 - last_order <= 365 * 86400 THEN 3 ELSE 4 END "
                     "WHEN %1 - last_contact > 365 * 86400 THEN 4 "
                     "WHEN contacted THEN 1 ELSE 0 END")
                     .arg(End))
          == 0);
}

TEST_CASE("Demo times lie within the three years up to the end date", "[demo]")
{
    Database &db = generated().db.db();
    const qint64 begin = End - 3 * 365 * Day;
    for (const char *sql : {"SELECT max(created_at), min(created_at) FROM customers",
                            "SELECT max(updated_at), min(updated_at) FROM customers",
                            "SELECT max(occurred_at), min(occurred_at) FROM interactions",
                            "SELECT max(ordered_at), min(ordered_at) FROM orders",
                            "SELECT max(opened_at), min(opened_at) FROM cases",
                            "SELECT max(resolved_at), min(resolved_at) FROM cases",
                            "SELECT max(done_at), min(done_at) FROM tasks",
                            "SELECT max(created_at), min(created_at) FROM tasks"}) {
        QSqlQuery q = query(db, QLatin1String(sql));
        REQUIRE(q.next());
        INFO(sql);
        CHECK(q.value(0).toLongLong() <= End);
        CHECK(q.value(1).toLongLong() >= begin);
    }
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM interactions i JOIN customers c "
                                "ON c.id = i.customer_id WHERE i.occurred_at < c.created_at"))
          == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE done_at < created_at")) == 0);
    // Some follow-ups are overdue, some are due in the next two weeks, many are done.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NULL "
                                "AND due_at < %1")
                     .arg(End))
          > 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NULL "
                                "AND due_at >= %1 AND due_at < %1 + 14 * 86400")
                     .arg(End))
          > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NOT NULL")) > 0);
    // Interactions are stored in time order within each customer.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM interactions a JOIN interactions b "
                                "ON b.id = a.id + 1 AND b.customer_id = a.customer_id "
                                "WHERE b.occurred_at < a.occurred_at"))
          == 0);
}

TEST_CASE("Demo customers have believable names, sort keys and contact points", "[demo]")
{
    Database &db = generated().db.db();
    // sort_name is exactly what Customer::sortName() computes.
    QSqlQuery q = query(db,
                        QStringLiteral("SELECT kind, first_name, last_name, name, sort_name "
                                       "FROM customers"));
    int checked = 0, accented = 0;
    while (q.next()) {
        Customer c;
        c.kind = q.value(0).toInt() == 0 ? CustomerKind::Person : CustomerKind::Organisation;
        c.firstName = q.value(1).toString();
        c.lastName = q.value(2).toString();
        c.organisation = c.kind == CustomerKind::Organisation ? q.value(3).toString() : QString();
        INFO(q.value(3).toString().toStdString());
        CHECK(c.displayName() == q.value(3).toString());
        CHECK(c.sortName() == q.value(4).toString());
        CHECK(c.validate().ok());
        const QString name = q.value(3).toString();
        accented += std::any_of(name.begin(), name.end(), [](QChar ch) {
            return ch.unicode() > 127;
        });
        ++checked;
    }
    CHECK(checked == 3000);
    CHECK(accented > 300);
    // Every demo customer has a customer number in external_key: "C" and the id in 9 digits.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM customers WHERE external_key IS NULL "
                                "OR external_key <> printf('C%09d', id)"))
          == 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(DISTINCT country) FROM contact_points "
                                "WHERE kind = 2"))
          >= 11);

    // Exactly one primary contact point per kind and customer.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM (SELECT customer_id, kind, "
                                "sum(is_primary) p FROM contact_points GROUP BY 1, 2 "
                                "HAVING p <> 1)"))
          == 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(DISTINCT customer_id) FROM contact_points "
                                "WHERE kind = 2"))
          == 3000);
    // E-mail addresses: unique, lower case, on reserved example domains.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) - count(DISTINCT value) FROM contact_points "
                                "WHERE kind = 1"))
          == 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM contact_points WHERE kind = 1 AND "
                                "(value <> lower(value) OR NOT (value LIKE '%@example.com' "
                                "OR value LIKE '%@example.net' OR value LIKE '%@example.org' "
                                "OR value LIKE '%.example'))"))
          == 0);
    QSqlQuery emails = query(db, QStringLiteral("SELECT value FROM contact_points WHERE kind = 1"));
    while (emails.next())
        CHECK(normalizeEmail(emails.value(0).toString()).ok());
    // Postal addresses carry their parts and the one-line form.
    QSqlQuery postal = query(db,
                             QStringLiteral("SELECT value, street, postal_code, city, region, "
                                            "country FROM contact_points WHERE kind = 2"));
    while (postal.next()) {
        PostalAddress a{postal.value(1).toString(),
                        postal.value(2).toString(),
                        postal.value(3).toString(),
                        postal.value(4).toString(),
                        postal.value(5).toString()};
        CHECK(a.oneLine() == postal.value(0).toString());
    }
}

TEST_CASE("Demo phone numbers are valid for their country and carry their search key", "[demo]")
{
    Database &db = generated().db.db();
    QSqlQuery q = query(db,
                        QStringLiteral(
                            "SELECT p.value, p.phone_key, a.country FROM contact_points p "
                            "JOIN contact_points a ON a.customer_id = p.customer_id "
                            "AND a.kind = 2 WHERE p.kind = 0"));
    int phones = 0;
    while (q.next()) {
        const QString value = q.value(0).toString();
        INFO(value.toStdString());
        CHECK(q.value(1).toString() == phoneKey(value));
        const Result<QString> e164 = PhoneNormalizer(q.value(2).toString()).toE164(value);
        CHECK(e164.ok());
        if (e164)
            CHECK(*e164 == value);
        ++phones;
    }
    CHECK(phones > 3000);

    // Every pattern of the word lists, not only those the sample above happened to use.
    Result<std::shared_ptr<const DemoWords>> words = DemoWords::load();
    REQUIRE(words.ok());
    DemoRandom r(1, 99, 0);
    int patterns = 0;
    for (const DemoCountry &country : (*words)->countries) {
        const PhoneNormalizer normalizer(QString::fromLatin1(country.code.data(), 2));
        std::vector<std::string_view> all(country.mobilePatterns);
        for (const DemoCity &city : country.cities)
            all.push_back(city.phonePattern);
        for (std::string_view pattern : all) {
            ++patterns;
            for (int i = 0; i < 10; ++i) {
                std::string number;
                DemoWords::expand(pattern, r, number);
                INFO(number);
                CHECK(normalizer.toE164(QString::fromStdString(number)).ok());
            }
        }
    }
    CHECK(patterns > 150);
}

TEST_CASE("Demo customers are found through the search index, which stays in sync", "[demo]")
{
    Generated &g = generated();
    Database &db = g.db.db();
    // The search index holds exactly what its source view says, and FTS5 finds it sound.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM (SELECT rowid, name, organisation, "
                                "email, phone, city FROM customer_search EXCEPT "
                                "SELECT * FROM customer_search_source)"))
          == 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM (SELECT * FROM customer_search_source "
                                "EXCEPT SELECT rowid, name, organisation, email, phone, city "
                                "FROM customer_search)"))
          == 0);
    QSqlQuery check(db.connection());
    CHECK(check.exec(
        QStringLiteral("INSERT INTO customer_search(customer_search) VALUES ('integrity-check')")));

    // A customer is found by name, e-mail and city.
    QSqlQuery sample = query(db,
                             QStringLiteral(
                                 "SELECT c.id, c.name, e.value, a.city FROM customers c "
                                 "JOIN contact_points e ON e.customer_id = c.id AND e.kind = 1 "
                                 "JOIN contact_points a ON a.customer_id = c.id AND a.kind = 2 "
                                 "WHERE c.id IN (17, 1234, 2999)"));
    int found = 0;
    while (sample.next()) {
        const qint64 id = sample.value(0).toLongLong();
        for (int i = 1; i <= 3; ++i) {
            QSqlQuery m(db.connection());
            m.prepare(QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search "
                                     "MATCH ? AND rowid = ?"));
            m.addBindValue(
                QString(QLatin1Char('"') + sample.value(i).toString() + QLatin1Char('"')));
            m.addBindValue(id);
            REQUIRE(m.exec());
            REQUIRE(m.next());
            INFO(sample.value(i).toString().toStdString());
            CHECK(m.value(0).toInt() == 1);
        }
        ++found;
    }
    CHECK(found == 3);

    // Indexes, triggers and views are back as the migrations made them, and the triggers work.
    CHECK(schemaObjects(db) == g.schemaBefore);
    query(db,
          QStringLiteral("INSERT INTO customers (kind, name, sort_name, stage, created_at, "
                         "updated_at) VALUES (0, 'Quentin Zyxwvut', 'zyxwvut quentin', 0, 1, 1)"));
    const qint64 id = qint64(scalar(db, QStringLiteral("SELECT max(id) FROM customers")));
    query(db,
          QStringLiteral("INSERT INTO contact_points (customer_id, kind, value) "
                         "VALUES (%1, 1, 'quentin.zyxwvut@example.org')")
              .arg(id));
    CHECK(scalar(db,
                 QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search "
                                "MATCH 'zyxwvut'"))
          == id);
    CHECK(scalar(db,
                 QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search "
                                "MATCH 'email : \"quentin.zyxwvut@example.org\"'"))
          == id);
    query(db, QStringLiteral("DELETE FROM contact_points WHERE customer_id = %1").arg(id));
    query(db, QStringLiteral("DELETE FROM customers WHERE id = %1").arg(id));
}

TEST_CASE("Demo data goes only into a database without customers", "[demo]")
{
    test::TempDatabase t;
    query(t.db(),
          QStringLiteral("INSERT INTO customers (kind, name, sort_name, stage, "
                         "created_at, updated_at) VALUES (0, 'Ada', 'ada', 0, 1, 1)"));
    const Result<DemoSummary> s = DemoGenerator(t.db(), options(100)).run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM users")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")) == 1);
}

TEST_CASE("Cancelled demo generation leaves the database as it was", "[demo]")
{
    test::TempDatabase t;
    const QStringList before = schemaObjects(t.db());
    int calls = 0;
    const Result<DemoSummary> s
        = DemoGenerator(t.db(), options(5000)).run([&](qint64 done, qint64 total) {
              CHECK(done <= total);
              return ++calls < 2; // stop after the first chunk was written
          });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Cancelled);
    for (const char *table : {"users",
                              "products",
                              "tags",
                              "customers",
                              "contact_points",
                              "interactions",
                              "orders",
                              "cases",
                              "tasks",
                              "customer_search"})
        CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
              == 0);
    CHECK(schemaObjects(t.db()) == before);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(t->journalMode() == QStringLiteral("wal"));
    CHECK_FALSE(QFile::exists(t->path() + QStringLiteral("-search.tmp")));
    // The database is still usable: the same generator now runs to the end.
    REQUIRE(DemoGenerator(t.db(), options(200)).run().ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM customers")) == 200);
}

TEST_CASE("Demo options out of range are refused", "[demo]")
{
    test::TempDatabase t;
    DemoOptions o = options(0);
    Result<DemoSummary> s = DemoGenerator(t.db(), o).run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(s.error().field() == QStringLiteral("customers"));
    o = options(10);
    o.interactionsPerCustomer = -1;
    s = DemoGenerator(t.db(), o).run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field() == QStringLiteral("interactionsPerCustomer"));
    o = options(10);
    o.asOf = QDate();
    s = DemoGenerator(t.db(), o).run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field() == QStringLiteral("asOf"));
}
