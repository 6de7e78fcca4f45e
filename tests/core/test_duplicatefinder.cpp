// The duplicate scan: candidate pairs found by blocking (never all pairs), scored by name
// similarity with shared e-mail, phone, organisation and city as evidence; trashed customers and
// dismissed pairs left out.
#include "core/domain/customer.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/services/duplicatefinder.h"
#include "tests/support/duplicatefixture.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace rapport;
using test::PersonSpec;

namespace {

QList<DuplicatePair> scan(Workspace &w, double minScore = 0.8)
{
    DuplicateFinder finder(w.database());
    DuplicateFinder::Options options;
    options.minScore = minScore;
    auto pairs = finder.find(options);
    REQUIRE(pairs.ok());
    return *pairs;
}

const DuplicatePair *pairOf(const QList<DuplicatePair> &pairs, qint64 x, qint64 y)
{
    for (const DuplicatePair &p : pairs) {
        if ((p.a.id == x && p.b.id == y) || (p.a.id == y && p.b.id == x))
            return &p;
    }
    return nullptr;
}

bool has(const DuplicatePair &p, DuplicateEvidence::Kind kind)
{
    for (const DuplicateEvidence &e : p.evidence) {
        if (e.kind == kind)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The same person entered twice is found with its evidence", "[duplicates]")
{
    test::TempWorkspace t;
    const qint64 anna = test::addPerson(t.workspace(),
                                        {QStringLiteral("Anna"),
                                         QStringLiteral("Weber"),
                                         QStringLiteral("anna.weber@example.com"),
                                         QStringLiteral("030 1234567"),
                                         QStringLiteral("Berlin")});
    const qint64 typo = test::addPerson(t.workspace(),
                                        {QStringLiteral("Ana"),
                                         QStringLiteral("Weber"),
                                         QStringLiteral("Anna.Weber@example.com"),
                                         {},
                                         QStringLiteral("Berlin")});
    const qint64 other = test::addPerson(t.workspace(),
                                         {QStringLiteral("Otto"),
                                          QStringLiteral("Schulz"),
                                          QStringLiteral("otto@example.com"),
                                          QStringLiteral("040 7654321"),
                                          QStringLiteral("Hamburg")});
    const QList<DuplicatePair> pairs = scan(t.workspace());
    REQUIRE(pairs.size() == 1);
    const DuplicatePair &p = pairs.first();
    CHECK(p.a.id == anna);
    CHECK(p.b.id == typo);
    CHECK(p.a.name == QLatin1String("Anna Weber"));
    CHECK(p.b.name == QLatin1String("Ana Weber"));
    CHECK(p.score > 0.9);
    CHECK(p.score <= 1.0);
    CHECK(has(p, DuplicateEvidence::Kind::Name));
    CHECK(has(p, DuplicateEvidence::Kind::Email));
    CHECK(has(p, DuplicateEvidence::Kind::City));
    CHECK_FALSE(has(p, DuplicateEvidence::Kind::Phone));
    bool emailShown = false;
    for (const DuplicateEvidence &e : p.evidence)
        emailShown |= e.kind == DuplicateEvidence::Kind::Email
                      && e.text().contains(QLatin1String("anna.weber@example.com"));
    CHECK(emailShown);
    CHECK_FALSE(pairOf(pairs, anna, other));
}

TEST_CASE("A shared phone number written differently still counts", "[duplicates]")
{
    test::TempWorkspace t;
    const qint64 a = test::addPerson(t.workspace(),
                                     {QStringLiteral("Jürgen"),
                                      QStringLiteral("Müller"),
                                      {},
                                      QStringLiteral("+49 30 1234567"),
                                      {}});
    const qint64 b = test::addPerson(t.workspace(),
                                     {QStringLiteral("Juergen"),
                                      QStringLiteral("Mueller"),
                                      {},
                                      QStringLiteral("030/123 45 67"),
                                      {}});
    const QList<DuplicatePair> pairs = scan(t.workspace());
    const DuplicatePair *p = pairOf(pairs, a, b);
    REQUIRE(p);
    CHECK(has(*p, DuplicateEvidence::Kind::Phone));
}

TEST_CASE("Swapped first and last names are one name", "[duplicates]")
{
    test::TempWorkspace t;
    const qint64 a = test::addPerson(t.workspace(),
                                     {QStringLiteral("Anna"),
                                      QStringLiteral("Weber"),
                                      {},
                                      {},
                                      QStringLiteral("Köln")});
    const qint64 b = test::addPerson(t.workspace(),
                                     {QStringLiteral("Weber"),
                                      QStringLiteral("Anna"),
                                      {},
                                      {},
                                      QStringLiteral("Köln")});
    // Name and city only: below the default threshold (namesakes are common), found below it.
    CHECK(scan(t.workspace()).isEmpty());
    const QList<DuplicatePair> pairs = scan(t.workspace(), 0.7);
    const DuplicatePair *p = pairOf(pairs, a, b);
    REQUIRE(p);
    CHECK(p->evidence.first().similarity == 1.0);
    CHECK(p->score == Approx(DuplicateFinder::score(1.0, {false, false, false, true, false})));
}

TEST_CASE("Namesakes in different cities with nothing else in common are not offered",
          "[duplicates]")
{
    test::TempWorkspace t;
    test::addPerson(t.workspace(),
                    {QStringLiteral("Thomas"),
                     QStringLiteral("Müller"),
                     {},
                     {},
                     QStringLiteral("Berlin")});
    test::addPerson(t.workspace(),
                    {QStringLiteral("Thomas"),
                     QStringLiteral("Müller"),
                     {},
                     {},
                     QStringLiteral("München")});
    CHECK(scan(t.workspace(), 0.65).isEmpty());
    CHECK(scan(t.workspace(), 0.55).size() == 1);
}

TEST_CASE("Organisations are compared with organisations only", "[duplicates]")
{
    test::TempWorkspace t;
    const qint64 a = test::addOrganisation(t.workspace(),
                                           QStringLiteral("Müller Logistik GmbH"),
                                           QStringLiteral("Berlin"));
    const qint64 b = test::addOrganisation(t.workspace(),
                                           QStringLiteral("Mueller Logistik GmbH"),
                                           QStringLiteral("Berlin"));
    test::addPerson(t.workspace(),
                    {QStringLiteral("Müller"),
                     QStringLiteral("Logistik GmbH"),
                     {},
                     {},
                     QStringLiteral("Berlin")});
    const QList<DuplicatePair> pairs = scan(t.workspace(), 0.6);
    REQUIRE(pairs.size() == 1);
    CHECK(pairOf(pairs, a, b));
}

TEST_CASE("Trashed customers and dismissed pairs are left out", "[duplicates]")
{
    test::TempWorkspace t;
    const PersonSpec spec{QStringLiteral("Anna"),
                          QStringLiteral("Weber"),
                          QStringLiteral("anna@example.com"),
                          {},
                          {}};
    const qint64 a = test::addPerson(t.workspace(), spec);
    const qint64 b = test::addPerson(t.workspace(), spec);
    const qint64 c = test::addPerson(t.workspace(), spec);
    CHECK(scan(t.workspace()).size() == 3);

    REQUIRE(DuplicateFinder::dismiss(*t->door(), b, a).ok());
    QList<DuplicatePair> pairs = scan(t.workspace());
    CHECK(pairs.size() == 2);
    CHECK_FALSE(pairOf(pairs, a, b));

    auto customer = t->customers().get(c);
    REQUIRE(customer.ok());
    REQUIRE(t->customers().moveToTrash(*customer).ok());
    CHECK(scan(t.workspace()).isEmpty());

    REQUIRE(DuplicateFinder::undismiss(*t->door(), a, b).ok());
    pairs = scan(t.workspace());
    REQUIRE(pairs.size() == 1);
    CHECK(pairOf(pairs, a, b));
}

TEST_CASE("A block of many namesakes is compared by window, not all pairs", "[duplicates]")
{
    test::TempWorkspace t;
    const int n = 200;
    for (int i = 0; i < n; ++i)
        test::addPerson(t.workspace(),
                        {QStringLiteral("Anna"),
                         QStringLiteral("Weber"),
                         QStringLiteral("anna%1@example.com").arg(i),
                         {},
                         {}});
    DuplicateFinder finder(t->database());
    DuplicateFinder::Options options;
    options.minScore = 0.5;
    options.limit = 0;
    auto pairs = finder.find(options);
    REQUIRE(pairs.ok());
    CHECK(finder.stats().customers == n);
    CHECK(finder.stats().largeBlocks >= 1);
    // All pairs would be n(n-1)/2 = 19,900.
    CHECK(finder.stats().comparisons <= qint64(n) * DuplicateFinder::Window);
    CHECK(pairs->size() == finder.stats().found);
    CHECK(pairs->size() > n / 2);
}

TEST_CASE("The limit keeps the best pairs and a cancel stops the scan", "[duplicates]")
{
    test::TempWorkspace t;
    test::addPerson(t.workspace(),
                    {QStringLiteral("Anna"),
                     QStringLiteral("Weber"),
                     QStringLiteral("a@example.com"),
                     QStringLiteral("030 1234567"),
                     {}});
    test::addPerson(t.workspace(),
                    {QStringLiteral("Anna"),
                     QStringLiteral("Weber"),
                     QStringLiteral("a@example.com"),
                     QStringLiteral("030 1234567"),
                     {}});
    test::addPerson(t.workspace(),
                    {QStringLiteral("Otto"),
                     QStringLiteral("Schulz"),
                     QStringLiteral("o@example.com"),
                     {},
                     {}});
    test::addPerson(t.workspace(),
                    {QStringLiteral("Otto"),
                     QStringLiteral("Schultz"),
                     QStringLiteral("o@example.com"),
                     {},
                     {}});
    DuplicateFinder finder(t->database());
    DuplicateFinder::Options options;
    options.limit = 1;
    auto pairs = finder.find(options);
    REQUIRE(pairs.ok());
    REQUIRE(pairs->size() == 1);
    CHECK(pairs->first().a.name == QLatin1String("Anna Weber"));
    CHECK(pairs->first().score == 1.0);
    CHECK(finder.stats().found == 2);

    options.progress = [](int percent) { return percent < 30; };
    auto cancelled = finder.find(options);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind() == Error::Kind::Cancelled);
}

TEST_CASE("The score grows with the evidence and stays within 0 and 1", "[duplicates]")
{
    using S = DuplicateFinder::Shared;
    const double nameOnly = DuplicateFinder::score(1.0, {});
    CHECK(nameOnly == Approx(0.7));
    CHECK(DuplicateFinder::score(1.0, S{true, false, false, false, false}) > nameOnly);
    CHECK(DuplicateFinder::score(0.9, S{true, true, true, true, false}) == 1.0);
    CHECK(DuplicateFinder::score(1.0, S{false, false, false, false, true}) < nameOnly);
    CHECK(DuplicateFinder::score(0.0, S{false, false, false, false, true}) == 0.0);
}
