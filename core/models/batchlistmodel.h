#pragma once

#include "core/services/batchrevert.h"

#include <QAbstractTableModel>

namespace rapport {

class ChangeBus;
class Door;
struct ChangeNotice;

// BatchListModel lists the batches of the history (imports and merges by default) newest first
// for the desktop's import history: when, what, who, the file, the counts and whether the batch
// stands or was reverted. Batches are few, so the model holds them and reads them again on a
// Reset notice (what batches publish). It reads through `door`, which must outlive it.
class BatchListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Kind, Who, File, Counts, State, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole, RevertedRole };

    // `kinds`: the batch kinds listed (empty: all of them).
    BatchListModel(Door &door,
                   ChangeBus *bus,
                   QStringList kinds = defaultKinds(),
                   QObject *parent = nullptr);
    // The kinds the import history shows: imports of customers and purchases, merges, demo
    // data, erases and reverts.
    static QStringList defaultKinds();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const BatchSummary &batch(int row) const { return m_batches.at(row); }
    // The row of a batch, -1 when it is not listed.
    int rowOf(qint64 id) const;
    // A kind as a person reads it ("Import", "Merge", "Demo data"...).
    static QString kindName(const QString &kind);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void onChange(const ChangeNotice &notice);

    Door &m_door;
    QStringList m_kinds;
    QList<BatchSummary> m_batches;
};

} // namespace rapport
