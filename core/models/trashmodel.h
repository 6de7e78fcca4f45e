#pragma once

#include "core/storage/trashrepository.h"

#include <QAbstractTableModel>

namespace rapport {

class ChangeBus;
class Database;
struct ChangeNotice;

// TrashModel lists the customers in the trash, the most recently trashed first, for the trash
// view. The trash is small next to the customer list, so the model holds its rows (up to Limit)
// and reads them again when a change notice says a customer was trashed, restored or deleted.
// It lists only the customers the reader may see (setScope(), AccessPolicy::scope(View): a
// trashed customer keeps its owner), chosen in SQL, and counts only those. It reads through
// `db`, which must outlive it.
class TrashModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, TrashedAt, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole, VersionRole };

    static constexpr int Limit = 10'000;

    TrashModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TrashEntry &entry(int row) const { return m_entries.at(row); }
    // The row of a customer, -1 when it is not in the trash (as far as the model knows).
    int rowOf(qint64 id) const;
    // How many customers in the scope are in the trash (may exceed rowCount() beyond Limit).
    qint64 total() const { return m_total; }
    // Whose trashed customers to list; every customer by default. A new scope reads again.
    void setScope(const CustomerScope &scope);
    const CustomerScope &scope() const { return m_scope; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void onChange(const ChangeNotice &notice);

    TrashRepository m_repo;
    CustomerScope m_scope;
    QList<TrashEntry> m_entries;
    qint64 m_total = 0;
};

} // namespace rapport
