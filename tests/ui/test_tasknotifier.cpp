#include "core/services/duetaskwatcher.h"
#include "core/services/taskservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "ui/tasknotifier.h"

#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("The notifier tells when a follow-up falls due, by the injected clock", "[ui][notifier]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    TaskService tasks(t.workspace());
    Task task;
    task.title = QStringLiteral("Call Acme back");
    task.customerId = acme;
    task.dueAt = t.now().addSecs(15 * 60);
    REQUIRE(tasks.create(task).ok());

    QMainWindow window;
    TaskNotifier notifier(t.workspace(), &window);
    notifier.setChannel(TaskNotifier::Channel::InWindow);
    notifier.watcher()->setInterval(std::chrono::milliseconds(20));
    QSignalSpy notified(&notifier, &TaskNotifier::notified);
    notifier.start();

    QTest::qWait(100);
    CHECK(notified.isEmpty()); // not due yet

    t.advance(15 * 60);
    REQUIRE(QTest::qWaitFor([&] { return notified.count() == 1; }, 2000));
    CHECK(notified.at(0).at(0).toString() == QStringLiteral("Follow-up due"));
    CHECK(notified.at(0).at(1).toString() == QStringLiteral("Call Acme back \u2014 Acme"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Call Acme back")));
    QTest::qWait(100);
    CHECK(notified.count() == 1); // once

    SECTION("several at once make one notice")
    {
        for (int i = 0; i < 4; ++i) {
            Task more;
            more.title = QStringLiteral("Task %1").arg(i);
            more.dueAt = t.now().addSecs(60);
            REQUIRE(tasks.create(more).ok());
        }
        t.advance(60);
        REQUIRE(QTest::qWaitFor([&] { return notified.count() == 2; }, 2000));
        CHECK(notified.at(1).at(0).toString() == QStringLiteral("4 follow-ups due"));
        CHECK(notified.at(1).at(1).toString().contains(QStringLiteral("and 1 more")));
    }
}
