// The History tab of the 360° view and the audit view, driven with keys and the mouse.
#include "core/models/customerprofile.h"
#include "core/models/historymodel.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "core/storage/customerrepository.h"
#include "core/util/displayformat.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/auditview.h"
#include "ui/customerpanels.h"
#include "ui/customerview.h"
#include "ui/historypane.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// The row whose Field column reads `field` (the first from the top), -1 when none does.
int rowOfField(const QTableView *table, const QString &field)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cell(table, row, HistoryModel::Field) == field)
            return row;
    }
    return -1;
}

// Chooses `text` in a combo box with the arrow keys, as a user would.
void choose(QComboBox *box, const QString &text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentText() != text; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    REQUIRE(box->currentText() == text);
}

Customer load(Database &db, qint64 id)
{
    auto c = CustomerRepository(db).get(id);
    REQUIRE(c.ok());
    return *c;
}

} // namespace

TEST_CASE("The 360° view's History tab shows an edit old → new and follows one field",
          "[ui][history]")
{
    test::IsolatedSettings settings(QStringLiteral("historytab"));
    test::TempWorkspace tw;
    tw.addUser(QStringLiteral("anna"));
    const qint64 id = tw.addPerson(QStringLiteral("Ada"),
                                   QStringLiteral("Lovelace"),
                                   QStringLiteral("030 1234567"));
    CustomerView view(tw.workspace());
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showCustomer(id);

    auto *panels = view.findChild<CustomerPanels *>();
    REQUIRE(panels);
    QTabBar *bar = panels->tabs()->tabBar();
    CHECK(bar->tabText(CustomerPanels::History) == QStringLiteral("History"));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(CustomerPanels::History).center());
    REQUIRE(panels->tabs()->currentIndex() == CustomerPanels::History);
    QTableView *table = panels->historyPane()->table();
    REQUIRE(table->isVisible());
    CHECK(table->model()->rowCount() == 3); // the customer, a phone number, an address
    CHECK(cell(table, rowOfField(table, QString()), HistoryModel::Who)
              .startsWith(QStringLiteral("Anna")));

    // An edit made elsewhere in the program shows at the top at once, old -> new in words.
    tw.advance(3600);
    CustomerService &service = tw->customers();
    Customer c = load(tw.db(), id);
    c.stage = LifecycleStage::Lapsed;
    c.notes = QStringLiteral("Moved to Hamburg");
    REQUIRE(service.update(c).ok());
    REQUIRE(table->model()->rowCount() == 5);
    // Beside the timeline the change says what and the field itself.
    CHECK(table->isColumnHidden(HistoryModel::What));
    CHECK(table->isColumnHidden(HistoryModel::Field));
    CHECK(cell(table, 0, HistoryModel::When) == display::dateTime(tw.now()));
    CHECK(cell(table, 1, HistoryModel::When).isEmpty()); // the same entry's second field
    const int stage = rowOfField(table, QStringLiteral("Stage"));
    REQUIRE((stage == 0 || stage == 1));
    CHECK(cell(table, stage, HistoryModel::Change) == QStringLiteral("Stage: Active → Lapsed"));
    CHECK(cell(table, rowOfField(table, QStringLiteral("Notes")), HistoryModel::Change)
          == QStringLiteral("Notes: — → Moved to Hamburg"));

    // The field filter offers the fields this customer's history holds and follows one.
    QComboBox *fields = panels->historyPane()->fieldFilter();
    CHECK(fields->findText(QStringLiteral("Stage")) > 0);
    CHECK(fields->findText(QStringLiteral("First name")) > 0);
    CHECK(fields->findText(QStringLiteral("version")) < 0);
    choose(fields, QStringLiteral("Stage"));
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(cell(table, 0, HistoryModel::Change) == QStringLiteral("Stage: Active → Lapsed"));
    CHECK(cell(table, 1, HistoryModel::What) == QStringLiteral("Added customer"));
    CHECK(cell(table, 1, HistoryModel::Change) == QStringLiteral("Stage: — → Active"));

    // Under the filter, a change of another field stays out and one of the stage comes in.
    tw.advance(60);
    c = load(tw.db(), id);
    c.notes = QStringLiteral("Moved back");
    REQUIRE(service.update(c).ok());
    CHECK(table->model()->rowCount() == 2);
    c = load(tw.db(), id);
    c.stage = LifecycleStage::Active;
    REQUIRE(service.update(c).ok());
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(cell(table, 0, HistoryModel::Change) == QStringLiteral("Stage: Lapsed → Active"));

    // Another customer starts with all fields again.
    const qint64 other = tw.addPerson(QStringLiteral("Bob"),
                                      QStringLiteral("Other"),
                                      QStringLiteral("030 7654321"));
    view.showCustomer(other);
    CHECK(fields->currentIndex() == 0);
    CHECK(table->model()->rowCount() == 3);
}

