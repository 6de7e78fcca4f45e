#include "core/services/changebus.h"
#include "core/services/interactionservice.h"
#include "core/storage/caserepository.h"
#include "core/storage/interactionrepository.h"
#include "core/storage/taskrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/keyboard.h"
#include "ui/callerfinder.h"
#include "ui/quicklogdialog.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

struct Office
{
    Office()
    {
        agent = t.addUser(QStringLiteral("h.vermeulen"));
        ada = t.addPerson(QStringLiteral("Ada"),
                          QStringLiteral("Lovelace"),
                          QStringLiteral("030 1234567"));
        t.addPerson(QStringLiteral("Bob"), QStringLiteral("Brown"), QStringLiteral("030 7654321"));
        t.addPerson(QStringLiteral("Carla"),
                    QStringLiteral("Lovato"),
                    QStringLiteral("089 55501299"),
                    QStringLiteral("München"));
        QObject::connect(&t->changes(),
                         &ChangeBus::changed,
                         &context,
                         [this](const ChangeNotice &n) { notices << n; });
    }
    QList<Interaction> calls(qint64 customer)
    {
        auto list = InteractionRepository(t.db()).listForCustomer(customer, 10);
        REQUIRE(list.ok());
        return *list;
    }

    test::TempWorkspace t;
    qint64 agent = 0;
    qint64 ada = 0;
    QObject context;
    QList<ChangeNotice> notices;
};

void showAndFocus(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

} // namespace

TEST_CASE("A call logged by keyboard alone lands in the database in at most ten keystrokes",
          "[ui][quicklog]")
{
    Office o;
    QuickLogDialog dialog(o.t.workspace());
    showAndFocus(dialog);
    test::Keyboard keys(&dialog);

    // The caller reads out the last digits of the number; Enter takes the best match.
    keys.type(QStringLiteral("4567"));
    keys.key(Qt::Key_Return);
    REQUIRE(dialog.customerId() == o.ada);
    CHECK(QApplication::focusWidget()
          == dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")));

    keys.text(QStringLiteral("Asked about the delivery date. Promised to check."));
    o.t.advance(185);                     // the call goes on for three minutes
    keys.key(Qt::Key_F, Qt::AltModifier); // a follow-up task, due tomorrow at 9:00
    REQUIRE(dialog.hasFollowUp());
    keys.key(Qt::Key_Return, Qt::ControlModifier);

    CHECK(keys.count() <= 10);
    INFO("keystrokes: " << keys.count());
    CHECK(keys.count() == 7);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.errorText().isEmpty());

    const QList<Interaction> calls = o.calls(o.ada);
    REQUIRE(calls.size() == 1);
    const Interaction &call = calls.first();
    CHECK(call.channel == Channel::Phone);
    CHECK(call.direction == Direction::Inbound);
    CHECK(call.outcome == Outcome::Completed);
    CHECK(call.durationSeconds == 185);
    CHECK(call.agentId == o.agent);
    CHECK(call.subject == QStringLiteral("Asked about the delivery date. Promised to check."));
    CHECK(dialog.logged().interactionId == call.id);

    auto task = TaskRepository(o.t.db()).get(dialog.logged().taskId);
    REQUIRE(task.ok());
    CHECK(task->title == QStringLiteral("Follow up with Ada Lovelace"));
    CHECK(task->assigneeId == o.agent);
    const QDate tomorrow = o.t.now().toLocalTime().date().addDays(1);
    CHECK(task->dueAt == QDateTime(tomorrow, QTime(9, 0), Qt::LocalTime).toUTC());

    bool interactionNotice = false;
    bool taskNotice = false;
    for (const ChangeNotice &n : o.notices) {
        if (n.entity == ChangeNotice::Entity::Interaction) {
            interactionNotice = true;
            CHECK(n.action == ChangeNotice::Action::Created);
            CHECK(n.ids == QList<qint64>{call.id});
            CHECK(n.customerIds == QList<qint64>{o.ada});
        }
        if (n.entity == ChangeNotice::Entity::Task)
            taskNotice = n.customerIds == QList<qint64>{o.ada};
    }
    CHECK(interactionNotice);
    CHECK(taskNotice);
}

