#include "core/services/workspace.h"
#include "tests/ui/accountsfixture.h"
#include "tests/ui/editorfixture.h"
#include "ui/fieldmessage.h"
#include "ui/mainwindow.h"
#include "ui/passworddialogs.h"
#include "ui/signindialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

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

// Signs in through the dialog as a user does: login, password, Return.
int signInWith(SignInDialog &dialog, const QString &login, const QString &password)
{
    test::showActive(dialog);
    type(dialog.loginEdit(), login);
    type(dialog.passwordEdit(), password);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    return dialog.result();
}

QString shotFolder()
{
    QDir().mkpath(QStringLiteral("/tmp/shots-signin"));
    return QStringLiteral("/tmp/shots-signin/");
}

} // namespace

TEST_CASE("The sign-in dialog names the database, shows the core's sentence for a wrong "
          "password and signs in with the right one",
          "[ui][signin]")
{
    AccountsFixture f;
    SignInDialog dialog(*f.workspace);
    const QLabel *name = dialog.findChild<QLabel *>(QStringLiteral("databaseName"));
    const QLabel *folder = dialog.findChild<QLabel *>(QStringLiteral("databaseFolder"));
    REQUIRE(name);
    REQUIRE(folder);
    CHECK(name->text().contains(QStringLiteral("team.db")));
    CHECK(folder->text() == QDir::toNativeSeparators(f.dir.path()));

    signInWith(dialog, QStringLiteral("anna"), QStringLiteral("not-her-password"));
    CHECK(dialog.isVisible());
    CHECK(dialog.message() == QStringLiteral("The login or the password is wrong."));
    CHECK(dialog.passwordEdit()->text().isEmpty());
    CHECK_FALSE(f.workspace->currentUser());
    QTest::qWait(50); // laid out as the user sees it
    dialog.grab().save(shotFolder() + QStringLiteral("signin-wrong.png"));

    CHECK(signInWith(dialog, QStringLiteral("anna"), AccountsFixture::annaPassword)
          == QDialog::Accepted);
    REQUIRE(f.workspace->currentUser());
    CHECK(f.workspace->currentUser()->login == QStringLiteral("anna"));
}

TEST_CASE("The dialog proposes the computer's login only when the database knows it", "[ui][signin]")
{
    AccountsFixture f;
    const QByteArray before = qgetenv("USER");
    qputenv("USER", "nobody-here");
    {
        SignInDialog dialog(*f.workspace);
        CHECK(dialog.loginEdit()->text().isEmpty());
        test::showActive(dialog);
        CHECK(dialog.loginEdit()->hasFocus()); // the login first, not a stranger's password
    }
    qputenv("USER", "ben");
    {
        SignInDialog dialog(*f.workspace);
        CHECK(dialog.loginEdit()->text() == QStringLiteral("ben"));
        test::showActive(dialog);
        CHECK(dialog.passwordEdit()->hasFocus());
    }
    qputenv("USER", before);
}

TEST_CASE("After repeated failures the dialog shows the growing delay", "[ui][signin]")
{
    AccountsFixture f;
    SignInDialog dialog(*f.workspace);
    // No delay for the first few failures, then one that grows: the sentence says so.
    int attempts = 0;
    while (!dialog.message().contains(QStringLiteral("try again in")) && attempts < 8) {
        signInWith(dialog, QStringLiteral("ben"), QStringLiteral("wrong-password"));
        ++attempts;
    }
    CHECK(attempts > 3);
    CHECK(dialog.message().contains(QStringLiteral("try again in")));
    // During the delay even the right password is refused, with the same kind of sentence.
    CHECK(signInWith(dialog, QStringLiteral("ben"), AccountsFixture::benPassword)
          != QDialog::Accepted);
    CHECK(dialog.message().contains(QStringLiteral("try again in")));
    CHECK_FALSE(f.workspace->currentUser());
}

