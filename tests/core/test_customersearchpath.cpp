// Issue 14, item 3: the faster search path finds what the reference path (as the search was
// before) finds, in the same order, on a varied set of keystrokes over the 3,000-customer demo.
#include "core/services/customersearch.h"
#include "core/storage/customersearchrepository.h"
#include "tests/support/demodatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <algorithm>
#include <array>

using namespace rapport;

namespace {

QStringList values(Database &db, const QString &sql)
{
    QSqlQuery q = test::demodb::query(db, sql);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// What a user sees of a result list, in order.
QStringList shown(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits) {
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(h.customer.id)
                   .arg(h.score)
                   .arg(h.matched)
                   .arg(h.close ? h.edits : -1)
                   .arg(h.customer.name);
    }
    return out;
}

// Names typed letter by letter, e-mail addresses whole and in part, phone numbers in several
// forms, single and double letters, typo'd names, query syntax and nonsense.
QStringList keystrokes(Database &db)
{
    QStringList queries;
    const QStringList names = values(db,
                                     QStringLiteral("SELECT name FROM customers WHERE id % 211 = 5"
                                                    " AND deleted_at IS NULL LIMIT 12"));
    for (const QString &name : names) {
        for (qsizetype i = 1; i <= name.size(); ++i)
            queries << name.left(i);
        // One letter left out of the middle: a typo for the close matches.
        if (name.size() > 6) {
            const QString typo = QString(name).remove(name.size() / 2, 1);
            // With a long word that has no close words, which the close search checks itself.
            queries << typo << typo + QStringLiteral(" example") << typo + QStringLiteral(" exam");
        }
    }
    const QStringList emails = values(db,
                                      QStringLiteral("SELECT value FROM contact_points WHERE kind"
                                                     " = 1 AND id % 97 = 3 LIMIT 10"));
    for (const QString &e : emails) {
        queries << e << e.section(QLatin1Char('@'), 0, 0)
                << e.left(e.indexOf(QLatin1Char('@')) + 3);
        for (qsizetype i = 1; i <= 6 && i <= e.size(); ++i)
            queries << e.left(i);
    }
    const QStringList phones = values(db,
                                      QStringLiteral("SELECT value FROM contact_points WHERE kind"
                                                     " = 0 AND id % 101 = 7 LIMIT 10"));
    for (const QString &p : phones)
        queries << p << p.right(7) << QStringLiteral("0") + p.mid(3) << p.right(4);
    for (const char *q : {"a",
                          "e",
                          "m",
                          "s",
                          "ma",
                          "an",
                          "mü",
                          "mue",
                          "gmbh",
                          "example",
                          "example.com",
                          "co",
                          "de",
                          "j",
                          "jo",
                          "joh",
                          "anna m",
                          "a b c",
                          "\"quoted\" OR x*",
                          "NEAR(a b)",
                          "zzzzqqq",
                          "müler",
                          "schmit",
                          "berlin",
                          "1234",
                          "+49",
                          "0"})
        queries << QString::fromUtf8(q);
    return queries;
}

} // namespace

TEST_CASE("Candidates read in one statement equal the candidates read one by one",
          "[search][searchpath]")
{
    auto &demo = test::demodb::generated();
    CustomerSearchRepository repo(demo.db.db());
    QList<qint64> ids;
    for (qint64 id = 3001; id >= 1; id -= 7)
        ids << id;       // descending, so the order asked for is not the order read
    ids << 999'999 << 0; // no such customers
    const auto batched = repo.candidates(ids);
    const auto single = repo.candidatesOneByOne(ids);
    REQUIRE(batched.ok());
    REQUIRE(single.ok());
    REQUIRE(batched->size() == single->size());
    REQUIRE(batched->size() > 300);
    for (qsizetype i = 0; i < batched->size(); ++i) {
        const SearchCandidate &a = batched->at(i), &b = single->at(i);
        CHECK(a.id == b.id);
        CHECK(a.kind == b.kind);
        CHECK(a.name == b.name);
        CHECK(a.sortName == b.sortName);
        CHECK(a.stage == b.stage);
        CHECK(a.emails == b.emails);
        CHECK(a.phones == b.phones);
        CHECK(a.cities == b.cities);
        CHECK(a.cityText == b.cityText);
        CHECK(a.organisations == b.organisations);
    }
    CHECK(repo.candidates({})->isEmpty());
}

TEST_CASE("The faster search path finds what the reference path finds, in the same order",
          "[search][searchpath]")
{
    auto &demo = test::demodb::generated();
    const QStringList queries = keystrokes(demo.db.db());
    REQUIRE(queries.size() > 250);
    CustomerSearch fast(demo.db.db(), PhoneNormalizer(QStringLiteral("DE")));
    CustomerSearch reference(demo.db.db(), PhoneNormalizer(QStringLiteral("DE")));
    reference.setReferencePath(true);
    CustomerListFilter none, active;
    active.withStage(LifecycleStage::Active).withStage(LifecycleStage::Lead);
    const std::array<const CustomerListFilter *, 2> filters{&none, &active};
    int nonEmpty = 0, close = 0;
    for (const QString &q : queries) {
        for (int limit : {20, 200}) {
            for (const CustomerListFilter *filter : filters) {
                const CustomerListFilter &f = *filter;
                const auto a = fast.find(q, limit, f);
                const auto b = reference.find(q, limit, f);
                REQUIRE(a.ok());
                REQUIRE(b.ok());
                INFO("query \"" << q.toStdString() << "\" limit " << limit
                                << (filter == &active ? " filtered" : ""));
                CHECK(shown(*a) == shown(*b));
                nonEmpty += a->isEmpty() ? 0 : 1;
                close += std::any_of(a->cbegin(), a->cend(), [](const SearchHit &h) {
                    return h.close;
                });
            }
        }
    }
    // The set is varied: most queries find someone, and some only by a close match.
    CHECK(nonEmpty > queries.size() * 2);
    CHECK(close > 0);
}
