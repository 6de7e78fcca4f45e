// Calls and cases are undone from the main window's one undo stack, by keyboard: the quick log
// (the call, its follow-up task and the case it opened), a new case and a case's status change;
// and the survey answer steps, which no view pushes yet.
// The database is checked with SQL, the views through their models.
#include "core/models/customerprofile.h"
#include "core/models/mycasesmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/caseservice.h"
#include "core/services/surveyservice.h"
#include "core/services/taskservice.h"
#include "core/storage/taskrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "tests/ui/keyboard.h"
#include "ui/casedialog.h"
#include "ui/customerview.h"
#include "ui/mainwindow.h"
#include "ui/mycasesview.h"
#include "ui/mydayview.h"
#include "ui/quicklogdialog.h"
#include "ui/undo/surveycommands.h"
#include "ui/undo/undofeedback.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// Ada, a signed-in agent, and the main window open on the file. The test's own workspace is a
// second connection to the same file, as another program would be.
struct Office
{
    Office()
        : settings(QStringLiteral("undocallscases"))
    {
        agent = t.addUser(QStringLiteral("h.vermeulen"));
        ada = t.addPerson(QStringLiteral("Ada"),
                          QStringLiteral("Lovelace"),
                          QStringLiteral("030 1234567"));
        window.setErrorPresenter(
            [this](QWidget *, const QString &, const QString &message) { errors << message; });
        REQUIRE(window.openDatabase(t.path()));
        REQUIRE(window.workspace()->setCurrentUser(agent).ok());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    // One number from the database.
    qint64 sql(const QString &query)
    {
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(query));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    qint64 rows(const char *table) { return test::rowCount(t.db(), table); }
    QUndoStack *stack() const { return window.undoStack(); }
    // The dialog closed: the main window has the keyboard again (offscreen it must be asked).
    void backToWindow()
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    const MyCasesModel *myCases() const { return window.myDayView()->casesView()->model(); }
    // The Edit menu's Undo item as shown.
    QString undoItem() const
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().startsWith(QLatin1String("&Undo")))
                return action->text();
        }
        return {};
    }

    test::IsolatedSettings settings;
    test::TempWorkspace t;
    MainWindow window;
    qint64 agent = 0;
    qint64 ada = 0;
    QStringList errors;
};

bool focusIn(const QWidget *window)
{
    return QTest::qWaitFor([window] {
        const QWidget *focus = QApplication::focusWidget();
        return focus && focus->window() == window;
    });
}

// Ctrl+L on Ada's 360° view, the notes, Alt+T (a complaint: opens a case), Alt+F (a follow-up),
// Ctrl+Enter.
void logComplaint(Office &o, test::Keyboard &keys)
{
    keys.key(Qt::Key_L, Qt::ControlModifier);
    QPointer<QuickLogDialog> dialog = o.window.findChild<QuickLogDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(focusIn(dialog));
    keys.text(QStringLiteral("The pump leaks again."));
    keys.key(Qt::Key_T, Qt::AltModifier);
    keys.key(Qt::Key_F, Qt::AltModifier);
    REQUIRE(dialog->opensCase());
    REQUIRE(dialog->hasFollowUp());
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }));
    o.backToWindow();
}

} // namespace

