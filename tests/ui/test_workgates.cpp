// The writes of "my day", the task editor, the case dialog and the import history follow the
// role (issue 13): ticking off or editing a follow-up about another team's customer, saving it
// in the task editor or saving such a case, and reverting a batch the role may not revert are
// disabled, with the door's reason as the tooltip. Real widgets, QTest events.
#include "core/models/batchlistmodel.h"
#include "core/models/mydaymodel.h"
#include "core/models/trashmodel.h"
#include "core/services/accountservice.h"
#include "core/services/batchrevert.h"
#include "core/services/caseservice.h"
#include "core/services/customeraccess.h"
#include "core/services/customermerge.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/services/taskservice.h"
#include "core/services/workspace.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/batchhistoryview.h"
#include "ui/casedialog.h"
#include "ui/customerpanels.h"
#include "ui/customerview.h"
#include "ui/mydayview.h"
#include "ui/permissiongate.h"
#include "ui/taskeditor.h"
#include "ui/trashview.h"

#include <QAction>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace rapport;

namespace {

// Team North: the manager Mia and the rep Rita; team South: the rep Sam. Rita's and Sam's
// customers; Mia's follow-ups about each and one about no customer. A manager sees every
// customer but edits (and merges) only her teams'.
struct Office
{
    Office()
        : settings(QStringLiteral("workgates"))
    {
        t->signOut();
        mia = user("mia", Role::Manager, {QStringLiteral("North")});
        rita = user("rita", Role::SalesRep, {QStringLiteral("North")});
        sam = user("sam", Role::SalesRep, {QStringLiteral("South")});
        ritas = person("Rita's", rita);
        sams = person("Sam's", sam);
        task("Call Rita's back", ritas, t.now().addSecs(-7200));
        task("Call Sam's back", sams, t.now().addSecs(-3600));
        task("Plan the week", 0, t.now().addSecs(-60));
    }

    qint64 user(const char *login, Role role, QStringList teams)
    {
        NewUser u;
        u.login = QString::fromLatin1(login);
        u.displayName = u.login;
        u.role = role;
        u.teams = std::move(teams);
        Result<qint64> id = t->accounts().addUser(u);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 person(const char *name, qint64 owner)
    {
        Customer c;
        c.firstName = QStringLiteral("Jo");
        c.lastName = QString::fromUtf8(name);
        c.ownerId = owner;
        QList<ContactPoint> none;
        REQUIRE(t->customers().create(c, none).ok());
        return c.id;
    }

    void task(const char *title, qint64 customer, const QDateTime &due)
    {
        Task task;
        task.title = QString::fromLatin1(title);
        if (customer)
            task.customerId = customer;
        task.assigneeId = mia;
        task.dueAt = due;
        REQUIRE(t->tasks().create(task).ok());
    }

    // The reason CustomerAccess (the door's question) gives for `permission` on `customer`.
    QString refusal(Permission permission, qint64 customer)
    {
        const Status s = CustomerAccess(t.db()).check(t->access(), permission, customer);
        REQUIRE_FALSE(s.ok());
        return s.error().message();
    }

    test::IsolatedSettings settings;
    test::TempWorkspace t;
    qint64 mia = 0, rita = 0, sam = 0;
    qint64 ritas = 0, sams = 0;
};

void show(QWidget &widget)
{
    widget.resize(900, 600);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

int rowOf(const MyDayModel &model, qint64 customer)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.customerIdAt(row) == customer)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("My day: a follow-up about another team's customer cannot be ticked off or edited",
          "[ui][gates][myday]")
{
    Office o;
    REQUIRE(o.t->setCurrentUser(o.mia).ok());
    MyDayView view(o.t.workspace());
    show(view);
    QTableView *table = view.tasksTable();
    MyDayModel *model = view.model();
    REQUIRE(model->rowCount() == 3); // a manager sees every customer's

    // Rita's customer is her team's: both actions are there.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOf(*model, o.ritas), MyDayModel::Title));
    CHECK(view.markDoneAction()->isEnabled());
    CHECK(view.editTaskAction()->isEnabled());

    // Sam's is another team's: disabled, with the door's reason.
    const int samsRow = rowOf(*model, o.sams);
    table->setCurrentIndex(table->model()->index(samsRow, MyDayModel::Title));
    const QString why = o.refusal(Permission::Edit, o.sams);
    CHECK(why.contains(QStringLiteral("only for the customers of your teams")));
    for (QAction *action : {view.markDoneAction(), view.editTaskAction()}) {
        INFO(action->objectName().toStdString());
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip() == why);
        CHECK(view.permissionGate()->refusal(action) == why);
    }
    // Space and a double click do nothing: the follow-up stays open and no editor opens.
    const qint64 samsTask = view.currentTaskId();
    QTest::keyClick(table, Qt::Key_Space);
    CHECK_FALSE(o.t->tasks().get(samsTask)->isDone());
    const QRect cell = table->visualRect(table->model()->index(samsRow, MyDayModel::Title));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(view.findChild<TaskEditor *>() == nullptr);

