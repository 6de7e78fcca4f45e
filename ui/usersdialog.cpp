#include "ui/usersdialog.h"

#include "core/services/accountservice.h"
#include "core/services/workspace.h"
#include "ui/accountmodels.h"
#include "ui/passworddialogs.h"
#include "ui/usereditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {
namespace {

// A combo of the four levels in every editable cell of the matrix.
class LevelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (int level = int(AccessLevel::All); level >= int(AccessLevel::None); --level)
            combo->addItem(accessLevelName(static_cast<AccessLevel>(level)), level);
        // Stored as soon as chosen, not when the combo loses the focus.
        connect(combo, &QComboBox::activated, combo, [this, combo] {
            auto *self = const_cast<LevelDelegate *>(this);
            Q_EMIT self->commitData(combo);
        });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QPushButton *addButton(QVBoxLayout *column, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    column->addWidget(button);
    return button;
}

} // namespace

UsersDialog::UsersDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_users(new UserTableModel(this))
    , m_matrix(new PermissionMatrixModel(this))
    , m_message(new QLabel(this))
    , m_askName([](QWidget *owner, const QString &title, const QString &current) {
        return QInputDialog::getText(owner, title, tr("Name:"), QLineEdit::Normal, current)
            .simplified();
    })
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and Teams"));
    m_tabs->addTab(makeUsersTab(), tr("&Users"));
    m_tabs->addTab(makeTeamsTab(), tr("&Teams"));
    m_tabs->addTab(makePermissionsTab(), tr("&Permissions"));
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(900, 600);
    reload();
}

