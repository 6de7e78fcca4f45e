#include "core/storage/orderrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"
#include "core/storage/transaction.h"

#include <QSqlQuery>

// An order and its lines come from one join, so one statement reads them from one snapshot:
// a writer committing in between cannot leave an order with the lines of another version.
#define ORDER_JOIN_COLUMNS \
    "o.id, o.customer_id, o.ordered_at, o.status, o.currency, o.rep_id, o.version, " \
    "l.id, l.product_id, l.quantity, l.unit_price_minor"

namespace rapport {
namespace {

using namespace repository;

void bindOrder(QSqlQuery &q, const Order &o, qint64 totalMinor)
{
    q.bindValue(0, o.customerId);
    q.bindValue(1, sql::fromDateTime(o.orderedAt));
    q.bindValue(2, int(o.status));
    q.bindValue(3, o.currency);
    q.bindValue(4, totalMinor);
    q.bindValue(5, sql::fromId(o.repId));
}

} // namespace

OrderRepository::OrderRepository(const Database &db)
    : m_db(db)
    , m_insert(db,
               QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency, "
                              "total_minor, rep_id, version) VALUES (?, ?, ?, ?, ?, ?, 1)"))
    , m_insertLine(db,
                   QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity, "
                                  "unit_price_minor) VALUES (?, ?, ?, ?)"))
    , m_select(db,
               QStringLiteral("SELECT " ORDER_JOIN_COLUMNS " FROM orders o "
                              "LEFT JOIN order_lines l ON l.order_id = o.id "
                              "WHERE o.id = ? ORDER BY l.id"))
    , m_update(db,
               QStringLiteral("UPDATE orders SET customer_id = ?, ordered_at = ?, status = ?, "
                              "currency = ?, total_minor = ?, rep_id = ?, "
                              "version = version + 1 WHERE id = ? AND version = ?"))
    , m_deleteLines(db, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM orders WHERE id = ?"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM orders WHERE id = ?"))
    , m_listForCustomer(db,
                        QStringLiteral("SELECT " ORDER_JOIN_COLUMNS " FROM "
                                       "(SELECT * FROM orders WHERE customer_id = ? "
                                       "ORDER BY ordered_at DESC, id DESC LIMIT ?) o "
                                       "LEFT JOIN order_lines l ON l.order_id = o.id "
                                       "ORDER BY o.ordered_at DESC, o.id DESC, l.id"))
{}

QList<Order> OrderRepository::readOrders(QSqlQuery &q)
{
    QList<Order> orders;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (orders.isEmpty() || orders.constLast().id != id) {
            Order o;
            o.id = id;
            o.customerId = q.value(1).toLongLong();
            o.orderedAt = sql::toDateTime(q.value(2));
            o.status = enumColumn(q.value(3), orderStatusKeys, OrderStatus::Open);
            o.currency = q.value(4).toString();
            o.repId = sql::toId(q.value(5));
            o.version = q.value(6).toInt();
            orders << o;
        }
        if (q.value(7).isNull()) // an order without lines (only possible from outside Rapport)
            continue;
        OrderLine line;
        line.id = q.value(7).toLongLong();
        line.productId = q.value(8).toLongLong();
        line.quantity = q.value(9).toLongLong();
        line.unitPriceMinor = q.value(10).toLongLong();
        orders.last().lines << line;
    }
    return orders;
}

Error OrderRepository::orderError(const QSqlQuery &query, const QString &what) const
{
    if (brokenConstraint(query) == Constraint::ForeignKey)
        return Error(Error::Kind::Validation,
                     tr("The order's customer or sales rep does not exist any more."),
                     QStringLiteral("customerId"));
    return sqlError(query, what);
}

Result<QList<qint64>> OrderRepository::insertLines(qint64 orderId, const QList<OrderLine> &lines)
{
    QList<qint64> ids;
    ids.reserve(lines.size());
    QSqlQuery &q = m_insertLine.query();
    const QString what = tr("Saving the order's lines");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines[i];
        q.bindValue(0, orderId);
        q.bindValue(1, line.productId);
        q.bindValue(2, line.quantity);
        q.bindValue(3, line.unitPriceMinor);
        if (Status s = m_insertLine.exec(what); !s) {
            if (brokenConstraint(q) == Constraint::ForeignKey)
                return Error(Error::Kind::Validation,
                             tr("Line %1 refers to a product that does not exist.").arg(i + 1),
                             QStringLiteral("lines[%1].productId").arg(i));
            return s.error();
        }
        ids << q.lastInsertId().toLongLong();
    }
    return ids;
}

Status OrderRepository::write(Order &order, bool inserting)
{
    if (Status s = order.validate(); !s)
        return s;
    Result<Money> total = order.total();
    if (!total)
        return total.error();
    const QString what = tr("Saving the order");
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();

    Statement &statement = inserting ? m_insert : m_update;
    QSqlQuery &q = statement.query();
    bindOrder(q, order, total->minor);
    if (!inserting) {
        q.bindValue(6, order.id);
        q.bindValue(7, order.version);
    }
    if (Status s = statement.exec(what); !s)
        return orderError(q, what);
    qint64 id = order.id;
    if (inserting) {
        id = q.lastInsertId().toLongLong();
    } else {
        if (q.numRowsAffected() != 1)
            return staleOrMissing(m_exists,
                                  order.id,
                                  tr("The order was changed by someone else since you opened it; "
                                     "reload it and apply your change again."),
                                  tr("The order does not exist any more."),
                                  what);
        QSqlQuery &d = m_deleteLines.query();
        d.bindValue(0, id);
        if (Status s = m_deleteLines.exec(what); !s)
            return s;
    }
    Result<QList<qint64>> lineIds = insertLines(id, order.lines);
    if (!lineIds)
        return lineIds.error();
    if (Status s = tx.commit(); !s)
        return s;

    // The struct changes only once everything is saved, so a failed save leaves it as it was.
    order.id = id;
    order.version = inserting ? 1 : order.version + 1;
    for (qsizetype i = 0; i < order.lines.size(); ++i)
        order.lines[i].id = lineIds->at(i);
    return {};
}

Result<qint64> OrderRepository::insert(Order &order)
{
    if (Status s = write(order, true); !s)
        return s.error();
    return order.id;
}

Status OrderRepository::update(Order &order)
{
    return write(order, false);
}

Result<Order> OrderRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the order")); !s)
        return s.error();
    QList<Order> orders = readOrders(q);
    if (orders.isEmpty())
        return Error(Error::Kind::NotFound, tr("Order %1 does not exist.").arg(id));
    return orders.takeFirst();
}

Status OrderRepository::remove(qint64 id)
{
    // The lines go with the order (ON DELETE CASCADE): one statement, so no transaction needed.
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    if (Status s = m_delete.exec(tr("Deleting the order")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The order does not exist any more."));
    return {};
}

Result<QList<Order>> OrderRepository::listForCustomer(qint64 customerId, int limit)
{
    FinishGuard guard(m_listForCustomer);
    QSqlQuery &q = m_listForCustomer.query();
    q.bindValue(0, customerId);
    q.bindValue(1, pageSize(limit));
    if (Status s = m_listForCustomer.exec(tr("Reading the orders")); !s)
        return s.error();
    return readOrders(q);
}

} // namespace rapport