    // A follow-up about no customer needs the level alone.
    table->setCurrentIndex(table->model()->index(rowOf(*model, 0), MyDayModel::Title));
    CHECK(view.markDoneAction()->isEnabled());
    QTest::keyClick(table, Qt::Key_Space);
    CHECK(model->rowCount() == 2);
}

TEST_CASE("The task editor opens a follow-up the role may not edit with Save disabled",
          "[ui][gates][taskeditor]")
{
    Office o;
    REQUIRE(o.t->setCurrentUser(o.mia).ok());
    Result<QList<TaskListItem>> day = o.t->tasks().myDay();
    REQUIRE(day.ok());
    Task samsTask, ritasTask;
    for (const TaskListItem &item : std::as_const(*day)) {
        if (item.task.customerId == o.sams)
            samsTask = item.task;
        else if (item.task.customerId == o.ritas)
            ritasTask = item.task;
    }
    REQUIRE(samsTask.id);
    REQUIRE(ritasTask.id);

    {
        TaskEditor editor(o.t.workspace(), samsTask);
        show(editor);
        const QString why = o.refusal(Permission::Edit, o.sams);
        CHECK_FALSE(editor.saveButton()->isEnabled());
        CHECK(editor.saveButton()->toolTip() == why);
        CHECK(editor.errorText() == why); // said in the dialog too, not only on hover
        if (qEnvironmentVariableIsSet("RAPPORT_SHOTS"))
            editor.grab().save(QDir::temp().filePath(QStringLiteral("workgates-task.png")));
        editor.titleEdit()->setText(QStringLiteral("Renamed"));
        QTest::keyClick(editor.titleEdit(), Qt::Key_Return);
        CHECK(editor.isVisible());
        CHECK(o.t->tasks().get(samsTask.id)->title == samsTask.title);
    }
    {
        TaskEditor editor(o.t.workspace(), ritasTask);
        show(editor);
        CHECK(editor.saveButton()->isEnabled());
        CHECK(editor.errorText().isEmpty());
        editor.titleEdit()->setText(QStringLiteral("Renamed"));
        QTest::keyClick(editor.titleEdit(), Qt::Key_Return);
        CHECK(o.t->tasks().get(ritasTask.id)->title == QStringLiteral("Renamed"));
    }
}

TEST_CASE("Import history: Revert… follows what the door asks of the batch's kind",
          "[ui][gates][batchhistory]")
{
    Office o;
    // An import (a note on Rita's customer) and a merge into each rep's customer.
    WriteRequest::Batch head{QStringLiteral("import"),
                             QJsonObject{{QStringLiteral("file"), QStringLiteral("x.csv")}},
                             true};
    REQUIRE(o.t->door()
                ->write(WriteRequest(WriteAction::Import, head),
                        [&](WriteScope &) -> Status {
                            QSqlQuery q(o.t.db().connection());
                            if (!q.exec(QStringLiteral("UPDATE customers SET notes = 'x' "
                                                       "WHERE id = %1")
                                            .arg(o.ritas)))
                                return Error(Error::Kind::Database, q.lastError().text());
                            return {};
                        })
                .ok());
    REQUIRE(CustomerMerge(*o.t->door()).merge({o.ritas, o.person("Rita's", o.rita), {}, 0, 0}).ok());
    REQUIRE(CustomerMerge(*o.t->door()).merge({o.sams, o.person("Sam's", o.sam), {}, 0, 0}).ok());

    REQUIRE(o.t->setCurrentUser(o.mia).ok());
    BatchHistoryView view(o.t.workspace());
    int asked = 0;
    view.setAsker([&](QWidget *, const RevertPlan &) -> std::optional<RevertChoices> {
        ++asked;
        return std::nullopt;
    });
    QStringList errors;
    view.setErrorPresenter([&](QWidget *, const QString &message) { errors << message; });
    show(view);
    QTableView *table = view.table();
    const auto select = [&](const QString &kind, qint64 survivor) {
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const BatchSummary &b = view.model()->batch(row);
            if (b.kind == kind && b.revertCustomer() == survivor) {
                table->selectRow(row);
                return table->visualRect(table->model()->index(row, 0)).center();
            }
        }
        FAIL("no such batch");
        return QPoint();
    };
    QPushButton *revert = view.revertButton();

