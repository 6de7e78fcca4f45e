#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace rapport {

class FieldMessage;
class Workspace;

// SignInDialog asks who is signing in to one database: it names the file and its folder (so
// nobody types a password for the wrong database), takes a login and a password and signs in
// through Workspace::signIn. A wrong password, a disabled user or the growing delay after failed
// attempts is the core's one sentence, shown in the dialog, which stays open for another try;
// the dialog is accepted only once someone is signed in. Cancel signs nobody in.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Prefills the login (the last one used here, or the operating system's login name).
    void setLogin(const QString &login);
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const;
    // The sentence shown after a refused attempt; empty before.
    QString message() const;

    void accept() override;

private:
    void updateButton();

    Workspace &m_workspace;
    QLineEdit *m_login;
    QLineEdit *m_password;
    FieldMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace rapport
