// What the UI lets each role do (issue 13): actions a role may not use stay in the menus,
// disabled, with the reason as their tooltip; an action on the current customer follows that
// customer's owner; an administrator has everything. Real windows, QTest events.
#include "core/domain/customer.h"
#include "core/models/customerlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/customeraccess.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerlistview.h"
#include "ui/customerview.h"
#include "ui/duplicatesview.h"
#include "ui/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/permissiongate.h"
#include "ui/trashview.h"

#include <QAction>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// Two teams, North (the rep Rita, the manager Mia) and South (the rep Sam), an agent and an
// administrator; a customer owned by Rita and one by Sam. Reps may see every customer here
// (the administrator widened View), so that a rep can have another team's customer in front
// of them; what they may change stays their teams'.
struct Office
{
    Office()
        : settings(QStringLiteral("gates"))
    {
        AccountService &accounts = t->accounts();
        const auto add = [&](const char *login, Role role, QStringList teams) {
            NewUser u;
            u.login = QString::fromLatin1(login);
            u.displayName = u.login;
            u.role = role;
            u.teams = std::move(teams);
            Result<qint64> id = accounts.addUser(u);
            REQUIRE(id.ok());
            return *id;
        };
        admin = add("ada", Role::Administrator, {});
        rita = add("rita", Role::SalesRep, {QStringLiteral("North")});
        mia = add("mia", Role::Manager, {QStringLiteral("North")});
        sam = add("sam", Role::SalesRep, {QStringLiteral("South")});
        agent = add("alex", Role::ServiceAgent, {});
        REQUIRE(accounts.setLevel(Role::SalesRep, Permission::View, AccessLevel::All).ok());
        ritas = person("Anna", "Nord", rita);
        sams = person("Bernd", "Sued", sam);
        window.setErrorPresenter(
            [this](QWidget *, const QString &, const QString &message) { errors << message; });
        REQUIRE(window.openDatabase(t.path()));
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    qint64 person(const char *first, const char *last, qint64 owner)
    {
        Customer c;
        c.kind = CustomerKind::Person;
        c.firstName = QString::fromLatin1(first);
        c.lastName = QString::fromLatin1(last);
        c.stage = LifecycleStage::Active;
        c.ownerId = owner;
        QList<ContactPoint> points;
        Result<qint64> id = t->customers().create(c, points);
        REQUIRE(id.ok());
        return *id;
    }

    void signIn(qint64 user)
    {
        REQUIRE(window.workspace()->setCurrentUser(user).ok());
        REQUIRE(QTest::qWaitFor([this] { return window.customerModel()->isComplete(); }));
    }

    // Clicks the customer's row in the list, as the user would.
    void clickRow(qint64 id)
    {
        window.showPage(MainWindow::Page::Customers);
        QTableView *table = window.customerView()->table();
        const CustomerListModel *model = window.customerModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->idAt(r) == id)
                row = r;
        }
        REQUIRE(row >= 0);
        const QModelIndex index = table->model()->index(row, 0);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        REQUIRE(window.customerView()->currentCustomerId() == id);
    }

    QAction *action(const char *name) const
    {
        QAction *a = window.action(QString::fromLatin1(name));
        REQUIRE(a);
        return a;
    }

    const AccessPolicy &access() const { return window.workspace()->access(); }

    test::IsolatedSettings settings;
    test::TempWorkspace t;
    MainWindow window;
    qint64 admin = 0, rita = 0, mia = 0, sam = 0, agent = 0;
    qint64 ritas = 0, sams = 0;
    QStringList errors;
};

// Every action the gate governs in the main window's menus.
const char *const gatedActions[] = {"importCustomersAction",
                                    "exportListAction",
                                    "backUpAction",
                                    "restoreFromBackupAction",
                                    "newPersonAction",
                                    "newOrganisationAction",
                                    "editCustomerAction",
                                    "logCallAction",
                                    "newCaseAction",
                                    "menuAddNoteAction",
                                    "findDuplicatesAction",
                                    "moveToTrashAction",
                                    "showDashboardsAction"};

} // namespace