    // A manager: imports and her team's merges, not Sam's merge.
    select(QStringLiteral("import"), 0);
    CHECK(revert->isEnabled());
    select(QStringLiteral("merge"), o.ritas);
    CHECK(revert->isEnabled());
    const QPoint samsMerge = select(QStringLiteral("merge"), o.sams);
    const QString why = o.refusal(Permission::Merge, o.sams);
    CHECK_FALSE(revert->isEnabled());
    CHECK(revert->toolTip() == why);
    CHECK(why.contains(QStringLiteral("merge")));
    CHECK(view.detail()->text().endsWith(why)); // said beside the button too
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, samsMerge);
    view.revertSelected(); // asked directly: the reason, and no plan to choose from
    CHECK(asked == 0);
    CHECK(errors == QStringList{why});

    // A rep may revert nothing; the tooltip names the permission of the selected batch.
    REQUIRE(o.t->setCurrentUser(o.rita).ok());
    select(QStringLiteral("import"), 0);
    CHECK_FALSE(revert->isEnabled());
    CHECK(revert->toolTip() == o.t->access().refusal(Permission::Import));
    CHECK(view.detail()->text().endsWith(o.t->access().refusal(Permission::Import)));
    select(QStringLiteral("merge"), o.ritas);
    CHECK_FALSE(revert->isEnabled());
    CHECK(revert->toolTip() == o.t->access().refusal(Permission::Merge));

    // Back to the manager: the normal tip returns.
    REQUIRE(o.t->setCurrentUser(o.mia).ok());
    select(QStringLiteral("import"), 0);
    CHECK(revert->isEnabled());
    CHECK(revert->toolTip() == QStringLiteral("Undo the selected batch in one step"));
    CHECK_FALSE(view.detail()->text().contains(QStringLiteral("Your role")));
    QTest::mouseClick(revert, Qt::LeftButton);
    CHECK(asked == 1);

    if (qEnvironmentVariableIsSet("RAPPORT_SHOTS")) {
        select(QStringLiteral("merge"), o.sams);
        view.grab().save(QDir::temp().filePath(QStringLiteral("workgates-history.png")));
    }
}

