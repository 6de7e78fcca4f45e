#include "core/storage/revenuewindowrepository.h"

#include "core/storage/repositorysupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (they were CustomerListRepository's before
// the revenue window had a file of its own, and keep their translations).
struct RevenueWindowRepositoryTexts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListRepository)
};

} // namespace

RevenueWindowRepository::RevenueWindowRepository(const Database &db)
    : m_state(db, QStringLiteral("SELECT as_of, window_start FROM customer_list_state"))
    , m_setState(db, QStringLiteral("UPDATE customer_list_state SET as_of = ?, window_start = ?"))
    // The window moved on: the customers whose oldest counted order dropped out of it.
    , m_recomputeDue(db,
                     QStringLiteral("UPDATE customer_list"
                                    " SET (revenue_minor, revenue_currency, revenue_oldest_at)"
                                    " = (SELECT minor, currency, oldest FROM customer_list_revenue"
                                    "    WHERE customer_id = customer_list.id)"
                                    " WHERE revenue_oldest_at < ? RETURNING id"))
    // The window moved back (the clock did): the customers with orders it takes in again.
    , m_recomputeBetween(db,
                         QStringLiteral(
                             "UPDATE customer_list"
                             " SET (revenue_minor, revenue_currency, revenue_oldest_at)"
                             " = (SELECT minor, currency, oldest FROM customer_list_revenue"
                             "    WHERE customer_id = customer_list.id)"
                             " WHERE id IN (SELECT customer_id FROM orders WHERE status = 1"
                             " AND ordered_at >= ? AND ordered_at < ?) RETURNING id"))
{}

qint64 RevenueWindowRepository::windowStart(const QDate &asOf)
{
    return QDateTime(asOf.addYears(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

Result<QDate> RevenueWindowRepository::revenueAsOf()
{
    if (Status s = m_state.exec(
            RevenueWindowRepositoryTexts::tr("Reading the customer list's revenue window"));
        !s)
        return s.error();
    repository::FinishGuard done(m_state);
    QSqlQuery &q = m_state.query();
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

Result<QList<qint64>> RevenueWindowRepository::moveRevenueWindow(const QDate &asOf)
{
    const QString what = RevenueWindowRepositoryTexts::tr(
        "Moving the revenue window of the customer list");
    if (Status s = m_state.exec(what); !s)
        return s.error();
    QSqlQuery &state = m_state.query();
    const bool found = state.next();
    const qint64 oldStart = found ? state.value(1).toLongLong() : 0;
    const QString oldAsOf = found ? state.value(0).toString() : QString();
    m_state.finish();
    QList<qint64> changed;
    if (oldAsOf == asOf.toString(Qt::ISODate))
        return changed;

    const qint64 newStart = windowStart(asOf);
    QSqlQuery &set = m_setState.query();
    set.bindValue(0, asOf.toString(Qt::ISODate));
    set.bindValue(1, newStart);
    if (Status s = m_setState.exec(what); !s)
        return s.error();

    Statement &recompute = newStart >= oldStart ? m_recomputeDue : m_recomputeBetween;
    QSqlQuery &q = recompute.query();
    if (newStart >= oldStart) {
        q.bindValue(0, newStart);
    } else {
        q.bindValue(0, newStart);
        q.bindValue(1, oldStart);
    }
    if (Status s = recompute.exec(what); !s)
        return s.error();
    while (q.next())
        changed.append(q.value(0).toLongLong());
    recompute.finish();
    return changed;
}

} // namespace rapport
