#include "core/storage/customerimportrepository.h"

#include "core/storage/database.h"

#include <QSqlQuery>

namespace rapport {

CustomerImportRepository::CustomerImportRepository(const Database &db)
    : m_db(db)
{}

Result<CustomerImportRepository::Keys> CustomerImportRepository::keys(bool externalIds,
                                                                      bool emails,
                                                                      bool phones)
{
    Keys keys;
    const QString what = tr("Reading the customers to match the import against");
    if (externalIds) {
        Statement s(m_db,
                    QStringLiteral("SELECT external_key, id, deleted_at IS NOT NULL FROM customers"
                                   " WHERE external_key IS NOT NULL"));
        QSqlQuery &q = s.query();
        q.setForwardOnly(true);
        if (Status st = s.exec(what); !st)
            return st.error();
        while (q.next()) {
            const qint64 id = q.value(1).toLongLong();
            keys.externalIds.insert(q.value(0).toString(), id);
            if (q.value(2).toBool())
                keys.trashed.insert(id);
        }
        s.finish();
    }
    for (const auto &[wanted, kind, map] :
         {std::tuple{emails, 1, &keys.emails}, std::tuple{phones, 0, &keys.phones}}) {
        if (!wanted)
            continue;
        Statement s(m_db,
                    QStringLiteral("SELECT p.value, p.customer_id FROM contact_points p"
                                   " JOIN customers c ON c.id = p.customer_id"
                                   " WHERE p.kind = ? AND c.deleted_at IS NULL"
                                   " ORDER BY p.customer_id DESC"));
        QSqlQuery &q = s.query();
        q.setForwardOnly(true);
        q.bindValue(0, kind);
        if (Status st = s.exec(what); !st)
            return st.error();
        // Descending ids: the lowest id is inserted last and wins.
        while (q.next())
            map->insert(q.value(0).toString().toLower(), q.value(1).toLongLong());
        s.finish();
    }
    return keys;
}

Status CustomerImportRepository::setExternalKey(qint64 customerId, const QString &key)
{
    Statement s(m_db, QStringLiteral("UPDATE customers SET external_key = ? WHERE id = ?"));
    QSqlQuery &q = s.query();
    q.bindValue(0, key);
    q.bindValue(1, customerId);
    return s.exec(tr("Saving the customer's external id"));
}

Result<qint64> CustomerImportRepository::customerCount()
{
    Statement s(m_db, QStringLiteral("SELECT count(*) FROM customers"));
    QSqlQuery &q = s.query();
    if (Status st = s.exec(tr("Counting customers")); !st)
        return st.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    s.finish();
    return n;
}

} // namespace rapport
