#include "core/services/accountservice.h"
#include "core/services/workspace.h"
#include "tests/ui/accountsfixture.h"
#include "tests/ui/editorfixture.h"
#include "ui/accountmodels.h"
#include "ui/passworddialogs.h"
#include "ui/usereditdialog.h"
#include "ui/usersdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace rapport;
using test::AccountsFixture;

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

std::optional<UserAccount> account(Workspace &workspace, const QString &login)
{
    const Result<QList<UserAccount>> users = workspace.accounts().users(true);
    REQUIRE(users.ok());
    for (const UserAccount &a : users.value()) {
        if (a.user.login == login)
            return a;
    }
    return std::nullopt;
}

// Runs `drive` on the next modal dialog, from the event loop that dialog runs.
void onNextModal(std::function<void(QDialog &)> drive)
{
    QTimer::singleShot(0, qApp, [drive = std::move(drive)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        drive(*dialog);
        if (dialog->isVisible())
            dialog->reject(); // a refusal left it open: the test fails on its checks, not hangs
    });
}

const QString shots = QStringLiteral("/tmp/shots-signin/");

} // namespace

TEST_CASE("Users and Teams lists the users, and Add User adds one through AccountService",
          "[ui][users]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("anna"), AccountsFixture::annaPassword);
    UsersDialog dialog(*f.workspace);
    QAbstractItemModelTester usersTester(dialog.usersModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester matrixTester(dialog.matrixModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::showActive(dialog);
    REQUIRE(dialog.usersModel()->rowCount() == 2);
    QDir().mkpath(shots);
    QTest::qWait(50); // laid out as the user sees it
    dialog.grab().save(shots + QStringLiteral("users.png"));

    onNextModal([](QDialog &modal) {
        auto *editor = qobject_cast<UserEditDialog *>(&modal);
        REQUIRE(editor);
        type(editor->login(), QStringLiteral("carl"));
        type(editor->name(), QStringLiteral("Carl Berg"));
        editor->role()->setCurrentIndex(editor->role()->findData(int(Role::ServiceAgent)));
        QListWidget *teams = editor->teams();
        REQUIRE(teams->count() == 1); // Nord
        teams->item(0)->setCheckState(Qt::Checked);
        type(editor->passwordFields()->password(), QStringLiteral("carl-secret-1"));
        type(editor->passwordFields()->repeat(), QStringLiteral("carl-secret-1"));
        QTest::qWait(50); // laid out as the user sees it
        editor->grab().save(shots + QStringLiteral("adduser.png"));
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.button(QStringLiteral("addUserButton")), Qt::LeftButton);

    const std::optional<UserAccount> carl = account(*f.workspace, QStringLiteral("carl"));
    REQUIRE(carl);
    CHECK(carl->user.displayName == QStringLiteral("Carl Berg"));
    CHECK(carl->user.role == Role::ServiceAgent);
    CHECK(carl->teams == QStringList{QStringLiteral("Nord")});
    CHECK(carl->hasPassword);
    CHECK(dialog.usersModel()->rowCount() == 3);
    CHECK(dialog.message().contains(QStringLiteral("Carl Berg")));
}

TEST_CASE("Add User says a user without a password cannot sign in where passwords are required",
          "[ui][users]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("anna"), AccountsFixture::annaPassword);
    REQUIRE(f.workspace->requiresPassword());
    UserEditDialog editor(*f.workspace);
    CHECK(editor.passwordFields()->password()->placeholderText()
          == QStringLiteral("At least 8 characters; without one they cannot sign in"));
}

TEST_CASE("Add User shows the core's sentence for a login that exists", "[ui][users]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("anna"), AccountsFixture::annaPassword);
    UserEditDialog editor(*f.workspace);
    test::showActive(editor);
    type(editor.login(), QStringLiteral("ben"));
    type(editor.name(), QStringLiteral("Another Ben"));
    QTest::mouseClick(editor.okButton(), Qt::LeftButton);
    CHECK(editor.isVisible());
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(account(*f.workspace, QStringLiteral("ben"))->user.displayName
          == QStringLiteral("Ben Roth"));
}

TEST_CASE("Edit, deactivate and reactivate a user from Users and Teams", "[ui][users]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("anna"), AccountsFixture::annaPassword);
    UsersDialog dialog(*f.workspace);
    test::showActive(dialog);
    const int row = dialog.usersModel()->rowOf(f.benId);
    REQUIRE(row >= 0);
    dialog.usersView()->setCurrentIndex(dialog.usersModel()->index(row, 0));

    onNextModal([](QDialog &modal) {
        auto *editor = qobject_cast<UserEditDialog *>(&modal);
        REQUIRE(editor);
        CHECK(editor->login()->isReadOnly());
        editor->role()->setCurrentIndex(editor->role()->findData(int(Role::Manager)));
        editor->teams()->item(0)->setCheckState(Qt::Unchecked);
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.button(QStringLiteral("editUserButton")), Qt::LeftButton);
    std::optional<UserAccount> ben = account(*f.workspace, QStringLiteral("ben"));
    CHECK(ben->user.role == Role::Manager);
    CHECK(ben->teams.isEmpty());

    QPushButton *active = dialog.button(QStringLiteral("activeButton"));
    QTest::mouseClick(active, Qt::LeftButton);
    CHECK_FALSE(account(*f.workspace, QStringLiteral("ben"))->user.active);
    CHECK(active->text().contains(QStringLiteral("activate")));
    // Reset Password is greyed for him, and says why.
    QPushButton *reset = dialog.button(QStringLiteral("resetPasswordButton"));
    CHECK_FALSE(reset->isEnabled());
    CHECK(reset->toolTip() == QStringLiteral("Ben Roth is deactivated: reactivate them first."));
    QTest::mouseClick(active, Qt::LeftButton);
    CHECK(account(*f.workspace, QStringLiteral("ben"))->user.active);
    CHECK(reset->isEnabled());
    CHECK(reset->toolTip().isEmpty());

    // Anna is the only administrator: the core refuses, the dialog says why.
    dialog.usersView()->setCurrentIndex(
        dialog.usersModel()->index(dialog.usersModel()->rowOf(f.annaId), 0));
    QTest::mouseClick(active, Qt::LeftButton);
    CHECK(account(*f.workspace, QStringLiteral("anna"))->user.active);
    CHECK_FALSE(dialog.message().isEmpty());
}

TEST_CASE("Reset Password gives a user a new password", "[ui][users]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("anna"), AccountsFixture::annaPassword);
    UsersDialog dialog(*f.workspace);
    test::showActive(dialog);
    dialog.usersView()->setCurrentIndex(
        dialog.usersModel()->index(dialog.usersModel()->rowOf(f.benId), 0));
    onNextModal([](QDialog &modal) {
        auto *reset = qobject_cast<SetPasswordDialog *>(&modal);
        REQUIRE(reset);
        type(reset->fields().password(), QStringLiteral("ben-new-secret"));
        type(reset->fields().repeat(), QStringLiteral("ben-new-secret"));
        QTest::qWait(50); // laid out as the user sees it
        reset->grab().save(shots + QStringLiteral("resetpassword.png"));
        QTest::mouseClick(reset->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.button(QStringLiteral("resetPasswordButton")), Qt::LeftButton);
    std::unique_ptr<Workspace> other = f.open();
    CHECK(other->signIn(QStringLiteral("ben"), QStringLiteral("ben-new-secret")).ok());
}

TEST_CASE("Teams are created, renamed and deleted from Users and Teams", "[ui][users]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("anna"), AccountsFixture::annaPassword);
    UsersDialog dialog(*f.workspace);
    QString answer = QStringLiteral("Süd");
    dialog.setNameAsker([&answer](QWidget *, const QString &, const QString &) { return answer; });
    test::showActive(dialog);
    dialog.tabs()->setCurrentIndex(1);
    QTest::mouseClick(dialog.button(QStringLiteral("newTeamButton")), Qt::LeftButton);
    REQUIRE(dialog.teamsList()->count() == 2);
    QTest::qWait(50); // laid out as the user sees it
    dialog.grab().save(shots + QStringLiteral("teams.png"));

    const auto teamNames = [&f] {
        QStringList names;
        const Result<QList<Team>> teams = f.workspace->accounts().teams();
        REQUIRE(teams.ok());
        for (const Team &team : teams.value())
            names << team.name;
        return names;
    };
    CHECK(teamNames() == QStringList{QStringLiteral("Nord"), QStringLiteral("Süd")});

    dialog.teamsList()->setCurrentRow(0); // Nord
    answer = QStringLiteral("North");
    QTest::mouseClick(dialog.button(QStringLiteral("renameTeamButton")), Qt::LeftButton);
    CHECK(teamNames().contains(QStringLiteral("North")));
    CHECK(account(*f.workspace, QStringLiteral("ben"))->teams
          == QStringList{QStringLiteral("North")});

    dialog.teamsList()->setCurrentRow(dialog.teamsList()->row(
        dialog.teamsList()->findItems(QStringLiteral("North"), Qt::MatchExactly).value(0)));
    QTest::mouseClick(dialog.button(QStringLiteral("deleteTeamButton")), Qt::LeftButton);
    CHECK(teamNames() == QStringList{QStringLiteral("Süd")});
    CHECK(account(*f.workspace, QStringLiteral("ben"))->teams.isEmpty());
}

TEST_CASE("The permission matrix is edited with a combo per cell and stored by Save", "[ui][users]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("anna"), AccountsFixture::annaPassword);
    UsersDialog dialog(*f.workspace);
    QAbstractItemModelTester tester(dialog.matrixModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::showActive(dialog); // at the size it opens with
    dialog.tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    // Every action and every role in sight: no scrolling to find "See dashboards".
    QTableView *view = dialog.matrixView();
    CHECK(view->horizontalScrollBar()->maximum() == 0);
    CHECK(view->verticalScrollBar()->maximum() == 0);
    // No combo narrower than it needs (its level readable), before and after a Save remade them.
    const auto combosFit = [&] {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            for (int column = 1; column < view->model()->columnCount(); ++column) {
                auto *combo = qobject_cast<QComboBox *>(
                    view->indexWidget(view->model()->index(row, column)));
                if (!combo || combo->width() < combo->sizeHint().width())
                    return false;
            }
        }
        return true;
    };
    CHECK(combosFit());
    QPushButton *save = dialog.button(QStringLiteral("saveMatrixButton"));
    CHECK_FALSE(save->isEnabled());

    PermissionMatrixModel *model = dialog.matrixModel();
    // The administrator row has no combos and cannot be edited.
    const QModelIndex adminExport = model->index(int(Permission::Export), int(Role::Administrator));
    CHECK(dialog.matrixView()->indexWidget(adminExport) == nullptr);
    CHECK_FALSE(model->setData(adminExport, int(AccessLevel::None), Qt::EditRole));

    const QModelIndex repExport = model->index(int(Permission::Export), int(Role::SalesRep));
    auto *combo = qobject_cast<QComboBox *>(dialog.matrixView()->indexWidget(repExport));
    REQUIRE(combo);
    const AccessLevel before = f.workspace->accounts().matrix()->level(Role::SalesRep,
                                                                       Permission::Export);
    combo->setFocus();
    // The combo lists All, Team, Own, None: down narrows, up widens.
    QTest::keyClick(combo, before == AccessLevel::None ? Qt::Key_Up : Qt::Key_Down);
    const auto after = static_cast<AccessLevel>(repExport.data(Qt::EditRole).toInt());
    CHECK(after != before);
    CHECK(save->isEnabled());
    QTest::qWait(50); // laid out as the user sees it
    dialog.grab().save(shots + QStringLiteral("permissions.png"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(save->isEnabled());
    QTest::qWait(50);
    CHECK(combosFit());
    CHECK(f.workspace->accounts().matrix()->level(Role::SalesRep, Permission::Export) == after);
    // Another connection reads the stored matrix.
    CHECK(f.open()->accounts().matrix()->level(Role::SalesRep, Permission::Export) == after);
}

TEST_CASE("A rep's changes to users are refused by the core with its sentence", "[ui][users]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("ben"), AccountsFixture::benPassword);
    CHECK_FALSE(f.workspace->access().allowsAny(Permission::ManageUsers));
    UserEditDialog editor(*f.workspace);
    test::showActive(editor);
    type(editor.login(), QStringLiteral("mallory"));
    type(editor.name(), QStringLiteral("Mallory"));
    QTest::mouseClick(editor.okButton(), Qt::LeftButton);
    CHECK(editor.result() != QDialog::Accepted);
    CHECK_FALSE(account(*f.workspace, QStringLiteral("mallory")));
}
