// The demo customers themselves: names, sort keys, contact points, phone numbers, search index.
#include "core/demo/demowords.h"
#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/phonenumber.h"
#include "core/storage/database.h"
#include "tests/support/demodatabase.h"

#include <QSqlQuery>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::demodb;

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
