#pragma once

#include "core/storage/bulkbatch.h"
#include "core/storage/nativestatement.h"
#include "core/storage/transaction.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <optional>
#include <string>
#include <unordered_map>

namespace rapport {

class Database;

// OrderImportWriter writes an import's new customers, products, orders and order lines (BulkBatch
// rows with their ids assigned) row by row in one write transaction, with the triggers live: the
// search index and the customer list follow as they do for any write. It is the path for a small
// file into a database that already holds many customers, where the BulkLoader's dropping and
// rebuilding of indexes would cost a minute for a handful of rows. Nothing is visible before
// finish() commits; destroyed before that, it rolls back.
class OrderImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(OrderImportWriter)

public:
    enum class Table { Customers, Products, Orders, OrderLines };

    explicit OrderImportWriter(const Database &db);

    Status begin();
    Result<std::unordered_map<std::string, qint64>> customerIdsByExternalKey();
    Result<std::unordered_map<std::string, qint64>> productIdsBySku();
    Result<qint64> nextId(Table table);
    // The customers, products, orders and order lines of the batch (its search and list rows are
    // left to the triggers).
    Status insert(const BulkBatch &batch);
    Status finish();

private:
    Result<std::unordered_map<std::string, qint64>> idsByKey(const char *sql, const QString &what);

    const Database &m_db;
    std::optional<WriteTransaction> m_transaction;
    NativeStatement m_customer;
    NativeStatement m_product;
    NativeStatement m_order;
    NativeStatement m_line;
};

} // namespace rapport
