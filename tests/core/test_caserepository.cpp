#include "core/storage/caserepository.h"
#include "core/storage/interactionrepository.h"
#include "core/storage/taskrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

SupportCase makeCase(qint64 customer, const QString &subject, const QDateTime &openedAt)
{
    SupportCase c;
    c.customerId = customer;
    c.subject = subject;
    c.openedAt = openedAt;
    return c;
}

QList<qint64> ids(const QList<SupportCase> &cases)
{
    QList<qint64> result;
    for (const SupportCase &c : cases)
        result << c.id;
    return result;
}

} // namespace

TEST_CASE("A case round-trips every field", "[repo][case]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 agent = test::addUser(t.db(), QStringLiteral("agent"), Role::ServiceAgent);
    CaseRepository repo(t.db());

    SupportCase c = makeCase(customer, QStringLiteral("Broken hinge"), test::utc(2024, 3, 1, 8));
    c.kind = CaseKind::ServiceRequest;
    c.description = QStringLiteral("The hinge of the door snapped.\nSecond line.");
    c.category = QStringLiteral("Repairs");
    c.status = CaseStatus::Closed; // the highest schema code
    c.priority = Priority::Urgent;
    c.ownerId = agent;
    c.resolvedAt = test::utc(2024, 3, 2, 17);
    c.resolution = QStringLiteral("Replaced under warranty.");
    auto id = repo.insert(c);
    REQUIRE(id.ok());
    CHECK(c.id == *id);
    CHECK(c.version == 1);

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->customerId == customer);
    CHECK(back->kind == CaseKind::ServiceRequest);
    CHECK(back->subject == c.subject);
    CHECK(back->description == c.description);
    CHECK(back->category == c.category);
    CHECK(back->status == CaseStatus::Closed);
    CHECK(back->priority == Priority::Urgent);
    CHECK(back->ownerId == agent);
    CHECK(back->openedAt == c.openedAt);
    CHECK(back->resolvedAt == c.resolvedAt);
    CHECK(back->resolution == c.resolution);
    CHECK(back->version == 1);

    SupportCase bare = makeCase(customer, QStringLiteral("Question"), test::utc(2024, 3, 3));
    REQUIRE(repo.insert(bare).ok());
    auto bareBack = repo.get(bare.id);
    REQUIRE(bareBack.ok());
    CHECK(bareBack->kind == CaseKind::Complaint);
    CHECK(bareBack->status == CaseStatus::New);
    CHECK(bareBack->priority == Priority::Normal);
    CHECK_FALSE(bareBack->ownerId.has_value());
    CHECK_FALSE(bareBack->resolvedAt.isValid());
    CHECK(bareBack->description.isEmpty());
}

TEST_CASE("Updating a case checks its version", "[repo][case]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    CaseRepository repo(t.db());
    SupportCase c = makeCase(customer, QStringLiteral("Late delivery"), test::utc(2024, 3, 1));
    REQUIRE(repo.insert(c).ok());
    SupportCase stale = c;

    c.status = CaseStatus::Resolved;
    c.resolvedAt = test::utc(2024, 3, 4);
    c.resolution = QStringLiteral("Shipped by express.");
    REQUIRE(repo.update(c).ok());
    CHECK(c.version == 2);
    CHECK(repo.get(c.id)->status == CaseStatus::Resolved);

    stale.priority = Priority::High;
    Status conflict = repo.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind() == Error::Kind::Conflict);
    CHECK(repo.get(c.id)->priority == Priority::Normal);

    c.resolvedAt = QDateTime(); // resolved without a time: refused before any SQL
    Status invalid = repo.update(c);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().field() == QStringLiteral("resolvedAt"));
}

TEST_CASE("Removing a case takes its tasks and unlinks its interactions", "[repo][case]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    CaseRepository repo(t.db());
    SupportCase c = makeCase(customer, QStringLiteral("Noise"), test::utc(2024, 3, 1));
    REQUIRE(repo.insert(c).ok());
    Task task;
    task.title = QStringLiteral("Send a technician");
    task.caseId = c.id;
    task.createdAt = test::wallClock();
    REQUIRE(TaskRepository(t.db()).insert(task).ok());
    Interaction call;
    call.customerId = customer;
    call.occurredAt = test::utc(2024, 3, 1, 9);
    call.caseId = c.id;
    InteractionRepository interactions(t.db());
    REQUIRE(interactions.insert(call).ok());

    REQUIRE(repo.remove(c.id).ok());
    CHECK(repo.get(c.id).error().kind() == Error::Kind::NotFound);
    CHECK(test::rowCount(t.db(), "tasks") == 0);
    auto callBack = interactions.get(call.id);
    REQUIRE(callBack.ok());
    CHECK_FALSE(callBack->caseId.has_value());
    CHECK(repo.update(c).error().kind() == Error::Kind::NotFound);
    CHECK(repo.remove(c.id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Cases are listed per customer and as an owner's work queue", "[repo][case]")
{
    test::TempDatabase t;
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 other = test::addCustomer(t.db(), QStringLiteral("Other"));
    const qint64 agent = test::addUser(t.db(), QStringLiteral("agent"), Role::ServiceAgent);
    CaseRepository repo(t.db());

    SupportCase oldNormal = makeCase(acme, QStringLiteral("a"), test::utc(2024, 1, 1));
    oldNormal.ownerId = agent;
    oldNormal.status = CaseStatus::Open;
    SupportCase newUrgent = makeCase(acme, QStringLiteral("b"), test::utc(2024, 2, 1));
    newUrgent.ownerId = agent;
    newUrgent.priority = Priority::Urgent;
    SupportCase newNormal = makeCase(other, QStringLiteral("c"), test::utc(2024, 3, 1));
    newNormal.ownerId = agent;
    newNormal.status = CaseStatus::Waiting;
    SupportCase done = makeCase(acme, QStringLiteral("d"), test::utc(2024, 4, 1));
    done.ownerId = agent;
    done.status = CaseStatus::Resolved;
    done.resolvedAt = test::utc(2024, 4, 2);
    SupportCase queued = makeCase(other, QStringLiteral("e"), test::utc(2024, 5, 1));
    for (SupportCase *c : {&oldNormal, &newUrgent, &newNormal, &done, &queued})
        REQUIRE(repo.insert(*c).ok());

    auto forAcme = repo.listForCustomer(acme);
    REQUIRE(forAcme.ok());
    CHECK(ids(*forAcme) == QList<qint64>{done.id, newUrgent.id, oldNormal.id});
    CHECK(repo.listForCustomer(acme, 1)->size() == 1);

    const QList<CaseStatus> working{CaseStatus::New, CaseStatus::Open, CaseStatus::Waiting};
    auto queue = repo.listForOwner(agent, working);
    REQUIRE(queue.ok());
    // Most urgent first, then the oldest.
    CHECK(ids(*queue) == QList<qint64>{newUrgent.id, oldNormal.id, newNormal.id});

    auto everything = repo.listForOwner(agent, {});
    REQUIRE(everything.ok());
    CHECK(everything->size() == 4);
    auto finished = repo.listForOwner(agent, {CaseStatus::Resolved, CaseStatus::Closed});
    REQUIRE(finished.ok());
    CHECK(ids(*finished) == QList<qint64>{done.id});

    auto unassigned = repo.listForOwner(std::nullopt, working);
    REQUIRE(unassigned.ok());
    CHECK(ids(*unassigned) == QList<qint64>{queued.id});
}
