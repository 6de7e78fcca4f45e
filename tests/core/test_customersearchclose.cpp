// Search that forgives typos: the vocabulary of names (schema 10) kept in step with every way a
// customer changes, and CustomerSearch falling back to close matches only when it finds few.
#include "core/services/changebus.h"
#include "core/services/customersearch.h"
#include "core/services/customerservice.h"
#include "core/storage/bulkloader.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlfunctions.h"
#include "tests/support/demodatabase.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace rapport;

namespace {

using Terms = QMap<QString, qint64>;

Terms query(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    Terms terms;
    while (q.next())
        terms.insert(q.value(0).toString(), q.value(1).toLongLong());
    return terms;
}

// The vocabulary as the triggers and the bulk loader keep it.
Terms stored(Database &db)
{
    return query(db, QStringLiteral("SELECT term, customers FROM customer_name_terms"));
}

// The vocabulary as it should be: counted from scratch over the live customers.
Terms expected(Database &db)
{
    return query(db,
                 QStringLiteral("SELECT t.token, count(DISTINCT c.id)"
                                " FROM customers c, customer_name_tokenizer t"
                                " WHERE t.input = c.name AND c.deleted_at IS NULL"
                                " GROUP BY t.token"));
}

struct Fixture
{
    test::TempDatabase t;
    ChangeBus bus;
    std::unique_ptr<Workspace> customersWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &customers = customersWorkspace->customers();
    PhoneNormalizer de{QStringLiteral("DE")};

