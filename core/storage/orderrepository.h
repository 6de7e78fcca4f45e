#pragma once

#include "core/domain/order.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

// OrderRepository owns all SQL of the order aggregate: the order row and its lines, always
// written together. Each write runs in a WriteTransaction, which is the whole transaction when
// called alone and a savepoint inside a service's transaction, so a failing line never leaves
// half an order behind. orders.total_minor is recomputed from the lines on every write.
// Writes check the order's version (optimistic locking). It keeps prepared statements, so it
// must not outlive `db`.
class OrderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(const Database &db);

    // Validates, inserts the order and its lines, and sets the ids and version 1.
    Result<qint64> insert(Order &order);
    // The order with its lines in the order they were saved.
    Result<Order> get(qint64 id);
    // Saves every field and replaces the lines (which get new ids); bumps order.version.
    Status update(Order &order);
    // Deletes the order with its lines.
    Status remove(qint64 id);
    // The customer's orders with their lines, newest first.
    Result<QList<Order>> listForCustomer(qint64 customerId, int limit = 100);

private:
    Status write(Order &order, bool inserting);
    Result<QList<qint64>> insertLines(qint64 orderId, const QList<OrderLine> &lines);
    Error orderError(const QSqlQuery &query, const QString &what) const;
    // Reads the rows of an order-with-lines join into orders, in the join's order.
    static QList<Order> readOrders(QSqlQuery &query);

    const Database &m_db;
    Statement m_insert;
    Statement m_insertLine;
    Statement m_select;
    Statement m_update;
    Statement m_deleteLines;
    Statement m_delete;
    Statement m_exists;
    Statement m_listForCustomer;
};

} // namespace rapport
