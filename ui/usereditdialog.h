#pragma once

#include "core/services/accountservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rapport {

class FieldMessage;
class NewPasswordFields;
class Workspace;

// Add User… and Edit… of Settings ▸ Users and Teams: a new user (login, name, e-mail, role,
// teams, an optional first password) or an existing one's role and teams. Saving goes through
// AccountService; its sentence stays in the dialog when it refuses.
class UserEditDialog final : public QDialog
{
    Q_OBJECT
public:
    // A new user.
    explicit UserEditDialog(Workspace &workspace, QWidget *parent = nullptr);
    // `account`'s role and teams.
    UserEditDialog(Workspace &workspace, const UserAccount &account, QWidget *parent = nullptr);

    QLineEdit *login() const { return m_login; }
    QLineEdit *name() const { return m_name; }
    QLineEdit *email() const { return m_email; }
    QComboBox *role() const { return m_role; }
    QListWidget *teams() const { return m_teams; }
    NewPasswordFields *passwordFields() const { return m_password; }
    QPushButton *okButton() const;
    // The id of the user added or edited (after accept()).
    qint64 userId() const { return m_userId; }

    void accept() override;

private:
    void build(const UserAccount *account);
    QStringList checkedTeams() const;

    Workspace &m_workspace;
    qint64 m_userId = 0;
    Role m_originalRole = Role::SalesRep;
    QStringList m_originalTeams;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QListWidget *m_teams = nullptr;
    NewPasswordFields *m_password = nullptr; // a new user only
    FieldMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rapport
