#include "core/storage/productrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#define PRODUCT_COLUMNS \
    "id, sku, name, category, is_service, unit_price_minor, unit_cost_minor, currency, active, " \
    "version"

namespace rapport {
namespace {

using namespace repository;

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.category = q.value(3).toString();
    p.isService = q.value(4).toBool();
    p.unitPrice.minor = q.value(5).toLongLong();
    p.unitCostMinor = sql::toId(q.value(6));
    p.unitPrice.currency = q.value(7).toString();
    p.active = q.value(8).toBool();
    p.version = q.value(9).toInt();
    return p;
}

void bindProduct(QSqlQuery &q, const Product &p)
{
    q.bindValue(0, p.sku);
    q.bindValue(1, p.name);
    q.bindValue(2, sql::fromText(p.category));
    q.bindValue(3, p.isService ? 1 : 0);
    q.bindValue(4, p.unitPrice.minor);
    // An optional count of minor units is stored like an optional id: the value or NULL.
    q.bindValue(5, sql::fromId(p.unitCostMinor));
    q.bindValue(6, p.unitPrice.currency);
    q.bindValue(7, p.active ? 1 : 0);
}

} // namespace

ProductRepository::ProductRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO products (sku, name, category, is_service, "
                              "unit_price_minor, unit_cost_minor, currency, active, version) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"))
    , m_select(db, QStringLiteral("SELECT " PRODUCT_COLUMNS " FROM products WHERE id = ?"))
    , m_selectBySku(db, QStringLiteral("SELECT " PRODUCT_COLUMNS " FROM products WHERE sku = ?"))
    , m_update(db,
               QStringLiteral("UPDATE products SET sku = ?, name = ?, category = ?, "
                              "is_service = ?, unit_price_minor = ?, unit_cost_minor = ?, "
                              "currency = ?, active = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM products WHERE id = ?"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM products WHERE id = ?"))
    , m_list(db,
             QStringLiteral("SELECT " PRODUCT_COLUMNS " FROM products WHERE active = 1 OR ? "
                            "ORDER BY name COLLATE NOCASE, id LIMIT ?"))
{}

Error ProductRepository::writeError(const QSqlQuery &query,
                                    const Product &product,
                                    const QString &what) const
{
    switch (brokenConstraint(query)) {
    case Constraint::Unique:
        return Error(Error::Kind::Validation,
                     tr("The SKU \"%1\" belongs to another product.").arg(product.sku),
                     QStringLiteral("sku"));
    default:
        return sqlError(query, what);
    }
}

Result<qint64> ProductRepository::insert(Product &product)
{
    if (Status s = product.validate(); !s)
        return s.error();
    QSqlQuery &q = m_insert.query();
    bindProduct(q, product);
    const QString what = tr("Saving the product");
    if (Status s = m_insert.exec(what); !s)
        return writeError(q, product, what);
    product.id = q.lastInsertId().toLongLong();
    product.version = 1;
    return product.id;
}

Result<Product> ProductRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the product")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Product %1 does not exist.").arg(id));
    return readProduct(q);
}

Result<Product> ProductRepository::findBySku(const QString &sku)
{
    FinishGuard guard(m_selectBySku);
    QSqlQuery &q = m_selectBySku.query();
    q.bindValue(0, sku.trimmed());
    if (Status s = m_selectBySku.exec(tr("Looking up the product")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound,
                     tr("There is no product with the SKU \"%1\".").arg(sku.trimmed()));
    return readProduct(q);
}

Status ProductRepository::update(Product &product)
{
    if (Status s = product.validate(); !s)
        return s;
    QSqlQuery &q = m_update.query();
    bindProduct(q, product);
    q.bindValue(8, product.id);
    q.bindValue(9, product.version);
    const QString what = tr("Saving the product");
    if (Status s = m_update.exec(what); !s)
        return writeError(q, product, what);
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              product.id,
                              tr("The product was changed by someone else since you opened it; "
                                 "reload it and apply your change again."),
                              tr("The product does not exist any more."),
                              what);
    ++product.version;
    return {};
}

Status ProductRepository::remove(qint64 id)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    const QString what = tr("Deleting the product");
    if (Status s = m_delete.exec(what); !s) {
        if (brokenConstraint(q) == Constraint::ForeignKey)
            return Error(Error::Kind::Validation,
                         tr("The product appears on orders, so it cannot be deleted; make it "
                            "inactive instead."),
                         QStringLiteral("active"));
        return s;
    }
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The product does not exist any more."));
    return {};
}

Result<QList<Product>> ProductRepository::list(bool includeInactive, int limit)
{
    FinishGuard guard(m_list);
    QSqlQuery &q = m_list.query();
    q.bindValue(0, includeInactive ? 1 : 0);
    q.bindValue(1, pageSize(limit));
    if (Status s = m_list.exec(tr("Reading the products")); !s)
        return s.error();
    QList<Product> products;
    while (q.next())
        products << readProduct(q);
    return products;
}

} // namespace rapport
