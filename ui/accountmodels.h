#pragma once

#include "core/domain/permission.h"
#include "core/services/accountservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapport {

// The users of a database as Settings ▸ Users and Teams lists them: login, name, role, teams,
// active, has a password. It holds what AccountService::users() read; reload() reads again.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Login, Name, RoleColumn, Teams, Active, Password, ColumnCount };
    Q_ENUM(Column)

    explicit UserTableModel(QObject *parent = nullptr);
    void setUsers(QList<UserAccount> users);
    const UserAccount *userAt(int row) const;
    // The row of the user with this id; -1 when none.
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<UserAccount> m_users;
};

// The permission matrix as a table: a row per permission, a column per role, each cell the
// level (the EditRole is the AccessLevel as an int). Ten actions down and four roles across fit
// a dialog; ten columns of long action names did not. The administrator column is read-only (the
// core keeps it at "all"). Edits change the model's copy; the dialog stores it with Save.
class PermissionMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PermissionMatrixModel(QObject *parent = nullptr);
    void setMatrix(const PermissionMatrix &matrix);
    const PermissionMatrix &matrix() const { return m_matrix; }
    bool isModified() const { return m_matrix != m_stored; }

    static Role roleAt(int column) { return static_cast<Role>(column); }
    static Permission permissionAt(int row) { return static_cast<Permission>(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    PermissionMatrix m_matrix;
    PermissionMatrix m_stored;
};

} // namespace rapport
