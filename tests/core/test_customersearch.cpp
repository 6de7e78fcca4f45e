#include "core/services/changebus.h"
#include "core/services/customersearch.h"
#include "core/services/customerservice.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rapport;

namespace {

struct Fixture
{
    test::TempDatabase t;
    ChangeBus bus;
    std::unique_ptr<Workspace> customersWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &customers = customersWorkspace->customers();
    PhoneNormalizer de{QStringLiteral("DE")};

    qint64 add(const QString &first,
               const QString &last,
               const QString &email,
               const QString &phone,
               const QString &city)
    {
        Customer c;
        c.firstName = first;
        c.lastName = last;
        return add(c, email, phone, city);
    }

    qint64 addOrg(const QString &name,
                  const QString &email,
                  const QString &phone,
                  const QString &city)
    {
        Customer c;
        c.kind = CustomerKind::Organisation;
        c.organisation = name;
        return add(c, email, phone, city);
    }

    qint64 add(Customer &c, const QString &email, const QString &phone, const QString &city)
    {
        QList<ContactPoint> points;
        if (!email.isEmpty())
            points << *ContactPoint::email(email, ContactLabel::Work);
        if (!phone.isEmpty())
            points << *ContactPoint::phone(phone, ContactLabel::Work, de);
        if (!city.isEmpty()) {
            PostalAddress a;
            a.city = city;
            points << *ContactPoint::postal(a, ContactLabel::Work);
        }
        auto id = customers.create(c, points);
        REQUIRE(id.ok());
        return *id;
    }

    QList<qint64> find(const QString &text)
    {
        CustomerSearch search(t.db(), de);
        auto hits = search.find(text);
        REQUIRE(hits.ok());
        QList<qint64> ids;
        for (const SearchHit &h : *hits)
            ids << h.customer.id;
        return ids;
    }
};

} // namespace

TEST_CASE("Search finds names in any order, case and accent", "[search]")
{
    Fixture f;
    const qint64 mueller = f.add(QStringLiteral("Jürgen"),
                                 QStringLiteral("Müller"),
                                 QStringLiteral("j.mueller@example.com"),
                                 {},
                                 QStringLiteral("München"));
    const qint64 muellerova
        = f.add(QStringLiteral("Jana"), QStringLiteral("Müllerová"), {}, {}, QStringLiteral("Brno"));
    const qint64 acme = f.addOrg(QStringLiteral("Müller Logistik GmbH"),
                                 QStringLiteral("info@mueller-logistik.example"),
                                 {},
                                 QStringLiteral("Hamburg"));

    CHECK(f.find(QStringLiteral("jurgen muller")) == QList<qint64>{mueller});
    CHECK(f.find(QStringLiteral("MÜLLER jür")) == QList<qint64>{mueller});
    const QList<qint64> all = f.find(QStringLiteral("muller"));
    REQUIRE(all.size() == 3);
    CHECK(all.contains(muellerova));
    CHECK(all.contains(acme));
    CHECK(f.find(QStringLiteral("logistik")) == QList<qint64>{acme});
    CHECK(f.find(QStringLiteral("munchen")) == QList<qint64>{mueller});
    CHECK(f.find(QStringLiteral("j.mueller@example.com")).first() == mueller);
    CHECK(f.find(QStringLiteral("nobody here")).isEmpty());
}

TEST_CASE("Exact names rank above prefixes", "[search]")
{
    Fixture f;
    f.add(QStringLiteral("Janina"), QStringLiteral("Jansen"), {}, {}, {});
    const qint64 jan = f.add(QStringLiteral("Jan"), QStringLiteral("Berg"), {}, {}, {});
    f.add(QStringLiteral("Janne"), QStringLiteral("Jantunen"), {}, {}, {});
    CHECK(f.find(QStringLiteral("jan")).first() == jan);
    CHECK(f.find(QStringLiteral("Jan Berg")).first() == jan);
}