TEST_CASE("The audit view narrows the whole history by who, when, record and change, and opens "
          "the customer of an entry",
          "[ui][history]")
{
    test::IsolatedSettings settings(QStringLiteral("audit"));
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("audit.db")), Database::Mode::Create));
    Workspace &ws = *window.workspace();
    const qint64 anna = test::addUser(ws.database(), QStringLiteral("Anna"), Role::ServiceAgent);
    const qint64 ben = test::addUser(ws.database(), QStringLiteral("Ben"), Role::ServiceAgent);
    CustomerService &service = ws.customers();
    const auto add = [&](const QString &last) {
        Customer c;
        c.lastName = last;
        QList<ContactPoint> none;
        REQUIRE(service.create(c, none).ok());
        return c;
    };
    REQUIRE(ws.setCurrentUser(anna).ok());
    Customer a = add(QStringLiteral("Adler"));
    REQUIRE(ws.setCurrentUser(ben).ok());
    Customer b = add(QStringLiteral("Brandt"));
    b.stage = LifecycleStage::Active;
    REQUIRE(service.update(b).ok());

    QAction *show = window.findChild<QAction *>(QStringLiteral("showAuditAction"));
    REQUIRE(show);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    REQUIRE(window.currentPage() == MainWindow::Page::Audit);
    AuditView *audit = window.auditView();
    REQUIRE(audit->isVisible());
    QTableView *table = audit->table();
    const int all = table->model()->rowCount();
    CHECK(all >= 5); // two users, two customers, an update (and the sign-in settings)

    choose(audit->userFilter(), QStringLiteral("Ben"));
    CHECK(table->model()->rowCount() == 2);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        CHECK(cell(table, row, HistoryModel::Who).startsWith(QStringLiteral("Ben")));
    choose(audit->operationFilter(), QStringLiteral("Changed"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cell(table, 0, HistoryModel::Change) == QStringLiteral("Lead → Active"));
    choose(audit->operationFilter(), QStringLiteral("All changes"));
    choose(audit->userFilter(), QStringLiteral("Everyone"));
    CHECK(table->model()->rowCount() == all);
    choose(audit->entityFilter(), QStringLiteral("User"));
    CHECK(table->model()->rowCount() == 2);
    choose(audit->entityFilter(), QStringLiteral("Customer"));
    CHECK(table->model()->rowCount() == 3);

    // Dates are days: from tomorrow holds nothing yet, to today everything.
    const QDate today = QDate::currentDate();
    audit->fromFilter()->setDate(today.addDays(1));
    CHECK(table->model()->rowCount() == 0);
    audit->fromFilter()->setDate(today);
    audit->toFilter()->setDate(today);
    CHECK(table->model()->rowCount() == 3);

    // A double-click on Adler's entry opens Adler.
    const int row = table->model()->rowCount() - 1;
    REQUIRE(table->model()->index(row, 0).data(HistoryModel::CustomerIdRole).toLongLong() == a.id);
    const QRect rect = table->visualRect(table->model()->index(row, HistoryModel::What));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(window.currentPage() == MainWindow::Page::Customer);
    CHECK(window.customerPage()->currentCustomerId() == a.id);
}
