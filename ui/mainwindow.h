#pragma once

#include "core/services/backupjob.h"
#include "core/storage/database.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace rapport {

class BackupJob;
class CustomerListModel;
class RestoreDialog;
struct CustomerSelection;
class CustomerListView;
class CustomerView;
class DashboardView;
class DuplicatesView;
class ImportWizard;
class MyDayView;
class PermissionGate;
class RecentFiles;
class TaskNotifier;
class TrashView;
class AuditView;
class WelcomePage;
class Workspace;

// MainWindow is the desktop shell: it holds the open Workspace, composes the views over it as
// pages behind a sidebar, owns the one undo stack of the whole program, and offers the menus with
// every action and its shortcut. It owns no business logic; opening a database is
// Workspace::open(), and a failure is shown as its one sentence while the database open before
// stays open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // The pages of an open database, in the sidebar's order.
    enum class Page { Customers, Customer, MyDay, Dashboards, Trash, Audit };
    Q_ENUM(Page)

    // Shows an error to the user; tests replace it to read the message without a dialog.
    using ErrorPresenter
        = std::function<void(QWidget *parent, const QString &title, const QString &message)>;

    // What to do with a database SQLite calls damaged (tests answer without a message box).
    enum class DamagedFileChoice { Cancel, OpenLatestBackup, Salvage };
    using DamagedFilePresenter
        = std::function<DamagedFileChoice(QWidget *parent, const QString &message)>;
    // Asks for a file to write (tests answer without a file dialog); empty: cancelled.
    using PathAsker = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (Create: creates when missing) the database at `path` in place of the open one.
    bool openDatabase(const QString &path, Database::Mode mode = Database::Mode::Existing);
    void closeDatabase();

    Workspace *workspace() const { return m_workspace.get(); }
    CustomerListModel *customerModel() const { return m_model; }
    CustomerListView *customerView() const { return m_view; }
    RecentFiles *recentFiles() const { return m_recent; }
    QUndoStack *undoStack() const { return m_undo; }
    // The action of that object name (e.g. "findCustomerAction"); null when there is none.
    QAction *action(const QString &objectName) const;
    // What the signed-in user may do: the menu actions it enables (mainwindowgates.cpp).
    PermissionGate *permissionGate() const { return m_gate; }

    void showPage(Page page);
    Page currentPage() const;
    // Puts the keyboard focus in the customer search (Ctrl+K).
    void findCustomer();
    // The customer the user is looking at: the open customer or the list's current row; 0 if none.
    qint64 currentCustomerId() const;
    // The 360° view of the open customer (a page of the open database; null without one).
    CustomerView *customerPage() const { return m_customer; }
    TrashView *trashView() const { return m_trash; }
    AuditView *auditView() const { return m_audit; }
    MyDayView *myDayView() const { return m_myDay; }
    DashboardView *dashboardView() const { return m_dashboards; }
    TaskNotifier *taskNotifier() const { return m_notifier; }

    // Opens the customer editor on a new person, a new organisation or the current customer; the
    // editor is returned (already shown, non-modal within the window) or null without a database.
    QDialog *newPerson();
    QDialog *newOrganisation();
    QDialog *editCurrentCustomer();
    void moveCurrentCustomerToTrash();
    // Shows the customer's 360° view; the customer shown before is remembered for goBack().
    void openCustomer(qint64 id);
    // Back to the customer shown before (Alt+Left), from the 360° view to the list, or from a
    // dashboard's drill-down to the dashboard as it was (same tab and filters).
    void goBack();
    // Opens the quick log (Ctrl+L), prefilled with the current customer if there is one.
    QDialog *logCall();
    QDialog *newCase();
    // Shows the customer list narrowed to exactly these customers (a dashboard's drill-down);
    // Back (Alt+Left) returns to the dashboards while it is shown.
    void showCustomerSelection(const std::shared_ptr<const CustomerSelection> &selection);
    QDialog *openCase(qint64 caseId);
    // Customers ▸ Find Duplicates…: the review screen (non-modal), scanning at once; null
    // without a database.
    DuplicatesView *findDuplicates();

    // Backups (mainwindowbackup.cpp). File ▸ Back Up… asks for a file, then backUpTo() writes it
    // on a worker thread with its own connection while the user goes on; the status bar shows
    // how far it got. File ▸ Restore From Backup… shows the RestoreDialog; restoreDatabase()
    // closes the database (the undo stack is cleared), restores the backup and reopens it.
    void backUp();
    bool backUpTo(const QString &target);
    RestoreDialog *restoreFromBackup();
    bool restoreDatabase(const QString &backupPath);
    // When a database opens: a quick check off the GUI thread and, read-write, the automatic
    // daily backup when one is due. Off until the program turns it on (tests stay quiet).
    void setOpenChecks(bool on) { m_openChecks = on; }
    void startOpenChecks();
    BackupJob *backupJob() const { return m_backupJob; }
    BackupJob *openCheckJob() const { return m_checkJob; }
    // Where automatic backups go (tests use a folder of their own).
    void setBackupsRoot(const QString &root) { m_backupsRoot = root; }
    void setDamagedFilePresenter(DamagedFilePresenter presenter);
    void setSalvagePathAsker(PathAsker asker) { m_askSalvagePath = std::move(asker); }
    void setBackupPathAsker(PathAsker asker) { m_askBackupPath = std::move(asker); }

    // File ▸ Import Customers… and a .csv/.vcf file dropped on the window (mainwindowimport.cpp):
    // the import wizard, non-modal within the window, on `path` when given. Null without a
    // database or on a read-only one.
    ImportWizard *importCustomers(const QString &path = {});
    // The file among `urls` the window imports when they are dropped on it; empty if none.
    static QString importableFile(const QList<QUrl> &urls);

    // Accounts (mainwindowaccounts.cpp). A database that requires passwords asks who signs in
    // (SignInDialog) before it opens; cancel leaves it closed. File ▸ Switch User… asks again
    // (on other databases File ▸ Signed In As is the quick choice), File ▸ Change Password…
    // changes one's own, Settings ▸ Users and Teams… manages users, teams and the permission
    // matrix (ManageUsers), and File ▸ New Database… offers to protect the new file with a
    // first administrator's password. The status bar names who is signed in.
    // Shows a modal dialog and returns its result (tests drive the dialog instead of exec()).
    using ModalPresenter = std::function<int(QDialog &dialog)>;
    void setModalPresenter(ModalPresenter presenter) { m_presentModal = std::move(presenter); }
    bool switchUser();
    bool changePassword();
    QDialog *showUsersAndTeams();
    // After a new database is made: the optional first administrator (see above).
    bool protectNewDatabase();
    QToolButton *userButton() const { return m_userButton; }

    void setErrorPresenter(ErrorPresenter presenter);
    void showError(const QString &title, const QString &message);

