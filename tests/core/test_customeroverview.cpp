#include "core/services/changebus.h"
#include "core/services/noteservice.h"
#include "core/storage/customeroverviewrepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/taskrepository.h"
#include "tests/support/customerhistory.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("The overview holds the header facts, worked out by hand", "[overview]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    CustomerOverviewRepository repo(t.db());

    auto o = repo.read(h.acme, h.asOf);
    REQUIRE(o.ok());
    CHECK(o->id == h.acme);
    CHECK(o->name == QStringLiteral("Acme GmbH"));
    CHECK(o->kind == CustomerKind::Organisation);
    CHECK(o->stage == LifecycleStage::Active);
    CHECK(o->ownerId == h.ben);
    CHECK(o->owner == QStringLiteral("ben"));
    CHECK(o->tags == QStringList{QStringLiteral("B2B"), QStringLiteral("key account")});
    CHECK(o->phone == QStringLiteral("+4930123456")); // the primary one, not the first
    CHECK(o->email == QStringLiteral("info@acme.example"));
    CHECK(o->customerSince() == QDate(2023, 4, 1));
    CHECK_FALSE(o->isDeleted());

    // Revenue: EUR 80 + 50 + 20 (the cancelled order does not count); the last 12 months start
    // at 2025-06-30 12:00:00, which takes o2 (at that second) and leaves o3 (a second before).
    REQUIRE(o->revenueTotal.size() == 2);
    CHECK(o->revenueTotal[0] == Money{15000, QStringLiteral("EUR")});
    CHECK(o->revenueTotal[1] == Money{1500, QStringLiteral("USD")});
    REQUIRE(o->revenueLast12Months.size() == 1);
    CHECK(o->revenueLast12Months[0] == Money{13000, QStringLiteral("EUR")});
    CHECK(o->orderCount == 4);
    CHECK(o->firstOrderAt == test::utc(2024, 1, 15, 10));
    CHECK(o->lastOrderAt == test::utc(2026, 6, 1, 10));

    CHECK(o->lastContactAt == test::utc(2026, 6, 29, 10));
    CHECK(o->lastContactChannel == Channel::Phone);
    CHECK(o->lastContactDirection == Direction::Inbound);
    CHECK(o->interactionCount == 8);
    CHECK(o->openCases == 1);
    CHECK(o->openTasks == 3);
    REQUIRE(o->nextFollowUp.has_value());
    CHECK(o->nextFollowUp->taskId == h.t1);
    CHECK(o->nextFollowUp->title == QStringLiteral("Call back"));
    CHECK(o->nextFollowUp->dueAt == test::utc(2026, 7, 2, 9));

    // A person shows the organisation it works at.
    auto ada = repo.read(h.ada, h.asOf);
    REQUIRE(ada.ok());
    CHECK(ada->organisationId == h.acme);
    CHECK(ada->organisation == QStringLiteral("Acme GmbH"));
    CHECK(ada->kind == CustomerKind::Person);
    CHECK(ada->revenueTotal == QList<Money>{Money{7000, QStringLiteral("EUR")}});
    CHECK(ada->openCases == 0);
    CHECK_FALSE(ada->nextFollowUp.has_value());
}

TEST_CASE("The 12-month revenue moves with its boundary", "[overview]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    CustomerOverviewRepository repo(t.db());
    // One second later o2 falls out of the window too.
    auto later = repo.read(h.acme, h.asOf.addSecs(1));
    REQUIRE(later.ok());
    CHECK(later->revenueLast12Months == QList<Money>{Money{8000, QStringLiteral("EUR")}});
    // One second earlier o3 is in.
    auto earlier = repo.read(h.acme, h.asOf.addSecs(-1));
    REQUIRE(earlier.ok());
    CHECK(earlier->revenueLast12Months == QList<Money>{Money{15000, QStringLiteral("EUR")}});
}

TEST_CASE("The next follow-up is the earliest open task, undated ones come last", "[overview]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    TaskRepository tasks(t.db());
    CustomerOverviewRepository repo(t.db());

    // Done with the call-back: the invoice copy (due 10 July) is next, before the undated one.
    Task t1 = *tasks.get(h.t1);
    t1.doneAt = test::utc(2026, 6, 30, 8);
    REQUIRE(tasks.update(t1).ok());
    auto o = repo.read(h.acme, h.asOf);
    REQUIRE(o.ok());
    REQUIRE(o->nextFollowUp.has_value());
    CHECK(o->nextFollowUp->taskId == h.t3);
    CHECK(o->openTasks == 2);

    Task t3 = *tasks.get(h.t3);
    t3.doneAt = test::utc(2026, 6, 30, 8);
    REQUIRE(tasks.update(t3).ok());
    o = repo.read(h.acme, h.asOf);
    REQUIRE(o.ok());
    REQUIRE(o->nextFollowUp.has_value());
    CHECK(o->nextFollowUp->taskId == h.t2);
    CHECK_FALSE(o->nextFollowUp->dueAt.isValid());
}

