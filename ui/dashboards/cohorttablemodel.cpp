#include "ui/dashboards/cohorttablemodel.h"

#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"

#include <QLocale>

#include <cmath>

namespace rapport {

CohortTableModel::CohortTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_strong(chartstyle::seriesColour(0))
{}

void CohortTableModel::setTable(std::optional<analytics::CohortTable> table,
                                const QDate &runningUntil)
{
    beginResetModel();
    m_table = std::move(table);
    m_runningUntil = runningUntil;
    m_columns = 0;
    m_scaleTop = 0;
    if (m_table) {
        m_columns = m_table->lastMonth - m_table->firstMonth + 1;
        for (int c = 0; c < m_table->cohorts(); ++c)
            for (int k = 1; k < int(m_table->active[std::size_t(c)].size()); ++k)
                if (!isRunning(c, k))
                    m_scaleTop = std::max(m_scaleTop, m_table->share(c, k).value_or(0));
    }
    m_scaleTop = m_scaleTop > 0 ? std::min(1.0, m_scaleTop) : 1.0;
    endResetModel();
}

void CohortTableModel::setColours(const QColor &strong, const QPalette &palette)
{
    m_strong = strong;
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool CohortTableModel::isRunning(int cohort, int monthsSince) const
{
    return m_table && m_runningUntil.isValid()
           && m_table->firstMonth + cohort + monthsSince == m_table->lastMonth;
}

QString CohortTableModel::cohortName(int cohort) const
{
    if (!m_table)
        return {};
    return QLocale().toString(analytics::monthStart(m_table->firstMonth + cohort),
                              QStringLiteral("MMM yyyy"));
}

int CohortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->cohorts();
}

int CohortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QColor CohortTableModel::colourOf(double share) const
{
    // A square root spreads the low shares, where most cells are.
    return chartstyle::tint(m_strong,
                            std::sqrt(std::clamp(share / m_scaleTop, 0.0, 1.0)),
                            m_palette);
}

QVariant CohortTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_table)
        return {};
    const int c = index.row();
    const int k = index.column();
    const std::optional<double> share = m_table->share(c, k);
    switch (role) {
    case Qt::DisplayRole:
        return share ? display::percent(*share, 0) : QString();
    case RunningRole:
        return share && isRunning(c, k);
    case ShareRole:
        return share ? QVariant(*share) : QVariant();
    case ActiveRole:
        return share ? QVariant(m_table->active[std::size_t(c)][std::size_t(k)]) : QVariant();
    case SizeRole:
        return m_table->sizes[std::size_t(c)];
    case Qt::BackgroundRole:
        return share ? QVariant(colourOf(*share)) : QVariant();
    case Qt::ForegroundRole:
        return share ? QVariant(chartstyle::textOn(colourOf(*share))) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        if (!share)
            return {};
        const QString text
            = tr("Customers who first bought in %1: %2 of %3 (%4) bought again %n month(s) later",
                 nullptr,
                 k)
                  .arg(cohortName(c),
                       display::count(m_table->active[std::size_t(c)][std::size_t(k)]),
                       display::count(m_table->sizes[std::size_t(c)]),
                       display::percent(*share, 1));
        if (!isRunning(c, k))
            return text;
        return QString(text + QLatin1Char('\n')
                       + tr("So far: this month is still running (data up to %1).")
                             .arg(display::date(m_runningUntil)));
    }
    default:
        return {};
    }
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns)
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(section);
        if (role == Qt::ToolTipRole)
            return tr("%n month(s) after the first purchase", nullptr, section);
        return {};
    }
    if (section < 0 || section >= m_table->cohorts())
        return {};
    if (role == Qt::DisplayRole) {
        return QString(cohortName(section) + QStringLiteral("  ")
                       + display::count(m_table->sizes[std::size_t(section)]));
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return tr("%Ln customer(s) first bought in %1",
                  nullptr,
                  int(m_table->sizes[std::size_t(section)]))
            .arg(cohortName(section));
    }
    return {};
}

} // namespace rapport
