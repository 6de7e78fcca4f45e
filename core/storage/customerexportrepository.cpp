#include "core/storage/customerexportrepository.h"

#include "core/storage/repositorysupport.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#include <unordered_map>

namespace rapport {

// CROSS JOIN makes SQLite walk the ids and look each one up by its key, never scan a table.
// A person's organisation is the customer list's (the first "works at"), kept by its triggers.
CustomerExportRepository::CustomerExportRepository(const Database &db)
    : m_customers(db,
                  QStringLiteral("SELECT c.id, c.kind, c.stage, c.first_name, c.last_name, c.name,"
                                 " l.org_name, u.display_name, u.login, c.source, c.acquired_on,"
                                 " c.external_key, c.notes, l.last_contact_at, l.revenue_minor,"
                                 " l.revenue_currency"
                                 " FROM json_each(?) j CROSS JOIN customers c ON c.id = j.value"
                                 " LEFT JOIN customer_list l ON l.id = c.id"
                                 " LEFT JOIN users u ON u.id = c.owner_id"
                                 " WHERE c.deleted_at IS NULL"))
    , m_points(db,
               QStringLiteral("SELECT p.customer_id, p.kind, p.label, p.value, p.street,"
                              " p.postal_code, p.city, p.region, p.country, p.is_primary"
                              " FROM json_each(?) j CROSS JOIN contact_points p"
                              " ON p.customer_id = j.value"
                              " ORDER BY p.customer_id, p.kind, p.is_primary DESC, p.id"))
    , m_tags(db,
             QStringLiteral("SELECT t.customer_id, g.name FROM json_each(?) j"
                            " CROSS JOIN customer_tags t ON t.customer_id = j.value"
                            " JOIN tags g ON g.id = t.tag_id"
                            " ORDER BY t.customer_id, g.name COLLATE NOCASE"))
{}

Result<std::vector<CustomerExportRow>> CustomerExportRepository::rows(std::span<const qint64> ids)
{
    std::vector<CustomerExportRow> rows;
    if (ids.empty())
        return rows;
    const QString json = repository::jsonIds(ids);
    std::unordered_map<qint64, std::size_t> at; // id -> index in `read`
    std::vector<CustomerExportRow> read;
    read.reserve(ids.size());
    {
        repository::FinishGuard guard(m_customers);
        QSqlQuery &q = m_customers.query();
        q.bindValue(0, json);
        if (Status s = m_customers.exec(tr("Reading customers to export")); !s)
            return s.error();
        while (q.next()) {
            CustomerExportRow r;
            r.id = q.value(0).toLongLong();
            r.kind = repository::enumColumn(q.value(1), customerKindKeys, CustomerKind::Person);
            r.stage = repository::enumColumn(q.value(2), lifecycleStageKeys, LifecycleStage::Lead);
            r.firstName = q.value(3).toString();
            r.lastName = q.value(4).toString();
            r.name = q.value(5).toString();
            r.organisation = q.value(6).toString();
            r.owner = q.value(7).toString();
            r.ownerLogin = q.value(8).toString();
            r.source = q.value(9).toString();
            r.acquiredOn = sql::toDate(q.value(10));
            r.externalKey = q.value(11).toString();
            r.notes = q.value(12).toString();
            r.lastContactAt = q.value(13).toLongLong();
            r.revenueMinor = q.value(14).toLongLong();
            r.revenueCurrency = q.value(15).toString();
            at.emplace(r.id, read.size());
            read.push_back(std::move(r));
        }
    }
    {
        repository::FinishGuard guard(m_points);
        QSqlQuery &q = m_points.query();
        q.bindValue(0, json);
        if (Status s = m_points.exec(tr("Reading customers to export")); !s)
            return s.error();
        while (q.next()) {
            const auto it = at.find(q.value(0).toLongLong());
            if (it == at.end())
                continue;
            CustomerExportRow::Point p;
            p.kind = repository::enumColumn(q.value(1), contactKindKeys, ContactKind::Phone);
            p.label = repository::enumColumn(q.value(2), contactLabelKeys, ContactLabel::Work);
            p.value = q.value(3).toString();
            p.address.street = q.value(4).toString();
            p.address.postalCode = q.value(5).toString();
            p.address.city = q.value(6).toString();
            p.address.region = q.value(7).toString();
            p.address.country = q.value(8).toString();
            p.primary = q.value(9).toInt() != 0;
            read[it->second].points.push_back(std::move(p));
        }
    }
    {
        repository::FinishGuard guard(m_tags);
        QSqlQuery &q = m_tags.query();
        q.bindValue(0, json);
        if (Status s = m_tags.exec(tr("Reading customers to export")); !s)
            return s.error();
        while (q.next()) {
            const auto it = at.find(q.value(0).toLongLong());
            if (it != at.end())
                read[it->second].tags << q.value(1).toString();
        }
    }
    // Back into the order of `ids` (json_each may hand them over in any order).
    rows.reserve(read.size());
    std::vector<bool> taken(read.size(), false); // a duplicate id is written once
    for (qint64 id : ids) {
        const auto it = at.find(id);
        if (it != at.end() && !taken[it->second]) {
            taken[it->second] = true;
            rows.push_back(std::move(read[it->second]));
        }
    }
    return rows;
}

} // namespace rapport
