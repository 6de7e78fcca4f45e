#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/storage/database.h"
#include "tests/support/fixtures.h"
#include "tests/support/recordsnapshot.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>

using namespace rapport;

namespace {

ContactPoint phone(const QString &text,
                   ContactLabel label = ContactLabel::Work,
                   bool primary = false)
{
    Result<ContactPoint> p = ContactPoint::phone(text, label, PhoneNormalizer(QStringLiteral("DE")));
    REQUIRE(p.ok());
    p->primary = primary;
    return *p;
}

ContactPoint email(const QString &text, bool primary = false)
{
    Result<ContactPoint> p = ContactPoint::email(text, ContactLabel::Work);
    REQUIRE(p.ok());
    p->primary = primary;
    return *p;
}

CustomerRecord person(const QString &first, const QString &last)
{
    CustomerRecord r;
    r.customer.firstName = first;
    r.customer.lastName = last;
    r.customer.stage = LifecycleStage::Prospect;
    r.customer.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
    r.customer.source = QStringLiteral("trade fair");
    r.customer.acquiredOn = QDate(2024, 3, 1);
    r.customer.notes = QStringLiteral("Met at the fair.");
    r.contactPoints = {phone(QStringLiteral("030 1234567"), ContactLabel::Work, true),
                       phone(QStringLiteral("0171 2345678"), ContactLabel::Mobile),
                       email(QStringLiteral("ada@example.com"), true)};
    return r;
}

struct Fixture
{
    test::TempDatabase t;
    ChangeBus bus;
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();

