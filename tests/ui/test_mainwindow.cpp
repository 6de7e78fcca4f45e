#include "core/domain/customer.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/services/workspace.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerlistview.h"
#include "ui/mainwindow.h"
#include "ui/recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace rapport;

namespace {

// A folder of databases for one test.
class Folder
{
public:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A new database with the given people, saved through the customer repository.
    QString database(const QString &name, const QStringList &lastNames)
    {
        const QString file = path(name);
        Result<std::unique_ptr<Database>> db = Database::open(file, Database::Mode::Create);
        REQUIRE(db.ok());
        CustomerRepository repo(**db);
        for (const QString &lastName : lastNames) {
            Customer c;
            c.firstName = QStringLiteral("Test");
            c.lastName = lastName;
            c.stage = LifecycleStage::Active;
            REQUIRE(repo.insert(c, test::wallClock()).ok());
        }
        return file;
    }

private:
    QTemporaryDir m_dir;
};

QString statusText(const MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

QString nameAt(const MainWindow &window, int row)
{
    const QAbstractItemModel *model = window.customerView()->model();
    return model->index(row, CustomerListModel::Name).data().toString();
}

// Waits for the next modal message box, hands it to `inspect`, then closes it, all from the
// event loop the box runs while the code under test waits for it.
void onNextMessageBox(std::function<void(QMessageBox *)> inspect)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, tries, inspect] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && ++*tries < 250)
            return;
        poll->stop();
        poll->deleteLater();
        if (!box)
            return;
        inspect(box);
        box->close();
    });
    poll->start();
}

QAction *findAction(const QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void clickHeader(CustomerListView *view, int column)
{
    QHeaderView *header = view->table()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

TEST_CASE("The window opens a database and shows its customers", "[ui]")
{
    test::IsolatedSettings settings(QStringLiteral("open"));
    Folder folder;
    const QString file = folder.database(QStringLiteral("shop.db"),
                                         {QStringLiteral("Zander"),
                                          QStringLiteral("Özdemir"),
                                          QStringLiteral("Becker"),
                                          QStringLiteral("Albers"),
                                          QStringLiteral("Meyer")});

    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("Rapport"));
    CHECK(window.customerModel() == nullptr);

    REQUIRE(window.openDatabase(file));
    CHECK(window.windowTitle() == QStringLiteral("shop.db — Rapport"));
    CHECK(window.customerView()->countLabel()->text() == QStringLiteral("5 customers"));
    CHECK(statusText(window).contains(QStringLiteral("shop.db")));
    CustomerListView *view = window.customerView();
    REQUIRE(view->isVisible());
    REQUIRE(view->model()->rowCount() == 5);
    CHECK(nameAt(window, 0) == QStringLiteral("Test Albers"));
    CHECK(nameAt(window, 3) == QStringLiteral("Test Özdemir")); // folded: ozdemir < zander
    CHECK(nameAt(window, 4) == QStringLiteral("Test Zander"));

    // The keyboard walks the list.
    QTableView *table = view->table();
    view->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    CHECK(table->currentIndex().row() == 0);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    CHECK(table->currentIndex().row() == 4);
    CHECK(view->currentCustomerId() != 0);

    // A click on the Name header turns the order round, and the current customer stays
    // current; a click on another column sorts by it.
    const qint64 current = view->currentCustomerId();
    clickHeader(view, CustomerListModel::Name);
    CHECK(window.customerModel()->sortOrder() == Qt::DescendingOrder);
    CHECK(nameAt(window, 0) == QStringLiteral("Test Zander"));
    CHECK(view->currentCustomerId() == current);
    CHECK(table->currentIndex().row() == 0);
    clickHeader(view, CustomerListModel::Stage);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == CustomerListModel::Stage);
    CHECK(window.customerModel()->sortColumn() == CustomerListModel::Stage);
    CHECK(nameAt(window, 0) == QStringLiteral("Test Albers")); // all active: by name
    clickHeader(view, CustomerListModel::Name);
    CHECK(nameAt(window, 0) == QStringLiteral("Test Albers"));

    // A customer added elsewhere in the program shows up through the change bus.
    CustomerRepository repo(window.workspace()->database());
    Customer c;
    c.organisation = QStringLiteral("Acme GmbH");
    c.kind = CustomerKind::Organisation;
    REQUIRE(test::committed(window.workspace()->database(), [&] {
                return repo.insert(c, test::wallClock());
            }).ok());
    window.workspace()->changes().publish(
        {ChangeNotice::Entity::Customer, ChangeNotice::Action::Created, {c.id}, {c.id}});
    CHECK(view->model()->rowCount() == 6);
    CHECK(nameAt(window, 0) == QStringLiteral("Acme GmbH"));
    CHECK(window.customerView()->countLabel()->text() == QStringLiteral("6 customers"));
}