Q_SIGNALS:
    void workspaceChanged();
    // A backup (File ▸ Back Up… or the automatic one) ended; `message` is what the user read.
    void backupFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createGoMenu();
    void createBackupActions(QMenu *file);
    void createImportActions(QMenu *file);
    void showBackupProgress(qint64 done, qint64 total);
    void backupDone(bool ok, const QString &message);
    bool recoverDamagedFile(const QString &path, const QString &message);
    BackupJob::Outcome runWithProgress(BackupJob *job, const QString &title, const QString &label);
    void createCustomerMenu();
    void createGates();
    void fillSignInMenu();
    void createAccountActions(QMenu *file);
    void createSettingsMenu();
    void updateAccountActions();
    bool signInToOpen(Workspace &workspace);
    void reopenForUser();
    void signInAs(qint64 userId);
    void closeDialogs();
    QDialog *showDialog(QDialog *dialog);
    QDialog *openEditor(const std::function<bool(QDialog *)> &load);
    void createWorkspacePages();
    void setPageContent(Page page, QWidget *content);
    void newDatabase();
    void chooseDatabase();
    void showAbout();
    void addPage(Page page, const QString &title, QWidget *widget);
    void replaceWorkspace(std::unique_ptr<Workspace> workspace);
    void updateActions();
    void updateTitleAndStatus();
    void restoreLayout();

    std::unique_ptr<Workspace> m_workspace;
    CustomerListModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    QStackedWidget *m_stack = nullptr; // the welcome page or the work area
    WelcomePage *m_welcome = nullptr;
    QWidget *m_workArea = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<Page, QWidget *> m_pageWidgets; // the page's frame; its content may change
    QHash<Page, QWidget *> m_pageContent;
    QList<QAction *> m_workspaceActions; // enabled only while a database is open
    CustomerListView *m_view = nullptr;
    CustomerView *m_customer = nullptr; // pages of the open database, made with it
    QList<qint64> m_history;            // customers shown before the current one, for Back
    bool m_drillDownShown = false;      // the list shows a dashboard's drill-down: Back returns
    TrashView *m_trash = nullptr;
    AuditView *m_audit = nullptr;
    MyDayView *m_myDay = nullptr;
    DashboardView *m_dashboards = nullptr;
    TaskNotifier *m_notifier = nullptr;
    QMenu *m_signInMenu = nullptr;
    PermissionGate *m_gate = nullptr;
    QToolButton *m_userButton = nullptr; // who is signed in; its menu switches or changes
    QAction *m_switchUserAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_usersAction = nullptr;
    ModalPresenter m_presentModal;
    bool m_reopening = false; // the same database again, for another user
    RecentFiles *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    ErrorPresenter m_presentError;
    QPointer<BackupJob> m_backupJob;
    QPointer<BackupJob> m_checkJob;
    QProgressBar *m_backupProgress = nullptr;
    QString m_backupsRoot; // empty: the data folder's
    bool m_openChecks = false;
    DamagedFilePresenter m_presentDamaged;
    PathAsker m_askSalvagePath;
    PathAsker m_askBackupPath;
};

} // namespace rapport
