#include "core/models/trashmodel.h"
#include "tests/support/fixtures.h"
#include "tests/ui/editorfixture.h"
#include "ui/trashview.h"
#include "ui/undo/trashcommands.h"
#include "ui/undo/undofeedback.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace rapport;
using test::EditorFixture;

TEST_CASE("The trash view restores by keyboard, undoably, and deletes for good after asking",
          "[ui][trash]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const CustomerRecord bob = f.addPerson(QStringLiteral("Bob"), QStringLiteral("Barker"));
    const CustomerRecord cyd = f.addPerson(QStringLiteral("Cyd"), QStringLiteral("Charisse"));

    TrashView view(*f.workspace, &f.stack);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList errors;
    view.setErrorPresenter([&errors](QWidget *, const QString &m) { errors << m; });
    view.resize(700, 400);
    test::showActive(view);
    CHECK(view.model()->rowCount() == 0);
    CHECK_FALSE(view.restoreAction()->isEnabled());

    for (const CustomerRecord *r : {&ada, &bob, &cyd})
        REQUIRE(moveCustomerToTrash(*f.workspace, &f.stack, r->customer.id).ok());
    REQUIRE(view.model()->rowCount() == 3);
    CHECK(view.model()->index(0, TrashModel::Name).data().toString()
          == QStringLiteral("Cyd Charisse"));
    CHECK(view.model()->index(0, TrashModel::Kind).data().toString() == QStringLiteral("Person"));

    // Enter on the current row restores it.
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(view.model()->rowOf(bob.customer.id), 0));
    QSignalSpy restored(&view, &TrashView::restored);
    QTest::keyClick(view.table(), Qt::Key_Return);
    REQUIRE(restored.count() == 1);
    CHECK(restored.first().first().toLongLong() == bob.customer.id);
    CHECK_FALSE(f.service().get(bob.customer.id)->isDeleted());
    CHECK(view.model()->rowCount() == 2);
    CHECK(view.table()->currentIndex().isValid()); // the cursor stays in the list
    CHECK(f.stack.undoText() == QStringLiteral("Restore Bob Barker"));
    f.stack.undo();
    CHECK(f.service().get(bob.customer.id)->isDeleted());
    CHECK(view.model()->rowCount() == 3);

    // Shift+Delete asks; "no" keeps the customer, "yes" deletes it and its rows for good.
    QStringList questions;
    bool yes = false;
    view.setConfirmer([&](QWidget *, const QString &q) {
        questions << q;
        return yes;
    });
    // (Bob came back to the trash last; the clock decides whether before Cyd or not.)
    view.table()->setCurrentIndex(view.model()->index(view.model()->rowOf(cyd.customer.id), 0));
    QTest::keyClick(view.table(), Qt::Key_Delete, Qt::ShiftModifier);
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("Cyd Charisse")));
    CHECK(questions.first().contains(QStringLiteral("cannot be undone")));
    CHECK(view.model()->rowCount() == 3);
    yes = true;
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("deleteForGood")),
                      Qt::LeftButton);
    CHECK(questions.size() == 2);
    CHECK(view.model()->rowCount() == 2);
    CHECK_FALSE(f.service().get(cyd.customer.id).ok());
    CHECK(errors.isEmpty());

    // Restoring two at once is one step to undo.
    view.table()->selectAll();
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("restore")), Qt::LeftButton);
    CHECK(view.model()->rowCount() == 0);
    CHECK(f.stack.undoText() == QStringLiteral("Restore 2 customers"));
    f.stack.undo();
    CHECK(view.model()->rowCount() == 2);
    // Undoing the trashing of Cyd, deleted for good since, fails cleanly and says why.
    QSignalSpy failed(UndoFeedback::of(&f.stack), &UndoFeedback::failed);
    while (f.stack.canUndo())
        f.stack.undo();
    CHECK(failed.count() == 1);
    CHECK(view.model()->rowCount() == 0);
}

TEST_CASE("Enter in the trash acts on the row under the cursor, selected or not", "[ui][trash]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const CustomerRecord bob = f.addPerson(QStringLiteral("Bob"), QStringLiteral("Barker"));
    TrashView view(*f.workspace, &f.stack);
    QStringList errors;
    view.setErrorPresenter([&errors](QWidget *, const QString &m) { errors << m; });
    view.resize(700, 400);
    test::showActive(view);
    // They arrive while the trash is open: nothing is selected.
    for (const CustomerRecord *r : {&ada, &bob})
        REQUIRE(moveCustomerToTrash(*f.workspace, &f.stack, r->customer.id).ok());
    REQUIRE(view.model()->rowCount() == 2);
    view.table()->setFocus();
    view.table()->selectionModel()->clearSelection();
    view.table()->selectionModel()->setCurrentIndex(view.model()->index(0, 0),
                                                    QItemSelectionModel::NoUpdate);
    QTest::keyClick(view.table(), Qt::Key_Down, Qt::ControlModifier); // moves, selects nothing
    REQUIRE_FALSE(view.table()->selectionModel()->hasSelection());
    const qint64 under = view.table()->currentIndex().data(TrashModel::IdRole).toLongLong();
    REQUIRE(under != 0);
    CHECK(view.restoreAction()->isEnabled());
    QSignalSpy restored(&view, &TrashView::restored);
    QTest::keyClick(view.table(), Qt::Key_Return);
    REQUIRE(restored.count() == 1);
    CHECK(restored.first().first().toLongLong() == under);
    CHECK(view.model()->rowCount() == 1);
    CHECK(errors.isEmpty());
}