TEST_CASE("an agent sees Export List, Import, Find Duplicates and Erase disabled, with the reason",
          "[ui][gates]")
{
    Office o;
    o.signIn(o.agent);
    struct Expected
    {
        const char *action;
        Permission permission;
    };
    for (const Expected &e : {Expected{"exportListAction", Permission::Export},
                              Expected{"importCustomersAction", Permission::Import},
                              Expected{"findDuplicatesAction", Permission::Merge},
                              Expected{"moveToTrashAction", Permission::Delete}}) {
        INFO(e.action);
        QAction *a = o.action(e.action);
        CHECK(a->isVisible());
        CHECK_FALSE(a->isEnabled());
        CHECK(a->toolTip() == o.access().refusal(e.permission));
        CHECK(a->statusTip() == a->toolTip());
        CHECK(o.window.permissionGate()->refusal(a) == a->toolTip());
        CHECK(a->toolTip().contains(QStringLiteral("Service agent")));
    }
    // The menus show the reason on hover.
    for (QAction *top : o.window.menuBar()->actions()) {
        if (top->menu())
            CHECK(top->menu()->toolTipsVisible());
    }
    // No dashboards for an agent: Go ▸ Dashboards and the sidebar's page are greyed, with why.
    CHECK_FALSE(o.action("showDashboardsAction")->isEnabled());
    auto *sidebar = o.window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    const QList<QListWidgetItem *> items = sidebar->findItems(QStringLiteral("Dashboards"),
                                                              Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    CHECK_FALSE(items.first()->flags().testFlag(Qt::ItemIsEnabled));
    CHECK(items.first()->toolTip() == o.access().refusal(Permission::SeeDashboards));
    // An agent logs calls and edits: those stay.
    CHECK(o.action("logCallAction")->isEnabled());
    CHECK(o.action("newPersonAction")->isEnabled());

    // Their shortcuts do nothing either.
    QTest::keyClick(&o.window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(50);
    CHECK(o.window.findChild<ImportWizard *>() == nullptr);
    QTest::keyClick(&o.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(50);
    CHECK(o.errors.isEmpty());

    // In the 360° view: the personal data may not be erased (nor exported); notes may be added.
    o.window.openCustomer(o.sams);
    CustomerView *view = o.window.customerPage();
    REQUIRE(view->currentCustomerId() == o.sams);
    QAction *erase = view->erasePersonalDataAction();
    CHECK_FALSE(erase->isEnabled());
    CHECK(erase->toolTip() == o.access().refusal(Permission::Erase));
    QAction *exportData = view->exportPersonalDataAction();
    CHECK_FALSE(exportData->isEnabled());
    CHECK(exportData->toolTip() == o.access().refusal(Permission::Export));
    CHECK(view->addNoteAction()->isEnabled());
    CHECK(o.action("editCustomerAction")->isEnabled());

    // The trash's Delete for Good is a deletion, which an agent may not do.
    o.window.showPage(MainWindow::Page::Trash);
    auto *deleteForGood = o.window.trashView()->findChild<QAction *>(
        QStringLiteral("deleteForGoodAction"));
    REQUIRE(deleteForGood);
    CHECK_FALSE(deleteForGood->isEnabled());
    CHECK(deleteForGood->toolTip() == o.access().refusal(Permission::Delete));
}

TEST_CASE("a rep may edit their team's customer but not another team's", "[ui][gates]")
{
    Office o;
    o.signIn(o.rita);
    QAction *edit = o.action("editCustomerAction");
    QAction *trash = o.action("moveToTrashAction");

    o.clickRow(o.sams);
    CHECK_FALSE(edit->isEnabled());
    CHECK(edit->toolTip() == CustomerAccess::outOfReach(o.access(), Permission::Edit));
    CHECK(edit->toolTip().contains(QStringLiteral("your teams")));
    CHECK_FALSE(trash->isEnabled());
    // Ctrl+E opens no editor on it.
    QTest::keyClick(o.window.customerView()->table(), Qt::Key_E, Qt::ControlModifier);
    QTest::qWait(50);
    CHECK(o.window.findChildren<QDialog *>(Qt::FindDirectChildrenOnly).isEmpty());

    o.clickRow(o.ritas);
    CHECK(edit->isEnabled());
    CHECK(edit->toolTip() != CustomerAccess::outOfReach(o.access(), Permission::Edit));
    CHECK(trash->isEnabled()); // her own
    QTest::keyClick(o.window.customerView()->table(), Qt::Key_E, Qt::ControlModifier);
    CHECK(QTest::qWaitFor(
        [&] { return !o.window.findChildren<QDialog *>(Qt::FindDirectChildrenOnly).isEmpty(); }));

    // In the 360° view of Sam's customer: no consent change, no export of the personal data.
    o.window.openCustomer(o.sams);
    CustomerView *view = o.window.customerPage();
    CHECK_FALSE(view->exportPersonalDataAction()->isEnabled());
    CHECK_FALSE(edit->isEnabled());
    o.window.openCustomer(o.ritas);
    CHECK(view->exportPersonalDataAction()->isEnabled());
    CHECK(edit->isEnabled());

    // A manager of North: every customer in sight, South's not theirs to edit.
    o.signIn(o.mia);
    o.clickRow(o.sams);
    CHECK_FALSE(edit->isEnabled());
    o.clickRow(o.ritas);
    CHECK(edit->isEnabled());
}

TEST_CASE("an administrator has every action enabled, and a new user's role applies at once",
          "[ui][gates]")
{
    Office o;
    o.signIn(o.admin);
    o.clickRow(o.sams);
    for (const char *name : gatedActions) {
        INFO(name);
        QAction *a = o.action(name);
        CHECK(a->isEnabled());
        CHECK(o.window.permissionGate()->refusal(a).isEmpty());
    }
    auto *sidebar = o.window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (QListWidgetItem *item : sidebar->findItems(QStringLiteral("*"), Qt::MatchWildcard))
        CHECK(item->flags().testFlag(Qt::ItemIsEnabled));
    o.window.openCustomer(o.sams);
    CHECK(o.window.customerPage()->erasePersonalDataAction()->isEnabled());
    CHECK(o.window.customerPage()->exportPersonalDataAction()->isEnabled());

    // Signing in as the agent disables at once, and back again.
    o.signIn(o.agent);
    CHECK_FALSE(o.action("exportListAction")->isEnabled());
    CHECK_FALSE(o.window.customerPage()->erasePersonalDataAction()->isEnabled());
    o.signIn(o.admin);
    CHECK(o.action("exportListAction")->isEnabled());
    CHECK(o.action("exportListAction")->toolTip() != o.access().refusal(Permission::Export));
    CHECK(o.window.customerPage()->erasePersonalDataAction()->isEnabled());
}
