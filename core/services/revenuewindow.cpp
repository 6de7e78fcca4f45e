#include "core/services/revenuewindow.h"

#include "core/services/changebus.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QDateTime>

namespace rapport {

RevenueWindow::RevenueWindow(const Database &db, ChangeBus *bus)
    : m_db(db)
    , m_bus(bus)
{}

QDate RevenueWindow::today()
{
    return QDateTime::currentDateTimeUtc().date();
}

Result<int> RevenueWindow::advance(const QDate &asOf)
{
    if (m_db.isReadOnly())
        return 0;
    CustomerListRepository repo(m_db);
    // Most days there is nothing to do: find that out without taking the write lock.
    Result<QDate> current = repo.revenueAsOf();
    if (!current)
        return current.error();
    if (*current == asOf)
        return 0;
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<QList<qint64>> changed = repo.moveRevenueWindow(asOf);
    if (!changed)
        return changed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (m_bus && !changed->isEmpty()) {
        ChangeNotice notice;
        notice.entity = ChangeNotice::Entity::Order;
        if (changed->size() > MaxNamedCustomers) {
            notice.action = ChangeNotice::Action::Reset;
        } else {
            notice.action = ChangeNotice::Action::Updated;
            notice.customerIds = *changed;
        }
        m_bus->publish(notice);
    }
    return int(changed->size());
}

} // namespace rapport
