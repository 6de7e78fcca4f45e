// MainWindow's accounts: sign-in when a database opens, Switch User…, Change Password…, Settings
// ▸ Users and Teams…, the first administrator of a new database, and the status bar's name.

#include "core/domain/permission.h"
#include "core/services/workspace.h"
#include "ui/mainwindow.h"
#include "ui/passworddialogs.h"
#include "ui/signindialog.h"
#include "ui/usersdialog.h"

#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>

namespace rapport {

void MainWindow::createAccountActions(QMenu *file)
{
    // On a database that requires passwords the quick choice of File ▸ Signed In As gives way
    // to a sign-in with a password (updateAccountActions() shows one or the other).
    m_switchUserAction = new QAction(tr("S&witch User…"), this);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    connect(m_switchUserAction, &QAction::triggered, this, [this] { switchUser(); });
    file->insertAction(m_signInMenu->menuAction(), m_switchUserAction);
    m_changePasswordAction = file->addAction(tr("C&hange Password…"), this, [this] {
        changePassword();
    });
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));

    m_userButton->setObjectName(QStringLiteral("userButton"));
    m_userButton->setAutoRaise(true);
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_userButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_userButton);
    // The same actions as the File menu: Switch User… where passwords are required, else the
    // quick choice of Signed In As (only one of them is visible at a time).
    menu->addAction(m_switchUserAction);
    menu->addAction(m_signInMenu->menuAction());
    menu->addAction(m_changePasswordAction);
    m_userButton->setMenu(menu);
}

void MainWindow::createSettingsMenu()
{
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setToolTipsVisible(true); // a disabled action says why
    m_usersAction = settings->addAction(tr("&Users and Teams…"), this, [this] {
        showUsersAndTeams();
    });
    m_usersAction->setObjectName(QStringLiteral("usersAndTeamsAction"));
    m_usersAction->setMenuRole(QAction::NoRole);
}

void MainWindow::updateAccountActions()
{
    const bool open = m_workspace != nullptr;
    const bool passwords = open && m_workspace->requiresPassword();
    const std::optional<User> user = open ? m_workspace->currentUser() : std::nullopt;
    m_switchUserAction->setVisible(passwords);
    m_switchUserAction->setEnabled(passwords);
    m_signInMenu->menuAction()->setVisible(!passwords);
    m_changePasswordAction->setEnabled(user.has_value() && m_workspace->door());

    const bool manage = open && m_workspace->access().allowsAny(Permission::ManageUsers);
    m_usersAction->setEnabled(manage);
    m_usersAction->setToolTip(!open    ? tr("Open a database first.")
                              : manage ? tr("Users, teams and what each role may do.")
                                       : m_workspace->access().refusal(Permission::ManageUsers));

    if (!open) {
        m_userButton->hide();
        return;
    }
    m_userButton->show();
    if (user) {
        m_userButton->setText(
            tr("%1 · %2").arg(user->displayName.isEmpty() ? user->login : user->displayName,
                              roleName(user->role)));
        m_userButton->setToolTip(tr("Signed in as %1 (%2). Click to switch user or change "
                                    "your password.")
                                     .arg(user->displayName, user->login));
    } else {
        m_userButton->setText(tr("Nobody signed in"));
        m_userButton->setToolTip({});
    }
}

bool MainWindow::signInToOpen(Workspace &workspace)
{
    if (!workspace.requiresPassword() || workspace.currentUser())
        return true;
    SignInDialog dialog(workspace, this);
    return m_presentModal(dialog) == QDialog::Accepted && workspace.currentUser();
}

bool MainWindow::switchUser()
{
    if (!m_workspace)
        return false;
    const std::optional<qint64> before = m_workspace->currentUserId();
    {
        // Its own scope: reopenForUser() closes the window's dialogs.
        SignInDialog dialog(*m_workspace, this);
        if (m_workspace->currentUser())
            dialog.setLogin({}); // someone else is about to sign in
        if (m_presentModal(dialog) != QDialog::Accepted)
            return false; // whoever was signed in stays
    }
    if (m_workspace->currentUserId() != before)
        reopenForUser();
    statusBar()->showMessage(tr("Signed in as %1.").arg(m_workspace->currentUserName()), 5'000);
    return true;
}

// Another user on the same database: the pages, models and undo stack made for the one before
// go (their scopes and undo history were theirs), and are made again for the new one.
void MainWindow::reopenForUser()
{
    std::unique_ptr<Workspace> same = std::move(m_workspace);
    m_reopening = true;
    replaceWorkspace(std::move(same));
    m_reopening = false;
}

bool MainWindow::changePassword()
{
    if (!m_workspace || !m_workspace->currentUser())
        return false;
    ChangePasswordDialog dialog(*m_workspace, this);
    if (m_presentModal(dialog) != QDialog::Accepted)
        return false;
    statusBar()->showMessage(tr("Your password is changed."), 5'000);
    updateAccountActions(); // a first password may have made the database require them
    return true;
}

QDialog *MainWindow::showUsersAndTeams()
{
    if (!m_workspace || !m_workspace->access().allowsAny(Permission::ManageUsers))
        return nullptr;
    if (auto *open = findChild<UsersDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new UsersDialog(*m_workspace, this);
    connect(dialog, &QDialog::finished, this, [this] { updateAccountActions(); });
    return showDialog(dialog);
}

bool MainWindow::protectNewDatabase()
{
    if (!m_workspace || !m_workspace->door() || m_workspace->requiresPassword())
        return false;
    FirstAdministratorDialog dialog(*m_workspace, this);
    if (m_presentModal(dialog) != QDialog::Accepted)
        return false;
    updateAccountActions();
    statusBar()->showMessage(tr("%1 is protected: everyone signs in with a password.")
                                 .arg(QFileInfo(m_workspace->path()).fileName()),
                             8'000);
    return true;
}

} // namespace rapport
