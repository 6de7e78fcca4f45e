#pragma once

#include "core/domain/product.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

// ProductRepository owns all SQL of the products table (the catalogue). Writes check the row's
// version (optimistic locking). It opens no transaction itself. It keeps prepared statements, so
// it must not outlive `db`.
class ProductRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    explicit ProductRepository(const Database &db);

    // Validates, inserts, and sets id and version 1. A SKU already in use is refused.
    Result<qint64> insert(Product &product);
    Result<Product> get(qint64 id);
    // The product with this SKU (exact match); NotFound when there is none.
    Result<Product> findBySku(const QString &sku);
    // Saves every field; bumps product.version on success.
    Status update(Product &product);
    // Deletes a product that no order uses; one on an order is refused (make it inactive).
    Status remove(qint64 id);
    // The catalogue sorted by name; inactive products only when asked for.
    Result<QList<Product>> list(bool includeInactive = false, int limit = 1000);

private:
    Error writeError(const QSqlQuery &query, const Product &product, const QString &what) const;

    Statement m_insert;
    Statement m_select;
    Statement m_selectBySku;
    Statement m_update;
    Statement m_delete;
    Statement m_exists;
    Statement m_list;
};

} // namespace rapport
