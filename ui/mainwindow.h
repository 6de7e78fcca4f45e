#pragma once

#include "core/storage/database.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;

namespace rapport {

class CustomerListModel;
class CustomerListView;
class RecentFiles;
class WelcomePage;
class Workspace;

// MainWindow is the desktop shell: it holds the open Workspace, composes the views over it (the
// customer list for now) and offers the File and Help menus. It owns no business logic; opening
// a database is Workspace::open(), and a failure is shown as its one sentence while the database
// open before stays open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Shows an error to the user; tests replace it to read the message without a dialog.
    using ErrorPresenter
        = std::function<void(QWidget *parent, const QString &title, const QString &message)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (Create: creates when missing) the database at `path` in place of the open one.
    bool openDatabase(const QString &path, Database::Mode mode = Database::Mode::Existing);
    void closeDatabase();

    Workspace *workspace() const { return m_workspace.get(); }
    CustomerListModel *customerModel() const { return m_model; }
    CustomerListView *customerView() const { return m_view; }
    RecentFiles *recentFiles() const { return m_recent; }
    void setErrorPresenter(ErrorPresenter presenter);
    void showError(const QString &title, const QString &message);

Q_SIGNALS:
    void workspaceChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newDatabase();
    void chooseDatabase();
    void showAbout();
    void replaceWorkspace(std::unique_ptr<Workspace> workspace);
    void updateTitleAndStatus();
    void showCount(int count);
    void restoreLayout();

    std::unique_ptr<Workspace> m_workspace;
    CustomerListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    CustomerListView *m_view = nullptr;
    RecentFiles *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    ErrorPresenter m_presentError;
};

} // namespace rapport
