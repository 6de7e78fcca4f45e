#pragma once

#include "core/util/result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace rapport {

class FieldMessage;
class Workspace;

// Lets `dialog` grow when a sentence shown in it wraps onto more lines than its height holds
// (a dialog's layout sizes it without the height-for-width of wrapped labels).
void growWithMessages(QDialog *dialog);

// The new password twice: "New password" and "Repeat", with the core's length rule
// (PasswordHasher::acceptable) and a sentence when the two differ. Shared by the dialogs below.
class NewPasswordFields final : public QObject
{
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget *parent);
    QLineEdit *password() const { return m_password; }
    QLineEdit *repeat() const { return m_repeat; }
    FieldMessage *message() const { return m_message; }
    // The password when both fields agree and the core accepts it; otherwise shows why, empty.
    std::optional<QString> checked();

private:
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    FieldMessage *m_message;
};

// File ▸ Change Password…: the signed-in user's own password (the old one, unless they have
// none yet, then the new one twice), through AccountService::changeOwnPassword.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Workspace &workspace, QWidget *parent = nullptr);
    QLineEdit *oldPassword() const { return m_old; }
    NewPasswordFields &fields() { return *m_fields; }
    QPushButton *okButton() const;
    void accept() override;

private:
    Workspace &m_workspace;
    QLineEdit *m_old;
    FieldMessage *m_oldMessage;
    NewPasswordFields *m_fields;
    QDialogButtonBox *m_buttons;
};

// A new password for someone (an administrator's reset, or the first administrator's): the
// password twice, then `apply` stores it; its error sentence stays in the dialog.
class SetPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const QString &password)>;
    SetPasswordDialog(const QString &title, const QString &intro, Apply apply, QWidget *parent);
    NewPasswordFields &fields() { return *m_fields; }
    QPushButton *okButton() const;
    void accept() override;

private:
    Apply m_apply;
    NewPasswordFields *m_fields;
    QDialogButtonBox *m_buttons;
};

// After File ▸ New Database…: "Protect with a password" — the first administrator's login,
// name and password; Skip leaves a one-user local database that opens without a prompt. On
// OK the administrator is added (AccountService) and signed in, so the database requires
// passwords from then on.
class FirstAdministratorDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(Workspace &workspace, QWidget *parent = nullptr);
    QLineEdit *login() const { return m_login; }
    QLineEdit *name() const { return m_name; }
    NewPasswordFields &fields() { return *m_fields; }
    QPushButton *okButton() const;
    void accept() override;

private:
    Workspace &m_workspace;
    QLineEdit *m_login;
    QLineEdit *m_name;
    FieldMessage *m_loginMessage;
    NewPasswordFields *m_fields;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
