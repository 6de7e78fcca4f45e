#include "ui/dashboards/slippingmodel.h"

#include "core/domain/money.h"
#include "core/util/displayformat.h"

#include <QLocale>

#include <cmath>

namespace rapport {

SlippingModel::SlippingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SlippingModel::setCustomers(std::vector<analytics::ClvPanel::Slipping> customers,
                                 const QString &currency)
{
    beginResetModel();
    m_rows = std::move(customers);
    m_currency = currency;
    endResetModel();
}

void SlippingModel::setNameLookup(NameLookup lookup)
{
    m_names = std::move(lookup);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Customer), index(rowCount() - 1, Customer));
}

QString SlippingModel::customerName(qint64 id) const
{
    const QString name = m_names ? m_names(id) : QString();
    return name.isEmpty() ? tr("Customer #%1").arg(id) : name;
}

int SlippingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlippingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlippingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &row = m_rows[std::size_t(index.row())];
    const int decimals = Money::decimals(m_currency);
    const QLocale locale;
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Customer ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                          : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Customer:
        return row.name.isEmpty() ? customerName(row.id) : row.name;
    case PastValue:
        return Money::formatMinor(row.pastValue, decimals, locale);
    case ProbabilityAlive:
        return std::isfinite(row.probabilityAlive)
                   ? display::percent(row.probabilityAlive, 0, locale)
                   : QStringLiteral("—");
    case LifetimeValue:
        return std::isfinite(row.lifetimeValue)
                   ? Money::formatMinor(qint64(std::llround(row.lifetimeValue)), decimals, locale)
                   : QStringLiteral("—");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SlippingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Customer ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                   : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case PastValue:
            return tr("Net revenue up to the end of the period");
        case ProbabilityAlive:
            return tr("The BG/NBD model's probability that the customer still buys");
        case LifetimeValue:
            return tr("Discounted expected margin of the coming purchases");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Customer:
        return tr("Customer");
    case PastValue:
        return m_currency.isEmpty() ? tr("Past value") : tr("Past value (%1)").arg(m_currency);
    case ProbabilityAlive:
        return tr("P(alive)");
    case LifetimeValue:
        return m_currency.isEmpty() ? tr("Lifetime value")
                                    : tr("Lifetime value (%1)").arg(m_currency);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rapport
