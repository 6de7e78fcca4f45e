// The front office's daily flows through the whole main window, by keyboard: find a caller,
// open the 360° view, log the call, add a note, create a customer, undo, go back.
#include "core/models/customerlistmodel.h"
#include "core/models/customerprofile.h"
#include "core/models/timelinemodel.h"
#include "core/storage/interactionrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "tests/ui/keyboard.h"
#include "ui/customereditor.h"
#include "ui/customerlistview.h"
#include "ui/customerview.h"
#include "ui/mainwindow.h"
#include "ui/quicklogdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// A database with three people and a signed-in agent, open in a shown main window. The test's
// own workspace is a second connection to the same file, as another program would be.
struct Office
{
    Office()
        : settings(QStringLiteral("flows"))
    {
        agent = t.addUser(QStringLiteral("h.vermeulen"));
        ada = t.addPerson(QStringLiteral("Ada"),
                          QStringLiteral("Lovelace"),
                          QStringLiteral("030 1234567"));
        bob = t.addPerson(QStringLiteral("Bob"),
                          QStringLiteral("Brown"),
                          QStringLiteral("030 7654321"));
        t.addPerson(QStringLiteral("Carla"),
                    QStringLiteral("Lovato"),
                    QStringLiteral("089 55501299"),
                    QStringLiteral("München"));
        window.setErrorPresenter(
            [this](QWidget *, const QString &, const QString &message) { errors << message; });
        REQUIRE(window.openDatabase(t.path()));
        REQUIRE(window.workspace()->setCurrentUser(agent).ok());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(QTest::qWaitFor([this] { return window.customerModel()->isComplete(); }));
    }

    QList<Interaction> calls(qint64 customer)
    {
        auto list = InteractionRepository(t.db()).listForCustomer(customer, 10);
        REQUIRE(list.ok());
        return *list;
    }
    int listRowOf(qint64 id) const
    {
        const CustomerListModel *model = window.customerModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->idAt(row) == id)
                return row;
        }
        return -1;
    }

    test::IsolatedSettings settings;
    test::TempWorkspace t;
    MainWindow window;
    qint64 agent = 0;
    qint64 ada = 0;
    qint64 bob = 0;
    QStringList errors;
};

// Waits until the keyboard focus is inside `window` (a dialog the main window just opened).
bool focusIn(const QWidget *window)
{
    return QTest::qWaitFor([window] {
        const QWidget *focus = QApplication::focusWidget();
        return focus && focus->window() == window;
    });
}

QLineEdit *searchField(const MainWindow &window)
{
    return window.customerView()->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
}

} // namespace

TEST_CASE("Ctrl+K, a few letters and Enter open the best match's 360° view", "[ui][flows]")
{
    Office o;
    test::Keyboard keys(&o.window);

    keys.key(Qt::Key_K, Qt::ControlModifier);
    QLineEdit *search = searchField(o.window);
    REQUIRE(search != nullptr);
    CHECK(QApplication::focusWidget() == search);

    // Typing narrows the list as it is typed, without Enter.
    keys.type(QStringLiteral("lovel"));
    REQUIRE(QTest::qWaitFor([&o] { return o.window.customerModel()->rowCount() == 1; }));
    CHECK(o.window.customerModel()->idAt(0) == o.ada);

    keys.key(Qt::Key_Return);
    CHECK(o.window.currentPage() == MainWindow::Page::Customer);
    CustomerView *view = o.window.customerPage();
    REQUIRE(view != nullptr);
    CHECK(view->currentCustomerId() == o.ada);
    CHECK(view->title() == QStringLiteral("Ada Lovelace"));
    const auto *sidebar = o.window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar != nullptr);
    CHECK(sidebar->currentItem()->toolTip() == QStringLiteral("Ada Lovelace"));
    CHECK(o.window.currentCustomerId() == o.ada);

    // The number as a caller reads it out, from the 360° view: Ctrl+K goes back to the search.
    keys.key(Qt::Key_K, Qt::ControlModifier);
    CHECK(o.window.currentPage() == MainWindow::Page::Customers);
    search->selectAll();
    keys.type(QStringLiteral("+49 30 7654321"));
    keys.key(Qt::Key_Return);
    CHECK(o.window.customerPage()->currentCustomerId() == o.bob);

    // Alt+Left goes back to the customer shown before, then to the list.
    keys.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(o.window.customerPage()->currentCustomerId() == o.ada);
    CHECK(o.window.currentPage() == MainWindow::Page::Customer);
    keys.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(o.window.currentPage() == MainWindow::Page::Customers);
    // Ctrl+2 shows the open customer again.
    keys.key(Qt::Key_2, Qt::ControlModifier);
    CHECK(o.window.currentPage() == MainWindow::Page::Customer);
    CHECK(o.errors.isEmpty());
}

