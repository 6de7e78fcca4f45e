// Pictures of what each role may do: the File and Customer menus of an agent and of a rep with
// the reason of a disabled action as its tooltip, the 360° view's data protection menu, and the
// dashboards narrowed to a team with team activity by team. Hidden from the normal run:
// RAPPORT_SHOT_DIR names the folder (the database is a demo made here).
#include "core/demo/demogenerator.h"
#include "core/models/customerlistmodel.h"
#include "core/services/dashboardservice.h"
#include "core/services/workspace.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerlistview.h"
#include "ui/customerview.h"
#include "ui/dashboards/activitychart.h"
#include "ui/dashboards/dashboardfilterbar.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QSqlQuery run(test::TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q;
}

qint64 firstUser(test::TempDatabase &t, int role)
{
    QSqlQuery q = run(t,
                      QStringLiteral("SELECT id FROM users WHERE role = %1 ORDER BY id").arg(role));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The window with its open popups (a menu, a tooltip) painted where they are on the screen.
void save(QWidget &window, const QList<QWidget *> &popups, const QString &file)
{
    QTest::qWait(400);
    QPixmap shot = window.grab();
    QPainter p(&shot);
    for (QWidget *popup : popups) {
        if (popup && popup->isVisible())
            p.drawPixmap(popup->mapToGlobal(QPoint()) - window.mapToGlobal(QPoint()), popup->grab());
    }
    p.end();
    REQUIRE(shot.save(file));
    WARN("saved " << file.toStdString());
}

// Opens `menu` from the menu bar, hovers `action` and asks for its tooltip; returns the tooltip
// label (null when none shows).
QWidget *hover(MainWindow &window, QMenu *menu, QAction *action)
{
    window.menuBar()->setActiveAction(menu->menuAction());
    REQUIRE(QTest::qWaitFor([menu] { return menu->isVisible(); }));
    const QRect r = menu->actionGeometry(action);
    QTest::mouseMove(menu, r.center());
    QHelpEvent help(QEvent::ToolTip, r.center(), menu->mapToGlobal(r.center()));
    QApplication::sendEvent(menu, &help);
    QTest::qWait(200);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            return w;
    }
    return nullptr;
}

QMenu *menuNamed(MainWindow &window, const QString &title)
{
    for (QAction *a : window.menuBar()->actions()) {
        if (a->text().remove(QLatin1Char('&')) == title)
            return a->menu();
    }
    FAIL("no menu " << title.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Screenshots of what each role may do", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp"));
    test::TempDatabase t;
    DemoOptions o;
    o.customers = 2000;
    o.seed = 1;
    o.asOf = QDateTime::currentDateTimeUtc().date();
    REQUIRE(DemoGenerator(t.db(), o).run().ok());
    // Two teams: the reps and managers alternately in North and South.
    run(t,
        QStringLiteral("INSERT INTO teams (id, name, created_at, updated_at) VALUES"
                       " (1, 'North', 0, 0), (2, 'South', 0, 0)"));
    run(t,
        QStringLiteral("INSERT INTO user_teams (user_id, team_id)"
                       " SELECT id, 1 + (id % 2) FROM users WHERE role IN (1, 2, 3)"));
    const qint64 agent = firstUser(t, 3);
    const qint64 manager = firstUser(t, 1);

    test::IsolatedSettings settings(QStringLiteral("shots-gates"));
    MainWindow window;
    REQUIRE(window.openDatabase(t.path()));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // An agent's File menu, the pointer on Export List.
    REQUIRE(window.workspace()->setCurrentUser(agent).ok());
    QTest::qWait(300);
    QMenu *file = menuNamed(window, QStringLiteral("File"));
    QWidget *tip = hover(window, file, window.action(QStringLiteral("exportListAction")));
    save(window, {file, tip}, folder + QStringLiteral("/gates-agent-file-menu.png"));
    file->hide();
    QToolTip::hideText();

    // The agent's Customer menu.
    QMenu *customer = menuNamed(window, QStringLiteral("Customer"));
    tip = hover(window, customer, window.action(QStringLiteral("findDuplicatesAction")));
    save(window, {customer, tip}, folder + QStringLiteral("/gates-agent-customer-menu.png"));
    customer->hide();
    QToolTip::hideText();

    // The agent in a 360° view: the data protection menu.
    const qint64 someone = window.customerView()->customerModel()->idAt(3);
    window.openCustomer(someone);
    QTest::qWait(300);
    auto *protection = window.customerPage()->findChild<QToolButton *>(
        QStringLiteral("dataProtectionButton"));
    REQUIRE(protection);
    protection->menu()->popup(protection->mapToGlobal(QPoint(0, protection->height())));
    REQUIRE(QTest::qWaitFor([protection] { return protection->menu()->isVisible(); }));
    save(window, {protection->menu()}, folder + QStringLiteral("/gates-agent-protection.png"));
    protection->menu()->hide();

    // A manager (every customer in sight, their teams' to edit) on another team's customer.
    REQUIRE(window.workspace()->setCurrentUser(manager).ok());
    window.showPage(MainWindow::Page::Customers);
    QTest::qWait(500);
    QTableView *table = window.customerView()->table();
    for (int row = 0; row < table->model()->rowCount() && row < 200; ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        table->setCurrentIndex(index);
        if (!window.action(QStringLiteral("editCustomerAction"))->isEnabled())
            break;
    }
    tip = hover(window, customer, window.action(QStringLiteral("editCustomerAction")));
    save(window, {customer, tip}, folder + QStringLiteral("/gates-manager-other-team.png"));
    customer->hide();
    QToolTip::hideText();

    // The dashboards narrowed to North, on the team activity tab, by team.
    REQUIRE(window.workspace()->setCurrentUser(manager).ok());
    window.showPage(MainWindow::Page::Dashboards);
    DashboardView *dashboards = window.dashboardView();
    REQUIRE(QTest::qWaitFor([&] { return dashboards->result() && !dashboards->service()->isBusy(); },
                            120'000));
    QComboBox *team = dashboards->filterBar()->teamBox();
    team->setCurrentIndex(team->findText(QStringLiteral("North")));
    REQUIRE(
        QTest::qWaitFor([&] { return dashboards->result()->filters.teamId.has_value(); }, 20'000));
    REQUIRE(QTest::qWaitFor([&] { return !dashboards->service()->isBusy(); }, 120'000));
    auto *tabs = dashboards->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
    if (tabs)
        tabs->setCurrentWidget(dashboards->activityChart());
    else
        dashboards->activityChart()->show();
    if (auto *tables = dashboards->activityChart()->findChild<QTabWidget *>(
            QStringLiteral("activityTables")))
        tables->setCurrentIndex(1);
    save(window, {}, folder + QStringLiteral("/gates-dashboards-team.png"));
}
