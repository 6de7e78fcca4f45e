#include "core/storage/customersearchrepository.h"

#include "core/domain/enumkeys.h"
#include "core/domain/phonenumber.h"

#include <QHash>
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
    // A candidate's facts come from two rows: its row in the list's read model (name, kind,
    // stage, the primary phone, e-mail and city) and its row in the search index's own content
    // (every e-mail, phone and city, a person's organisations). Two page reads per candidate,
    // where the tables they are made from would take five or more.
    , m_customer(db,
                 QStringLiteral("SELECT l.kind, l.name, l.stage, l.name_key, l.phone, l.email,"
                                " l.city, s.organisation, s.email, s.phone, s.city"
                                " FROM customer_list l JOIN customer_search s ON s.rowid = l.id"
                                " WHERE l.id = ? AND l.live = 1"))
    // The same for every candidate of a keystroke in one statement: the ids go in as one JSON
    // array, and SQLite reads the rows in id order, so neighbouring candidates share pages and
    // the statement is run once instead of up to CandidateLimit times.
    , m_customers(db,
                  QStringLiteral("SELECT l.id, l.kind, l.name, l.stage, l.name_key, l.phone,"
                                 " l.email, l.city, s.organisation, s.email, s.phone, s.city"
                                 " FROM customer_list l JOIN customer_search s ON s.rowid = l.id"
                                 " WHERE l.id IN (SELECT value FROM json_each(?)) AND l.live = 1"))
    // The expressions match those of the index customer_name_terms_shape, which covers the query.
    , m_nameTerms(db,
                  QStringLiteral("SELECT term, customers FROM customer_name_terms"
                                 " WHERE substr(term, 1, 1) = ? AND length(term) BETWEEN ? AND ?"))
    , m_selection(db)
{}

Result<QList<qint64>> CustomerSearchRepository::matchText(const QString &ftsQuery,
                                                          int limit,
                                                          const CustomerListFilter &filter)
{
    if (Status s = m_selection.hold(filter.selection.get()); !s)
        return s.error();
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
    if (Status s = m_selection.hold(filter.selection.get()); !s)
        return s.error();
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

Result<QList<NameTerm>> CustomerSearchRepository::nameTerms(const QString &first,
                                                            int minLength,
                                                            int maxLength)
{
    QSqlQuery &q = m_nameTerms.query();
    q.bindValue(0, first);
    q.bindValue(1, minLength);
    q.bindValue(2, maxLength);
    if (Status s = m_nameTerms.exec(tr("Looking for close matches")); !s)
        return s.error();
    QList<NameTerm> terms;
    while (q.next())
        terms.append({q.value(0).toString(), q.value(1).toLongLong()});
    m_nameTerms.finish();
    return terms;
}

namespace {

// `primary` first, then the other values of a space-separated list.
QStringList primaryFirst(const QString &primary, const QString &all, const QString &prefix = {})
{
    QStringList out;
    if (!primary.isEmpty())
        out << primary;
    for (const QString &value : all.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString full = prefix + value;
        if (full != primary)
            out << full;
    }
    return out;
}

SearchCandidate candidateFrom(qint64 id, const QSqlQuery &c, int first)
{
    SearchCandidate hit;
    hit.id = id;
    hit.kind = enumFromInt<CustomerKind>(c.value(first).toInt(), customerKindKeys)
                   .value_or(CustomerKind::Person);
    hit.name = c.value(first + 1).toString();
    hit.stage = enumFromInt<LifecycleStage>(c.value(first + 2).toInt(), lifecycleStageKeys)
                    .value_or(LifecycleStage::Lead);
    hit.sortName = c.value(first + 3).toString();
    // The index holds phones as E.164 digits without the plus.
    hit.phones = primaryFirst(c.value(first + 4).toString(),
                              c.value(first + 9).toString(),
                              QStringLiteral("+"));
    hit.emails = primaryFirst(c.value(first + 5).toString(), c.value(first + 8).toString());
    const QString city = c.value(first + 6).toString();
    if (!city.isEmpty())
        hit.cities << city;
    hit.cityText = c.value(first + 10).toString();
    if (hit.kind == CustomerKind::Person)
        hit.organisations = c.value(first + 7).toString();
    return hit;
}

} // namespace

Result<QList<SearchCandidate>> CustomerSearchRepository::candidates(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<SearchCandidate>();
    QByteArray json;
    json.reserve(ids.size() * 8 + 2);
    json.append('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json.append(',');
        json.append(QByteArray::number(ids.at(i)));
    }
    json.append(']');
    QSqlQuery &c = m_customers.query();
    c.bindValue(0, QString::fromLatin1(json));
    if (Status s = m_customers.exec(tr("Reading search results")); !s)
        return s.error();
    QHash<qint64, SearchCandidate> byId;
    byId.reserve(ids.size());
    while (c.next()) {
        const qint64 id = c.value(0).toLongLong();
        byId.insert(id, candidateFrom(id, c, 1));
    }
    m_customers.finish();
    // In the order asked for; a customer deleted meanwhile is left out.
    QList<SearchCandidate> out;
    out.reserve(byId.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            out << *it;
    }
    return out;
}

Result<QList<SearchCandidate>> CustomerSearchRepository::candidatesOneByOne(const QList<qint64> &ids)
{
    QList<SearchCandidate> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        QSqlQuery &c = m_customer.query();
        c.bindValue(0, id);
        if (Status s = m_customer.exec(tr("Reading search results")); !s)
            return s.error();
        if (!c.next()) {
            m_customer.finish();
            continue; // deleted meanwhile
        }
        out << candidateFrom(id, c, 0);
        m_customer.finish();
    }
    return out;
}

} // namespace rapport
