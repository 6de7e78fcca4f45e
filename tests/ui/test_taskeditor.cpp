// My Day's filter and the task editor, driven by keys as a user would: Alt+U shows what comes up
// from tomorrow on, F2 edits a follow-up (a quick choice, Enter), Ctrl+Z takes the edit back and
// puts the cursor on the task again; the same editor from the 360° view's tasks tab.
#include "core/models/customerprofile.h"
#include "core/models/customertasksmodel.h"
#include "core/models/mydaymodel.h"
#include "core/services/taskservice.h"
#include "core/util/displayformat.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerpanels.h"
#include "ui/customerview.h"
#include "ui/mydayview.h"
#include "ui/taskeditor.h"
#include "ui/undo/edittaskcommand.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// The task editor just opened over `host` (an earlier one may still wait for its deletion), active.
TaskEditor *openedEditor(QWidget &host)
{
    TaskEditor *editor = nullptr;
    for (TaskEditor *e : host.findChildren<TaskEditor *>()) {
        if (e->isVisible())
            editor = e;
    }
    REQUIRE(editor != nullptr);
    REQUIRE(QTest::qWaitFor([editor] { return QApplication::activeWindow() == editor; }));
    return editor;
}

QDateTime localAt(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime).toUTC();
}

qint64 addTask(test::TempWorkspace &t,
               const QString &title,
               const QDateTime &due,
               std::optional<qint64> customer = std::nullopt)
{
    Task task;
    task.title = title;
    task.dueAt = due;
    task.customerId = customer;
    Result<qint64> id = TaskService(t.workspace()).create(task);
    REQUIRE(id.ok());
    return *id;
}

// My Day with an undo stack whose Ctrl+Z works in the window, as in the main window.
struct MyDay
{
    QUndoStack undo;
    MyDayView view;
    QAction *undoAction;

    explicit MyDay(test::TempWorkspace &t)
        : view(t.workspace(), &undo)
        , undoAction(undo.createUndoAction(&view, QStringLiteral("&Undo")))
    {
        undoAction->setShortcut(QKeySequence::Undo);
        undoAction->setShortcutContext(Qt::WindowShortcut);
        view.addAction(undoAction);
        view.resize(1000, 700);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        view.tasksTable()->setFocus();
    }
    QAbstractItemModel *rows() const { return view.tasksTable()->model(); }
    QString dueText(int row) const { return rows()->index(row, MyDayModel::Due).data().toString(); }
    // F2 on the current follow-up; the editor that opens, active.
    TaskEditor *pressF2()
    {
        QTest::keyClick(view.tasksTable(), Qt::Key_F2);
        return openedEditor(view);
    }
    // After the editor closed: the keys go to My Day again.
    void backToView()
    {
        view.activateWindow(); // a window manager's part; the offscreen platform has none
        REQUIRE(QTest::qWaitFor([this] { return QApplication::activeWindow() == &view; }));
    }
};

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    // The focus, or the window when nothing in it takes keys (an empty list hides itself).
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        focus = QApplication::activeWindow();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, k, modifiers);
}

} // namespace

