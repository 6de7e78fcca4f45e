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
    // phone_key holds the digits reversed, so "ends with 1234567" is the key range
    // ['7654321', '7654321;'), ';' being the character after '9'.
    , m_phone(db,
              QStringLiteral("SELECT DISTINCT p.customer_id FROM contact_points p "
                             "JOIN customers c ON c.id = p.customer_id "
                             "WHERE p.phone_key >= ? AND p.phone_key < ? "
                             "AND c.deleted_at IS NULL LIMIT ?"))
    , m_customer(db,
                 QStringLiteral("SELECT kind, name, stage, sort_name FROM customers "
                                "WHERE id = ? AND deleted_at IS NULL"))
    , m_points(db,
               QStringLiteral("SELECT kind, value, city FROM contact_points "
                              "WHERE customer_id = ? AND kind IN (0, 1, 2) "
                              "ORDER BY is_primary DESC, id"))
{}

Result<QList<qint64>> CustomerSearchRepository::matchText(const QString &ftsQuery, int limit)
{
    QSqlQuery &q = m_text.query();
    q.bindValue(0, ftsQuery);
    q.bindValue(1, limit);
    if (Status s = m_text.exec(tr("Searching")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<qint64>> CustomerSearchRepository::matchPhoneSuffix(const QString &digits, int limit)
{
    const QString key = phoneKey(digits);
    QSqlQuery &q = m_phone.query();
    q.bindValue(0, key);
    q.bindValue(1, QString(key + QLatin1Char(';')));
    q.bindValue(2, limit);
    if (Status s = m_phone.exec(tr("Searching by phone number")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
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
