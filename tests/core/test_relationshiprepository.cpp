#include "core/storage/relationshiprepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Relationship link(qint64 from, qint64 to, RelationshipKind kind)
{
    Relationship r;
    r.fromId = from;
    r.toId = to;
    r.kind = kind;
    return r;
}

} // namespace

TEST_CASE("A relationship round-trips every field", "[repo][relationship]")
{
    test::TempDatabase t;
    const qint64 ada = test::addCustomer(t.db(), QStringLiteral("Ada"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    RelationshipRepository repo(t.db());

    Relationship r = link(ada, acme, RelationshipKind::Supplier); // the highest schema code
    r.role = QStringLiteral("Preferred supplier");
    r.since = QDate(2019, 4, 1);
    r.note = QStringLiteral("Framework contract until 2026.");
    auto id = repo.insert(r);
    REQUIRE(id.ok());
    CHECK(r.id == *id);
    CHECK(r.version == 1);

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->fromId == ada);
    CHECK(back->toId == acme);
    CHECK(back->kind == RelationshipKind::Supplier);
    CHECK(back->role == r.role);
    CHECK(back->since == r.since);
    CHECK(back->note == r.note);
    CHECK(back->version == 1);

    Relationship bare = link(acme, ada, RelationshipKind::WorksAt);
    REQUIRE(repo.insert(bare).ok());
    auto bareBack = repo.get(bare.id);
    REQUIRE(bareBack.ok());
    CHECK(bareBack->role.isEmpty());
    CHECK_FALSE(bareBack->since.isValid());
    CHECK(bareBack->note.isEmpty());
}

TEST_CASE("The same link twice and links to missing customers are refused", "[repo][relationship]")
{
    test::TempDatabase t;
    const qint64 ada = test::addCustomer(t.db(), QStringLiteral("Ada"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    RelationshipRepository repo(t.db());
    Relationship r = link(ada, acme, RelationshipKind::WorksAt);
    REQUIRE(repo.insert(r).ok());

    Relationship twice = link(ada, acme, RelationshipKind::WorksAt);
    auto dup = repo.insert(twice);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind() == Error::Kind::Validation);
    CHECK(dup.error().field() == QStringLiteral("kind"));
    CHECK(twice.id == 0);

    Relationship ghost = link(ada, 9999, RelationshipKind::Partner);
    auto missing = repo.insert(ghost);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::Validation);

    Relationship self = link(ada, ada, RelationshipKind::Partner);
    auto selfLink = repo.insert(self);
    REQUIRE_FALSE(selfLink.ok());
    CHECK(selfLink.error().field() == QStringLiteral("toId"));
}

TEST_CASE("Updating a relationship checks its version", "[repo][relationship]")
{
    test::TempDatabase t;
    const qint64 ada = test::addCustomer(t.db(), QStringLiteral("Ada"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    RelationshipRepository repo(t.db());
    Relationship r = link(ada, acme, RelationshipKind::WorksAt);
    REQUIRE(repo.insert(r).ok());

    Relationship stale = r;
    r.role = QStringLiteral("CTO");
    REQUIRE(repo.update(r).ok());
    CHECK(r.version == 2);
    CHECK(repo.get(r.id)->role == QStringLiteral("CTO"));

    stale.role = QStringLiteral("CEO");
    Status conflict = repo.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind() == Error::Kind::Conflict);
    CHECK(repo.get(r.id)->role == QStringLiteral("CTO"));

    REQUIRE(repo.remove(r.id).ok());
    CHECK(repo.get(r.id).error().kind() == Error::Kind::NotFound);
    CHECK(repo.update(r).error().kind() == Error::Kind::NotFound);
    CHECK(repo.remove(r.id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("A customer's relationships are listed from both ends", "[repo][relationship]")
{
    test::TempDatabase t;
    const qint64 ada = test::addCustomer(t.db(), QStringLiteral("Ada"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 group = test::addCustomer(t.db(), QStringLiteral("Acme Group"));
    const qint64 bob = test::addCustomer(t.db(), QStringLiteral("Bob"));
    RelationshipRepository repo(t.db());
    Relationship works = link(ada, acme, RelationshipKind::WorksAt);
    Relationship subsidiary = link(acme, group, RelationshipKind::SubsidiaryOf);
    Relationship referred = link(bob, ada, RelationshipKind::ReferredBy);
    for (Relationship *r : {&referred, &subsidiary, &works})
        REQUIRE(repo.insert(*r).ok());

    auto forAcme = repo.listForCustomer(acme);
    REQUIRE(forAcme.ok());
    REQUIRE(forAcme->size() == 2);
    CHECK(forAcme->at(0).id == works.id); // by kind: works at (0) before subsidiary of (1)
    CHECK(forAcme->at(1).id == subsidiary.id);
    CHECK(forAcme->at(0).otherId(acme) == ada);
    CHECK(forAcme->at(1).otherId(acme) == group);

    auto forAda = repo.listForCustomer(ada);
    REQUIRE(forAda.ok());
    CHECK(forAda->size() == 2);
    CHECK(repo.listForCustomer(ada, 1)->size() == 1);
    CHECK(repo.listForCustomer(group)->size() == 1);
}
