#include "ui/signindialog.h"

#include "core/services/accountservice.h"
#include "core/services/workspace.h"
#include "ui/fieldmessage.h"
#include "ui/passworddialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace rapport {
namespace {

// The login last used on this database, remembered on this computer (never the password).
QString lastLoginKey(const QString &path)
{
    return QStringLiteral("signIn/lastLogin/%1")
        .arg(QString::fromLatin1(QFileInfo(path).absoluteFilePath().toUtf8().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
}

} // namespace

SignInDialog::SignInDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new FieldMessage(m_password, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    growWithMessages(this);
    setWindowTitle(tr("Sign In"));

    // The database by name and folder: several files may look alike, a password must not go to
    // the wrong one.
    const QFileInfo file(workspace.path());
    auto *name = new QLabel(tr("Sign in to <b>%1</b>").arg(file.fileName().toHtmlEscaped()), this);
    name->setObjectName(QStringLiteral("databaseName"));
    auto *folder = new QLabel(QDir::toNativeSeparators(file.absolutePath()), this);
    folder->setObjectName(QStringLiteral("databaseFolder"));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    folder->setForegroundRole(QPalette::PlaceholderText);

    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("signInMessage"));

    signInButton()->setText(tr("Sign In"));
    signInButton()->setObjectName(QStringLiteral("signInButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(folder);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(380);

    QString login = QSettings().value(lastLoginKey(workspace.path())).toString();
    if (login.isEmpty()) {
        // The computer's login only when this database knows it: "root" prefilled, with the
        // cursor in the password, had a user type their password for a login that is not theirs.
        const QString system = Workspace::systemLoginName();
        if (!system.isEmpty() && workspace.accounts().findByLogin(system))
            login = system;
    }
    setLogin(login);
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    // Straight to the password when the login is known.
    (login.isEmpty() ? m_login : m_password)->setFocus();
    updateButton();
}

QPushButton *SignInDialog::signInButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::updateButton()
{
    signInButton()->setEnabled(!m_login->text().trimmed().isEmpty());
}

void SignInDialog::accept()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty())
        return;
    const std::optional<QString> password = m_password->text().isEmpty()
                                                ? std::nullopt
                                                : std::optional<QString>(m_password->text());
    m_message->clearMessage();
    const Status signedIn = m_workspace.signIn(login, password);
    if (!signedIn) {
        m_message->showMessage(signedIn.error().message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QSettings().setValue(lastLoginKey(m_workspace.path()), login);
    QDialog::accept();
}

} // namespace rapport
