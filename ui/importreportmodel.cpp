#include "ui/importreportmodel.h"

#include <QLocale>

namespace rapport {

ImportReportModel::ImportReportModel(RowOutcome outcome, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outcome(outcome)
{}

void ImportReportModel::setResult(std::shared_ptr<const CustomerImportResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_rows.clear();
    m_names.clear();
    if (m_result) {
        const std::vector<ImportRowReport> &report = m_result->report;
        for (qsizetype i = 0; i < qsizetype(report.size()); ++i) {
            const ImportRowReport &line = report[std::size_t(i)];
            if (line.outcome != m_outcome)
                continue;
            const qsizetype changes = m_outcome == RowOutcome::Updated
                                          ? m_result->changes.value(line.line).size()
                                          : 0;
            if (changes == 0)
                m_rows.push_back({i, -1});
            for (int c = 0; c < int(changes); ++c)
                m_rows.push_back({i, c});
        }
    }
    endResetModel();
}

const ImportRowReport *ImportReportModel::lineAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_result->report[std::size_t(m_rows[std::size_t(row)].line)];
}

const ImportFieldChange *ImportReportModel::changeAt(int row) const
{
    const ImportRowReport *line = lineAt(row);
    const int change = line ? m_rows[std::size_t(row)].change : -1;
    if (change < 0)
        return nullptr;
    const auto found = m_result->changes.constFind(line->line);
    return found == m_result->changes.constEnd() || change >= found->size() ? nullptr
                                                                            : &found->at(change);
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_outcome == RowOutcome::Updated ? 4 : 3;
}

QString ImportReportModel::customerName(qint64 id) const
{
    if (id <= 0)
        return {};
    if (auto found = m_names.constFind(id); found != m_names.constEnd())
        return *found;
    QString name = m_nameOf ? m_nameOf(id) : QString();
    if (name.isEmpty())
        name = tr("Customer %1").arg(id);
    m_names.insert(id, name);
    return name;
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    const ImportRowReport *line = index.isValid() ? lineAt(index.row()) : nullptr;
    if (!line)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ImportFieldChange *change = changeAt(index.row());
    switch (Column(index.column())) {
    case LineColumn:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(line->line)) : QVariant();
    case SecondColumn:
        return m_outcome == RowOutcome::Rejected ? line->column : customerName(line->customerId);
    case ReasonColumn:
        return change ? change->field : line->reason;
    case ChangeColumn:
        if (!change)
            return {};
        // One line in the table (notes may hold several); the whole text in the tooltip.
        if (change->before.isEmpty())
            return tr("added: %1")
                .arg(role == Qt::DisplayRole ? change->after.simplified() : change->after);
        return tr("%1 → %2").arg(role == Qt::DisplayRole ? change->before.simplified()
                                                         : change->before,
                                 role == Qt::DisplayRole ? change->after.simplified()
                                                         : change->after);
    }
    return {};
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case SecondColumn:
        return m_outcome == RowOutcome::Rejected ? tr("Column") : tr("Customer");
    case ReasonColumn:
        return m_outcome == RowOutcome::Rejected ? tr("Reason") : tr("Field");
    case ChangeColumn:
        return tr("Old → new");
    }
    return {};
}

} // namespace rapport
