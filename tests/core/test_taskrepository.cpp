#include "core/storage/caserepository.h"
#include "core/storage/taskrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Task makeTask(const QString &title, std::optional<qint64> assignee, const QDateTime &due)
{
    Task t;
    t.title = title;
    t.assigneeId = assignee;
    t.dueAt = due;
    t.createdAt = test::wallClock();
    return t;
}

QList<qint64> ids(const QList<Task> &tasks)
{
    QList<qint64> result;
    for (const Task &t : tasks)
        result << t.id;
    return result;
}

} // namespace

TEST_CASE("A task round-trips every field", "[repo][task]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 rep = test::addUser(t.db(), QStringLiteral("rep"));
    SupportCase c;
    c.customerId = customer;
    c.subject = QStringLiteral("Offer");
    c.openedAt = test::utc(2024, 1, 1);
    REQUIRE(CaseRepository(t.db()).insert(c).ok());
    TaskRepository repo(t.db());

    Task task = makeTask(QStringLiteral("Send the offer"), rep, test::utc(2024, 1, 10, 9));
    task.customerId = customer;
    task.caseId = c.id;
    task.notes = QStringLiteral("Include the volume discount.");
    task.priority = Priority::Urgent; // the highest schema code
    task.createdAt = test::utc(2024, 1, 2, 8, 15);
    task.doneAt = test::utc(2024, 1, 9, 16);
    auto id = repo.insert(task);
    REQUIRE(id.ok());
    CHECK(task.id == *id);
    CHECK(task.version == 1);

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->customerId == customer);
    CHECK(back->caseId == c.id);
    CHECK(back->title == task.title);
    CHECK(back->notes == task.notes);
    CHECK(back->dueAt == task.dueAt);
    CHECK(back->doneAt == task.doneAt);
    CHECK(back->assigneeId == rep);
    CHECK(back->priority == Priority::Urgent);
    CHECK(back->createdAt == task.createdAt);
    CHECK(back->version == 1);

    Task bare;
    bare.title = QStringLiteral("Think");
    // The time comes from the caller (the door's clock): a repository never reads the clock.
    auto unstamped = repo.insert(bare);
    REQUIRE_FALSE(unstamped.ok());
    CHECK(unstamped.error().field() == QStringLiteral("createdAt"));
    bare.createdAt = test::utc(2024, 1, 3, 9);
    REQUIRE(repo.insert(bare).ok());
    auto bareBack = repo.get(bare.id);
    REQUIRE(bareBack.ok());
    CHECK_FALSE(bareBack->customerId.has_value());
    CHECK_FALSE(bareBack->caseId.has_value());
    CHECK_FALSE(bareBack->assigneeId.has_value());
    CHECK_FALSE(bareBack->dueAt.isValid());
    CHECK_FALSE(bareBack->doneAt.isValid());
    CHECK(bareBack->priority == Priority::Normal);
    CHECK(bareBack->createdAt == bare.createdAt);
}

TEST_CASE("Updating a task checks its version", "[repo][task]")
{
    test::TempDatabase t;
    TaskRepository repo(t.db());
    Task task = makeTask(QStringLiteral("Call"), std::nullopt, test::utc(2024, 1, 10));
    REQUIRE(repo.insert(task).ok());
    Task stale = task;

    task.doneAt = QDateTime::currentDateTimeUtc();
    task.doneAt = QDateTime::fromSecsSinceEpoch(task.doneAt.toSecsSinceEpoch(), Qt::UTC);
    REQUIRE(repo.update(task).ok());
    CHECK(task.version == 2);
    CHECK(repo.get(task.id)->doneAt == task.doneAt);

    stale.title = QStringLiteral("Call twice");
    Status conflict = repo.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind() == Error::Kind::Conflict);
    CHECK(repo.get(task.id)->title == QStringLiteral("Call"));

    Task ghost = makeTask(QStringLiteral("Ghost"), 4242, QDateTime());
    auto refused = repo.insert(ghost);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);

    REQUIRE(repo.remove(task.id).ok());
    CHECK(repo.get(task.id).error().kind() == Error::Kind::NotFound);
    CHECK(repo.update(task).error().kind() == Error::Kind::NotFound);
    CHECK(repo.remove(task.id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Tasks are listed per assignee (open, due), per customer and per case", "[repo][task]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 ann = test::addUser(t.db(), QStringLiteral("ann"));
    const qint64 ben = test::addUser(t.db(), QStringLiteral("ben"));
    TaskRepository repo(t.db());

    Task overdue = makeTask(QStringLiteral("overdue"), ann, test::utc(2024, 1, 1));
    Task soonLow = makeTask(QStringLiteral("soon low"), ann, test::utc(2024, 1, 5));
    soonLow.priority = Priority::Low;
    Task soonHigh = makeTask(QStringLiteral("soon high"), ann, test::utc(2024, 1, 5));
    soonHigh.priority = Priority::High;
    Task later = makeTask(QStringLiteral("later"), ann, test::utc(2024, 6, 1));
    Task undated = makeTask(QStringLiteral("undated"), ann, QDateTime());
    Task done = makeTask(QStringLiteral("done"), ann, test::utc(2024, 1, 2));
    done.createdAt = test::utc(2023, 12, 1);
    done.doneAt = test::utc(2024, 1, 2);
    Task bens = makeTask(QStringLiteral("ben's"), ben, test::utc(2024, 1, 1));
    Task nobodys = makeTask(QStringLiteral("nobody's"), std::nullopt, test::utc(2024, 1, 1));
    overdue.customerId = customer;
    overdue.createdAt = test::utc(2023, 12, 20);
    done.customerId = customer;
    for (Task *task : {&overdue, &soonLow, &soonHigh, &later, &undated, &done, &bens, &nobodys})
        REQUIRE(repo.insert(*task).ok());

    auto open = repo.listOpenForAssignee(ann);
    REQUIRE(open.ok());
    CHECK(ids(*open) == QList<qint64>{overdue.id, soonHigh.id, soonLow.id, later.id, undated.id});
    CHECK(repo.listOpenForAssignee(ann, 2)->size() == 2);

    auto due = repo.listDueForAssignee(ann, test::utc(2024, 1, 6));
    REQUIRE(due.ok());
    CHECK(ids(*due) == QList<qint64>{overdue.id, soonHigh.id, soonLow.id});

    auto unassigned = repo.listOpenForAssignee(std::nullopt);
    REQUIRE(unassigned.ok());
    CHECK(ids(*unassigned) == QList<qint64>{nobodys.id});

    auto forCustomer = repo.listForCustomer(customer);
    REQUIRE(forCustomer.ok());
    CHECK(ids(*forCustomer) == QList<qint64>{overdue.id, done.id}); // newest first

    SupportCase c;
    c.customerId = customer;
    c.subject = QStringLiteral("Case");
    c.openedAt = test::utc(2024, 1, 1);
    REQUIRE(CaseRepository(t.db()).insert(c).ok());
    Task first = makeTask(QStringLiteral("first"), ann, QDateTime());
    first.caseId = c.id;
    first.createdAt = test::utc(2024, 1, 1, 10);
    Task second = first;
    second.title = QStringLiteral("second");
    second.createdAt = test::utc(2024, 1, 1, 11);
    REQUIRE(repo.insert(second).ok());
    REQUIRE(repo.insert(first).ok());
    auto forCase = repo.listForCase(c.id);
    REQUIRE(forCase.ok());
    CHECK(ids(*forCase) == QList<qint64>{first.id, second.id}); // oldest first
}