    qint64 person(const QString &first, const QString &last, const QString &email = {})
    {
        Customer c;
        c.firstName = first;
        c.lastName = last;
        QList<ContactPoint> points;
        if (!email.isEmpty())
            points << *ContactPoint::email(email, ContactLabel::Work);
        auto id = customers.create(c, points);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 organisation(const QString &name)
    {
        Customer c;
        c.kind = CustomerKind::Organisation;
        c.organisation = name;
        QList<ContactPoint> points;
        auto id = customers.create(c, points);
        REQUIRE(id.ok());
        return *id;
    }

    QList<SearchHit> find(const QString &text, int limit = 20)
    {
        CustomerSearch search(t.db(), de);
        auto hits = search.find(text, limit);
        REQUIRE(hits.ok());
        return *hits;
    }

    QList<qint64> ids(const QString &text)
    {
        QList<qint64> out;
        for (const SearchHit &h : find(text))
            out << h.customer.id;
        return out;
    }
};

} // namespace

TEST_CASE("The vocabulary of names holds each word once with its number of customers",
          "[search][closematch]")
{
    Fixture f;
    f.person(QStringLiteral("Jürgen"), QStringLiteral("Müller"));
    f.person(QStringLiteral("Anna"), QStringLiteral("Muller"));
    f.organisation(QStringLiteral("Müller & Müller GmbH"));
    const Terms terms = stored(f.t.db());
    CHECK(terms.value(QStringLiteral("muller")) == 3); // folded, and once per customer
    CHECK(terms.value(QStringLiteral("jurgen")) == 1);
    CHECK(terms.value(QStringLiteral("gmbh")) == 1);
    CHECK_FALSE(terms.contains(QStringLiteral("&")));
    CHECK(terms == expected(f.t.db()));
}

TEST_CASE("The vocabulary of names follows renames, the trash, deletions and undo",
          "[search][closematch]")
{
    Fixture f;
    const qint64 jurgen = f.person(QStringLiteral("Jürgen"), QStringLiteral("Müller"));
    const qint64 anna = f.person(QStringLiteral("Anna"), QStringLiteral("Garcia"));
    REQUIRE(stored(f.t.db()) == expected(f.t.db()));

    // A rename: the old word loses the customer (and goes when nobody has it), the new one gains.
    Customer c = *f.customers.get(jurgen);
    c.lastName = QStringLiteral("Schmidt");
    REQUIRE(f.customers.update(c).ok());
    Terms terms = stored(f.t.db());
    CHECK_FALSE(terms.contains(QStringLiteral("muller")));
    CHECK(terms.value(QStringLiteral("schmidt")) == 1);
    CHECK(terms == expected(f.t.db()));

    // Undoing the rename through a record save, as the editor's undo does.
    {
        auto from = f.customers.record(jurgen);
        REQUIRE(from.ok());
        CustomerRecord to = *from;
        to.customer.lastName = QStringLiteral("Müller");
        REQUIRE(f.customers.save(*from, to, CustomerService::SaveCheck::Content).ok());
    }
    terms = stored(f.t.db());
    CHECK(terms.value(QStringLiteral("muller")) == 1);
    CHECK_FALSE(terms.contains(QStringLiteral("schmidt")));
    CHECK(terms == expected(f.t.db()));

    // Into the trash and back out (and the undo of each).
    Customer a = *f.customers.get(anna);
    REQUIRE(f.customers.moveToTrash(a).ok());
    CHECK_FALSE(stored(f.t.db()).contains(QStringLiteral("garcia")));
    CHECK(stored(f.t.db()) == expected(f.t.db()));
    REQUIRE(f.customers.moveInOrOutOfTrash(a, false).ok());
    CHECK(stored(f.t.db()).value(QStringLiteral("garcia")) == 1);
    REQUIRE(f.customers.moveInOrOutOfTrash(a, true).ok());
    CHECK_FALSE(stored(f.t.db()).contains(QStringLiteral("garcia")));
    REQUIRE(f.customers.restore(a).ok());
    CHECK(stored(f.t.db()).value(QStringLiteral("garcia")) == 1);
    CHECK(stored(f.t.db()) == expected(f.t.db()));

    // Undoing a creation deletes the customer for good; redoing it writes it back.
    auto record = f.customers.record(anna);
    REQUIRE(record.ok());
    REQUIRE(f.customers.purge(*record).ok());
    CHECK_FALSE(stored(f.t.db()).contains(QStringLiteral("anna")));
    CHECK(stored(f.t.db()) == expected(f.t.db()));
    REQUIRE(f.customers.reinstate(*record).ok());
    CHECK(stored(f.t.db()).value(QStringLiteral("anna")) == 1);
    CHECK(stored(f.t.db()) == expected(f.t.db()));

    // Deleted for good from the trash: a customer in the trash counted nowhere, so nothing moves.
    a = *f.customers.get(anna);
    REQUIRE(f.customers.moveToTrash(a).ok());
    const Terms inTrash = stored(f.t.db());
    a = *f.customers.get(anna);
    REQUIRE(f.customers.deleteForGood(anna, a.version).ok());
    CHECK(stored(f.t.db()) == inTrash);
    CHECK(stored(f.t.db()) == expected(f.t.db()));
}

TEST_CASE("The bulk loader leaves the vocabulary of names complete", "[search][closematch]")
{
    auto &demo = test::demodb::generated();
    const Terms terms = stored(demo.db.db());
    CHECK(terms.size() > 100);
    CHECK(terms == expected(demo.db.db()));
}

TEST_CASE("Schema 10 collects the words of the names a database already holds",
          "[search][closematch][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema9.db"));
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        registerSqlFunctions(raw);
        REQUIRE(migrations::migrate(raw, 9).ok());
        // Two live customers and one in the trash, written as Rapport 9 would have.
        char *err = nullptr;
        const int rc = sqlite3_exec(
            raw,
            "INSERT INTO customers (id, kind, first_name, last_name, name, sort_name, stage,"
            " created_at, updated_at, deleted_at) VALUES"
            " (7, 0, 'Zoë', 'Müller', 'Zoë Müller', 'muller zoe', 2, 0, 0, NULL),"
            " (8, 0, 'Lucía', 'García', 'Lucía García', 'garcia lucia', 2, 0, 0, NULL),"
            " (9, 0, 'Otto', 'Trashed', 'Otto Trashed', 'trashed otto', 2, 0, 0, 5);",
            nullptr,
            nullptr,
            &err);
        INFO((err ? err : ""));
        sqlite3_free(err);
        sqlite3_close(raw);
        REQUIRE(rc == SQLITE_OK);
    }
    auto db = Database::open(path, Database::Mode::Existing);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= 10);
    const Terms terms = stored(**db);
    CHECK(terms
          == Terms{{QStringLiteral("garcia"), 1},
                   {QStringLiteral("lucia"), 1},
                   {QStringLiteral("muller"), 1},
                   {QStringLiteral("zoe"), 1}});
    CustomerSearch search(**db, PhoneNormalizer(QStringLiteral("DE")));
    auto hits = search.find(QStringLiteral("garsia"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().customer.id == 8);
    CHECK(hits->first().close);
}