TEST_CASE("The overview of a customer in the trash or gone", "[overview]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    CustomerOverviewRepository repo(t.db());

    auto bob = repo.read(h.bob, h.asOf);
    REQUIRE(bob.ok());
    CHECK(bob->isDeleted());
    CHECK(bob->revenueTotal.isEmpty());
    CHECK_FALSE(bob->lastContactAt.isValid());

    REQUIRE(CustomerRepository(t.db()).purge(h.bob).ok());
    auto gone = repo.read(h.bob, h.asOf);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind() == Error::Kind::NotFound);
    CHECK_FALSE(gone.error().message().isEmpty());
}

TEST_CASE("Notes round-trip and the note service announces them", "[note]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 author = test::addUser(t.db(), QStringLiteral("ben"));
    ChangeBus bus;
    QSignalSpy spy(&bus, &ChangeBus::changed);
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    serviceWorkspace->signOut(); // ben, a rep, may not add to a customer nobody owns
    NoteService &service = serviceWorkspace->notes();

    CustomerNote n;
    n.customerId = customer;
    n.body = QStringLiteral("  Prefers e-mail.  ");
    n.authorId = author;
    auto id = service.add(n);
    REQUIRE(id.ok());
    CHECK(n.id == *id);
    CHECK(n.version == 1);
    CHECK(n.body == QStringLiteral("Prefers e-mail.")); // tidied
    CHECK(n.createdAt.isValid());
    REQUIRE(spy.size() == 1);
    auto notice = spy.at(0).at(0).value<ChangeNotice>();
    CHECK(notice.entity == ChangeNotice::Entity::Note);
    CHECK(notice.action == ChangeNotice::Action::Created);
    CHECK(notice.ids == QList<qint64>{n.id});
    CHECK(notice.customerIds == QList<qint64>{customer});

    auto back = service.get(n.id);
    REQUIRE(back.ok());
    CHECK(back->body == n.body);
    CHECK(back->authorId == author);
    CHECK(back->createdAt == n.createdAt);

    n.body = QStringLiteral("Prefers calls.");
    REQUIRE(service.update(n).ok());
    CHECK(n.version == 2);
    CustomerNote stale = *back;
    stale.body = QStringLiteral("Overwrite?");
    auto conflict = service.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind() == Error::Kind::Conflict);

    auto removed = service.remove(n.id);
    REQUIRE(removed.ok());
    CHECK(removed->body == QStringLiteral("Prefers calls."));
    CHECK(spy.size() == 3);
    CHECK(spy.at(2).at(0).value<ChangeNotice>().action == ChangeNotice::Action::Deleted);
    CHECK(service.get(n.id).error().kind() == Error::Kind::NotFound);
    CHECK(service.remove(n.id).error().kind() == Error::Kind::NotFound);

    // Refused: empty, and for no customer; nothing is saved or announced.
    CustomerNote empty;
    empty.customerId = customer;
    empty.body = QStringLiteral("   ");
    auto refused = service.add(empty);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("body"));
    CustomerNote orphan;
    orphan.customerId = 987654;
    orphan.body = QStringLiteral("Who?");
    CHECK(service.add(orphan).error().kind() == Error::Kind::Validation);
    CHECK(spy.size() == 3);
    CHECK(test::rowCount(t.db(), "customer_notes") == 0);
}

TEST_CASE("Notes go with their customer", "[note]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    NoteRepository repo(t.db());
    for (int i = 0; i < 3; ++i) {
        CustomerNote n;
        n.customerId = customer;
        n.body = QStringLiteral("Note %1").arg(i);
        n.createdAt = test::utc(2026, 1, 1 + i);
        REQUIRE(repo.insert(n, test::wallClock()).ok());
    }
    auto list = repo.listForCustomer(customer);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).body == QStringLiteral("Note 2")); // newest first
    REQUIRE(CustomerRepository(t.db()).purge(customer).ok());
    CHECK(test::rowCount(t.db(), "customer_notes") == 0);
}