TEST_CASE(
    "Ctrl+Z takes a logged call back with its task and case, and Ctrl+Shift+Z brings them back",
    "[ui][undo][quicklog]")
{
    Office o;
    o.window.openCustomer(o.ada);
    const TimelineModel *timeline = o.window.customerPage()->profile()->timeline();
    const int before = timeline->rowCount();
    test::Keyboard keys(&o.window);
    logComplaint(o, keys);

    REQUIRE(o.rows("interactions") == 1);
    REQUIRE(o.rows("tasks") == 1);
    REQUIRE(o.rows("cases") == 1);
    const qint64 callId = o.sql(QStringLiteral("SELECT id FROM interactions"));
    const qint64 taskId = o.sql(QStringLiteral("SELECT id FROM tasks"));
    const qint64 caseId = o.sql(QStringLiteral("SELECT id FROM cases"));
    CHECK(o.stack()->undoText() == QStringLiteral("Log call with Ada Lovelace"));
    CHECK(o.undoItem() == QStringLiteral("&Undo Log call with Ada Lovelace"));
    const int logged = timeline->rowCount();
    CHECK(logged > before);
    CHECK(o.myCases()->rowCount() == 1);

    keys.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(o.rows("interactions") == 0);
    CHECK(o.rows("tasks") == 0);
    CHECK(o.rows("cases") == 0);
    CHECK(timeline->rowCount() == before);
    CHECK(o.myCases()->rowCount() == 0);
    // The undo is a write like any other: in the history, by the signed-in agent.
    CHECK(o.sql(QStringLiteral("SELECT count(*) FROM history WHERE operation = 'delete' AND "
                               "entity IN ('interaction', 'task', 'case') AND user_id = %1")
                    .arg(o.agent))
          == 3);

    keys.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(o.sql(QStringLiteral("SELECT id FROM interactions")) == callId);
    CHECK(o.sql(QStringLiteral("SELECT id FROM tasks")) == taskId);
    CHECK(o.sql(QStringLiteral("SELECT id FROM cases")) == caseId);
    CHECK(o.sql(QStringLiteral("SELECT case_id FROM interactions")) == caseId);
    CHECK(timeline->rowCount() == logged);
    CHECK(o.myCases()->rowCount() == 1);
    CHECK(o.sql(QStringLiteral("SELECT count(*) FROM history WHERE operation = 'create' AND "
                               "entity = 'interaction' AND entity_id = %1")
                    .arg(callId))
          == 2);
    CHECK(o.errors.isEmpty());
}

TEST_CASE("Ctrl+Z on a call whose task was changed since is refused with one sentence",
          "[ui][undo][quicklog]")
{
    Office o;
    o.window.openCustomer(o.ada);
    test::Keyboard keys(&o.window);
    logComplaint(o, keys);

    // Another program edits the follow-up meanwhile.
    Task task = *TaskRepository(o.t.db()).get(o.sql(QStringLiteral("SELECT id FROM tasks")));
    task.title = QStringLiteral("Send Bernd, he knows the pump");
    REQUIRE(TaskService(o.t.workspace()).update(task).ok());

    keys.key(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(o.errors.size() == 1);
    CHECK(o.errors.first().contains(QStringLiteral("Log call with Ada Lovelace")));
    CHECK(o.errors.first().contains(QStringLiteral("changed or deleted since")));
    CHECK(o.rows("interactions") == 1);
    CHECK(o.rows("tasks") == 1);
    CHECK(o.rows("cases") == 1);
    CHECK(o.sql(QStringLiteral("SELECT count(*) FROM history WHERE operation = 'delete'")) == 0);
    CHECK_FALSE(o.stack()->canUndo()); // taken off the history, not tried again
}

TEST_CASE("A case's status change and a new case are undone from the main window",
          "[ui][undo][case]")
{
    Office o;
    SupportCase pump;
    pump.customerId = o.ada;
    pump.subject = QStringLiteral("Pump leaks");
    REQUIRE(CaseService(*o.window.workspace()).open(pump).ok());
    REQUIRE(o.myCases()->rowCount() == 1);

    // Resolve it from its editor: Ctrl+R, the resolution, Ctrl+Enter.
    QPointer<CaseDialog> dialog = qobject_cast<CaseDialog *>(o.window.openCase(pump.id));
    REQUIRE(dialog != nullptr);
    REQUIRE(focusIn(dialog));
    test::Keyboard dialogKeys(dialog);
    dialogKeys.key(Qt::Key_R, Qt::ControlModifier);
    dialogKeys.text(QStringLiteral("Replaced the seal."));
    dialogKeys.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }));
    o.backToWindow();
    const QString resolved = QStringLiteral("SELECT status FROM cases WHERE id = %1").arg(pump.id);
    REQUIRE(o.sql(resolved) == int(CaseStatus::Resolved));
    const qint64 resolvedAt = o.sql(
        QStringLiteral("SELECT resolved_at FROM cases WHERE id = %1").arg(pump.id));
    CHECK(o.stack()->undoText()
          == QStringLiteral("Set case %1 to %2")
                 .arg(caseReference(pump.id), caseStatusName(CaseStatus::Resolved)));
    CHECK(o.myCases()->rowCount() == 0);

    test::Keyboard keys(&o.window);
    o.t.advance(120);
    keys.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(o.sql(resolved) == int(CaseStatus::Open));
    CHECK(o.sql(QStringLiteral("SELECT resolution IS NULL AND resolved_at IS NULL FROM cases"))
          == 1);
    CHECK(o.myCases()->rowCount() == 1);
    keys.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(o.sql(resolved) == int(CaseStatus::Resolved));
    CHECK(o.sql(QStringLiteral("SELECT resolved_at FROM cases")) == resolvedAt);
    CHECK(o.myCases()->rowCount() == 0);

    // A new case for the open customer: Ctrl+Z deletes it, Ctrl+Shift+Z writes it back.
    o.window.openCustomer(o.ada);
    QPointer<CaseDialog> opening = qobject_cast<CaseDialog *>(o.window.newCase());
    REQUIRE(opening != nullptr);
    REQUIRE(focusIn(opening));
    test::Keyboard openingKeys(opening);
    openingKeys.text(QStringLiteral("Invoice charged twice"));
    openingKeys.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !opening || !opening->isVisible(); }));
    o.backToWindow();
    REQUIRE(o.rows("cases") == 2);
    const qint64 invoice = o.sql(QStringLiteral("SELECT max(id) FROM cases"));
    CHECK(o.stack()->undoText() == QStringLiteral("Open case for Ada Lovelace"));
    CHECK(o.myCases()->rowCount() == 1);
    keys.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(o.rows("cases") == 1);
    CHECK(o.myCases()->rowCount() == 0);
    keys.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(o.sql(QStringLiteral("SELECT max(id) FROM cases")) == invoice);
    CHECK(o.myCases()->rowCount() == 1);
    CHECK(o.errors.isEmpty());
}