TEST_CASE("My Day's filter: Alt+U shows tomorrow's follow-up, Alt+L all open, Alt+T today",
          "[ui][myday][taskeditor]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const QDate today = t.now().toLocalTime().date();
    addTask(t, QStringLiteral("Call Acme back"), t.now().addSecs(3600));
    const qint64 tomorrow = addTask(t,
                                    QStringLiteral("Follow up the offer"),
                                    localAt(today.addDays(1), 10));
    addTask(t, QStringLiteral("Quarterly review"), localAt(today.addDays(20), 14, 30));
    addTask(t, QStringLiteral("Whenever"), QDateTime());
    MyDay d(t);

    REQUIRE(d.rows()->rowCount() == 2); // today's and the undated one
    CHECK(d.dueText(0).startsWith(QStringLiteral("Today ")));

    key(Qt::Key_U, Qt::AltModifier);
    REQUIRE(d.rows()->rowCount() == 2);
    CHECK(d.view.model()->filter() == MyDayModel::Filter::Upcoming);
    CHECK(d.rows()->index(0, MyDayModel::Title).data().toString()
          == QStringLiteral("Follow up the offer"));
    CHECK(d.dueText(0) == QStringLiteral("Tomorrow ") + display::time(QTime(10, 0)));
    // Later than a week: the weekday and the date, never seconds.
    CHECK(d.dueText(1).contains(display::date(today.addDays(20))));
    CHECK(d.dueText(1).endsWith(display::time(QTime(14, 30))));
    CHECK(d.view.summary().contains(QStringLiteral("2 coming up")));
    CHECK(d.view.tasksTable()->hasFocus()); // the keys go on working in the list
    CHECK(d.view.currentTaskId() == tomorrow);

    key(Qt::Key_L, Qt::AltModifier);
    CHECK(d.rows()->rowCount() == 4);
    key(Qt::Key_T, Qt::AltModifier);
    CHECK(d.rows()->rowCount() == 2);

    // A follow-up logged for tomorrow while Upcoming shows arrives there.
    key(Qt::Key_U, Qt::AltModifier);
    addTask(t, QStringLiteral("Send the brochure"), localAt(today.addDays(1), 9));
    CHECK(d.rows()->rowCount() == 3);
    CHECK(d.rows()->index(0, MyDayModel::Title).data().toString()
          == QStringLiteral("Send the brochure"));
}

TEST_CASE("F2, tomorrow 9:00, Enter moves a follow-up, Ctrl+Z moves it back and selects it",
          "[ui][myday][taskeditor]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const QDate today = t.now().toLocalTime().date();
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Adams & Phillips Ltd"));
    addTask(t, QStringLiteral("Call Acme back"), t.now().addSecs(3600), acme);
    const QDateTime due = t.now().addSecs(7200);
    const qint64 offer = addTask(t, QStringLiteral("Send the offer"), due, acme);
    MyDay d(t);
    REQUIRE(d.rows()->rowCount() == 2);
    key(Qt::Key_Down);
    REQUIRE(d.view.currentTaskId() == offer);

    TaskEditor *editor = d.pressF2();
    CHECK(editor->titleEdit()->hasFocus());
    key(Qt::Key_O, Qt::AltModifier); // tomorrow 9:00, at once
    key(Qt::Key_Return);
    CHECK(editor->isHidden());
    d.backToView();
    TaskService tasks(t.workspace());
    CHECK(tasks.get(offer)->dueAt == localAt(today.addDays(1), 9));
    CHECK(d.rows()->rowCount() == 1); // it left today's list with the change notice
    CHECK(d.undo.count() == 1);
    CHECK(d.undo.text(0) == QStringLiteral("Edit task: Send the offer"));

    key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(tasks.get(offer)->dueAt == due);
    REQUIRE(d.rows()->rowCount() == 2);
    CHECK(d.view.currentTaskId() == offer);

    d.undo.redo();
    CHECK(tasks.get(offer)->dueAt == localAt(today.addDays(1), 9));
    key(Qt::Key_U, Qt::AltModifier);
    CHECK(d.view.currentTaskId() == offer);
}

TEST_CASE("Enter edits the title, an empty title is refused in place, Escape leaves it as it was",
          "[ui][myday][taskeditor]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 id = addTask(t, QStringLiteral("Call back"), t.now().addSecs(3600));
    MyDay d(t);

    QTest::keyClick(d.view.tasksTable(), Qt::Key_Return);
    TaskEditor *editor = openedEditor(d.view);
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Delete);
    key(Qt::Key_Return);
    CHECK(editor->isVisible());
    CHECK(editor->errorText() == QStringLiteral("A task needs a title."));
    CHECK(d.undo.count() == 0);
    CHECK(editor->titleEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Call Acme & Co back"));
    key(Qt::Key_Return);
    d.backToView();
    TaskService tasks(t.workspace());
    CHECK(tasks.get(id)->title == QStringLiteral("Call Acme & Co back"));
    CHECK(d.rows()->index(0, MyDayModel::Title).data().toString()
          == QStringLiteral("Call Acme & Co back"));
    // The menu item reads as written, the "&" not turned into a mnemonic.
    CHECK(d.undo.undoText() == QStringLiteral("Edit task: Call Acme && Co back"));
    CHECK(d.undo.text(0) == QStringLiteral("Edit task: Call Acme & Co back"));

    // Escape closes without saving.
    editor = d.pressF2();
    key(Qt::Key_O, Qt::AltModifier);
    key(Qt::Key_Escape);
    CHECK(editor->isHidden());
    d.backToView();
    CHECK(tasks.get(id)->dueAt == t.now().addSecs(3600));
    CHECK(d.undo.count() == 1);
}