TEST_CASE("Search finds a caller by the number in the form they read it out", "[search]")
{
    Fixture f;
    const qint64 berlin = f.add(QStringLiteral("Ida"),
                                QStringLiteral("Kraus"),
                                {},
                                QStringLiteral("+49 30 1234567"),
                                {});
    const qint64 paris = f.add(QStringLiteral("Luc"),
                               QStringLiteral("Roux"),
                               {},
                               QStringLiteral("+33 1 42 68 53 00"),
                               {});
    CHECK(f.find(QStringLiteral("030 1234567")) == QList<qint64>{berlin});
    CHECK(f.find(QStringLiteral("+49 30 1234567")) == QList<qint64>{berlin});
    CHECK(f.find(QStringLiteral("0049 (0)30 123 45 67")) == QList<qint64>{berlin});
    CHECK(f.find(QStringLiteral("1234567")) == QList<qint64>{berlin});
    CHECK(f.find(QStringLiteral("4567")) == QList<qint64>{berlin});
    CHECK(f.find(QStringLiteral("+33 1 42 68 53 00")) == QList<qint64>{paris});
    CHECK(f.find(QStringLiteral("42685300")) == QList<qint64>{paris});
    CHECK(f.find(QStringLiteral("99999999")).isEmpty());
}

TEST_CASE("Search text with query syntax is just text", "[search]")
{
    Fixture f;
    const qint64 id = f.add(QStringLiteral("Anna"), QStringLiteral("O'Neill"), {}, {}, {});
    for (const char *text : {"\"",
                             "O'Neill",
                             "anna OR",
                             "NOT anna",
                             "anna*",
                             "NEAR(anna",
                             "a AND",
                             "'; DROP TABLE customers; --",
                             "{name}: anna",
                             "^anna",
                             "(",
                             ")",
                             "-",
                             "+",
                             ":"}) {
        INFO(text);
        CustomerSearch search(f.t.db(), f.de);
        auto hits = search.find(QString::fromUtf8(text));
        REQUIRE(hits.ok());
    }
    CHECK(f.find(QStringLiteral("o'neill")) == QList<qint64>{id});
    CHECK(f.find(QStringLiteral("anna OR")).isEmpty()); // "or" is a word, not an operator
}

TEST_CASE("The search index follows edits and the trash", "[search]")
{
    Fixture f;
    const qint64 id = f.add(QStringLiteral("Otto"),
                            QStringLiteral("Brenner"),
                            QStringLiteral("otto@example.org"),
                            QStringLiteral("0171 5551234"),
                            QStringLiteral("Köln"));
    Customer c = *f.customers.get(id);
    c.lastName = QStringLiteral("Brennecke");
    REQUIRE(f.customers.update(c).ok());
    {
        // The old name matches no more; what it finds now is a close match (one edit away).
        CustomerSearch search(f.t.db(), f.de);
        auto old = search.find(QStringLiteral("brenner"));
        REQUIRE(old.ok());
        CHECK(std::all_of(old->cbegin(), old->cend(), [](const SearchHit &h) { return h.close; }));
        search.setCloseMatches(false);
        auto exact = search.find(QStringLiteral("brenner"));
        REQUIRE(exact.ok());
        CHECK(exact->isEmpty());
    }
    CHECK(f.find(QStringLiteral("brennecke")) == QList<qint64>{id});
    REQUIRE(f.customers.moveToTrash(c).ok());
    CHECK(f.find(QStringLiteral("brennecke")).isEmpty());
    CHECK(f.find(QStringLiteral("5551234")).isEmpty());
    REQUIRE(f.customers.restore(c).ok());
    CHECK(f.find(QStringLiteral("koln")) == QList<qint64>{id});
    CHECK(f.find(QStringLiteral("5551234")) == QList<qint64>{id});
}