TEST_CASE("A bulk load into a database with customers adds to the vocabulary",
          "[search][closematch][bulkloader]")
{
    // Counted by the loader at the end, or by the search index's helper thread as it goes.
    const BulkLoader::SearchIndex mode = GENERATE(BulkLoader::SearchIndex::Direct,
                                                  BulkLoader::SearchIndex::OnHelperThread);
    Fixture f;
    f.person(QStringLiteral("Jürgen"), QStringLiteral("Müller"));
    const auto load = [&f, mode](std::initializer_list<const char *> names) {
        BulkLoader loader(f.t.db(), mode);
        REQUIRE(loader.begin().ok());
        Result<qint64> next = loader.nextId(BulkLoader::Table::Customers);
        REQUIRE(next.ok());
        BulkBatch b;
        qint64 id = *next;
        for (const char *name : names) {
            BulkBatch::Customer c;
            c.id = id++;
            c.kind = 1;
            c.name = b.text.add(name);
            c.sortName = b.text.add(name);
            c.createdAt = c.updatedAt = 1000;
            b.customers.push_back(c);
            BulkBatch::SearchEntry e;
            e.customerId = c.id;
            e.organisation = c.name;
            b.search.push_back(e);
        }
        REQUIRE(loader.insert(b).ok());
        REQUIRE(loader.finish().ok());
    };
    load({"Müller Logistik GmbH", "Garcia & Garcia", "Logistik Nord"});
    Terms terms = stored(f.t.db());
    CHECK(terms.value(QStringLiteral("muller")) == 2);
    CHECK(terms.value(QStringLiteral("logistik")) == 2);
    CHECK(terms.value(QStringLiteral("garcia")) == 1);
    CHECK(terms == expected(f.t.db()));
    load({"Garcia Hermanos"});
    CHECK(stored(f.t.db()).value(QStringLiteral("garcia")) == 2);
    CHECK(stored(f.t.db()) == expected(f.t.db()));
    // The triggers are back after the load.
    f.person(QStringLiteral("Anna"), QStringLiteral("Garcia"));
    CHECK(stored(f.t.db()).value(QStringLiteral("garcia")) == 3);
    CHECK(stored(f.t.db()) == expected(f.t.db()));
    // And the search finds the loaded ones through a typo.
    CHECK(f.ids(QStringLiteral("logistick")).size() == 2);
}

TEST_CASE("A search that finds nobody falls back to close matches", "[search][closematch]")
{
    Fixture f;
    const qint64 jurgen = f.person(QStringLiteral("Jürgen"), QStringLiteral("Müller"));
    const qint64 anna = f.person(QStringLiteral("Anna"), QStringLiteral("Muller"));
    const qint64 garcia = f.person(QStringLiteral("Lucía"), QStringLiteral("García"));
    const qint64 schmidt = f.person(QStringLiteral("Karl"), QStringLiteral("Schmidt"));
    f.organisation(QStringLiteral("Maler Meier KG"));

    for (const QString &typo :
         {QStringLiteral("mullr"), QStringLiteral("Mulller"), QStringLiteral("mulelr")}) {
        INFO(typo.toStdString());
        const QList<SearchHit> hits = f.find(typo);
        REQUIRE(hits.size() == 2);
        CHECK(QSet<qint64>{hits[0].customer.id, hits[1].customer.id} == QSet<qint64>{jurgen, anna});
        for (const SearchHit &h : hits) {
            CHECK(h.close);
            CHECK(h.edits == 1);
        }
    }
    // "muler" is one edit from "maler" too: the word two customers have comes first.
    for (const QString &typo : {QStringLiteral("muler"), QStringLiteral("MÜLER")}) {
        INFO(typo.toStdString());
        const QList<SearchHit> hits = f.find(typo);
        REQUIRE(hits.size() == 3);
        CHECK(QSet<qint64>{hits[0].customer.id, hits[1].customer.id} == QSet<qint64>{jurgen, anna});
        CHECK(hits[2].customer.name == QStringLiteral("Maler Meier KG"));
        for (const SearchHit &h : hits)
            CHECK(h.close);
    }
    const QList<SearchHit> hits = f.find(QStringLiteral("garsia"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].customer.id == garcia);
    CHECK(hits[0].close);
    CHECK(hits[0].matched == QStringLiteral("name"));

    // With the other words right: only the customer they fit.
    CHECK(f.ids(QStringLiteral("jurgen muler")) == QList<qint64>{jurgen});
    CHECK(f.ids(QStringLiteral("muler anna")) == QList<qint64>{anna});
    CHECK(f.ids(QStringLiteral("luzia garsia")) == QList<qint64>{garcia});
    // Two typos in a long word, one in a short one.
    CHECK(f.ids(QStringLiteral("shcmidtt")) == QList<qint64>{schmidt});
    CHECK(f.find(QStringLiteral("shcmidtt")).value(0).edits == 2);
    CHECK(f.ids(QStringLiteral("shcmiddtt")).isEmpty());                    // three
    CHECK(f.ids(QStringLiteral("karl schmitd")) == QList<qint64>{schmidt}); // swapped
    // Words of three letters and fewer are not guessed at: too many names are one edit away.
    CHECK(f.ids(QStringLiteral("ana")).isEmpty());
    // Nothing close: nothing.
    CHECK(f.ids(QStringLiteral("zzyzx")).isEmpty());
    // A phone number is never guessed at.
    CHECK(f.ids(QStringLiteral("0301234567")).isEmpty());
}

