#include "core/storage/customerimportrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

namespace rapport {

// The columns, conversions and orders are CustomerRepository's (get(), readTags() and
// contactPoints()), with the customer's id first; CROSS JOIN makes SQLite walk the ids and look
// each one up by its key.
CustomerImportRepository::CustomerImportRepository(const Database &db)
    : m_db(db)
    , m_storedCustomers(db,
                        QStringLiteral("SELECT c.id, c.kind, c.first_name, c.last_name, c.name,"
                                       " c.stage, c.owner_id, c.source, c.acquired_on, c.notes,"
                                       " c.created_at, c.updated_at, c.deleted_at, c.version"
                                       " FROM json_each(?) j CROSS JOIN customers c"
                                       " ON c.id = j.value"))
    , m_storedPoints(db,
                     QStringLiteral("SELECT p.customer_id, p.id, p.kind, p.label, p.value,"
                                    " p.street, p.postal_code, p.city, p.region, p.country,"
                                    " p.is_primary, p.version"
                                    " FROM json_each(?) j CROSS JOIN contact_points p"
                                    " ON p.customer_id = j.value"
                                    " ORDER BY p.customer_id, p.kind, p.is_primary DESC, p.id"))
    , m_storedTags(db,
                   QStringLiteral("SELECT ct.customer_id, t.name FROM json_each(?) j"
                                  " CROSS JOIN customer_tags ct ON ct.customer_id = j.value"
                                  " JOIN tags t ON t.id = ct.tag_id"
                                  " ORDER BY ct.customer_id, t.name COLLATE NOCASE"))
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

Result<QHash<qint64, CustomerImportRepository::Stored>> CustomerImportRepository::stored(
    std::span<const qint64> ids)
{
    QHash<qint64, Stored> read;
    if (ids.empty())
        return read;
    const QString json = repository::jsonIds(ids);
    read.reserve(qsizetype(ids.size()));
    {
        repository::FinishGuard guard(m_storedCustomers);
        QSqlQuery &q = m_storedCustomers.query();
        q.setForwardOnly(true);
        q.bindValue(0, json);
        if (Status s = m_storedCustomers.exec(tr("Reading the customer")); !s)
            return s.error();
        while (q.next()) {
            Customer c;
            c.id = q.value(0).toLongLong();
            c.kind = enumFromInt<CustomerKind>(q.value(1).toInt(), customerKindKeys)
                         .value_or(CustomerKind::Person);
            c.firstName = q.value(2).toString();
            c.lastName = q.value(3).toString();
            if (c.kind == CustomerKind::Organisation)
                c.organisation = q.value(4).toString();
            c.stage = enumFromInt<LifecycleStage>(q.value(5).toInt(), lifecycleStageKeys)
                          .value_or(LifecycleStage::Lead);
            c.ownerId = sql::toId(q.value(6));
            c.source = q.value(7).toString();
            c.acquiredOn = sql::toDate(q.value(8));
            c.notes = q.value(9).toString();
            c.createdAt = sql::toDateTime(q.value(10));
            c.updatedAt = sql::toDateTime(q.value(11));
            c.deletedAt = sql::toDateTime(q.value(12));
            c.version = q.value(13).toInt();
            const qint64 id = c.id;
            read.insert(id, Stored{std::move(c), {}});
        }
    }
    {
        repository::FinishGuard guard(m_storedTags);
        QSqlQuery &q = m_storedTags.query();
        q.setForwardOnly(true);
        q.bindValue(0, json);
        if (Status s = m_storedTags.exec(tr("Reading the tags")); !s)
            return s.error();
        while (q.next())
            if (auto it = read.find(q.value(0).toLongLong()); it != read.end())
                it->customer.tags << q.value(1).toString();
    }
    {
        repository::FinishGuard guard(m_storedPoints);
        QSqlQuery &q = m_storedPoints.query();
        q.setForwardOnly(true);
        q.bindValue(0, json);
        if (Status s = m_storedPoints.exec(tr("Reading the contact points")); !s)
            return s.error();
        while (q.next()) {
            auto it = read.find(q.value(0).toLongLong());
            if (it == read.end())
                continue;
            ContactPoint p;
            p.id = q.value(1).toLongLong();
            p.customerId = it.key();
            p.kind = enumFromInt<ContactKind>(q.value(2).toInt(), contactKindKeys)
                         .value_or(ContactKind::Phone);
            p.label = enumFromInt<ContactLabel>(q.value(3).toInt(), contactLabelKeys)
                          .value_or(ContactLabel::Other);
            p.value = q.value(4).toString();
            p.address.street = q.value(5).toString();
            p.address.postalCode = q.value(6).toString();
            p.address.city = q.value(7).toString();
            p.address.region = q.value(8).toString();
            p.address.country = q.value(9).toString();
            p.primary = q.value(10).toInt() != 0;
            p.version = q.value(11).toInt();
            it->points << p;
        }
    }
    return read;
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