QWidget *UsersDialog::makeUsersTab()
{
    auto *tab = new QWidget;
    m_usersView = new QTableView(tab);
    m_usersView->setObjectName(QStringLiteral("usersView"));
    m_usersView->setModel(m_users);
    m_usersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_usersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_usersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_usersView->verticalHeader()->hide();
    m_usersView->setWordWrap(false);
    m_usersView->verticalHeader()->setDefaultSectionSize(m_usersView->fontMetrics().height() + 10);
    m_usersView->horizontalHeader()->setStretchLastSection(true);
    m_usersView->setAlternatingRowColors(true);
    auto *buttons = new QVBoxLayout;
    connect(addButton(buttons, tr("&Add User…"), QStringLiteral("addUserButton")),
            &QPushButton::clicked,
            this,
            &UsersDialog::addUser);
    connect(addButton(buttons, tr("&Edit…"), QStringLiteral("editUserButton")),
            &QPushButton::clicked,
            this,
            &UsersDialog::editUser);
    connect(addButton(buttons, tr("&Deactivate"), QStringLiteral("activeButton")),
            &QPushButton::clicked,
            this,
            &UsersDialog::toggleActive);
    connect(addButton(buttons, tr("&Reset Password…"), QStringLiteral("resetPasswordButton")),
            &QPushButton::clicked,
            this,
            &UsersDialog::resetPassword);
    buttons->addStretch();
    connect(m_usersView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &UsersDialog::updateButtons);
    connect(m_usersView, &QTableView::doubleClicked, this, &UsersDialog::editUser);
    auto *layout = new QHBoxLayout(tab);
    layout->addWidget(m_usersView, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *UsersDialog::makeTeamsTab()
{
    auto *tab = new QWidget;
    m_teamsList = new QListWidget(tab);
    m_teamsList->setObjectName(QStringLiteral("teamsList"));
    m_teamsList->setSpacing(2);
    auto *buttons = new QVBoxLayout;
    connect(addButton(buttons, tr("&New Team…"), QStringLiteral("newTeamButton")),
            &QPushButton::clicked,
            this,
            &UsersDialog::createTeam);
    connect(addButton(buttons, tr("Re&name…"), QStringLiteral("renameTeamButton")),
            &QPushButton::clicked,
            this,
            &UsersDialog::renameTeam);
    connect(addButton(buttons, tr("De&lete"), QStringLiteral("deleteTeamButton")),
            &QPushButton::clicked,
            this,
            &UsersDialog::deleteTeam);
    buttons->addStretch();
    connect(m_teamsList, &QListWidget::currentRowChanged, this, &UsersDialog::updateButtons);
    auto *note = new QLabel(tr("Deleting a team keeps its members; they stay in their other "
                               "teams."),
                            tab);
    note->setWordWrap(true);
    auto *list = new QVBoxLayout;
    list->addWidget(m_teamsList, 1);
    list->addWidget(note);
    auto *layout = new QHBoxLayout(tab);
    layout->addLayout(list, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *UsersDialog::makePermissionsTab()
{
    auto *tab = new QWidget;
    m_matrixView = new QTableView(tab);
    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setItemDelegate(new LevelDelegate(m_matrixView));
    m_matrixView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    // The roles share the width: a column sized to its contents lost its combo's width each
    // time Save or Revert made the combos again.
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Rows as tall as a combo with some air.
    QComboBox probe;
    probe.addItem(accessLevelName(AccessLevel::None));
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->verticalHeader()->setDefaultSectionSize(probe.sizeHint().height() + 6);
    auto *intro = new QLabel(tr("How far each role may act: on every customer, on their teams' "
                                "customers, on their own, or not at all. Administrators may always "
                                "do everything, so that nobody locks everyone out."),
                             tab);
    intro->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save"), tab);
    save->setObjectName(QStringLiteral("saveMatrixButton"));
    save->setAutoDefault(false);
    auto *revert = new QPushButton(tr("Re&vert"), tab);
    revert->setObjectName(QStringLiteral("revertMatrixButton"));
    revert->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &UsersDialog::saveMatrix);
    connect(revert, &QPushButton::clicked, this, &UsersDialog::reload);
    connect(m_matrix, &PermissionMatrixModel::modifiedChanged, this, &UsersDialog::updateButtons);
    connect(m_matrix, &QAbstractItemModel::modelReset, this, [this] {
        // A combo in every editable cell: the level is chosen where it is read.
        for (int row = 0; row < m_matrix->rowCount(); ++row) {
            for (int column = 0; column < m_matrix->columnCount(); ++column) {
                const QModelIndex index = m_matrix->index(row, column);
                if (m_matrix->flags(index) & Qt::ItemIsEditable)
                    m_matrixView->openPersistentEditor(index);
            }
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(revert);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_matrixView, 1);
    layout->addLayout(buttons);
    return tab;
}

QPushButton *UsersDialog::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

QString UsersDialog::message() const
{
    return m_message->text();
}

void UsersDialog::showResult(const QString &failure, const QString &success)
{
    m_message->setText(failure.isEmpty() ? success : failure);
    m_message->setForegroundRole(failure.isEmpty() ? QPalette::WindowText : QPalette::Highlight);
}

void UsersDialog::reload()
{
    AccountService &accounts = m_workspace.accounts();
    const qint64 selected = currentUserId();
    if (Result<QList<UserAccount>> users = accounts.users(true)) {
        m_users->setUsers(std::move(users).value());
        m_usersView->resizeColumnsToContents();
    } else
        showResult(users.error().message());
    if (const int row = m_users->rowOf(selected); row >= 0)
        m_usersView->setCurrentIndex(m_users->index(row, 0));
    const QString team = m_teamsList->currentItem() ? m_teamsList->currentItem()->text()
                                                    : QString();
    m_teamsList->clear();
    if (const Result<QList<Team>> teams = accounts.teams()) {
        for (const Team &t : teams.value()) {
            auto *item = new QListWidgetItem(t.name, m_teamsList);
            item->setData(Qt::UserRole, t.id);
            if (t.name == team)
                m_teamsList->setCurrentItem(item);
        }
    }
    if (const Result<PermissionMatrix> matrix = accounts.matrix())
        m_matrix->setMatrix(*matrix);
    else
        showResult(matrix.error().message());
    updateButtons();
}

qint64 UsersDialog::currentUserId() const
{
    const UserAccount *account = m_users->userAt(m_usersView->currentIndex().row());
    return account ? account->user.id : 0;
}

void UsersDialog::updateButtons()
{
    const UserAccount *account = m_users->userAt(m_usersView->currentIndex().row());
    button(QStringLiteral("editUserButton"))->setEnabled(account != nullptr);
    QPushButton *reset = button(QStringLiteral("resetPasswordButton"));
    reset->setEnabled(account && account->user.active);
    // Greyed for a deactivated user: say why, and what to do instead.
    reset->setToolTip(
        account && !account->user.active
            ? tr("%1 is deactivated: reactivate them first.").arg(account->user.displayName)
            : QString());
    QPushButton *active = button(QStringLiteral("activeButton"));
    active->setEnabled(account != nullptr);
    active->setText(account && !account->user.active ? tr("Re&activate") : tr("&Deactivate"));
    const bool team = m_teamsList->currentItem() != nullptr;
    button(QStringLiteral("renameTeamButton"))->setEnabled(team);
    button(QStringLiteral("deleteTeamButton"))->setEnabled(team);
    const bool modified = m_matrix->isModified();
    button(QStringLiteral("saveMatrixButton"))->setEnabled(modified);
    button(QStringLiteral("revertMatrixButton"))->setEnabled(modified);
}

void UsersDialog::addUser()
{
    UserEditDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (const int row = m_users->rowOf(dialog.userId()); row >= 0)
        m_usersView->setCurrentIndex(m_users->index(row, 0));
    showResult({}, tr("%1 added.").arg(dialog.name()->text().trimmed()));
}

void UsersDialog::editUser()
{
    const UserAccount *account = m_users->userAt(m_usersView->currentIndex().row());
    if (!account)
        return;
    UserEditDialog dialog(m_workspace, *account, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showResult({}, tr("%1 saved.").arg(dialog.name()->text()));
}

void UsersDialog::toggleActive()
{
    const UserAccount *account = m_users->userAt(m_usersView->currentIndex().row());
    if (!account)
        return;
    const QString name = account->user.displayName;
    const bool activate = !account->user.active;
    const Status set = m_workspace.accounts().setActive(account->user.id, activate);
    if (!set) {
        showResult(set.error().message());
        return;
    }
    reload();
    showResult({},
               activate ? tr("%1 may sign in again.").arg(name)
                        : tr("%1 is deactivated: their history and customers stay.").arg(name));
}

void UsersDialog::resetPassword()
{
    const UserAccount *account = m_users->userAt(m_usersView->currentIndex().row());
    if (!account)
        return;
    const qint64 id = account->user.id;
    const QString name = account->user.displayName;
    SetPasswordDialog dialog(
        tr("Reset Password"),
        tr("A new password for %1. Tell it to them in person; they can "
           "change it later in the File menu.")
            .arg(name.toHtmlEscaped()),
        [this, id](const QString &password) {
            return m_workspace.accounts().resetPassword(id, password);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showResult({}, tr("%1 has a new password.").arg(name));
}

void UsersDialog::createTeam()
{
    const QString name = m_askName(this, tr("New Team"), {});
    if (name.isEmpty())
        return;
    if (const Result<qint64> made = m_workspace.accounts().createTeam(name); !made) {
        showResult(made.error().message());
        return;
    }
    reload();
    const QList<QListWidgetItem *> made = m_teamsList->findItems(name, Qt::MatchFixedString);
    if (!made.isEmpty())
        m_teamsList->setCurrentItem(made.first());
    showResult({}, tr("Team %1 created.").arg(name));
}

void UsersDialog::renameTeam()
{
    QListWidgetItem *item = m_teamsList->currentItem();
    if (!item)
        return;
    const QString name = m_askName(this, tr("Rename Team"), item->text());
    if (name.isEmpty() || name == item->text())
        return;
    const Status renamed = m_workspace.accounts().renameTeam(item->data(Qt::UserRole).toLongLong(),
                                                             name);
    if (!renamed) {
        showResult(renamed.error().message());
        return;
    }
    reload();
    showResult({}, tr("Team renamed to %1.").arg(name));
}

void UsersDialog::deleteTeam()
{
    QListWidgetItem *item = m_teamsList->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    const Status deleted = m_workspace.accounts().deleteTeam(item->data(Qt::UserRole).toLongLong());
    if (!deleted) {
        showResult(deleted.error().message());
        return;
    }
    reload();
    showResult({}, tr("Team %1 deleted; its members stay.").arg(name));
}

bool UsersDialog::saveMatrix()
{
    const Status saved = m_workspace.accounts().setMatrix(m_matrix->matrix());
    if (!saved) {
        showResult(saved.error().message());
        return false;
    }
    reload();
    showResult({}, tr("Permissions saved."));
    return true;
}

} // namespace rapport