TEST_CASE("Handing a follow-up to a colleague takes it off my day, undo brings it back",
          "[ui][myday][taskeditor]")
{
    test::TempWorkspace t;
    const qint64 colleague = t.addUser(QStringLiteral("b.colleague"), Role::SalesRep, false);
    const qint64 me = t.addUser(QStringLiteral("a.agent"));
    const qint64 id = addTask(t, QStringLiteral("Call back"), t.now().addSecs(3600));
    MyDay d(t);
    TaskEditor *editor = d.pressF2();
    QComboBox *assignee = editor->assigneeBox();
    CHECK(assignee->currentData().toLongLong() == me);
    key(Qt::Key_A, Qt::AltModifier); // to the assignee
    REQUIRE(assignee->hasFocus());
    const int target = assignee->findData(colleague);
    REQUIRE(target >= 0);
    while (assignee->currentIndex() != target)
        key(assignee->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    key(Qt::Key_Return);
    d.backToView();
    TaskService tasks(t.workspace());
    CHECK(tasks.get(id)->assigneeId == colleague);
    CHECK(d.rows()->rowCount() == 0);
    key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(tasks.get(id)->assigneeId == me);
    CHECK(d.rows()->rowCount() == 1);
    CHECK(d.view.currentTaskId() == id);
}

TEST_CASE("Undoing Space puts the cursor on the follow-up again", "[ui][myday][taskeditor]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    addTask(t, QStringLiteral("First"), t.now().addSecs(600));
    const qint64 second = addTask(t, QStringLiteral("Second"), t.now().addSecs(1200));
    addTask(t, QStringLiteral("Third"), t.now().addSecs(1800));
    MyDay d(t);
    key(Qt::Key_Down);
    REQUIRE(d.view.currentTaskId() == second);
    key(Qt::Key_Space);
    CHECK(d.rows()->rowCount() == 2);
    CHECK(d.view.currentTaskId() != second);
    key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(d.rows()->rowCount() == 3);
    CHECK(d.view.currentTaskId() == second);
    CHECK(d.view.tasksTable()->selectionModel()->isRowSelected(1));
}

TEST_CASE("The 360° view's tasks: F2 edits, Space ticks off, undo selects the task again",
          "[ui][customerview][taskeditor]")
{
    test::IsolatedSettings settings(QStringLiteral("taskeditor"));
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const QDate today = t.now().toLocalTime().date();
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 id = addTask(t, QStringLiteral("Call back"), t.now().addSecs(3600), acme);
    QUndoStack undo;
    CustomerView view(t.workspace());
    view.setUndoStack(&undo);
    view.resize(1280, 800);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.showCustomer(acme);
    view.panels()->tabs()->setCurrentIndex(CustomerPanels::Tasks);
    QTableView *list = view.panels()->tasksView();
    REQUIRE(QTest::qWaitFor([list] { return list->model()->rowCount() == 1; }));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, CustomerTasksModel::Title));

    QTest::keyClick(list, Qt::Key_F2);
    openedEditor(view);
    key(Qt::Key_X, Qt::AltModifier); // next week
    key(Qt::Key_Return);
    TaskService tasks(t.workspace());
    const QDateTime nextWeek = TaskEditor::quickDue(TaskEditor::Quick::NextWeek, t.now());
    CHECK(tasks.get(id)->dueAt == nextWeek);
    CHECK(nextWeek.toLocalTime().date() > today);
    CHECK(nextWeek.toLocalTime().date() <= today.addDays(7));
    CHECK(nextWeek.toLocalTime().date().dayOfWeek() == int(QLocale().firstDayOfWeek()));
    CHECK(list->model()->index(0, CustomerTasksModel::Due).data().toString()
          == display::dateTime(nextWeek));
    view.activateWindow(); // a window manager's part; the offscreen platform has none
    REQUIRE(QTest::qWaitFor([&view] { return QApplication::activeWindow() == &view; }));

    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, CustomerTasksModel::Title));
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(tasks.get(id)->isDone());
    CHECK(undo.count() == 2);
    list->clearSelection();
    undo.undo();
    CHECK_FALSE(tasks.get(id)->isDone());
    CHECK(list->currentIndex().data(CustomerPanelModel::IdRole).toLongLong() == id);
    undo.undo();
    CHECK(tasks.get(id)->dueAt == t.now().addSecs(3600));
}