TEST_CASE("Close matches while a name is being typed", "[search][closematch]")
{
    Fixture f;
    const qint64 jurgen = f.person(QStringLiteral("Jürgen"), QStringLiteral("Müller"));
    // Letter by letter: exact prefixes first, then the typo; the last word may be unfinished.
    for (const QString &typed : {QStringLiteral("mu"),
                                 QStringLiteral("mul"),
                                 QStringLiteral("mule"),
                                 QStringLiteral("muler")}) {
        INFO(typed.toStdString());
        const QList<SearchHit> hits = f.find(typed);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].customer.id == jurgen);
        CHECK(hits[0].close == (typed.size() >= 4));
    }
    // A finished word before the last is a whole word: "mule" is not "muller" there.
    CHECK(f.ids(QStringLiteral("mule jurgen")).isEmpty());
}

TEST_CASE("Close matches come after every exact one, closest first, and only when few are found",
          "[search][closematch]")
{
    Fixture f;
    QList<qint64> mullers;
    for (const char *first : {"Anna", "Bernd", "Clara", "Dieter", "Eva"})
        mullers << f.person(QString::fromLatin1(first), QStringLiteral("Müller"));
    const qint64 mulner = f.person(QStringLiteral("Frank"), QStringLiteral("Mulner"));
    const qint64 mueller = f.person(QStringLiteral("Gerd"), QStringLiteral("Mueller"));

    // Five exact matches: no guessing, and Mulner and Mueller stay out.
    const QList<SearchHit> exact = f.find(QStringLiteral("muller"));
    REQUIRE(exact.size() == 5);
    for (const SearchHit &h : exact) {
        CHECK_FALSE(h.close);
        CHECK(mullers.contains(h.customer.id));
    }
    // One exact match is few: it comes first, the close ones after it.
    const QList<SearchHit> few = f.find(QStringLiteral("mulner"));
    REQUIRE(few.size() == 6);
    CHECK(few[0].customer.id == mulner);
    CHECK_FALSE(few[0].close);
    for (qsizetype i = 1; i < few.size(); ++i) {
        CHECK(few[i].close);
        CHECK(few[i].customer.id != mueller); // two edits from "mulner": too far for 6 letters
    }
    // Closest first: "mueler" is one edit from Mueller and Muller... and two from Mulner.
    const QList<SearchHit> ranked = f.find(QStringLiteral("mueler"));
    REQUIRE(ranked.size() == 6);
    for (const SearchHit &h : ranked) {
        CHECK(h.close);
        CHECK(h.edits == 1);
        CHECK(h.customer.id != mulner);
    }
    // The limit holds with close matches too.
    CHECK(f.find(QStringLiteral("mueler"), 3).size() == 3);
}

TEST_CASE("Close matches keep to the list's filter", "[search][closematch]")
{
    Fixture f;
    f.person(QStringLiteral("Jürgen"), QStringLiteral("Müller"));
    const qint64 org = f.organisation(QStringLiteral("Müller Logistik"));
    CustomerListFilter organisations;
    organisations.kind = CustomerKind::Organisation;
    CustomerSearch search(f.t.db(), f.de);
    auto hits = search.find(QStringLiteral("muler"), 20, organisations);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().customer.id == org);
    CHECK(hits->first().close);
}
