#pragma once

#include "core/services/duplicatefinder.h"

#include <QAbstractTableModel>

namespace rapport {

// DuplicatePairModel lists the pairs a duplicate scan found, best first, for the review screen:
// the score, both customers and the evidence. The screen takes a pair off the list once it is
// dealt with (merged, dismissed); after a merge every other pair with the merged-away customer
// goes too, since that customer is in the trash now. The scan itself is DuplicateFinder's: the
// model only holds its result.
class DuplicatePairModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Score, First, Second, Evidence, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ScoreRole = Qt::UserRole, // double 0..1
        FirstIdRole,
        SecondIdRole,
    };

    explicit DuplicatePairModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setPairs(QList<DuplicatePair> pairs);
    const DuplicatePair &pair(int row) const { return m_pairs.at(row); }
    // The row of the pair of these two customers (either order), -1 when not listed.
    int rowOf(qint64 a, qint64 b) const;
    void removePair(int row);
    // Removes every pair with this customer.
    void removeCustomer(qint64 id);

private:
    QList<DuplicatePair> m_pairs;
};

} // namespace rapport