TEST_CASE("A case about another team's customer opens with Save disabled, and the reason",
          "[ui][gates][cases]")
{
    Office o;
    SupportCase c;
    c.customerId = o.sams;
    c.kind = CaseKind::Complaint;
    c.subject = QStringLiteral("Late delivery");
    c.ownerId = o.mia;
    REQUIRE(o.t->cases().open(c).ok());
    REQUIRE(o.t->setCurrentUser(o.mia).ok());

    CaseDialog dialog(o.t.workspace(), c.id);
    show(dialog);
    REQUIRE(dialog.isLoaded());
    const QString why = o.refusal(Permission::Edit, o.sams);
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.saveButton()->toolTip() == why);
    CHECK(dialog.errorText() == why);
    if (qEnvironmentVariableIsSet("RAPPORT_SHOTS"))
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("workgates-case.png")));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    CHECK(o.t->cases().get(c.id)->version == c.version);

    // A new case for Rita's customer (her team's) may be saved.
    CaseDialog *fresh = CaseDialog::forNewCase(o.t.workspace(), o.ritas);
    std::unique_ptr<CaseDialog> owner(fresh);
    show(*fresh);
    CHECK(fresh->saveButton()->isEnabled());
    CHECK(fresh->errorText().isEmpty());
}

TEST_CASE("The 360° view's task panel greys Edit and Done for another team's customer",
          "[ui][gates][customerview]")
{
    Office o;
    REQUIRE(o.t->setCurrentUser(o.mia).ok());
    CustomerView view(o.t.workspace());
    show(view);
    const auto panelAction = [&](const char *name) {
        auto *action = view.panels()->findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(action);
        return action;
    };
    QAction *edit = panelAction("editPanelTaskAction");
    QAction *toggle = panelAction("togglePanelTaskAction");

    view.showCustomer(o.sams);
    REQUIRE(QTest::qWaitFor([&] { return view.currentCustomerId() == o.sams; }));
    const QString why = o.refusal(Permission::Edit, o.sams);
    for (QAction *action : {edit, toggle}) {
        INFO(action->objectName().toStdString());
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip() == why);
    }
    view.showCustomer(o.ritas);
    REQUIRE(QTest::qWaitFor([&] { return view.currentCustomerId() == o.ritas; }));
    CHECK(edit->isEnabled());
    CHECK(toggle->isEnabled());
}

TEST_CASE("The trash greys Restore and Delete for Good on another team's customer",
          "[ui][gates][trash]")
{
    Office o;
    for (qint64 id : {o.ritas, o.sams}) {
        Result<Customer> c = o.t->customers().get(id);
        REQUIRE(c.ok());
        REQUIRE(o.t->customers().moveToTrash(*c).ok());
    }
    REQUIRE(o.t->setCurrentUser(o.mia).ok());
    QUndoStack stack;
    TrashView view(o.t.workspace(), &stack);
    show(view);
    QTableView *table = view.table();
    REQUIRE(view.model()->rowCount() == 2); // a manager sees every customer's
    const auto rowOfCustomer = [&](qint64 id) {
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            if (view.model()->index(row, 0).data(TrashModel::IdRole).toLongLong() == id)
                return row;
        }
        return -1;
    };
    table->setFocus();
    table->setCurrentIndex(view.model()->index(rowOfCustomer(o.ritas), 0));
    CHECK(view.restoreAction()->isEnabled());
    CHECK(view.deleteAction()->isEnabled());

    // Sam's is another team's: Mia may edit and delete only her teams' customers.
    table->setCurrentIndex(view.model()->index(rowOfCustomer(o.sams), 0));
    CHECK_FALSE(view.restoreAction()->isEnabled());
    CHECK(view.restoreAction()->toolTip() == o.refusal(Permission::Edit, o.sams));
    CHECK_FALSE(view.deleteAction()->isEnabled());
    CHECK(view.deleteAction()->toolTip() == o.refusal(Permission::Delete, o.sams));
    // Enter does nothing there: Sam's customer stays in the trash.
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(o.t->customers().get(o.sams)->isDeleted());
    const QRect cell = table->visualRect(view.model()->index(rowOfCustomer(o.sams), 0));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(o.t->customers().get(o.sams)->isDeleted());
    CHECK(view.model()->rowCount() == 2);
}
