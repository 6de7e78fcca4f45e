#include "core/models/mycasesmodel.h"
#include "core/services/caseservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/keyboard.h"
#include "ui/casedialog.h"
#include "ui/mycasesview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

void activate(QWidget &w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

} // namespace

TEST_CASE("A case is opened for a customer and resolved from the keyboard", "[ui][case]")
{
    test::TempWorkspace t;
    const qint64 me = t.addUser(QStringLiteral("a.agent"));
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));

    // Opened from the customer.
    QPointer<CaseDialog> opening = CaseDialog::forNewCase(t.workspace(), acme);
    activate(*opening);
    test::Keyboard keys(opening);
    CHECK(QApplication::focusWidget()
          == opening->findChild<QLineEdit *>(QStringLiteral("subjectEdit")));
    keys.text(QStringLiteral("Invoice charged twice"));
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(opening->result() == QDialog::Accepted);
    const qint64 caseId = opening->caseId();
    REQUIRE(caseId > 0);
    delete opening.data();
    CaseService cases(t.workspace());
    CHECK(cases.get(caseId)->status == CaseStatus::Open);
    CHECK(cases.get(caseId)->ownerId == me);

    // It shows in "my open cases"; Enter opens it.
    QWidget window;
    auto *view = new MyCasesView(t.workspace(), &window);
    window.resize(800, 400);
    activate(window);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->table()->model()->index(0, MyCasesModel::Subject).data().toString()
          == QStringLiteral("Invoice charged twice"));
    QSignalSpy activated(view, &MyCasesView::caseActivated);
    // The host answers the request with a case editor (the main window does the same).
    QObject::connect(view, &MyCasesView::caseActivated, view, &MyCasesView::openCase);
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == caseId);
    auto *dialog = view->findChild<CaseDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }));
    test::Keyboard dialogKeys(dialog);

    // Ctrl+R resolves: the resolution is asked for.
    dialogKeys.key(Qt::Key_R, Qt::ControlModifier);
    auto *resolution = dialog->findChild<QPlainTextEdit *>(QStringLiteral("resolutionEdit"));
    CHECK(QApplication::focusWidget() == resolution);
    dialogKeys.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("resolv")));
    CHECK(cases.get(caseId)->status == CaseStatus::Open);

    dialogKeys.text(QStringLiteral("Refunded the second charge."));
    const QDateTime resolvedAt = t.now();
    dialogKeys.key(Qt::Key_Return, Qt::ControlModifier);
    auto stored = cases.get(caseId);
    REQUIRE(stored.ok());
    CHECK(stored->status == CaseStatus::Resolved);
    CHECK(stored->resolution == QStringLiteral("Refunded the second charge."));
    CHECK(stored->resolvedAt == resolvedAt);
    CHECK(view->model()->rowCount() == 0); // resolved: no longer "open"
}

TEST_CASE("A case changed meanwhile is a conflict the dialog shows, with a reload", "[ui][case]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    CaseService cases(t.workspace());
    SupportCase c;
    c.customerId = test::addCustomer(t.db(), QStringLiteral("Acme"));
    c.subject = QStringLiteral("Broken lid");
    REQUIRE(cases.open(c).ok());

    CaseDialog dialog(t.workspace(), c.id);
    activate(dialog);
    SupportCase theirs = *cases.get(c.id);
    theirs.priority = Priority::Urgent;
    REQUIRE(cases.save(theirs).ok());

    test::Keyboard keys(&dialog);
    auto *subject = dialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
    subject->setFocus();
    subject->selectAll();
    keys.text(QStringLiteral("Broken lid and hinge"));
    keys.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(QStringLiteral("changed by someone else")));
    CHECK(cases.get(c.id)->subject == QStringLiteral("Broken lid"));
    CHECK(cases.get(c.id)->priority == Priority::Urgent);

    dialog.reload();
    CHECK(subject->text() == QStringLiteral("Broken lid"));
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("priorityCombo"))->currentData().toInt()
          == int(Priority::Urgent));
    subject->setFocus();
    subject->selectAll();
    keys.text(QStringLiteral("Broken lid and hinge"));
    keys.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(cases.get(c.id)->subject == QStringLiteral("Broken lid and hinge"));
}

TEST_CASE("The status offers only the moves a case can make", "[ui][case]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    CaseService cases(t.workspace());
    SupportCase c;
    c.customerId = test::addCustomer(t.db(), QStringLiteral("Acme"));
    c.subject = QStringLiteral("Noise");
    REQUIRE(cases.open(c).ok());
    REQUIRE(cases.setStatus(c, CaseStatus::Resolved, QStringLiteral("Tightened a screw.")).ok());
    CaseDialog dialog(t.workspace(), c.id);
    auto *status = dialog.findChild<QComboBox *>(QStringLiteral("statusCombo"));
    QList<int> offered;
    for (int i = 0; i < status->count(); ++i)
        offered << status->itemData(i).toInt();
    CHECK(offered
          == QList<int>{int(CaseStatus::Resolved), int(CaseStatus::Open), int(CaseStatus::Closed)});
}
