#pragma once

#include "core/services/changebus.h"
#include "core/storage/customerpanelsrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace rapport {

class Database;
class Error;

// CustomerPanelModel is the common part of the small lists beside a customer's timeline
// (related customers, products, cases, tasks): the customer shown, the clock, the reads through
// CustomerPanelsRepository, and the change notices that make a list read its rows again. These
// lists hold some dozens of rows, so a change re-reads them (a model reset) rather than patching.
class CustomerPanelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, FirstCustomRole };

    ~CustomerPanelModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    // Shows the customer's rows (0: none).
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // "Now" for what depends on the time (overdue, the last 12 months); invalid: the clock.
    void setAsOf(const QDateTime &asOf) { m_asOf = asOf; }
    QDateTime asOf() const;
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    CustomerPanelModel(const Database &db,
                       ChangeBus *bus,
                       QList<ChangeNotice::Entity> entities,
                       int columns,
                       QObject *parent);
    // Reads the rows of customerId() into the model's storage (called between the reset's
    // begin and end); clears them for customer 0.
    virtual Status read() = 0;
    virtual int rows() const = 0;
    // Does the notice (of one of the model's entities) change the rows? By default: when it
    // names the customer shown, or names no customer at all.
    virtual bool concerns(const ChangeNotice &notice) const;
    bool validRow(const QModelIndex &index) const;

    CustomerPanelsRepository m_repo;

private:
    void onChange(const ChangeNotice &notice);

    QList<ChangeNotice::Entity> m_entities;
    int m_columns;
    qint64 m_customerId = 0;
    QDateTime m_asOf;
};

} // namespace rapport