TEST_CASE("Quick due times: later today, tomorrow 9:00, next week", "[ui][taskeditor]")
{
    const QDate day(2026, 3, 11); // a Wednesday
    const QDateTime morning = localAt(day, 9, 20);
    CHECK(TaskEditor::quickDue(TaskEditor::Quick::LaterToday, morning) == localAt(day, 12));
    CHECK(TaskEditor::quickDue(TaskEditor::Quick::LaterToday, localAt(day, 10)) == localAt(day, 12));
    CHECK(TaskEditor::quickDue(TaskEditor::Quick::LaterToday, localAt(day, 22, 30))
          == localAt(day, 23, 59));
    CHECK(TaskEditor::quickDue(TaskEditor::Quick::Tomorrow, morning) == localAt(day.addDays(1), 9));
    const QDate next
        = TaskEditor::quickDue(TaskEditor::Quick::NextWeek, morning).toLocalTime().date();
    CHECK(next.dayOfWeek() == int(QLocale().firstDayOfWeek()));
    CHECK(day.daysTo(next) >= 1);
    CHECK(day.daysTo(next) <= 7);
}

TEST_CASE("A time typed over the whole time field is the time saved", "[ui][taskeditor]")
{
    // Found in use: Home, Shift+End, "10:30" showed ":30" and saved 00:30 without a word.
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::German, QLocale::Germany)}) {
        INFO(locale.name().toStdString());
        const QLocale before;
        QLocale::setDefault(locale);
        test::TempWorkspace t;
        const QDate tomorrow = t.now().toLocalTime().date().addDays(1);
        const qint64 id = addTask(t, QStringLiteral("Call back"), localAt(tomorrow, 9));
        TaskService tasks(t.workspace());
        TaskEditor editor(t.workspace(), *tasks.get(id));
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        QTimeEdit *time = editor.timeEdit();
        time->setFocus();
        for (const auto &selectAll : {std::pair{Qt::Key_End, Qt::ShiftModifier},
                                      std::pair{Qt::Key_A, Qt::ControlModifier}}) {
            QTest::keyClick(time, Qt::Key_Home);
            QTest::keyClick(time, selectAll.first, selectAll.second);
            QTest::keyClicks(time, QStringLiteral("10:30"));
            CHECK(time->time() == QTime(10, 30));
            time->setTime(QTime(9, 0));
        }
        QTest::keyClick(time, Qt::Key_Home);
        QTest::keyClick(time, Qt::Key_End, Qt::ShiftModifier);
        QTest::keyClicks(time, QStringLiteral("10:30"));
        editor.accept();
        CHECK(tasks.get(id)->dueAt == localAt(tomorrow, 10, 30));
        QLocale::setDefault(before);
    }
}

TEST_CASE("Undoing a task edit over someone's later change is refused, not an overwrite",
          "[ui][taskeditor]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 id = addTask(t, QStringLiteral("Call back"), t.now().addSecs(3600));
    TaskService tasks(t.workspace());
    const Task before = *tasks.get(id);
    Task after = before;
    after.title = QStringLiteral("Call back about the offer");
    REQUIRE(tasks.update(after).ok());
    QStringList errors;
    QUndoStack undo;
    undo.push(new EditTaskCommand(t.workspace(), before, after, [&errors](const QString &m) {
        errors << m;
    }));
    Task theirs = *tasks.get(id);
    theirs.title = QStringLiteral("Their title");
    REQUIRE(tasks.update(theirs).ok());
    undo.undo();
    CHECK(tasks.get(id)->title == QStringLiteral("Their title"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("changed meanwhile")));
    CHECK(undo.count() == 0); // the obsolete step is gone
}