    CustomerRecord created(CustomerRecord r)
    {
        Result<qint64> id = service.create(r);
        REQUIRE(id.ok());
        Result<CustomerRecord> stored = service.record(*id);
        REQUIRE(stored.ok());
        return *stored;
    }
};

int primaries(const CustomerRecord &r, ContactKind kind)
{
    int n = 0;
    for (const ContactPoint &p : r.contactPoints)
        n += p.kind == kind && p.primary ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("A record saves only what differs, and saving it back restores the rows exactly",
          "[service][record]")
{
    Fixture f;
    const CustomerRecord before = f.created(
        person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
    const qint64 id = before.customer.id;
    const QStringList original = test::recordSnapshot(f.t.db(), id);
    REQUIRE(original.size() == 1 + 2 + 3); // row, two tags, three points

    CustomerRecord after = before;
    after.customer.lastName = QStringLiteral("King");
    after.customer.tags = {QStringLiteral("vip"), QStringLiteral("board")};
    after.contactPoints.removeAt(1);                   // the mobile goes
    after.contactPoints[0].label = ContactLabel::Home; // the landline changes
    after.contactPoints[0].primary = false;
    ContactPoint newPhone = phone(QStringLiteral("+44 20 7946 0958"), ContactLabel::Work, true);
    after.contactPoints << newPhone; // and a new primary phone arrives
    QSignalSpy spy(&f.bus, &ChangeBus::changed);
    REQUIRE(f.service.save(before, after).ok());
    CHECK(after.customer.version == before.customer.version + 1);
    CHECK(after.contactPoints.last().id > 0);
    CHECK(after.contactPoints[1].version == before.contactPoints[2].version); // e-mail untouched
    REQUIRE(spy.count() == 1);
    CHECK(spy.first().first().value<ChangeNotice>().action == ChangeNotice::Action::Updated);

    Result<CustomerRecord> stored = f.service.record(id);
    REQUIRE(stored.ok());
    CHECK(sameContent(*stored, after));
    CHECK(primaries(*stored, ContactKind::Phone) == 1);
    CHECK(stored->customer.tags == QStringList{QStringLiteral("board"), QStringLiteral("vip")});
    CHECK(test::recordSnapshot(f.t.db(), id) != original);

    // Back again: the very same rows, ids and all; only versions and updated_at moved on.
    CustomerRecord back = before;
    REQUIRE(f.service.save(after, back).ok());
    CHECK(test::recordSnapshot(f.t.db(), id) == original);
    CHECK(back.customer.version == before.customer.version + 2);

    // Saving a record that does not differ writes nothing and announces nothing.
    spy.clear();
    CustomerRecord same = back;
    REQUIRE(f.service.save(back, same).ok());
    CHECK(spy.isEmpty());
    CHECK(same.customer.version == back.customer.version);
}

TEST_CASE("Each kind of contact point has exactly one primary", "[service][record]")
{
    Fixture f;
    CustomerRecord r = person(QStringLiteral("Grace"), QStringLiteral("Hopper"));
    for (ContactPoint &p : r.contactPoints)
        p.primary = true; // two phones marked primary: the first one wins
    r.contactPoints << email(QStringLiteral("grace@example.org"));
    const CustomerRecord stored = f.created(r);
    CHECK(primaries(stored, ContactKind::Phone) == 1);
    CHECK(primaries(stored, ContactKind::Email) == 1);
    CHECK(stored.contactPoints[0].primary);

    // None marked: the first of each kind becomes primary.
    CustomerRecord none = person(QStringLiteral("Alan"), QStringLiteral("Turing"));
    for (ContactPoint &p : none.contactPoints)
        p.primary = false;
    const CustomerRecord second = f.created(none);
    CHECK(primaries(second, ContactKind::Phone) == 1);
    CHECK(primaries(second, ContactKind::Email) == 1);

    // Promoting another phone demotes the old primary in the same save, and back.
    CustomerRecord promoted = stored;
    for (ContactPoint &p : promoted.contactPoints)
        p.primary = p.kind == ContactKind::Phone ? p.id == stored.contactPoints[1].id : p.primary;
    const QStringList original = test::recordSnapshot(f.t.db(), stored.customer.id);
    REQUIRE(f.service.save(stored, promoted).ok());
    Result<CustomerRecord> now = f.service.record(stored.customer.id);
    REQUIRE(now.ok());
    CHECK(primaries(*now, ContactKind::Phone) == 1);
    CHECK(now->contactPoint(stored.contactPoints[1].id)->primary);
    CustomerRecord back = stored;
    REQUIRE(f.service.save(promoted, back).ok());
    CHECK(test::recordSnapshot(f.t.db(), stored.customer.id) == original);
}

TEST_CASE("A save over a record another connection changed is a conflict and writes nothing",
          "[service][record][conflict]")
{
    Fixture f;
    const CustomerRecord mine = f.created(person(QStringLiteral("Lena"), QStringLiteral("Vogel")));
    const qint64 id = mine.customer.id;

    // Another program on the same file.
    Result<std::unique_ptr<Workspace>> other = Workspace::open(f.t.path(), Database::Mode::Existing);
    REQUIRE(other.ok());
    CustomerService &otherService = (*other)->customers();

    SECTION("the customer's fields")
    {
        Result<CustomerRecord> theirs = otherService.record(id);
        REQUIRE(theirs.ok());
        CustomerRecord changed = *theirs;
        changed.customer.stage = LifecycleStage::Active;
        REQUIRE(otherService.save(*theirs, changed).ok());
        const QStringList stored = test::recordSnapshot(f.t.db(), id, true);

        CustomerRecord edit = mine;
        edit.customer.notes = QStringLiteral("My note");
        edit.contactPoints << email(QStringLiteral("lena@work.example"));
        QSignalSpy spy(&f.bus, &ChangeBus::changed);
        Status s = f.service.save(mine, edit);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind() == Error::Kind::Conflict);
        CHECK(s.error().message().contains(QStringLiteral("changed by someone else")));
        CHECK(test::recordSnapshot(f.t.db(), id, true) == stored);
        CHECK(spy.isEmpty());
    }

    SECTION("a contact point, after the customer row was already written")
    {
        Result<CustomerRecord> theirs = otherService.record(id);
        REQUIRE(theirs.ok());
        CustomerRecord changed = *theirs;
        changed.contactPoints[1].label = ContactLabel::Other;
        REQUIRE(otherService.save(*theirs, changed).ok());
        const QStringList stored = test::recordSnapshot(f.t.db(), id, true);

        CustomerRecord edit = mine;
        edit.customer.lastName = QStringLiteral("Fink"); // written first, then rolled back
        edit.contactPoints.removeAt(1);
        Status s = f.service.save(mine, edit);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind() == Error::Kind::Conflict);
        CHECK(test::recordSnapshot(f.t.db(), id, true) == stored);
    }

    SECTION("rebased over the stored version, the user's version wins deliberately")
    {
        Result<CustomerRecord> theirs = otherService.record(id);
        REQUIRE(theirs.ok());
        CustomerRecord changed = *theirs;
        changed.customer.stage = LifecycleStage::Lost;
        changed.contactPoints.removeAt(1);
        REQUIRE(otherService.save(*theirs, changed).ok());

        CustomerRecord edit = mine;
        edit.customer.notes = QStringLiteral("Mine wins");
        REQUIRE_FALSE(f.service.save(mine, edit).ok());
        Result<CustomerRecord> stored = f.service.record(id);
        REQUIRE(stored.ok());
        CustomerRecord over = rebased(edit, *stored);
        REQUIRE(f.service.save(*stored, over).ok());
        Result<CustomerRecord> now = f.service.record(id);
        REQUIRE(now.ok());
        CHECK(now->customer.notes == QStringLiteral("Mine wins"));
        CHECK(now->customer.stage == mine.customer.stage);
        CHECK(now->contactPoints.size() == 3); // the mobile the other removed is back, as new
    }
}

TEST_CASE("A failing write inside a save rolls the whole save back", "[service][record]")
{
    Fixture f;
    const CustomerRecord before = f.created(person(QStringLiteral("Max"), QStringLiteral("Planck")));
    const qint64 id = before.customer.id;
    const QStringList original = test::recordSnapshot(f.t.db(), id, true);

    CustomerRecord after = before;
    after.customer.lastName = QStringLiteral("Born");
    after.contactPoints.removeAt(0);
    Relationship broken;
    broken.fromId = id;
    broken.toId = 999'999; // no such customer: the foreign key refuses it, last of all
    after.relationships << broken;
    QSignalSpy spy(&f.bus, &ChangeBus::changed);
    Status s = f.service.save(before, after);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(test::recordSnapshot(f.t.db(), id, true) == original);
    CHECK(spy.isEmpty());
    CHECK(after.customer.lastName == QStringLiteral("Born")); // the caller's values stay
}

TEST_CASE("Relationships are added, changed and removed, and come back with their ids",
          "[service][record][relationship]")
{
    Fixture f;
    const qint64 acme = test::addCustomer(f.t.db(), QStringLiteral("Acme GmbH"));
    const qint64 bolt = test::addCustomer(f.t.db(), QStringLiteral("Bolt AG"));
    const CustomerRecord before = f.created(
        person(QStringLiteral("Ida"), QStringLiteral("Noddack")));
    const qint64 id = before.customer.id;

    CustomerRecord after = before;
    Relationship job;
    job.fromId = id;
    job.toId = acme;
    job.kind = RelationshipKind::WorksAt;
    job.role = QStringLiteral("  Chemist ");
    Relationship referral;
    referral.fromId = bolt;
    referral.toId = id;
    referral.kind = RelationshipKind::ReferredBy;
    after.relationships << job << referral;
    QSignalSpy spy(&f.bus, &ChangeBus::changed);
    REQUIRE(f.service.save(before, after).ok());
    REQUIRE(after.relationships.size() == 2);
    CHECK(after.relationships[0].id > 0);
    CHECK(after.relationships[0].role == QStringLiteral("Chemist"));
    REQUIRE(spy.count() == 2);
    const auto links = spy.at(1).first().value<ChangeNotice>();
    CHECK(links.entity == ChangeNotice::Entity::Relationship);
    CHECK(links.customerIds.contains(acme));
    CHECK(links.customerIds.contains(bolt));

    const QStringList withLinks = test::recordSnapshot(f.t.db(), id);
    CustomerRecord edited = after;
    edited.relationships[0].role = QStringLiteral("Head of lab");
    edited.relationships.removeAt(1);
    REQUIRE(f.service.save(after, edited).ok());
    Result<CustomerRecord> now = f.service.record(id);
    REQUIRE(now.ok());
    REQUIRE(now->relationships.size() == 1);
    CHECK(now->relationships[0].role == QStringLiteral("Head of lab"));

    CustomerRecord back = after;
    REQUIRE(f.service.save(edited, back).ok());
    CHECK(test::recordSnapshot(f.t.db(), id) == withLinks);

    // The same link twice is refused with the field named.
    CustomerRecord twice = back;
    Relationship again = job;
    twice.relationships << again;
    Status s = f.service.save(back, twice);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field() == QStringLiteral("kind"));
}

