#pragma once

#include "core/services/customerimport.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <memory>
#include <vector>

namespace rapport {

// ImportReportModel shows the lines of an import's report with one outcome: the rejected rows
// (line, column, reason) or the updates, one row per field that changes (line, customer, field,
// old and new value). It holds the result it was given and the positions of its rows only, so a
// report of a million lines costs a few bytes a row. Customer names come from `nameOf` when a
// row is first shown (a short read by id), and are kept.
class ImportReportModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Rejected rows: line, column, reason. Updates: line, customer, field, "old → new".
    enum Column { LineColumn, SecondColumn, ReasonColumn, ChangeColumn };
    using NameLookup = std::function<QString(qint64 customerId)>;

    ImportReportModel(RowOutcome outcome, QObject *parent = nullptr);

    void setResult(std::shared_ptr<const CustomerImportResult> result);
    void setNameLookup(NameLookup lookup) { m_nameOf = std::move(lookup); }
    const ImportRowReport *lineAt(int row) const;
    // The field change a row of the updates shows; null for rejections.
    const ImportFieldChange *changeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString customerName(qint64 id) const;

    RowOutcome m_outcome;
    std::shared_ptr<const CustomerImportResult> m_result;
    struct Entry
    {
        qsizetype line = 0; // position in m_result->report
        int change = -1;    // position in its changes; -1: the line as a whole
    };
    std::vector<Entry> m_rows;
    NameLookup m_nameOf;
    mutable QHash<qint64, QString> m_names;
};

} // namespace rapport
