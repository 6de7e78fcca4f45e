// Backups in the desktop: the restore dialog driven by keys and mouse, File ▸ Back Up on a worker
// thread, the restore through the main window (undo stack cleared, database reopened), and the
// way forward when a damaged file is opened.
#include "core/models/customerlistmodel.h"
#include "core/services/backupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/support/fixtures.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/mainwindow.h"
#include "ui/restoredialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QString makeDatabase(const QString &path, int customers)
{
    auto db = Database::open(path, Database::Mode::Create);
    REQUIRE(db);
    for (int i = 0; i < customers; ++i)
        test::addCustomer(**db, QStringLiteral("Customer %1").arg(i));
    return path;
}

// Two automatic backups of `path`: 3 customers two days ago, 5 customers yesterday.
void makeBackups(const QString &path, const QString &root)
{
    QDateTime now = QDateTime::currentDateTimeUtc().addDays(-2);
    const BackupService service(path, root, [&] { return now; });
    auto db = Database::open(path, Database::Mode::Existing);
    REQUIRE(db);
    REQUIRE(service.backUp(**db));
    test::addCustomer(**db, QStringLiteral("Fourth"));
    test::addCustomer(**db, QStringLiteral("Fifth"));
    now = now.addDays(1);
    REQUIRE(service.backUp(**db));
}

RestoreDialog *openRestoreDialog(MainWindow &window)
{
    window.action(QStringLiteral("restoreFromBackupAction"))->trigger();
    auto *dialog = window.findChild<RestoreDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // The customer counts come from a worker.
    for (int i = 0; i < 500 && dialog->isCounting(); ++i)
        QTest::qWait(10);
    REQUIRE_FALSE(dialog->isCounting());
    QCoreApplication::processEvents();
    return dialog;
}

} // namespace

