#include "core/services/changebus.h"
#include "core/services/taskservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("A task is done and open again, each announced", "[service][task]")
{
    test::TempWorkspace t;
    const qint64 agent = t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    TaskService service(t.workspace());
    Task task;
    task.title = QStringLiteral("Send the offer");
    task.customerId = customer;
    task.dueAt = t.now().addSecs(3600);
    REQUIRE(service.create(task).ok());
    CHECK(task.assigneeId == agent);
    CHECK(task.createdAt == t.now());

    QSignalSpy notices(&t->changes(), &ChangeBus::changed);
    t.advance(600);
    REQUIRE(service.markDone(task).ok());
    CHECK(task.doneAt == t.now());
    CHECK(service.get(task.id)->doneAt == t.now());
    REQUIRE(notices.count() == 1);
    auto notice = notices.at(0).at(0).value<ChangeNotice>();
    CHECK(notice.entity == ChangeNotice::Entity::Task);
    CHECK(notice.ids == QList<qint64>{task.id});
    CHECK(notice.customerIds == QList<qint64>{customer});

    REQUIRE(service.markDone(task).ok()); // already done: nothing to do
    CHECK(notices.count() == 1);

    REQUIRE(service.reopen(task).ok());
    CHECK_FALSE(task.isDone());
    CHECK_FALSE(service.get(task.id)->doneAt.isValid());
    CHECK(notices.count() == 2);
}

TEST_CASE("Ticking off a stale task is a conflict", "[service][task]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    TaskService service(t.workspace());
    Task task;
    task.title = QStringLiteral("Call back");
    REQUIRE(service.create(task).ok());
    Task other = task;
    other.title = QStringLiteral("Call back tomorrow");
    REQUIRE(service.update(other).ok());
    const Status s = service.markDone(task);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Conflict);
    CHECK_FALSE(service.get(task.id)->isDone());
}

TEST_CASE("My day holds today's and overdue open tasks, then the undated ones", "[service][task]")
{
    test::TempWorkspace t;
    const qint64 me = t.addUser(QStringLiteral("a.agent"));
    const qint64 colleague = t.addUser(QStringLiteral("b.agent"), Role::ServiceAgent, false);
    TaskService service(t.workspace());
    const auto add = [&](const char *title, const QDateTime &due, qint64 assignee) {
        Task task;
        task.title = QString::fromLatin1(title);
        task.dueAt = due;
        task.assigneeId = assignee;
        REQUIRE(service.create(task).ok());
        return task;
    };
    const QDateTime now = t.now();
    const QDateTime endOfDay = TaskService::endOfLocalDay(now);
    add("later today", endOfDay.addSecs(-60), me);
    add("overdue", now.addDays(-2), me);
    add("undated", QDateTime(), me);
    add("tomorrow", endOfDay.addSecs(60), me);
    add("someone else's", now.addSecs(-60), colleague);
    Task done = add("done already", now.addSecs(-3600), me);
    REQUIRE(service.markDone(done).ok());

    auto day = service.myDay();
    REQUIRE(day.ok());
    QStringList titles;
    for (const TaskListItem &item : *day)
        titles << item.task.title;
    CHECK(titles
          == QStringList{QStringLiteral("overdue"),
                         QStringLiteral("later today"),
                         QStringLiteral("undated")});
    CHECK(service.myDay(false)->size() == 2);
}

TEST_CASE("The end of the local day is the next local midnight", "[service][task]")
{
    const QDateTime noon(QDate(2025, 5, 12), QTime(12, 0), Qt::LocalTime);
    const QDateTime end = TaskService::endOfLocalDay(noon.toUTC());
    CHECK(end.toLocalTime() == QDateTime(QDate(2025, 5, 13), QTime(0, 0), Qt::LocalTime));
    CHECK(end.timeSpec() == Qt::UTC);
}
