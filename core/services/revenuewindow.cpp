#include "core/services/revenuewindow.h"

#include "core/services/changebus.h"
#include "core/storage/database.h"
#include "core/storage/revenuewindowrepository.h"
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

Result<bool> RevenueWindow::needsMove(const QDate &asOf) const
{
    if (m_db.isReadOnly())
        return false;
    RevenueWindowRepository repo(m_db);
    Result<QDate> current = repo.revenueAsOf();
    if (!current)
        return current.error();
    return *current != asOf;
}

Result<QList<qint64>> RevenueWindow::move(const QDate &asOf)
{
    // Most days there is nothing to do: find that out without taking the write lock.
    Result<bool> due = needsMove(asOf);
    if (!due)
        return due.error();
    if (!*due)
        return QList<qint64>();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<QList<qint64>> changed = RevenueWindowRepository(m_db).moveRevenueWindow(asOf);
    if (!changed)
        return changed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

void RevenueWindow::announce(ChangeBus *bus, const QList<qint64> &changed)
{
    if (!bus || changed.isEmpty())
        return;
    ChangeNotice notice;
    notice.entity = ChangeNotice::Entity::Order;
    if (changed.size() > MaxNamedCustomers) {
        notice.action = ChangeNotice::Action::Reset;
    } else {
        notice.action = ChangeNotice::Action::Updated;
        notice.customerIds = changed;
    }
    bus->publish(notice);
}

Result<int> RevenueWindow::advance(const QDate &asOf)
{
    Result<QList<qint64>> changed = move(asOf);
    if (!changed)
        return changed.error();
    announce(m_bus, *changed);
    return int(changed->size());
}

} // namespace rapport