TEST_CASE("A file that is not a Rapport database is refused and the open one stays", "[ui]")
{
    test::IsolatedSettings settings(QStringLiteral("refuse"));
    Folder folder;
    const QString good = folder.database(QStringLiteral("good.db"), {QStringLiteral("Keller")});
    const QString garbage = folder.path(QStringLiteral("notes.db"));
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }

    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(good));

    // The real message box, read and closed from its own event loop.
    QString shown;
    onNextMessageBox([&shown](QMessageBox *box) { shown = box->text(); });
    CHECK_FALSE(window.openDatabase(garbage));
    CHECK(shown.contains(QStringLiteral("is not a Rapport database")));
    CHECK(shown.contains(QStringLiteral("notes.db")));

    REQUIRE(window.workspace() != nullptr);
    CHECK(window.workspace()->path() == QFileInfo(good).absoluteFilePath());
    CHECK(window.windowTitle() == QStringLiteral("good.db — Rapport"));
    CHECK(window.customerView()->model()->rowCount() == 1);
    CHECK_FALSE(window.recentFiles()->files().contains(QFileInfo(garbage).absoluteFilePath()));

    // The same through an injected presenter: a missing file, and a folder that does not exist.
    QStringList messages;
    window.setErrorPresenter(
        [&messages](QWidget *, const QString &, const QString &message) { messages << message; });
    const QString newer = folder.database(QStringLiteral("newer.db"), {});
    {
        Result<std::unique_ptr<Database>> db = Database::open(newer, Database::Mode::Existing);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    CHECK_FALSE(window.openDatabase(folder.path(QStringLiteral("missing.db"))));
    CHECK_FALSE(window.openDatabase(folder.path(QStringLiteral("no/such/folder/x.db")),
                                    Database::Mode::Create));
    CHECK_FALSE(window.openDatabase(newer));
    REQUIRE(messages.size() == 3);
    CHECK(messages[0].contains(QStringLiteral("There is no database")));
    CHECK(messages[1].contains(QStringLiteral("does not exist")));
    CHECK(messages[2].contains(QStringLiteral("newer version of Rapport")));
    CHECK(window.workspace()->path() == QFileInfo(good).absoluteFilePath());
}

TEST_CASE("Recently opened databases are remembered, newest first", "[ui]")
{
    test::IsolatedSettings settings(QStringLiteral("recent"));
    Folder folder;
    const QString first = folder.database(QStringLiteral("first.db"), {QStringLiteral("Eins")});
    const QString second = folder.database(QStringLiteral("second.db"), {QStringLiteral("Zwei")});
    const QString third = folder.database(QStringLiteral("third.db"), {});
    {
        MainWindow window;
        REQUIRE(window.openDatabase(first));
        REQUIRE(window.openDatabase(second));
        REQUIRE(window.openDatabase(first));
        REQUIRE(window.openDatabase(third));
        window.close();
    }

    MainWindow window;
    window.show();
    const QStringList files = window.recentFiles()->files();
    REQUIRE(files.size() == 3);
    CHECK(QFileInfo(files[0]).fileName() == QStringLiteral("third.db"));
    CHECK(QFileInfo(files[1]).fileName() == QStringLiteral("first.db"));
    CHECK(QFileInfo(files[2]).fileName() == QStringLiteral("second.db"));

    // The menu lists them; choosing one opens it.
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(menu != nullptr);
    CHECK(menu->isEnabled());
    Q_EMIT menu->aboutToShow();
    const QList<QAction *> entries = menu->actions();
    REQUIRE(entries.size() >= 3);
    CHECK(entries[2]->text().contains(QStringLiteral("second.db")));
    entries[2]->trigger();
    REQUIRE(window.workspace() != nullptr);
    CHECK(window.windowTitle() == QStringLiteral("second.db — Rapport"));
    CHECK(nameAt(window, 0) == QStringLiteral("Test Zwei"));

    // A file that went away drops out of the list.
    window.closeDatabase();
    REQUIRE(QFile::remove(third));
    CHECK(window.recentFiles()->files().size() == 2);

    // At most eight are kept.
    for (int i = 0; i < 10; ++i)
        window.recentFiles()->add(folder.database(QStringLiteral("n%1.db").arg(i), {}));
    CHECK(window.recentFiles()->files().size() == RecentFiles::MaxFiles);
    CHECK(QFileInfo(window.recentFiles()->files().front()).fileName() == QStringLiteral("n9.db"));
}

TEST_CASE("Closing the database shows the welcome page", "[ui]")
{
    test::IsolatedSettings settings(QStringLiteral("close"));
    Folder folder;
    const QString file = folder.database(QStringLiteral("close.db"), {QStringLiteral("Wolf")});
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(file));
    QAction *close = window.action(QStringLiteral("closeDatabaseAction"));
    REQUIRE(close != nullptr);
    CHECK(close->isEnabled());
    close->trigger();
    CHECK(window.workspace() == nullptr);
    CHECK(window.windowTitle() == QStringLiteral("Rapport"));
    CHECK_FALSE(window.customerView()->isVisible());
    CHECK_FALSE(close->isEnabled());
    CHECK(statusText(window).contains(QStringLiteral("No database is open")));

    // Ctrl+O style actions exist with their shortcuts.
    QAction *open = findAction(window, QStringLiteral("&Open Database…"));
    REQUIRE(open != nullptr);
    CHECK(open->shortcut() == QKeySequence(QKeySequence::Open));
    QAction *quit = findAction(window, QStringLiteral("&Quit"));
    REQUIRE(quit != nullptr);
    CHECK(quit->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
}

TEST_CASE("Undo, redo and finding a customer have their shortcuts in the menus", "[ui]")
{
    test::IsolatedSettings settings(QStringLiteral("menus"));
    Folder folder;
    const QString file = folder.database(QStringLiteral("menus.db"), {QStringLiteral("Wolf")});
    MainWindow window;
    window.show();

    QAction *undo = window.action(QStringLiteral("undoAction"));
    QAction *redo = window.action(QStringLiteral("redoAction"));
    QAction *find = window.action(QStringLiteral("findCustomerAction"));
    REQUIRE(undo != nullptr);
    REQUIRE(redo != nullptr);
    REQUIRE(find != nullptr);
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK(find->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K));
    // Nothing to undo, and no database to search in yet.
    CHECK_FALSE(undo->isEnabled());
    CHECK_FALSE(find->isEnabled());

    REQUIRE(window.openDatabase(file));
    CHECK(find->isEnabled());
    CHECK(window.currentPage() == MainWindow::Page::Customers);
}