TEST_CASE("A call logged by keyboard from the 360° view shows in its timeline and the list",
          "[ui][flows]")
{
    Office o;
    o.window.openCustomer(o.ada);
    REQUIRE(o.window.currentPage() == MainWindow::Page::Customer);
    const TimelineModel *timeline = o.window.customerPage()->profile()->timeline();
    const int before = timeline->rowCount();
    test::Keyboard keys(&o.window);

    // Ctrl+L opens the quick log with the open customer filled in; the notes have the focus.
    keys.key(Qt::Key_L, Qt::ControlModifier);
    auto *dialog = o.window.findChild<QuickLogDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(focusIn(dialog));
    CHECK(dialog->customerId() == o.ada);
    keys.text(QStringLiteral("Wants the invoice again."));
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(keys.count() <= 10);

    const QList<Interaction> calls = o.calls(o.ada);
    REQUIRE(calls.size() == 1);
    CHECK(calls.first().channel == Channel::Phone);
    CHECK(calls.first().agentId == o.agent);

    // At once on top of the timeline, and in the list's last-contact column.
    REQUIRE(timeline->rowCount() == before + 1);
    const QModelIndex top = timeline->index(0, 0);
    CHECK(top.data(TimelineModel::TypeRole).toInt() == int(TimelineEntryType::Interaction));
    CHECK(top.data(TimelineModel::IdRole).toLongLong() == calls.first().id);
    const int row = o.listRowOf(o.ada);
    REQUIRE(row >= 0);
    const QModelIndex lastContact = o.window.customerModel()->index(row,
                                                                    CustomerListModel::LastContact);
    CHECK_FALSE(lastContact.data().toString().isEmpty());
    CHECK(o.errors.isEmpty());
}

TEST_CASE("Ctrl+Alt+N from the list writes a note on the open customer, Ctrl+Z takes it back",
          "[ui][flows]")
{
    Office o;
    o.window.openCustomer(o.bob);
    o.window.showPage(MainWindow::Page::Customers);
    test::Keyboard keys(&o.window);
    const TimelineModel *timeline = o.window.customerPage()->profile()->timeline();
    const int before = timeline->rowCount();

    keys.key(Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    CHECK(o.window.currentPage() == MainWindow::Page::Customer);
    keys.text(QStringLiteral("Prefers calls after 16:00."));
    keys.key(Qt::Key_Return);
    CHECK(test::rowCount(o.t.db(), "customer_notes") == 1);
    CHECK(timeline->rowCount() == before + 1);

    keys.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(test::rowCount(o.t.db(), "customer_notes") == 0);
    CHECK(timeline->rowCount() == before);
    keys.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(test::rowCount(o.t.db(), "customer_notes") == 1);

    // Text being typed undoes first; the saved note stays.
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(line != nullptr);
    keys.text(QStringLiteral("Half a thought"));
    keys.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(line->text().isEmpty());
    CHECK(test::rowCount(o.t.db(), "customer_notes") == 1);
    CHECK(o.errors.isEmpty());
}

TEST_CASE("Ctrl+N creates a person by keyboard, the list shows it, and Ctrl+Z removes it",
          "[ui][flows]")
{
    Office o;
    test::Keyboard keys(&o.window);
    keys.key(Qt::Key_N, Qt::ControlModifier);
    auto *editor = o.window.findChild<CustomerEditor *>();
    REQUIRE(editor != nullptr);
    REQUIRE(focusIn(editor));
    CHECK(QApplication::focusWidget() == editor->firstNameField());
    keys.text(QStringLiteral("Grace"));
    keys.key(Qt::Key_Tab);
    keys.text(QStringLiteral("Hopper"));
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::rowCount(o.t.db(), "customers") == 4);
    REQUIRE(QTest::qWaitFor([&o] { return o.window.customerModel()->rowCount() == 4; }));

    // The undo of the window takes the new customer back out, wherever the focus is.
    o.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&o.window));
    CHECK(o.window.undoStack()->canUndo());
    QTest::keyClick(&o.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(test::rowCount(o.t.db(), "customers") == 3);
    REQUIRE(QTest::qWaitFor([&o] { return o.window.customerModel()->rowCount() == 3; }));
    CHECK(o.errors.isEmpty());
}

TEST_CASE("Every page of the Go menu and every customer action has its shortcut", "[ui][flows]")
{
    Office o;
    const QList<std::pair<const char *, QKeySequence>> expected{
        {"showCustomersAction", QKeySequence(Qt::CTRL | Qt::Key_1)},
        {"showCustomerAction", QKeySequence(Qt::CTRL | Qt::Key_2)},
        {"showMyDayAction", QKeySequence(Qt::CTRL | Qt::Key_3)},
        {"showTrashAction", QKeySequence(Qt::CTRL | Qt::Key_9)},
        {"backAction", QKeySequence(Qt::ALT | Qt::Key_Left)},
        {"menuAddNoteAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)},
        {"logCallAction", QKeySequence(Qt::CTRL | Qt::Key_L)},
        {"newCaseAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {"editCustomerAction", QKeySequence(Qt::CTRL | Qt::Key_E)},
    };
    QList<QKeySequence> seen;
    for (const auto &[name, key] : expected) {
        const QAction *action = o.window.action(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(action != nullptr);
        CHECK(action->shortcut() == key);
        CHECK(action->isEnabled());
        CHECK_FALSE(seen.contains(key));
        seen << key;
    }
    // No two of the window's actions share a key (Qt would fire neither).
    QHash<QKeySequence, QString> owners;
    for (const QAction *action : o.window.findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut
            && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            INFO(action->text().toStdString() << " and " << owners.value(key).toStdString());
            CHECK_FALSE(owners.contains(key));
            owners.insert(key, action->text());
        }
    }
}