TEST_CASE("A new record is created with its links, purged and reinstated it is the same rows",
          "[service][record]")
{
    Fixture f;
    const qint64 acme = test::addCustomer(f.t.db(), QStringLiteral("Acme GmbH"));
    CustomerRecord draft = person(QStringLiteral("Lise"), QStringLiteral("Meitner"));
    Relationship job;
    job.toId = acme; // fromId 0: the new customer
    job.kind = RelationshipKind::WorksAt;
    draft.relationships << job;
    Result<qint64> id = f.service.create(draft);
    REQUIRE(id.ok());
    CHECK(draft.relationships[0].fromId == *id);
    const QStringList created = test::recordSnapshot(f.t.db(), *id, true);
    REQUIRE(created.size() == 1 + 2 + 3 + 1);

    REQUIRE(f.service.purge(draft).ok());
    CHECK(test::recordSnapshot(f.t.db(), *id).isEmpty());
    REQUIRE(f.service.reinstate(draft).ok());
    CHECK(test::recordSnapshot(f.t.db(), *id, true) == created);

    SECTION("not once it changed")
    {
        Result<CustomerRecord> now = f.service.record(*id);
        REQUIRE(now.ok());
        CustomerRecord changed = *now;
        changed.contactPoints[1].label = ContactLabel::Home;
        REQUIRE(f.service.save(*now, changed).ok());
        Status s = f.service.purge(draft);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind() == Error::Kind::Conflict);
        CHECK_FALSE(test::recordSnapshot(f.t.db(), *id).isEmpty());
    }
    SECTION("not once history refers to it")
    {
        QSqlQuery q(f.t->connection());
        q.prepare(QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                                 "occurred_at) VALUES (?, 0, 0, 0)"));
        q.addBindValue(*id);
        REQUIRE(q.exec());
        Status s = f.service.purge(draft);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message().contains(QStringLiteral("calls, orders, cases, tasks or notes")));
        CHECK(test::rowCount(f.t.db(), "interactions") == 1);
    }
    SECTION("not when its number was taken meanwhile")
    {
        REQUIRE(f.service.purge(draft).ok());
        const qint64 taken = test::addCustomer(f.t.db(), QStringLiteral("Newcomer"));
        REQUIRE(taken == *id); // SQLite hands out the freed number again
        Status s = f.service.reinstate(draft);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind() == Error::Kind::Conflict);
        CHECK(test::rowCount(f.t.db(), "contact_points") == 0);
    }
}

