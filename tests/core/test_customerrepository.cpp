#include "core/domain/phonenumber.h"
#include "core/storage/customerrepository.h"
#include "core/storage/transaction.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Customer person(const QString &first, const QString &last)
{
    Customer c;
    c.kind = CustomerKind::Person;
    c.firstName = first;
    c.lastName = last;
    return c;
}

} // namespace

TEST_CASE("A customer round-trips every field", "[repo][customer]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    Customer c = person(QStringLiteral("Åsa"), QStringLiteral("Lindström"));
    c.stage = LifecycleStage::Active;
    c.source = QStringLiteral("trade fair");
    c.acquiredOn = QDate(2024, 3, 17);
    c.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
    c.notes = QStringLiteral("Prefers calls after 4 pm.");
    auto id = repo.insert(c, test::wallClock());
    REQUIRE(id.ok());
    CHECK(c.id == *id);
    CHECK(c.version == 1);

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->kind == CustomerKind::Person);
    CHECK(back->firstName == c.firstName);
    CHECK(back->lastName == c.lastName);
    CHECK(back->displayName() == QStringLiteral("Åsa Lindström"));
    CHECK(back->stage == LifecycleStage::Active);
    CHECK(back->source == c.source);
    CHECK(back->acquiredOn == c.acquiredOn);
    CHECK(back->tags == QStringList{QStringLiteral("newsletter"), QStringLiteral("vip")});
    CHECK(back->notes == c.notes);
    CHECK(back->createdAt.isValid());
    CHECK_FALSE(back->isDeleted());
    CHECK(back->version == 1);

    Customer org;
    org.kind = CustomerKind::Organisation;
    org.organisation = QStringLiteral("Brandt & Söhne GmbH");
    REQUIRE(repo.insert(org, test::wallClock()).ok());
    auto orgBack = repo.get(org.id);
    REQUIRE(orgBack.ok());
    CHECK(orgBack->organisation == org.organisation);
    CHECK(orgBack->sortName() == QStringLiteral("brandt & sohne gmbh"));
}

TEST_CASE("A stale save is a conflict and changes nothing", "[repo][customer]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    Customer c = person(QStringLiteral("Jean"), QStringLiteral("Dupont"));
    REQUIRE(repo.insert(c, test::wallClock()).ok());

    Customer mine = *repo.get(c.id);
    Customer theirs = *repo.get(c.id);
    theirs.stage = LifecycleStage::Prospect;
    REQUIRE(repo.update(theirs, test::wallClock()).ok());
    CHECK(theirs.version == 2);

    mine.lastName = QStringLiteral("Durand");
    Status s = repo.update(mine, test::wallClock());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Conflict);
    CHECK(repo.get(c.id)->lastName == QStringLiteral("Dupont"));
    CHECK(mine.version == 1);

    Customer ghost = person(QStringLiteral("No"), QStringLiteral("Body"));
    ghost.id = 4242;
    ghost.version = 1;
    Status missing = repo.update(ghost, test::wallClock());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Invalid customers are refused with the field named", "[repo][customer]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    Customer nameless;
    auto r = repo.insert(nameless, test::wallClock());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind() == Error::Kind::Validation);
    CHECK(r.error().field() == QStringLiteral("lastName"));

    Customer org;
    org.kind = CustomerKind::Organisation;
    auto r2 = repo.insert(org, test::wallClock());
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.error().field() == QStringLiteral("organisation"));
    CHECK(*repo.countLive() == 0);
}

