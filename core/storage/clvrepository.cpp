#include "core/storage/clvrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace rapport {
namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;

// One statement on the connection, finalised at scope exit.
struct Query
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    int rc = SQLITE_OK;
    Query(sqlite3 *handle, const char *sql)
        : db(handle)
    {
        rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    }
    ~Query() { sqlite3_finalize(stmt); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Error error(const QString &what) const
    {
        return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(db)), what);
    }
};

} // namespace

ClvRepository::ClvRepository(const Database &db)
    : m_db(db)
{}

Result<PurchaseSummary> ClvRepository::summary(const QDate &asOf,
                                               const QString &currency,
                                               const ClvFilter &filter) const
{
    const QString what = tr("Reading the customers' purchases");
    if (!asOf.isValid())
        return Error(Error::Kind::Validation, tr("The as-of date is not a valid date."));
    // One pass over the orders in table order (a plain scan: reading them in customer order
    // through the index costs 4x as much), then per customer and purchase day in memory.
    const bool filtered = !filter.isEmpty();
    // Unfiltered, the few customers in the trash are left out; filtered, only the customers
    // that pass are let in.
    const QByteArray customers
        = filtered ? "customer_id IN (SELECT id FROM customers WHERE deleted_at IS NULL"
                     " AND (?3 IS NULL OR owner_id = ?3) AND (?4 IS NULL OR kind = ?4)"
                     " AND (?5 IS NULL OR coalesce(owner_id, 0) IN"
                     " (SELECT value FROM json_each(?5))))"
                   : "customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)";
    const QByteArray sql = "SELECT customer_id, ordered_at / 86400, total_minor, currency = ?2"
                           " FROM orders"
                           " WHERE status IN (0, 1) AND total_minor >= 0 AND ordered_at < ?1"
                           " AND "
                           + customers;
    Query q(m_db.handle(), sql.constData());
    if (q.rc != SQLITE_OK)
        return q.error(what);
    const qint64 asOfDay = asOf.toJulianDay() - UnixEpochJulianDay;
    sqlite3_bind_int64(q.stmt, 1, (asOfDay + 1) * SecondsPerDay);
    const QByteArray code = currency.toUtf8();
    sqlite3_bind_text(q.stmt, 2, code.constData(), int(code.size()), SQLITE_STATIC);
    if (filtered) {
        if (filter.ownerId)
            sqlite3_bind_int64(q.stmt, 3, *filter.ownerId);
        if (filter.kind)
            sqlite3_bind_int64(q.stmt, 4, *filter.kind);
        if (!filter.scope.isEverything()) {
            QByteArray owners = "[";
            for (qint64 owner : filter.scope.owners)
                owners += (owners.size() > 1 ? "," : "") + QByteArray::number(owner);
            owners += ']';
            sqlite3_bind_text(q.stmt, 5, owners.constData(), int(owners.size()), SQLITE_TRANSIENT);
        }
    }
    struct Purchase
    {
        qint64 customer;
        qint64 day;
        qint64 amount; // in `currency`, else 0
        bool priced;   // in `currency`
        bool operator<(const Purchase &o) const
        {
            return customer < o.customer || (customer == o.customer && day < o.day);
        }
    };
    std::vector<Purchase> rows;
    bool sorted = true;
    while ((q.rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        const bool priced = sqlite3_column_int(q.stmt, 3) != 0;
        Purchase p{sqlite3_column_int64(q.stmt, 0),
                   sqlite3_column_int64(q.stmt, 1),
                   priced ? sqlite3_column_int64(q.stmt, 2) : 0,
                   priced};
        sorted = sorted && (rows.empty() || !(p < rows.back()));
        rows.push_back(p);
    }
    if (q.rc != SQLITE_DONE)
        return q.error(what);
    if (!sorted)
        std::sort(rows.begin(), rows.end());

    PurchaseSummary s;
    s.asOf = asOf;
    s.currency = currency;
    for (std::size_t i = 0; i < rows.size();) {
        const qint64 customer = rows[i].customer;
        const qint64 first = rows[i].day;
        qint64 last = first, days = 0, repeatSpend = 0, pricedDays = 0;
        while (i < rows.size() && rows[i].customer == customer) {
            const qint64 day = rows[i].day;
            qint64 amount = 0;
            bool priced = false;
            for (; i < rows.size() && rows[i].customer == customer && rows[i].day == day; ++i) {
                amount += rows[i].amount;
                priced = priced || rows[i].priced;
            }
            ++days;
            last = day;
            if (day != first && priced) {
                repeatSpend += amount;
                ++pricedDays;
            }
        }
        s.customerIds.push_back(customer);
        s.x.push_back(double(days - 1));
        s.tx.push_back(double(last - first) / 7.0);
        s.T.push_back(double(asOfDay - first) / 7.0);
        s.repeatSpend.push_back(pricedDays > 0 ? double(repeatSpend) / double(pricedDays) : 0.0);
        s.firstDay.push_back(first);
    }
    return s;
}

Result<QHash<qint64, ClvRepository::Label>> ClvRepository::labels(const std::vector<qint64> &ids) const
{
    const QString what = tr("Reading the customers' names");
    QByteArray list = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            list += ',';
        list += QByteArray::number(ids[i]);
    }
    list += ']';
    Query q(m_db.handle(),
            "SELECT id, name, external_key FROM customers"
            " WHERE id IN (SELECT value FROM json_each(?1))");
    if (q.rc != SQLITE_OK)
        return q.error(what);
    sqlite3_bind_text(q.stmt, 1, list.constData(), int(list.size()), SQLITE_STATIC);
    QHash<qint64, Label> labels;
    const auto text = [&](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, column)),
                                 sqlite3_column_bytes(q.stmt, column));
    };
    while ((q.rc = sqlite3_step(q.stmt)) == SQLITE_ROW)
        labels.insert(sqlite3_column_int64(q.stmt, 0), Label{text(1), text(2)});
    if (q.rc != SQLITE_DONE)
        return q.error(what);
    return labels;
}

} // namespace rapport
