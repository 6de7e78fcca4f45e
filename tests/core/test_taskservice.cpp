#include "core/services/changebus.h"
#include "core/services/taskservice.h"
#include "core/storage/taskrepository.h"
#include "core/storage/userrepository.h"
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

TEST_CASE("An edit is validated, handed only to active users, announced once", "[service][task]")
{
    test::TempWorkspace t;
    const qint64 me = t.addUser(QStringLiteral("a.agent"));
    const qint64 colleague = t.addUser(QStringLiteral("b.colleague"), Role::SalesRep, false);
    const qint64 gone = t.addUser(QStringLiteral("c.gone"), Role::SalesRep, false);
    {
        UserRepository users(t.db());
        User left = *users.get(gone);
        left.active = false;
        REQUIRE(test::committed(t.db(), [&] { return users.update(left, t->now()); }).ok());
    }
    TaskService service(t.workspace());
    Task task;
    task.title = QStringLiteral("Call back");
    REQUIRE(service.create(task).ok());
    QSignalSpy notices(&t->changes(), &ChangeBus::changed);

    Task edit = task;
    edit.title = QStringLiteral("   ");
    Status s = service.update(edit);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field() == QStringLiteral("title"));

    edit = task;
    edit.assigneeId = gone;
    s = service.update(edit);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK(s.error().field() == QStringLiteral("assigneeId"));
    CHECK(service.get(task.id)->assigneeId == me);
    CHECK(notices.isEmpty());

    edit = task;
    edit.title = QStringLiteral("  Call  back tomorrow ");
    edit.assigneeId = colleague;
    edit.dueAt = t.now().addDays(1);
    REQUIRE(service.update(edit).ok());
    CHECK(edit.title == QStringLiteral("Call back tomorrow"));
    CHECK(edit.version == task.version + 1);
    const Task stored = *service.get(task.id);
    CHECK(stored.assigneeId == colleague);
    CHECK(stored.dueAt == t.now().addDays(1));
    REQUIRE(notices.count() == 1);
    CHECK(notices.at(0).at(0).value<ChangeNotice>().action == ChangeNotice::Action::Updated);

    // Someone who has left keeps what they had until it is handed on.
    {
        Task held = stored;
        REQUIRE(TaskRepository(t.db()).get(held.id).ok());
        held.assigneeId = gone;
        REQUIRE(test::committed(t.db(), [&] { return TaskRepository(t.db()).update(held); }).ok());
        held.title = QStringLiteral("Still theirs");
        CHECK(service.update(held).ok());
    }
}

TEST_CASE("Upcoming holds the open tasks due from tomorrow on, all open holds every one",
          "[service][task]")
{
    test::TempWorkspace t; // 10:00 local time
    t.addUser(QStringLiteral("a.agent"));
    TaskService service(t.workspace());
    const QDate today = t.now().toLocalTime().date();
    const auto add = [&](const char *title, const QDateTime &due) {
        Task task;
        task.title = QString::fromLatin1(title);
        task.dueAt = due;
        REQUIRE(service.create(task).ok());
        return task;
    };
    add("late", t.now().addSecs(-3600));
    add("tonight", QDateTime(today, QTime(23, 59, 59), Qt::LocalTime).toUTC());
    add("midnight", QDateTime(today.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC());
    add("next month", QDateTime(today.addDays(30), QTime(9, 0), Qt::LocalTime).toUTC());
    add("undated", QDateTime());
    Task done = add("done tomorrow",
                    QDateTime(today.addDays(1), QTime(9, 0), Qt::LocalTime).toUTC());
    REQUIRE(service.markDone(done).ok());

    const auto titles = [](const Result<QList<TaskListItem>> &items) {
        REQUIRE(items.ok());
        QStringList out;
        for (const TaskListItem &item : *items)
            out << item.task.title;
        return out;
    };
    CHECK(titles(service.upcoming())
          == QStringList{QStringLiteral("midnight"), QStringLiteral("next month")});
    CHECK(titles(service.allOpen())
          == QStringList{QStringLiteral("late"),
                         QStringLiteral("tonight"),
                         QStringLiteral("midnight"),
                         QStringLiteral("next month"),
                         QStringLiteral("undated")});
}
