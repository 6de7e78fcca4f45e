#include "ui/usereditdialog.h"

#include "core/services/workspace.h"
#include "ui/fieldmessage.h"
#include "ui/passworddialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

UserEditDialog::UserEditDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    build(nullptr);
}

UserEditDialog::UserEditDialog(Workspace &workspace, const UserAccount &account, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_userId(account.user.id)
{
    build(&account);
}

void UserEditDialog::build(const UserAccount *account)
{
    setObjectName(QStringLiteral("userEditDialog"));
    growWithMessages(this);
    setWindowTitle(account ? tr("Edit %1").arg(account->user.displayName) : tr("Add User"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (int r = 0; r < int(roleKeys.size()); ++r)
        m_role->addItem(roleName(static_cast<Role>(r)), r);
    m_teams = new QListWidget(this);
    m_teams->setObjectName(QStringLiteral("teamsList"));
    m_teams->setMaximumHeight(m_teams->fontMetrics().height() * 7);
    if (const Result<QList<Team>> teams = m_workspace.accounts().teams()) {
        for (const Team &team : teams.value()) {
            auto *item = new QListWidgetItem(team.name, m_teams);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(account && account->teams.contains(team.name) ? Qt::Checked
                                                                              : Qt::Unchecked);
        }
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    m_message = new FieldMessage(m_login, this);
    m_message->setObjectName(QStringLiteral("userMessage"));
    form->addRow(QString(), m_message);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Teams:"), m_teams);
    if (account) {
        // Who they are stays; what they may do changes here.
        m_login->setText(account->user.login);
        m_name->setText(account->user.displayName);
        m_email->setText(account->user.email);
        for (QLineEdit *edit : {m_login, m_name, m_email})
            edit->setReadOnly(true);
        m_role->setCurrentIndex(m_role->findData(int(account->user.role)));
        m_role->setFocus();
        m_originalRole = account->user.role;
        m_originalTeams = checkedTeams();
    } else {
        m_role->setCurrentIndex(m_role->findData(int(Role::SalesRep)));
        m_password = new NewPasswordFields(this);
        // Where every sign-in needs a password, a user added without one cannot sign in until
        // an administrator resets it: say so where it is typed.
        m_password->password()->setPlaceholderText(
            m_workspace.requiresPassword()
                ? tr("At least 8 characters; without one they cannot sign in")
                : tr("Optional, at least 8 characters"));
        form->addRow(tr("&Password:"), m_password->password());
        form->addRow(tr("Repe&at:"), m_password->repeat());
        form->addRow(QString(), m_password->message());
        m_login->setFocus();
    }
    // Made last: Tab reaches the buttons after every field.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(account ? tr("Save") : tr("Add User"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

QPushButton *UserEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList UserEditDialog::checkedTeams() const
{
    QStringList names;
    for (int row = 0; row < m_teams->count(); ++row) {
        if (m_teams->item(row)->checkState() == Qt::Checked)
            names.append(m_teams->item(row)->text());
    }
    return names;
}

void UserEditDialog::accept()
{
    m_message->clearMessage();
    AccountService &accounts = m_workspace.accounts();
    const Role role = static_cast<Role>(m_role->currentData().toInt());
    if (m_userId == 0) {
        NewUser user;
        user.login = m_login->text().trimmed();
        user.displayName = m_name->text().trimmed();
        user.email = m_email->text().trimmed();
        user.role = role;
        user.teams = checkedTeams();
        // A password is optional here (the user may get one by reset later), but one typed must
        // be typed twice and meet the rule.
        if (!m_password->password()->text().isEmpty() || !m_password->repeat()->text().isEmpty()) {
            const std::optional<QString> password = m_password->checked();
            if (!password)
                return;
            user.password = *password;
        }
        Result<qint64> added = accounts.addUser(user);
        if (!added) {
            m_message->showMessage(added.error().message());
            m_login->setFocus();
            return;
        }
        m_userId = *added;
        QDialog::accept();
        return;
    }
    // Only what changed: each change is an entry in the history.
    if (const Status set = role == m_originalRole ? Status() : accounts.setRole(m_userId, role);
        !set) {
        m_message->showMessage(set.error().message());
        return;
    }
    const QStringList teams = checkedTeams();
    if (const Status set = teams == m_originalTeams ? Status() : accounts.setTeams(m_userId, teams);
        !set) {
        m_message->showMessage(set.error().message());
        return;
    }
    QDialog::accept();
}

} // namespace rapport