TEST_CASE("The restore dialog lists the backups and restores the one chosen with the keyboard",
          "[backup]")
{
    test::IsolatedSettings settings(QStringLiteral("restore-dialog"));
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("backups"));
    const QString path = makeDatabase(dir.filePath(QStringLiteral("team.db")), 3);
    makeBackups(path, root);

    MainWindow window;
    window.setErrorPresenter(
        [](QWidget *, const QString &, const QString &message) { FAIL(message.toStdString()); });
    window.setBackupsRoot(root);
    window.show();
    REQUIRE(window.openDatabase(path));
    test::addCustomer(window.workspace()->database(), QStringLiteral("Sixth, after the backups"));
    window.undoStack()->push(new QUndoCommand(QStringLiteral("an edit")));

    RestoreDialog *dialog = openRestoreDialog(window);
    QStringList questions;
    dialog->setConfirmer([&](QWidget *, const QString &question) {
        questions << question;
        return true;
    });
    QTreeWidget *list = dialog->list();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("5"));
    CHECK(list->topLevelItem(1)->text(1) == QStringLiteral("3"));
    CHECK_FALSE(list->topLevelItem(0)->text(2).isEmpty());
    CHECK(QApplication::focusWidget() == list);

    // Down to the older one, Enter.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("(3 customer")));
    QSignalSpy reopened(&window, &MainWindow::workspaceChanged);
    REQUIRE(reopened.wait(10'000));
    while (reopened.size() < 2)
        REQUIRE(reopened.wait(10'000));
    REQUIRE(window.workspace());
    CHECK(window.customerModel()->rowCount() == 3);
    CHECK(window.undoStack()->count() == 0);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("kept as")));

    // The database as it was (6 customers) is a backup of its own now, listed first.
    dialog = openRestoreDialog(window);
    REQUIRE(dialog->list()->topLevelItemCount() == 3);
    CHECK(dialog->list()->topLevelItem(0)->text(1) == QStringLiteral("6"));
    CHECK_FALSE(dialog->list()->topLevelItem(0)->text(3).isEmpty());
    dialog->reject();
}

TEST_CASE("The restore dialog refuses a file that is not a Rapport backup and stays open",
          "[backup]")
{
    test::IsolatedSettings settings(QStringLiteral("restore-refuse"));
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("backups"));
    const QString path = makeDatabase(dir.filePath(QStringLiteral("team.db")), 2);
    QFile text(dir.filePath(QStringLiteral("notes.db")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("name,email\nAnn,ann@example.com\n");
    text.close();

    MainWindow window;
    window.setBackupsRoot(root);
    window.show();
    REQUIRE(window.openDatabase(path));
    RestoreDialog *dialog = openRestoreDialog(window);
    // No automatic backups yet: the dialog says so, and Restore waits for a file.
    CHECK(dialog->list()->topLevelItemCount() == 0);
    CHECK(dialog->problemText().contains(QStringLiteral("no automatic backups")));
    auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    CHECK_FALSE(restore->isEnabled());

    bool asked = false;
    dialog->setConfirmer([&](QWidget *, const QString &) { return asked = true; });
    dialog->setFileChooser([&](QWidget *) { return text.fileName(); });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("chooseBackupFileButton")),
                      Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK_FALSE(asked);
    CHECK(dialog->problemText()
          == QStringLiteral("%1 is not a Rapport backup. Nothing was changed.")
                 .arg(QDir::toNativeSeparators(text.fileName())));
    CHECK(window.customerModel()->rowCount() == 2);
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("File > Back Up writes on a worker thread while the window stays in use", "[backup]")
{
    test::IsolatedSettings settings(QStringLiteral("back-up"));
    QTemporaryDir dir;
    const QString path = makeDatabase(dir.filePath(QStringLiteral("team.db")), 4);
    MainWindow window;
    window.setErrorPresenter(
        [](QWidget *, const QString &, const QString &message) { FAIL(message.toStdString()); });
    window.show();
    REQUIRE(window.openDatabase(path));
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    QString suggested;
    window.setBackupPathAsker([&](QWidget *, const QString &proposal) {
        suggested = proposal;
        return target;
    });
    QSignalSpy done(&window, &MainWindow::backupFinished);
    window.action(QStringLiteral("backUpAction"))->trigger();
    CHECK(suggested.endsWith(QStringLiteral(".db")));
    CHECK(window.backupJob());
    // The window goes on: a customer added meanwhile through its own connection.
    test::addCustomer(window.workspace()->database(), QStringLiteral("Meanwhile"));
    REQUIRE(done.wait(20'000));
    CHECK(done.first().at(0).toBool());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Backed up to")));
    const Result<BackupEntry> copy = BackupService::inspect(target);
    REQUIRE(copy);
    CHECK((copy->customers == 4 || copy->customers == 5));
}

TEST_CASE("A damaged file opens its latest backup, or is salvaged into a new file", "[backup]")
{
    test::IsolatedSettings settings(QStringLiteral("damaged-open"));
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("backups"));
    const QString path = makeDatabase(dir.filePath(QStringLiteral("team.db")), 3);
    makeBackups(path, root);      // the newest backup holds 5
    const qint64 pageSize = 4096; // SQLite's default
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(100));
    f.write(QByteArray(int(pageSize) - 100, '\x11'));
    f.close();

    MainWindow window;
    window.setBackupsRoot(root);
    QStringList errors;
    window.setErrorPresenter(
        [&](QWidget *, const QString &, const QString &message) { errors << message; });
    window.show();

    SECTION("open the latest backup")
    {
        QString shown;
        window.setDamagedFilePresenter([&](QWidget *, const QString &message) {
            shown = message;
            return MainWindow::DamagedFileChoice::OpenLatestBackup;
        });
        REQUIRE(window.openDatabase(path));
        CHECK(errors.isEmpty());
        CHECK(shown.contains(QStringLiteral("damaged")));
        CHECK(window.customerModel()->rowCount() == 5);
        CHECK(QDir(dir.path()).entryList({QStringLiteral("team.db.damaged-*")}).size() == 1);
    }
    SECTION("salvage into a new file")
    {
        window.setDamagedFilePresenter(
            [](QWidget *, const QString &) { return MainWindow::DamagedFileChoice::Salvage; });
        const QString target = dir.filePath(QStringLiteral("saved.db"));
        window.setSalvagePathAsker([&](QWidget *, const QString &) { return target; });
        // Its schema page is noise: nothing is readable, and the new file says so.
        REQUIRE(window.openDatabase(path));
        CHECK(errors.isEmpty());
        CHECK(window.workspace()->path() == QFileInfo(target).absoluteFilePath());
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Salvaged")));
    }
    SECTION("cancel")
    {
        window.setDamagedFilePresenter(
            [](QWidget *, const QString &) { return MainWindow::DamagedFileChoice::Cancel; });
        CHECK_FALSE(window.openDatabase(path));
        CHECK_FALSE(window.workspace());
    }
}

TEST_CASE("Restore dialog pictures", "[.shot]")
{
    test::IsolatedSettings settings(QStringLiteral("restore-shot"));
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("backups"));
    const QString path = makeDatabase(dir.filePath(QStringLiteral("team.db")), 3);
    makeBackups(path, root);
    {
        const BackupService service(path, root);
        REQUIRE(service.restore(service.list(false).last().path));
    }
    MainWindow window;
    window.setBackupsRoot(root);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openDatabase(path));
    RestoreDialog *dialog = openRestoreDialog(window);
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp"));
    CHECK(dialog->grab().save(QDir(folder).filePath(QStringLiteral("restore-dialog.png"))));
    QFile text(dir.filePath(QStringLiteral("notes.db")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("hello");
    text.close();
    dialog->setFileChooser([&](QWidget *) { return text.fileName(); });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("chooseBackupFileButton")),
                      Qt::LeftButton);
    CHECK(dialog->grab().save(QDir(folder).filePath(QStringLiteral("restore-dialog-refused.png"))));
    CHECK(window.grab().save(QDir(folder).filePath(QStringLiteral("restore-window.png"))));
}

TEST_CASE("Damaged file pictures", "[.shot]")
{
    test::IsolatedSettings settings(QStringLiteral("damaged-shot"));
    QTemporaryDir dir;
    const QString path = makeDatabase(dir.filePath(QStringLiteral("team.db")), 3);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(100));
    f.write(QByteArray(4096 - 100, '\x11'));
    f.close();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp"));
    bool seen = false;
    QTimer::singleShot(500, &window, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                seen = box->grab().save(QDir(folder).filePath(QStringLiteral("damaged-file.png")));
                box->reject();
            }
        }
    });
    CHECK_FALSE(window.openDatabase(path));
    CHECK(seen);
}