TEST_CASE("Trash and restore check the version and hide the customer", "[repo][customer]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    Customer c = person(QStringLiteral("Pia"), QStringLiteral("Kowalska"));
    REQUIRE(repo.insert(c, test::wallClock()).ok());
    CHECK(*repo.countLive() == 1);
    REQUIRE(repo.moveToTrash(c, test::wallClock()).ok());
    CHECK(c.isDeleted());
    CHECK(*repo.countLive() == 0);
    Customer stale = c;
    stale.version = 1;
    CHECK(repo.restore(stale, test::wallClock()).error().kind() == Error::Kind::Conflict);
    REQUIRE(repo.restore(c, test::wallClock()).ok());
    CHECK(*repo.countLive() == 1);
    REQUIRE(repo.purge(c.id).ok());
    CHECK(repo.get(c.id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Contact points keep one primary per kind", "[repo][customer]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    Customer c = person(QStringLiteral("Hans"), QStringLiteral("Meier"));
    REQUIRE(repo.insert(c, test::wallClock()).ok());
    const PhoneNormalizer de(QStringLiteral("DE"));

    auto first = ContactPoint::phone(QStringLiteral("030 1234567"), ContactLabel::Work, de);
    REQUIRE(first.ok());
    first->customerId = c.id;
    REQUIRE(repo.addContactPoint(*first).ok());
    CHECK(first->primary); // the first phone becomes primary

    auto second = ContactPoint::phone(QStringLiteral("+49 151 23456789"), ContactLabel::Mobile, de);
    REQUIRE(second.ok());
    second->customerId = c.id;
    second->primary = true;
    REQUIRE(repo.addContactPoint(*second).ok());

    auto mail = ContactPoint::email(QStringLiteral(" Hans.Meier@Example.COM "), ContactLabel::Work);
    REQUIRE(mail.ok());
    mail->customerId = c.id;
    REQUIRE(repo.addContactPoint(*mail).ok());

    PostalAddress a{QStringLiteral("Hauptstraße 5"),
                    QStringLiteral("10115"),
                    QStringLiteral("Berlin"),
                    {},
                    QStringLiteral("de")};
    auto home = ContactPoint::postal(a, ContactLabel::Home);
    REQUIRE(home.ok());
    home->customerId = c.id;
    REQUIRE(repo.addContactPoint(*home).ok());

    auto points = repo.contactPoints(c.id);
    REQUIRE(points.ok());
    REQUIRE(points->size() == 4);
    int primaryPhones = 0;
    for (const ContactPoint &p : *points) {
        if (p.kind == ContactKind::Phone && p.primary) {
            ++primaryPhones;
            CHECK(p.value == QStringLiteral("+4915123456789"));
        }
        if (p.kind == ContactKind::Email)
            CHECK(p.value == QStringLiteral("hans.meier@example.com"));
        if (p.kind == ContactKind::Postal) {
            CHECK(p.address.city == QStringLiteral("Berlin"));
            CHECK(p.address.country == QStringLiteral("DE"));
            CHECK(p.value == QStringLiteral("Hauptstraße 5, 10115 Berlin, DE"));
        }
    }
    CHECK(primaryPhones == 1);

    ContactPoint edited = points->first();
    edited.label = ContactLabel::Other;
    REQUIRE(repo.updateContactPoint(edited).ok());
    ContactPoint stale = points->first();
    CHECK(repo.updateContactPoint(stale).error().kind() == Error::Kind::Conflict);
    REQUIRE(repo.removeContactPoint(edited.id).ok());
    CHECK(repo.contactPoints(c.id)->size() == 3);
}

TEST_CASE("A failed write inside a transaction leaves nothing behind", "[repo][customer]")
{
    test::TempDatabase t;
    CustomerRepository repo(t.db());
    {
        WriteTransaction tx(t.db());
        REQUIRE(tx.begun().ok());
        Customer c = person(QStringLiteral("Rolled"), QStringLiteral("Back"));
        REQUIRE(repo.insert(c, test::wallClock()).ok());
        ContactPoint orphan;
        orphan.kind = ContactKind::Email;
        orphan.value = QStringLiteral("x@example.com");
        orphan.customerId = 999999; // violates the foreign key
        CHECK_FALSE(repo.addContactPoint(orphan).ok());
        // no commit: the destructor rolls back
    }
    CHECK(*repo.countLive() == 0);
}
