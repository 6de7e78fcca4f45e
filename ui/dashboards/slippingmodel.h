#pragma once

#include "core/analytics/dashboard.h"

#include <QAbstractTableModel>

#include <functional>

namespace rapport {

// "Valuable but slipping" customers (ClvPanel::slipping) as a table: customer, past value,
// P(alive) and lifetime value. The service names the first ClvPanel::NamedSlipping; for the
// others a name lookup the page may set is asked, and without one the id is shown.
class SlippingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Customer, PastValue, ProbabilityAlive, LifetimeValue, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    using NameLookup = std::function<QString(qint64)>;

    explicit SlippingModel(QObject *parent = nullptr);

    void setCustomers(std::vector<analytics::ClvPanel::Slipping> customers, const QString &currency);
    void setNameLookup(NameLookup lookup);
    const std::vector<analytics::ClvPanel::Slipping> &customers() const { return m_rows; }
    QString customerName(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<analytics::ClvPanel::Slipping> m_rows;
    QString m_currency;
    NameLookup m_names;
};

} // namespace rapport
