#include "core/storage/customersearchrepository.h"

#include "core/domain/contactpoint.h"
#include "core/domain/enumkeys.h"
#include "core/domain/phonenumber.h"

#include <QSqlQuery>

namespace rapport {

CustomerSearchRepository::CustomerSearchRepository(const Database &db)
    : m_db(db)
    , m_text(db,
             QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search MATCH ? "
                            "LIMIT ?"))
    // CROSS JOIN: the index's matches first, each then looked up in the list's read model.
    , m_textFiltered(db,
                     QStringLiteral("SELECT s.rowid FROM customer_search s"
                                    " CROSS JOIN customer_list a ON a.id = s.rowid"
                                    " WHERE customer_search MATCH ? AND a.live = 1")
                         + CustomerListFilter::sqlCondition(QStringLiteral("a"))
                         + QStringLiteral(" LIMIT ?"))
    // phone_key holds the digits reversed, so "ends with 1234567" is the key range
    // ['7654321', '7654321;'), ';' being the character after '9'.
    , m_phone(db,
              QStringLiteral("SELECT DISTINCT p.customer_id FROM contact_points p "
                             "JOIN customers c ON c.id = p.customer_id "
                             "WHERE p.phone_key >= ? AND p.phone_key < ? "
                             "AND c.deleted_at IS NULL LIMIT ?"))
    , m_phoneFiltered(db,
                      QStringLiteral("SELECT DISTINCT p.customer_id FROM contact_points p "
                                     "CROSS JOIN customer_list a ON a.id = p.customer_id "
                                     "WHERE p.phone_key >= ? AND p.phone_key < ? "
                                     "AND a.live = 1")
                          + CustomerListFilter::sqlCondition(QStringLiteral("a"))
                          + QStringLiteral(" LIMIT ?"))
    , m_customer(db,
                 QStringLiteral("SELECT c.kind, c.name, c.stage, c.sort_name,"
                                " (SELECT group_concat(o.name, ' ') FROM relationships r"
                                "  JOIN customers o ON o.id = r.to_id AND o.deleted_at IS NULL"
                                "  WHERE r.from_id = c.id AND r.kind = 0 AND c.kind = 0)"
                                " FROM customers c WHERE c.id = ? AND c.deleted_at IS NULL"))
    , m_points(db,
               QStringLiteral("SELECT kind, value, city FROM contact_points "
                              "WHERE customer_id = ? AND kind IN (0, 1, 2) "
                              "ORDER BY is_primary DESC, id"))
{}

Result<QList<qint64>> CustomerSearchRepository::matchText(const QString &ftsQuery,
                                                          int limit,
                                                          const CustomerListFilter &filter)
{
    Statement &statement = filter.isEmpty() ? m_text : m_textFiltered;
    QSqlQuery &q = statement.query();
    int slot = 0;
    q.bindValue(slot++, ftsQuery);
    if (!filter.isEmpty()) {
        filter.bind(q, slot);
        slot += CustomerListFilter::Placeholders;
    }
    q.bindValue(slot, limit);
    if (Status s = statement.exec(tr("Searching")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    statement.finish();
    return ids;
}

Result<QList<qint64>> CustomerSearchRepository::matchPhoneSuffix(const QString &digits,
                                                                 int limit,
                                                                 const CustomerListFilter &filter)
{
    const QString key = phoneKey(digits);
    Statement &statement = filter.isEmpty() ? m_phone : m_phoneFiltered;
    QSqlQuery &q = statement.query();
    q.bindValue(0, key);
    q.bindValue(1, QString(key + QLatin1Char(';')));
    int slot = 2;
    if (!filter.isEmpty()) {
        filter.bind(q, slot);
        slot += CustomerListFilter::Placeholders;
    }
    q.bindValue(slot, limit);
    if (Status s = statement.exec(tr("Searching by phone number")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    statement.finish();
    return ids;
}

Result<QList<SearchCandidate>> CustomerSearchRepository::candidates(const QList<qint64> &ids)
{
    QList<SearchCandidate> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        QSqlQuery &c = m_customer.query();
        c.bindValue(0, id);
        if (Status s = m_customer.exec(tr("Reading search results")); !s)
            return s.error();
        if (!c.next())
            continue; // deleted meanwhile
        SearchCandidate hit;
        hit.id = id;
        hit.kind = enumFromInt<CustomerKind>(c.value(0).toInt(), customerKindKeys)
                       .value_or(CustomerKind::Person);
        hit.name = c.value(1).toString();
        hit.stage = enumFromInt<LifecycleStage>(c.value(2).toInt(), lifecycleStageKeys)
                        .value_or(LifecycleStage::Lead);
        hit.sortName = c.value(3).toString();
        hit.organisations = c.value(4).toString();
        m_customer.finish();

        QSqlQuery &p = m_points.query();
        p.bindValue(0, id);
        if (Status s = m_points.exec(tr("Reading search results")); !s)
            return s.error();
        while (p.next()) {
            switch (ContactKind(p.value(0).toInt())) {
            case ContactKind::Phone:
                hit.phones << p.value(1).toString();
                break;
            case ContactKind::Email:
                hit.emails << p.value(1).toString();
                break;
            case ContactKind::Postal:
                if (!p.value(2).isNull())
                    hit.cities << p.value(2).toString();
                break;
            case ContactKind::Web:
                break;
            }
        }
        out << hit;
    }
    return out;
}

} // namespace rapport
