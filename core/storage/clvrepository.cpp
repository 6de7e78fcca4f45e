#include "core/storage/clvrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <sqlite3.h>

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
    // Per customer and purchase day: the day's spend in the currency and whether it had any;
    // then per customer: the days, the first and last day, and the spend after the first day.
    const bool filtered = filter.ownerId || filter.kind;
    // Unfiltered, the few customers in the trash are left out; filtered, only the customers
    // that pass are let in.
    const QByteArray customers
        = filtered ? "customer_id IN (SELECT id FROM customers WHERE deleted_at IS NULL"
                     " AND (?3 IS NULL OR owner_id = ?3) AND (?4 IS NULL OR kind = ?4))"
                   : "customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)";
    const QByteArray sql
        = "SELECT customer_id, count(*) - 1, min(day), max(day),"
          "       total(CASE WHEN NOT first THEN amount END),"
          "       total(CASE WHEN NOT first AND priced THEN 1 END)"
          " FROM (SELECT customer_id, ordered_at / 86400 AS day,"
          "              total(CASE WHEN currency = ?2 THEN total_minor END) AS amount,"
          "              max(currency = ?2) AS priced,"
          "              row_number() OVER (PARTITION BY customer_id"
          "                                 ORDER BY ordered_at / 86400) = 1 AS first"
          "       FROM orders"
          "       WHERE status IN (0, 1) AND total_minor >= 0 AND ordered_at < ?1 AND "
          + customers
          + "       GROUP BY customer_id, day)"
            " GROUP BY customer_id ORDER BY customer_id";
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
    }
    PurchaseSummary s;
    s.asOf = asOf;
    s.currency = currency;
    while ((q.rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        const qint64 first = sqlite3_column_int64(q.stmt, 2);
        const qint64 last = sqlite3_column_int64(q.stmt, 3);
        const double priced = sqlite3_column_double(q.stmt, 5);
        s.customerIds.push_back(sqlite3_column_int64(q.stmt, 0));
        s.x.push_back(double(sqlite3_column_int64(q.stmt, 1)));
        s.tx.push_back(double(last - first) / 7.0);
        s.T.push_back(double(asOfDay - first) / 7.0);
        s.repeatSpend.push_back(priced > 0 ? sqlite3_column_double(q.stmt, 4) / priced : 0.0);
        s.firstDay.push_back(first);
    }
    if (q.rc != SQLITE_DONE)
        return q.error(what);
    return s;
}

Result<QString> ClvRepository::mainCurrency() const
{
    Query q(m_db.handle(),
            "SELECT currency FROM orders GROUP BY currency ORDER BY count(*) DESC, currency"
            " LIMIT 1");
    if (q.rc != SQLITE_OK)
        return q.error(tr("Reading the currencies"));
    q.rc = sqlite3_step(q.stmt);
    if (q.rc == SQLITE_DONE)
        return QString();
    if (q.rc != SQLITE_ROW)
        return q.error(tr("Reading the currencies"));
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 0)));
}

} // namespace rapport