TEST_CASE("Opening a database that requires passwords asks who signs in, and the status bar "
          "names them",
          "[ui][signin]")
{
    AccountsFixture f;
    const QString path = f.path();
    f.workspace.reset();
    MainWindow window;
    window.setErrorPresenter(
        [](QWidget *, const QString &, const QString &message) { FAIL(message.toStdString()); });

    SECTION("cancel leaves the database closed")
    {
        int asked = 0;
        window.setModalPresenter([&](QDialog &dialog) {
            ++asked;
            REQUIRE(qobject_cast<SignInDialog *>(&dialog));
            return int(QDialog::Rejected);
        });
        CHECK_FALSE(window.openDatabase(path));
        CHECK(asked == 1);
        CHECK(window.workspace() == nullptr);
    }

    SECTION("the right password opens it, signed in")
    {
        window.setModalPresenter([](QDialog &dialog) {
            auto *signIn = qobject_cast<SignInDialog *>(&dialog);
            REQUIRE(signIn);
            return signInWith(*signIn, QStringLiteral("ben"), AccountsFixture::benPassword);
        });
        test::showActive(window);
        REQUIRE(window.openDatabase(path));
        REQUIRE(window.workspace());
        CHECK(window.workspace()->currentUser()->login == QStringLiteral("ben"));
        CHECK(window.userButton()->isVisible());
        CHECK(window.userButton()->text() == QStringLiteral("Ben Roth · Sales representative"));
        // Passwords: Switch User… in place of the quick choice.
        CHECK(window.action(QStringLiteral("switchUserAction"))->isVisible());
        // A rep may not manage users: the action says why.
        QAction *users = window.action(QStringLiteral("usersAndTeamsAction"));
        CHECK_FALSE(users->isEnabled());
        CHECK(users->toolTip() == window.workspace()->access().refusal(Permission::ManageUsers));
        CHECK(window.showUsersAndTeams() == nullptr);
        QTest::qWait(50); // the status bar lays out the new name
        window.grab().save(shotFolder() + QStringLiteral("mainwindow-ben.png"));
        window.statusBar()->grab().save(shotFolder() + QStringLiteral("statusbar-ben.png"));

        // Switch User… to Anna: the pages are made again for her.
        window.setModalPresenter([](QDialog &dialog) {
            auto *signIn = qobject_cast<SignInDialog *>(&dialog);
            REQUIRE(signIn);
            return signInWith(*signIn, QStringLiteral("anna"), AccountsFixture::annaPassword);
        });
        CHECK(window.switchUser());
        CHECK(window.workspace()->currentUser()->login == QStringLiteral("anna"));
        CHECK(window.userButton()->text() == QStringLiteral("Anna Weber · Administrator"));
        CHECK(window.action(QStringLiteral("usersAndTeamsAction"))->isEnabled());
    }
}

TEST_CASE("A database without passwords opens without a prompt", "[ui][signin]")
{
    test::IsolatedSettings settings(QStringLiteral("nopasswords"));
    QTemporaryDir dir;
    MainWindow window;
    window.setModalPresenter([](QDialog &) -> int {
        FAIL("no dialog expected");
        return 0;
    });
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("solo.db")), Database::Mode::Create));
    CHECK_FALSE(window.workspace()->requiresPassword());
    CHECK_FALSE(window.action(QStringLiteral("switchUserAction"))->isVisible());
}

TEST_CASE("Change Password checks the old one, the repeat and the length, then the new one "
          "signs in",
          "[ui][signin]")
{
    AccountsFixture f;
    f.signIn(QStringLiteral("ben"), AccountsFixture::benPassword);
    ChangePasswordDialog dialog(*f.workspace);
    test::showActive(dialog);
    QPushButton *ok = dialog.okButton();

    type(dialog.oldPassword(), AccountsFixture::benPassword);
    type(dialog.fields().password(), QStringLiteral("short"));
    type(dialog.fields().repeat(), QStringLiteral("short"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.fields().message()->text().isEmpty());

    type(dialog.fields().password(), QStringLiteral("a-longer-one"));
    type(dialog.fields().repeat(), QStringLiteral("another-one"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.fields().message()->text().contains(QStringLiteral("differ")));

    type(dialog.oldPassword(), QStringLiteral("not-the-old-one"));
    type(dialog.fields().password(), QStringLiteral("a-longer-one"));
    type(dialog.fields().repeat(), QStringLiteral("a-longer-one"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.isVisible());
    QTest::qWait(50); // laid out as the user sees it
    dialog.grab().save(shotFolder() + QStringLiteral("changepassword-wrong-old.png"));

    type(dialog.oldPassword(), AccountsFixture::benPassword);
    type(dialog.fields().password(), QStringLiteral("a-longer-one"));
    type(dialog.fields().repeat(), QStringLiteral("a-longer-one"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    f.workspace->signOut();
    CHECK_FALSE(f.workspace->signIn(QStringLiteral("ben"), AccountsFixture::benPassword).ok());
    CHECK(f.workspace->signIn(QStringLiteral("ben"), QStringLiteral("a-longer-one")).ok());
}

TEST_CASE("A new database can be protected by its first administrator", "[ui][signin]")
{
    test::IsolatedSettings settings(QStringLiteral("firstadmin"));
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("shared.db")), Database::Mode::Create));
    CHECK_FALSE(window.workspace()->requiresPassword());
    window.setModalPresenter([](QDialog &dialog) {
        auto *first = qobject_cast<FirstAdministratorDialog *>(&dialog);
        REQUIRE(first);
        test::showActive(*first);
        type(first->login(), QStringLiteral("clara"));
        type(first->name(), QStringLiteral("Clara Yilmaz"));
        type(first->fields().password(), QStringLiteral("clara-secret-1"));
        type(first->fields().repeat(), QStringLiteral("clara-secret-1"));
        QTest::qWait(50); // laid out as the user sees it
        first->grab().save(shotFolder() + QStringLiteral("firstadministrator.png"));
        QTest::keyClick(first->fields().repeat(), Qt::Key_Return);
        return first->result();
    });
    CHECK(window.protectNewDatabase());
    CHECK(window.workspace()->requiresPassword());
    CHECK(window.workspace()->currentUser()->role == Role::Administrator);
    CHECK(window.userButton()->text() == QStringLiteral("Clara Yilmaz · Administrator"));
}