TEST_CASE("Only a customer in the trash is deleted for good", "[service][trash]")
{
    Fixture f;
    CustomerRecord r = f.created(person(QStringLiteral("Emmy"), QStringLiteral("Noether")));
    Status live = f.service.deleteForGood(r.customer.id, r.customer.version);
    REQUIRE_FALSE(live.ok());
    CHECK(live.error().kind() == Error::Kind::Validation);

    REQUIRE(f.service.moveToTrash(r.customer).ok());
    Status stale = f.service.deleteForGood(r.customer.id, r.customer.version - 1);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind() == Error::Kind::Conflict);
    QSignalSpy spy(&f.bus, &ChangeBus::changed);
    REQUIRE(f.service.deleteForGood(r.customer.id, r.customer.version).ok());
    CHECK(test::recordSnapshot(f.t.db(), r.customer.id).isEmpty());
    CHECK(test::rowCount(f.t.db(), "contact_points") == 0);
    REQUIRE(spy.count() == 1);
    CHECK(spy.first().first().value<ChangeNotice>().action == ChangeNotice::Action::Deleted);
}

TEST_CASE("Invalid records are refused with the field named", "[service][record]")
{
    Fixture f;
    CustomerRecord nameless;
    Result<qint64> refused = f.service.create(nameless);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("lastName"));

    CustomerRecord r = person(QStringLiteral("Marie"), QStringLiteral("Curie"));
    r.customer.acquiredOn = QDate::currentDate().addDays(10);
    r.customer.tags << QString(60, QLatin1Char('x'));
    const QList<Error> problems = r.customer.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].field() == QStringLiteral("acquiredOn"));
    CHECK(problems[1].field() == QStringLiteral("tags"));
    CHECK(test::rowCount(f.t.db(), "customers") == 0);
}

