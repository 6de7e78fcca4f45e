#include "ui/accountmodels.h"

#include <QLocale>
#include <QPalette>

namespace rapport {

// UserTableModel

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setUsers(QList<UserAccount> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const UserAccount *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).user.id == userId)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    // The view and QAbstractItemModelTester ask for the invalid index too: nothing, quietly.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserAccount &account = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Login:
            return account.user.login;
        case Name:
            return account.user.displayName;
        case RoleColumn:
            return roleName(account.user.role);
        case Teams:
            return QLocale().createSeparatedList(account.teams);
        case Active:
            return account.user.active ? tr("Active") : tr("Deactivated");
        case Password:
            return account.hasPassword ? tr("Set") : tr("None");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !account.user.active)
        return QVariant::fromValue(QPalette().brush(QPalette::Disabled, QPalette::Text));
    if (role == Qt::UserRole)
        return account.user.id;
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Teams:
        return tr("Teams");
    case Active:
        return tr("Status");
    case Password:
        return tr("Password");
    default:
        return {};
    }
}

// PermissionMatrixModel

PermissionMatrixModel::PermissionMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PermissionMatrixModel::setMatrix(const PermissionMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_stored = matrix;
    endResetModel();
    Q_EMIT modifiedChanged(false);
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PermissionCount;
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(roleKeys.size());
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    // The view and QAbstractItemModelTester ask for the invalid index too: nothing, quietly.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessLevel level = m_matrix.level(roleAt(index.column()), permissionAt(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return accessLevelName(level);
    case Qt::EditRole:
        return int(level);
    case Qt::ToolTipRole:
        if (roleAt(index.column()) == Role::Administrator)
            return tr("Administrators may always do everything, so that nobody locks everyone "
                      "out.");
        return {};
    default:
        return {};
    }
}

bool PermissionMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool numeric = false;
    const int level = value.toInt(&numeric);
    if (!numeric || level < int(AccessLevel::None) || level > int(AccessLevel::All))
        return false;
    const bool wasModified = isModified();
    if (!m_matrix.set(roleAt(index.column()),
                      permissionAt(index.row()),
                      static_cast<AccessLevel>(level)))
        return false;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
    return true;
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex &index) const
{
    // The view and QAbstractItemModelTester ask for the invalid index too: nothing, quietly.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (roleAt(index.column()) == Role::Administrator)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical && section >= 0 && section < PermissionCount)
        return permissionName(permissionAt(section));
    if (orientation == Qt::Horizontal && section >= 0 && section < int(roleKeys.size()))
        return roleName(roleAt(section));
    return {};
}

} // namespace rapport
