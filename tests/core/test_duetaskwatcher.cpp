#include "core/services/duetaskwatcher.h"
#include "core/services/taskservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("The watcher announces each task once, when it falls due", "[watcher][myday]")
{
    test::TempWorkspace t;
    const qint64 colleague = t.addUser(QStringLiteral("b.agent"), Role::ServiceAgent, false);
    t.addUser(QStringLiteral("a.agent"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    TaskService tasks(t.workspace());
    const auto add = [&](const char *title, qint64 secondsFromNow, qint64 assignee = 0) {
        Task task;
        task.title = QString::fromLatin1(title);
        task.customerId = acme;
        task.dueAt = t.now().addSecs(secondsFromNow);
        if (assignee)
            task.assigneeId = assignee;
        REQUIRE(tasks.create(task).ok());
        return task;
    };
    add("already overdue", -60);
    Task soon = add("in five minutes", 300);
    add("in an hour", 3600);
    add("colleague's", 120, colleague);

    DueTaskWatcher watcher(t.workspace());
    QSignalSpy due(&watcher, &DueTaskWatcher::taskDue);
    watcher.check();
    CHECK(due.isEmpty()); // what was due before it started is in "my day" already

    t.advance(299);
    watcher.check();
    CHECK(due.isEmpty());
    t.advance(1);
    watcher.check();
    REQUIRE(due.count() == 1);
    const auto item = due.at(0).at(0).value<TaskListItem>();
    CHECK(item.task.id == soon.id);
    CHECK(item.customerName == QStringLiteral("Acme"));
    watcher.check();
    CHECK(due.count() == 1); // once only

    SECTION("a task done before it falls due is not announced")
    {
        Task hour = *TaskService(t.workspace()).get(soon.id + 1);
        REQUIRE(tasks.markDone(hour).ok());
        t.advance(3600);
        watcher.check();
        CHECK(due.count() == 1);
    }
    SECTION("the timer checks by itself")
    {
        watcher.setInterval(std::chrono::milliseconds(10));
        watcher.start();
        t.advance(3600);
        CHECK(QTest::qWaitFor([&] { return due.count() == 2; }, 2000));
        CHECK(due.at(1).at(0).value<TaskListItem>().task.title == QStringLiteral("in an hour"));
    }
}
