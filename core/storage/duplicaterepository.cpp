#include "core/storage/duplicaterepository.h"

#include "core/storage/columnquery.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

namespace rapport {

namespace {

// Phone numbers match on their last nine digits (phone_key holds the digits reversed): the same
// number written with and without its country code, or left unnormalised, still meets.
constexpr qsizetype PhoneDigits = 9;

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

} // namespace

DuplicateRepository::DuplicateRepository(const Database &db)
    : m_db(db)
    , m_customer(db,
                 QStringLiteral("SELECT c.kind, c.name, l.org_name, l.city FROM customers c "
                                "LEFT JOIN customer_list l ON l.id = c.id WHERE c.id = ?"))
    , m_points(db,
               QStringLiteral("SELECT kind, value FROM contact_points "
                              "WHERE customer_id = ? AND kind IN (0, 1) "
                              "ORDER BY kind, is_primary DESC, id"))
    , m_dismissed(db, QStringLiteral("SELECT low_id, high_id FROM duplicate_dismissals"))
    , m_dismiss(db,
                QStringLiteral("INSERT OR REPLACE INTO duplicate_dismissals "
                               "(low_id, high_id, dismissed_at, user_id) VALUES (?, ?, ?, ?)"))
    , m_undismiss(db,
                  QStringLiteral(
                      "DELETE FROM duplicate_dismissals WHERE low_id = ? AND high_id = ?"))
{}

Status DuplicateRepository::scanCustomers(const std::function<void(const DuplicateScanRow &)> &row)
{
    ColumnQuery
        q(m_db,
          "SELECT c.id, c.kind, c.sort_name, c.last_name, l.org_key, l.city_key, c.owner_id "
          "FROM customers c LEFT JOIN customer_list l ON l.id = c.id "
          "WHERE c.deleted_at IS NULL ORDER BY c.id");
    DuplicateScanRow r;
    while (q.next()) {
        r.id = q.int64(0);
        r.kind = int(q.int64(1));
        r.nameKey = q.text(2);
        r.lastWords = r.kind == 0 ? wordCount(q.text(3)) : 0;
        r.orgKey = q.text(4);
        r.cityKey = q.text(5);
        r.ownerId = q.isNull(6) ? std::nullopt : std::optional<qint64>(q.int64(6));
        row(r);
    }
    return q.finish(tr("Reading the customers to compare"));
}

Status DuplicateRepository::scanContacts(
    const std::function<void(qint64 customerId, int kind, const QString &key)> &row)
{
    ColumnQuery q(m_db,
                  "SELECT customer_id, kind, value, phone_key FROM contact_points "
                  "WHERE kind IN (0, 1)");
    while (q.next()) {
        const int kind = int(q.int64(1));
        QString key;
        if (kind == 0) {
            key = q.text(3);
            key = key.size() >= 7 ? key.left(PhoneDigits) : q.text(2);
        } else {
            key = q.text(2).toLower();
        }
        if (!key.isEmpty())
            row(q.int64(0), kind, key);
    }
    return q.finish(tr("Reading the customers' phone numbers and e-mail addresses"));
}

Result<DuplicateFacts> DuplicateRepository::facts(qint64 id)
{
    DuplicateFacts f;
    f.id = id;
    {
        repository::FinishGuard guard(m_customer);
        QSqlQuery &q = m_customer.query();
        q.bindValue(0, id);
        if (Status s = m_customer.exec(tr("Reading a customer")); !s)
            return s.error();
        if (!q.next())
            return Error(Error::Kind::NotFound, tr("Customer %1 does not exist.").arg(id));
        f.kind = q.value(0).toInt();
        f.name = q.value(1).toString();
        f.organisation = q.value(2).toString();
        f.city = q.value(3).toString();
    }
    repository::FinishGuard guard(m_points);
    QSqlQuery &q = m_points.query();
    q.bindValue(0, id);
    if (Status s = m_points.exec(tr("Reading a customer's contact details")); !s)
        return s.error();
    while (q.next())
        (q.value(0).toInt() == 0 ? f.phones : f.emails) << q.value(1).toString();
    return f;
}

Result<QList<std::pair<qint64, qint64>>> DuplicateRepository::dismissed()
{
    repository::FinishGuard guard(m_dismissed);
    QSqlQuery &q = m_dismissed.query();
    if (Status s = m_dismissed.exec(tr("Reading the pairs that are not duplicates")); !s)
        return s.error();
    QList<std::pair<qint64, qint64>> pairs;
    while (q.next())
        pairs.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return pairs;
}

Status DuplicateRepository::dismiss(qint64 a,
                                    qint64 b,
                                    const QDateTime &at,
                                    std::optional<qint64> userId)
{
    QSqlQuery &q = m_dismiss.query();
    q.bindValue(0, std::min(a, b));
    q.bindValue(1, std::max(a, b));
    q.bindValue(2, sql::fromDateTime(repository::stored(at)));
    q.bindValue(3, sql::fromId(userId));
    return m_dismiss.exec(tr("Remembering that two customers are not duplicates"));
}

Status DuplicateRepository::undismiss(qint64 a, qint64 b)
{
    QSqlQuery &q = m_undismiss.query();
    q.bindValue(0, std::min(a, b));
    q.bindValue(1, std::max(a, b));
    return m_undismiss.exec(tr("Forgetting that two customers are not duplicates"));
}

} // namespace rapport
