#include "ui/passworddialogs.h"

#include "core/services/accountservice.h"
#include "core/services/passwordhash.h"
#include "core/services/workspace.h"
#include "ui/fieldmessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {
namespace {

QLineEdit *passwordEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *introLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Grows the dialog on each layout request to the height its wrapped labels need at its width.
class GrowFilter final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest) {
            auto *dialog = static_cast<QDialog *>(watched);
            QLayout *layout = dialog->layout();
            if (layout && layout->hasHeightForWidth()) {
                layout->activate();
                const int needed = layout->totalHeightForWidth(dialog->width());
                if (needed > dialog->height())
                    dialog->resize(dialog->width(), needed);
            }
        }
        return false;
    }
};

} // namespace

void growWithMessages(QDialog *dialog)
{
    dialog->installEventFilter(new GrowFilter(dialog));
}

NewPasswordFields::NewPasswordFields(QWidget *parent)
    : QObject(parent)
    , m_password(passwordEdit(parent, QStringLiteral("newPasswordEdit")))
    , m_repeat(passwordEdit(parent, QStringLiteral("repeatPasswordEdit")))
    , m_message(new FieldMessage(m_repeat, parent))
{
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_message->setObjectName(QStringLiteral("newPasswordMessage"));
}

std::optional<QString> NewPasswordFields::checked()
{
    const QString password = m_password->text();
    if (const Status acceptable = PasswordHasher::acceptable(password); !acceptable) {
        m_message->showMessage(acceptable.error().message());
        m_password->setFocus();
        return std::nullopt;
    }
    if (m_repeat->text() != password) {
        m_message->showMessage(tr("The two passwords differ. Type the new password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return std::nullopt;
    }
    m_message->clearMessage();
    return password;
}

// ChangePasswordDialog

ChangePasswordDialog::ChangePasswordDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_old(passwordEdit(this, QStringLiteral("oldPasswordEdit")))
    , m_oldMessage(new FieldMessage(m_old, this))
    , m_fields(new NewPasswordFields(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    growWithMessages(this);
    setWindowTitle(tr("Change Password"));
    okButton()->setText(tr("Change Password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    const std::optional<User> &user = workspace.currentUser();
    const QString login = user ? user->login : QString();
    // Someone without a password yet (on a database that does not require them) sets one.
    const Result<bool> needsOld = workspace.needsPassword(login);
    const bool hasOld = !needsOld || *needsOld;

    auto *form = new QFormLayout;
    if (hasOld) {
        form->addRow(tr("&Current password:"), m_old);
        form->addRow(QString(), m_oldMessage);
    } else {
        m_old->hide();
        m_oldMessage->hide();
    }
    form->addRow(tr("&New password:"), m_fields->password());
    form->addRow(tr("&Repeat:"), m_fields->repeat());
    form->addRow(QString(), m_fields->message());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel(user ? tr("Change the password you sign in with as %1.")
                                            .arg(user->displayName.toHtmlEscaped())
                                      : tr("Nobody is signed in."),
                                 this));
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    okButton()->setEnabled(user.has_value());
    (hasOld ? m_old : m_fields->password())->setFocus();
}

QPushButton *ChangePasswordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ChangePasswordDialog::accept()
{
    m_oldMessage->clearMessage();
    const std::optional<QString> password = m_fields->checked();
    if (!password)
        return;
    const Status changed = m_workspace.accounts().changeOwnPassword(m_old->text(), *password);
    if (!changed) {
        m_oldMessage->showMessage(changed.error().message());
        m_old->clear();
        m_old->setFocus();
        return;
    }
    QDialog::accept();
}

// SetPasswordDialog

SetPasswordDialog::SetPasswordDialog(const QString &title,
                                     const QString &intro,
                                     Apply apply,
                                     QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_fields(new NewPasswordFields(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("setPasswordDialog"));
    growWithMessages(this);
    setWindowTitle(title);
    okButton()->setText(tr("Set Password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetPasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetPasswordDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_fields->password());
    form->addRow(tr("&Repeat:"), m_fields->repeat());
    form->addRow(QString(), m_fields->message());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel(intro, this));
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_fields->password()->setFocus();
}

QPushButton *SetPasswordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SetPasswordDialog::accept()
{
    const std::optional<QString> password = m_fields->checked();
    if (!password)
        return;
    if (const Status applied = m_apply(*password); !applied) {
        m_fields->message()->showMessage(applied.error().message());
        return;
    }
    QDialog::accept();
}

// FirstAdministratorDialog

FirstAdministratorDialog::FirstAdministratorDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_loginMessage(new FieldMessage(m_login, this))
    , m_fields(new NewPasswordFields(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok, this))
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    growWithMessages(this);
    setWindowTitle(tr("Protect With a Password"));
    okButton()->setText(tr("Protect"));
    QPushButton *skip = m_buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);

    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_login->setText(Workspace::systemLoginName());

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(QString(), m_loginMessage);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_fields->password());
    form->addRow(tr("&Repeat:"), m_fields->repeat());
    form->addRow(QString(), m_fields->message());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel(
        tr("<b>%1</b> is new. If several people will share it, protect it now: you become its "
           "administrator, and everyone signs in with a password. Skip to use it on your own, "
           "without a password.")
            .arg(QFileInfo(workspace.path()).fileName().toHtmlEscaped()),
        this));
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    m_name->setFocus();
}

QPushButton *FirstAdministratorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FirstAdministratorDialog::accept()
{
    m_loginMessage->clearMessage();
    const std::optional<QString> password = m_fields->checked();
    if (!password)
        return;
    NewUser user;
    user.login = m_login->text().trimmed();
    user.displayName = m_name->text().trimmed();
    if (user.displayName.isEmpty())
        user.displayName = user.login;
    user.role = Role::Administrator;
    user.password = *password;
    if (Result<qint64> added = m_workspace.accounts().addUser(user); !added) {
        m_loginMessage->showMessage(added.error().message());
        m_login->setFocus();
        return;
    }
    if (const Status signedIn = m_workspace.signIn(user.login, *password); !signedIn) {
        m_loginMessage->showMessage(signedIn.error().message());
        return;
    }
    QDialog::accept();
}

} // namespace rapport