TEST_CASE("Channel, direction and outcome are one key each", "[ui][quicklog]")
{
    Office o;
    QuickLogDialog dialog(o.t.workspace());
    showAndFocus(dialog);
    test::Keyboard keys(&dialog);
    CHECK(dialog.channel() == Channel::Phone);
    CHECK(dialog.direction() == Direction::Inbound);
    CHECK(dialog.outcome() == Outcome::Completed);

    keys.type(QStringLiteral("lov"));
    keys.key(Qt::Key_Down); // the second match: Carla Lovato or Ada Lovelace, whichever is second
    auto *matches = dialog.findChild<QListWidget *>(QStringLiteral("callerMatches"));
    REQUIRE(matches);
    REQUIRE(matches->count() == 2);
    const qint64 second = matches->item(1)->data(Qt::UserRole).toLongLong();
    keys.key(Qt::Key_Return);
    CHECK(dialog.customerId() == second);

    keys.key(Qt::Key_O, Qt::AltModifier);
    keys.key(Qt::Key_N, Qt::AltModifier);
    keys.key(Qt::Key_E, Qt::AltModifier);
    CHECK(dialog.direction() == Direction::Outbound);
    CHECK(dialog.outcome() == Outcome::NoAnswer);
    CHECK(dialog.channel() == Channel::Email);
    keys.key(Qt::Key_H, Qt::AltModifier);
    CHECK(dialog.channel() == Channel::Chat);
    keys.key(Qt::Key_U, Qt::AltModifier); // follow-up needed: adds the task
    CHECK(dialog.outcome() == Outcome::FollowUp);
    CHECK(dialog.hasFollowUp());
    keys.key(Qt::Key_T, Qt::AltModifier); // complaint: a case too
    CHECK(dialog.opensCase());
    keys.key(Qt::Key_G, Qt::AltModifier); // changed mind: left a message; the case goes again
    CHECK(dialog.outcome() == Outcome::LeftMessage);
    CHECK_FALSE(dialog.opensCase());
    CHECK_FALSE(dialog.hasFollowUp()); // it came with "follow-up needed", which is gone too
    keys.key(Qt::Key_F, Qt::AltModifier);
    CHECK(dialog.hasFollowUp());
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("taskTitleEdit"));
    CHECK(title->text().startsWith(QStringLiteral("Call ")));
    CHECK(title->text().endsWith(QStringLiteral(" again")));
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QList<Interaction> calls = o.calls(second);
    REQUIRE(calls.size() == 1);
    CHECK(calls.first().channel == Channel::Chat);
    CHECK(calls.first().direction == Direction::Outbound);
    CHECK(calls.first().outcome == Outcome::LeftMessage);
}

TEST_CASE("The caller is found from any way the number is read out", "[ui][quicklog]")
{
    Office o;
    const QString typed = GENERATE(QStringLiteral("030 1234567"),
                                   QStringLiteral("+49 30 1234567"),
                                   QStringLiteral("0049301234567"),
                                   QStringLiteral("1234567"),
                                   QStringLiteral("Lovelace"));
    QuickLogDialog dialog(o.t.workspace());
    showAndFocus(dialog);
    test::Keyboard keys(&dialog);
    keys.text(typed);
    keys.key(Qt::Key_Return);
    INFO(typed.toStdString());
    CHECK(dialog.customerId() == o.ada);
}

TEST_CASE("A complaint on a call opens a case the call belongs to", "[ui][quicklog][case]")
{
    Office o;
    QuickLogDialog dialog(o.t.workspace());
    dialog.setCustomer(o.ada); // a customer is open in the main window
    showAndFocus(dialog);
    test::Keyboard keys(&dialog);
    CHECK(QApplication::focusWidget()
          == dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")));
    keys.text(QStringLiteral("Parcel arrived damaged."));
    keys.key(Qt::Key_T, Qt::AltModifier); // complaint: tracked as a case
    CHECK(dialog.opensCase());
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(keys.count() == 2);
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.logged().caseId > 0);
    auto c = CaseRepository(o.t.db()).get(dialog.logged().caseId);
    REQUIRE(c.ok());
    CHECK(c->kind == CaseKind::Complaint);
    CHECK(c->subject == QStringLiteral("Parcel arrived damaged."));
    CHECK(c->customerId == o.ada);
    CHECK(c->ownerId == o.agent);
    CHECK(o.calls(o.ada).first().caseId == c->id);
}

TEST_CASE("A log without a caller is refused and nothing is saved", "[ui][quicklog]")
{
    Office o;
    QuickLogDialog dialog(o.t.workspace());
    showAndFocus(dialog);
    test::Keyboard keys(&dialog);
    keys.text(QStringLiteral("9999"));
    keys.key(Qt::Key_Return); // no match: nothing taken
    CHECK(dialog.customerId() == 0);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("callerEdit"));
    edit->setFocus();
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(QApplication::focusWidget() == edit);
    CHECK(test::rowCount(o.t.db(), "interactions") == 0);

    SECTION("a follow-up without a title names it, and the typed notes stay")
    {
        dialog.setCustomer(o.ada);
        keys.text(QStringLiteral("Important notes"));
        keys.key(Qt::Key_F, Qt::AltModifier);
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("taskTitleEdit"));
        title->clear();
        keys.key(Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.isVisible());
        CHECK(QApplication::focusWidget() == title);
        CHECK(dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))->toPlainText()
              == QStringLiteral("Important notes"));
        CHECK(test::rowCount(o.t.db(), "interactions") == 0);
        CHECK(test::rowCount(o.t.db(), "tasks") == 0);
    }
}

TEST_CASE("The call timer runs from the start and stops and resumes on Ctrl+T", "[ui][quicklog]")
{
    Office o;
    QuickLogDialog dialog(o.t.workspace());
    dialog.setCustomer(o.ada);
    showAndFocus(dialog);
    test::Keyboard keys(&dialog);
    CHECK(dialog.isTimerRunning());
    o.t.advance(60);
    CHECK(dialog.elapsedSeconds() == 60);
    keys.key(Qt::Key_T, Qt::ControlModifier);
    CHECK_FALSE(dialog.isTimerRunning());
    o.t.advance(600); // writing notes after the call: not call time
    CHECK(dialog.elapsedSeconds() == 60);
    keys.key(Qt::Key_T, Qt::ControlModifier);
    o.t.advance(30);
    CHECK(dialog.elapsedSeconds() == 90);
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(o.calls(o.ada).first().durationSeconds == 90);
}
