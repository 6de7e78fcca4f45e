#include "core/models/mydaymodel.h"
#include "core/services/taskservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "ui/mydayview.h"
#include "ui/taskdonecommand.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("A follow-up done with one key leaves my day, and undo brings it back", "[ui][myday]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    TaskService tasks(t.workspace());
    for (const char *title : {"Call Acme back", "Send the offer", "Book the technician"}) {
        Task task;
        task.title = QString::fromLatin1(title);
        task.customerId = acme;
        task.dueAt = t.now().addSecs(-3600 * (3 - tasks.myDay()->size()));
        REQUIRE(tasks.create(task).ok());
    }
    QUndoStack undo;
    MyDayView view(t.workspace(), &undo);
    view.resize(900, 600);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QTableView *table = view.tasksTable();
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(view.summary().contains(QStringLiteral("3 overdue")));
    CHECK(table->model()->index(0, MyDayModel::Due).data(Qt::ForegroundRole).isValid()); // red
    CHECK_FALSE(table->model()->index(0, MyDayModel::Title).data(Qt::ForegroundRole).isValid());

    table->setFocus();
    const qint64 first = view.currentTaskId();
    REQUIRE(first != 0);
    QTest::keyClick(table, Qt::Key_Space);
    CHECK(table->model()->rowCount() == 2);
    CHECK(tasks.get(first)->isDone());
    CHECK(view.currentTaskId() != 0); // the cursor stays in the list for the next one
    CHECK(view.summary().contains(QStringLiteral("2 overdue")));

    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    CHECK(table->model()->rowCount() == 1);
    CHECK(undo.count() == 2);

    undo.undo();
    CHECK(table->model()->rowCount() == 2);
    undo.undo();
    CHECK(table->model()->rowCount() == 3);
    CHECK_FALSE(tasks.get(first)->isDone());
    undo.redo();
    CHECK(table->model()->rowCount() == 2);
    CHECK(tasks.get(first)->isDone());
}

TEST_CASE("Ctrl+Enter on a follow-up opens its customer", "[ui][myday]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    Task task;
    task.title = QStringLiteral("Call back");
    task.customerId = acme;
    REQUIRE(TaskService(t.workspace()).create(task).ok()); // undated: still on my day
    MyDayView view(t.workspace());
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QSignalSpy opened(&view, &MyDayView::customerActivated);
    view.tasksTable()->setFocus();
    QTest::keyClick(view.tasksTable(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == acme);
}

TEST_CASE("Opening a done task again is undoable too", "[ui][myday]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    TaskService tasks(t.workspace());
    Task task;
    task.title = QStringLiteral("Call Acme back");
    task.customerId = test::addCustomer(t.db(), QStringLiteral("Acme"));
    task.dueAt = t.now().addSecs(3600);
    REQUIRE(tasks.create(task).ok());
    REQUIRE(tasks.markDone(task).ok());

    QStringList errors;
    QUndoStack undo;
    REQUIRE(tasks.reopen(task).ok());
    undo.push(new TaskDoneCommand(
        t.workspace(),
        task,
        [&errors](const QString &message) { errors << message; },
        TaskDoneCommand::Step::Reopened));
    CHECK(undo.undoText() == QStringLiteral("Open again: Call Acme back"));
    CHECK_FALSE(tasks.get(task.id)->isDone()); // pushing does not take the step twice
    undo.undo();
    CHECK(tasks.get(task.id)->isDone());
    undo.redo();
    CHECK_FALSE(tasks.get(task.id)->isDone());
    CHECK(errors.isEmpty());
}
