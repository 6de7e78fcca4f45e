#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rapport {

class PermissionMatrixModel;
class UserTableModel;
class Workspace;

// Settings ▸ Users and Teams… (ManageUsers): the users (add, edit role and teams, deactivate or
// reactivate, reset a password), the teams (create, rename, delete) and the permission matrix
// (a level per role and permission; the administrator row is fixed; Save stores it). Every
// change goes through AccountService, so the door checks it and the history records it; a
// refusal is the core's sentence in the dialog's message line.
class UsersDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Asks for a team's name (tests answer without an input dialog); empty: cancelled.
    using NameAsker
        = std::function<QString(QWidget *parent, const QString &title, const QString &current)>;
    void setNameAsker(NameAsker asker) { m_askName = std::move(asker); }

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *usersView() const { return m_usersView; }
    UserTableModel *usersModel() const { return m_users; }
    QListWidget *teamsList() const { return m_teamsList; }
    QTableView *matrixView() const { return m_matrixView; }
    PermissionMatrixModel *matrixModel() const { return m_matrix; }
    QPushButton *button(const QString &objectName) const;
    // The last refusal or confirmation shown; empty when none.
    QString message() const;

    // The actions behind the buttons (the dialogs they open are modal).
    void addUser();
    void editUser();
    void toggleActive();
    void resetPassword();
    void createTeam();
    void renameTeam();
    void deleteTeam();
    bool saveMatrix();

    void reload();

private:
    QWidget *makeUsersTab();
    QWidget *makeTeamsTab();
    QWidget *makePermissionsTab();
    void updateButtons();
    qint64 currentUserId() const;
    void showResult(const QString &failure, const QString &success = {});

    Workspace &m_workspace;
    QTabWidget *m_tabs;
    UserTableModel *m_users;
    PermissionMatrixModel *m_matrix;
    QTableView *m_usersView = nullptr;
    QListWidget *m_teamsList = nullptr;
    QTableView *m_matrixView = nullptr;
    QLabel *m_message;
    NameAsker m_askName;
};

} // namespace rapport