TEST_CASE("Steps undone in order by content: versions moved on by undo are no conflict, a "
          "change by someone else is",
          "[service][record][undo]")
{
    Fixture f;
    using Check = CustomerService::SaveCheck;
    const CustomerRecord v0 = f.created(person(QStringLiteral("Rosa"), QStringLiteral("Franklin")));
    const qint64 id = v0.customer.id;
    const QStringList original = test::recordSnapshot(f.t.db(), id);

    CustomerRecord a0 = v0, a1 = v0;
    a1.customer.stage = LifecycleStage::Active;
    REQUIRE(f.service.save(a0, a1).ok());
    CustomerRecord b0 = a1, b1 = a1;
    b1.contactPoints.removeAt(0);
    b1.customer.notes = QStringLiteral("Second step");
    REQUIRE(f.service.save(b0, b1).ok());

    // Undo the second, then the first: a1's versions are stale by now, its content is not.
    REQUIRE(f.service.save(b1, b0, Check::Content).ok());
    CHECK(a1.customer.version < b0.customer.version);
    REQUIRE(f.service.save(a1, a0, Check::Content).ok());
    CHECK(test::recordSnapshot(f.t.db(), id) == original);
    // With versions alone the same undo would have been refused.
    CustomerRecord strict = v0;
    CHECK(f.service.save(a1, strict).error().kind() == Error::Kind::Conflict);

    // Redo both, then someone else changes a field the first step wrote: undoing the second
    // still works and leaves their stage alone (it writes only its own fields), undoing the
    // first does not.
    REQUIRE(f.service.save(a0, a1, Check::Content).ok());
    REQUIRE(f.service.save(b0, b1, Check::Content).ok());
    Result<CustomerRecord> now = f.service.record(id);
    CustomerRecord theirs = *now;
    theirs.customer.stage = LifecycleStage::Lost;
    REQUIRE(f.service.save(*now, theirs).ok());
    REQUIRE(f.service.save(b1, b0, Check::Content).ok());
    CHECK(f.service.get(id)->stage == LifecycleStage::Lost);
    CHECK(f.service.get(id)->notes == v0.customer.notes);
    const QStringList stored = test::recordSnapshot(f.t.db(), id, true);
    Status s = f.service.save(a1, a0, Check::Content);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Conflict);
    CHECK(s.error().message().contains(QStringLiteral("changed by someone else")));
    CHECK(test::recordSnapshot(f.t.db(), id, true) == stored);
}