TEST_CASE("Tokens and phone detection mirror the index", "[search]")
{
    CHECK(CustomerSearch::tokens(QStringLiteral("Anna-Lena O'Brien, Köln"))
          == QStringList{QStringLiteral("anna"),
                         QStringLiteral("lena"),
                         QStringLiteral("o"),
                         QStringLiteral("brien"),
                         QStringLiteral("koln")});
    CHECK(CustomerSearch::looksLikePhone(QStringLiteral("+49 (30) 123-4567")));
    CHECK_FALSE(CustomerSearch::looksLikePhone(QStringLiteral("123")));
    CHECK_FALSE(CustomerSearch::looksLikePhone(QStringLiteral("Route 66 1234")));
}

TEST_CASE("A single letter matches whole words, two letters start words", "[search]")
{
    Fixture f;
    const qint64 jo = f.add(QStringLiteral("Jo"), QStringLiteral("Li"), {}, {}, {});
    const qint64 jonas = f.add(QStringLiteral("Jonas"), QStringLiteral("Lind"), {}, {}, {});
    CHECK(f.find(QStringLiteral("l")).isEmpty());
    CHECK(f.find(QStringLiteral("li")).first() == jo);
    CHECK(f.find(QStringLiteral("li")).size() == 2);
    CHECK(f.find(QStringLiteral("jon")) == QList<qint64>{jonas});
}

TEST_CASE("A last name ranks people with it with the organisations named so", "[search]")
{
    Fixture f;
    const qint64 org = f.addOrg(QStringLiteral("Müller Zimmerei GmbH"), {}, {}, {});
    const qint64 anna = f.add(QStringLiteral("Anna"), QStringLiteral("Müller"), {}, {}, {});
    const qint64 bert = f.add(QStringLiteral("Bert"), QStringLiteral("Sommer"), {}, {}, {});
    const QList<qint64> hits = f.find(QStringLiteral("müller"));
    REQUIRE(hits.size() == 2);
    CHECK(hits.contains(anna));
    CHECK(hits.contains(org));
    CHECK_FALSE(hits.contains(bert));
    CHECK(f.find(QStringLiteral("müller anna")).first() == anna);
}

TEST_CASE("Long prefixes are checked on the few customers the other words find", "[search]")
{
    Fixture f;
    const qint64 anna = f.add(QStringLiteral("Anna"),
                              QStringLiteral("Müller"),
                              QStringLiteral("anna.mueller@example.com"),
                              QStringLiteral("030 1234567"),
                              QStringLiteral("Los Angeles"));
    const qint64 annaB = f.add(QStringLiteral("Anna"),
                               QStringLiteral("Becker"),
                               QStringLiteral("anna.becker@example.org"),
                               {},
                               QStringLiteral("Berlin"));
    const qint64 max = f.add(QStringLiteral("Maximilian"),
                             QStringLiteral("Mustermann"),
                             QStringLiteral("max@muster.example"),
                             {},
                             QStringLiteral("Hamburg"));

    // A long last word typed half-way: the other words find the Annas, the prefix picks one.
    CHECK(f.find(QStringLiteral("anna.mueller@exam")) == QList<qint64>{anna});
    CHECK(f.find(QStringLiteral("Anna Muel")) == QList<qint64>{anna});
    CHECK(f.find(QStringLiteral("Anna Beck")) == QList<qint64>{annaB});
    CHECK(f.find(QStringLiteral("Anna Schmi")).isEmpty());
    // The whole address, and the second word of a city.
    CHECK(f.find(QStringLiteral("anna.becker@example.org")) == QList<qint64>{annaB});
    CHECK(f.find(QStringLiteral("Anna Angel")) == QList<qint64>{anna});
    // Words that are prefixes themselves: nobody is called "Maxim", so every word is a prefix.
    CHECK(f.find(QStringLiteral("Maxim Muster")) == QList<qint64>{max});
    CHECK(f.find(QStringLiteral("Maxi Mu")) == QList<qint64>{max});
    // The start of a phone number's digits as the last word, as the index holds them.
    CHECK(f.find(QStringLiteral("Anna 49301")) == QList<qint64>{anna});
    CHECK(f.find(QStringLiteral("Anna 49309")).isEmpty());
}