TEST_CASE("Survey answers added and removed are steps on an undo stack", "[ui][undo][survey]")
{
    // No view adds or removes answers yet: the commands are driven on a stack directly.
    test::TempWorkspace t;
    const qint64 ada = t.addPerson(QStringLiteral("Ada"),
                                   QStringLiteral("Lovelace"),
                                   QStringLiteral("030 1234567"));
    QUndoStack stack;
    QStringList errors;
    QObject::connect(UndoFeedback::of(&stack),
                     &UndoFeedback::failed,
                     &stack,
                     [&](const QString &, const QString &message) { errors << message; });
    SurveyAnswer answer;
    answer.customerId = ada;
    answer.score = 9;
    auto add = std::make_unique<AddSurveyAnswerCommand>(t.workspace(), answer);
    const AddSurveyAnswerCommand *added = add.get();
    REQUIRE(CustomerCommand::run(&stack, std::move(add)).ok());
    const qint64 id = added->answer().id;
    CHECK(stack.undoText() == QStringLiteral("Add survey answer (score 9)"));
    CHECK(test::rowCount(t.db(), "surveys") == 1);
    stack.undo();
    CHECK(test::rowCount(t.db(), "surveys") == 0);
    stack.redo();
    CHECK(SurveyService(t.workspace()).get(id).ok());

    auto answerNow = SurveyService(t.workspace()).get(id);
    REQUIRE(answerNow.ok());
    REQUIRE(
        CustomerCommand::run(&stack,
                             std::make_unique<RemoveSurveyAnswerCommand>(t.workspace(), *answerNow))
            .ok());
    CHECK(test::rowCount(t.db(), "surveys") == 0);
    stack.undo();
    CHECK(SurveyService(t.workspace()).get(id)->score == 9);
    CHECK(errors.isEmpty());
}

TEST_CASE("Edit menu after a logged call, as a picture", "[.shot]")
{
    Office o;
    o.window.resize(1280, 800);
    o.window.openCustomer(o.ada);
    test::Keyboard keys(&o.window);
    logComplaint(o, keys);
    QMenu *edit = nullptr;
    for (QAction *action : o.window.menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Edit"))
            edit = action->menu();
    }
    REQUIRE(edit != nullptr);
    edit->popup(o.window.mapToGlobal(QPoint(60, 30)));
    REQUIRE(QTest::qWaitForWindowExposed(edit));
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QDir::tempPath());
    CHECK(edit->grab().save(folder + QStringLiteral("/undo-edit-menu.png")));
    edit->hide();
}
