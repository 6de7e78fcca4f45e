#include "core/storage/orderimportwriter.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <sqlite3.h>

namespace rapport {
namespace {

QString text(BulkText t)
{
    return t.data() ? QString::fromUtf8(t.data(), qsizetype(t.size())) : QString();
}

std::optional<qint64> reference(qint64 id)
{
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

OrderImportWriter::OrderImportWriter(const Database &db)
    : m_db(db)
    , m_customer(db,
                 "INSERT INTO customers (id, kind, first_name, last_name, name, sort_name, stage, "
                 "owner_id, source, acquired_on, notes, created_at, updated_at, external_key) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
    , m_product(db,
                "INSERT INTO products (id, sku, name, category, is_service, unit_price_minor, "
                "unit_cost_minor, currency) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
    , m_order(db,
              "INSERT INTO orders (id, customer_id, ordered_at, status, currency, total_minor, "
              "rep_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
    , m_line(db,
             "INSERT INTO order_lines (id, order_id, product_id, quantity, unit_price_minor) "
             "VALUES (?1, ?2, ?3, ?4, ?5)")
{}

Status OrderImportWriter::begin()
{
    m_transaction.emplace(m_db);
    return m_transaction->begun();
}

Result<std::unordered_map<std::string, qint64>> OrderImportWriter::idsByKey(const char *sql,
                                                                            const QString &what)
{
    std::unordered_map<std::string, qint64> ids;
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(m_db.handle(), sql, -1, &s, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
        ids.emplace(std::string(key, std::size_t(sqlite3_column_bytes(s, 0))),
                    sqlite3_column_int64(s, 1));
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE) {
        const Error error = sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())), what);
        sqlite3_finalize(s);
        return error;
    }
    sqlite3_finalize(s);
    return ids;
}

Result<std::unordered_map<std::string, qint64>> OrderImportWriter::customerIdsByExternalKey()
{
    return idsByKey("SELECT external_key, id FROM customers WHERE external_key IS NOT NULL",
                    tr("Reading the customers' external keys"));
}

Result<std::unordered_map<std::string, qint64>> OrderImportWriter::productIdsBySku()
{
    return idsByKey("SELECT sku, id FROM products", tr("Reading the products"));
}

Result<qint64> OrderImportWriter::nextId(Table table)
{
    static const char *const sql[] = {"SELECT coalesce(max(id), 0) + 1 FROM customers",
                                      "SELECT coalesce(max(id), 0) + 1 FROM products",
                                      "SELECT coalesce(max(id), 0) + 1 FROM orders",
                                      "SELECT coalesce(max(id), 0) + 1 FROM order_lines"};
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(m_db.handle(), sql[int(table)], -1, &s, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        const Error error = sqliteError(rc,
                                        QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                        tr("Reading the next free id"));
        sqlite3_finalize(s);
        return error;
    }
    const qint64 id = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return id;
}

Status OrderImportWriter::insert(const BulkBatch &b)
{
    for (const BulkBatch::Product &p : b.products) {
        m_product.bind(1, p.id);
        m_product.bind(2, text(p.sku));
        m_product.bind(3, text(p.name));
        m_product.bind(4, text(p.category));
        m_product.bind(5, p.service ? 1 : 0);
        m_product.bind(6, p.unitPriceMinor);
        m_product.bind(7,
                       p.unitCostMinor >= 0 ? std::optional<qint64>(p.unitCostMinor) : std::nullopt);
        m_product.bind(8, text(p.currency));
        if (Status s = m_product.exec(tr("Adding the product %1").arg(text(p.sku))); !s)
            return s;
    }
    for (const BulkBatch::Customer &c : b.customers) {
        m_customer.bind(1, c.id);
        m_customer.bind(2, c.kind);
        m_customer.bind(3, text(c.firstName));
        m_customer.bind(4, text(c.lastName));
        m_customer.bind(5, text(c.name));
        m_customer.bind(6, text(c.sortName));
        m_customer.bind(7, c.stage);
        m_customer.bind(8, reference(c.ownerId));
        m_customer.bind(9, text(c.source));
        m_customer.bind(10, text(c.acquiredOn));
        m_customer.bind(11, text(c.notes));
        m_customer.bind(12, c.createdAt);
        m_customer.bind(13, c.updatedAt);
        m_customer.bind(14, text(c.externalKey));
        if (Status s = m_customer.exec(tr("Adding the customer %1").arg(text(c.externalKey))); !s)
            return s;
    }
    for (const BulkBatch::Order &o : b.orders) {
        m_order.bind(1, o.id);
        m_order.bind(2, o.customerId);
        m_order.bind(3, o.orderedAt);
        m_order.bind(4, o.status);
        m_order.bind(5, text(o.currency));
        m_order.bind(6, o.totalMinor);
        m_order.bind(7, reference(o.repId));
        if (Status s = m_order.exec(tr("Adding an order")); !s)
            return s;
    }
    for (const BulkBatch::OrderLine &l : b.orderLines) {
        m_line.bind(1, l.id);
        m_line.bind(2, l.orderId);
        m_line.bind(3, l.productId);
        m_line.bind(4, l.quantity);
        m_line.bind(5, l.unitPriceMinor);
        if (Status s = m_line.exec(tr("Adding an order line")); !s)
            return s;
    }
    return {};
}

Status OrderImportWriter::finish()
{
    if (!m_transaction)
        return Error(Error::Kind::Database, tr("The import has not begun."));
    Status s = m_transaction->commit();
    m_transaction.reset();
    return s;
}

} // namespace rapport
