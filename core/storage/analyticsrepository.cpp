#include "core/storage/analyticsrepository.h"

#include "core/storage/columnquery.h"
#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace rapport {
namespace {

// The customers a filter keeps, joined to a per-customer aggregate `v(customer_id, value)`
// after it is grouped: one rowid lookup per customer, not per order. ?4 owner, ?5 kind.
#define RAPPORT_KEPT_CUSTOMERS \
    " JOIN customers c ON c.id = v.customer_id WHERE c.deleted_at IS NULL" \
    " AND (?4 IS NULL OR c.owner_id = ?4)" RAPPORT_IN_SCOPE " AND (?5 IS NULL OR c.kind = ?5)"

// The reader's scope (?20: NULL, or a JSON array of the owners whose customers count), on the
// customers aliased c; the IN list is built once per query.
#define RAPPORT_IN_SCOPE \
    " AND (?20 IS NULL OR coalesce(c.owner_id, 0) IN (SELECT value FROM json_each(?20)))"

// Orders that stand: open (0) and fulfilled (1); cancelled and refunded ones are not revenue.
#define RAPPORT_STANDING_ORDERS \
    " status IN (0, 1) AND currency = ?1 AND ordered_at >= ?2 AND ordered_at < ?3"

void bindFilter(ColumnQuery &q, const AnalyticsFilter &f, const QString &currency)
{
    q.bind(1, currency);
    q.bind(2, f.startSecs());
    q.bind(3, f.endSecs());
    q.bind(4, f.ownerId);
    q.bind(20, f.scopeValue());
    q.bind(5, f.kind ? std::optional<qint64>(int(*f.kind)) : std::nullopt);
}

Result<CustomerValues> readValues(ColumnQuery &q, const QString &what)
{
    CustomerValues out;
    while (q.next()) {
        out.ids.push_back(q.int64(0));
        out.values.push_back(q.int64(1));
    }
    if (Status s = q.finish(what); !s)
        return s.error();
    return out;
}

} // namespace

QDate AnalyticsFilter::effectiveAsOf() const
{
    return asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc().date();
}

QString AnalyticsFilter::scopeValue() const
{
    if (scope.isEverything())
        return {};
    QStringList ids;
    for (qint64 owner : scope.owners)
        ids << QString::number(owner);
    return QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
}

qint64 AnalyticsFilter::startSecs() const
{
    return from.isValid() ? from.startOfDay(Qt::UTC).toSecsSinceEpoch() : 0;
}

qint64 AnalyticsFilter::endSecs() const
{
    return effectiveAsOf().addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch();
}

AnalyticsRepository::AnalyticsRepository(const Database &db)
    : m_db(db)
{}

Result<QString> AnalyticsRepository::defaultCurrency() const
{
    const QString set = SettingsRepository(m_db).value(SettingsRepository::Currency);
    if (set.size() == 3)
        return set.toUpper();
    // The most common among the newest orders (an index read, not a scan of millions): one
    // order in another currency does not move every figure to it.
    ColumnQuery q(m_db,
                  "SELECT currency FROM (SELECT currency FROM orders ORDER BY id DESC LIMIT 1000)"
                  " GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1");
    QString common;
    if (q.next())
        common = q.text(0);
    if (Status s = q.finish(tr("Reading the currency of the orders")); !s)
        return s.error();
    return common.isEmpty() ? QStringLiteral("EUR") : common;
}

Result<QString> AnalyticsRepository::currencyOf(const AnalyticsFilter &filter) const
{
    if (!filter.currency.isEmpty())
        return filter.currency;
    return defaultCurrency();
}

Result<OrderSpan> AnalyticsRepository::orderSpan(const AnalyticsFilter &filter) const
{
    auto currency = currencyOf(filter);
    if (!currency)
        return currency.error();
    ColumnQuery q(m_db,
                  "SELECT min(o.ordered_at), max(o.ordered_at) FROM orders o"
                  " JOIN customers c ON c.id = o.customer_id"
                  " WHERE o.status IN (0, 1) AND o.currency = ?1 AND c.deleted_at IS NULL"
                  " AND (?2 IS NULL OR c.owner_id = ?2)" RAPPORT_IN_SCOPE
                  " AND (?3 IS NULL OR c.kind = ?3)");
    q.bind(1, *currency);
    q.bind(2, filter.ownerId);
    q.bind(20, filter.scopeValue());
    q.bind(3, filter.kind ? std::optional<qint64>(int(*filter.kind)) : std::nullopt);
    OrderSpan span;
    if (q.next() && !q.isNull(0)) {
        span.first = QDateTime::fromSecsSinceEpoch(q.int64(0), Qt::UTC).date();
        span.last = QDateTime::fromSecsSinceEpoch(q.int64(1), Qt::UTC).date();
    }
    if (Status s = q.finish(tr("Reading the dates of the orders")); !s)
        return s.error();
    return span;
}

Result<CustomerValues> AnalyticsRepository::revenuePerCustomer(const AnalyticsFilter &filter) const
{
    auto currency = currencyOf(filter);
    if (!currency)
        return currency.error();
    // orders_customer (customer_id, ordered_at) delivers the rows grouped: no sort.
    ColumnQuery q(m_db,
                  "WITH v(customer_id, value) AS (SELECT customer_id, sum(total_minor)"
                  " FROM orders WHERE" RAPPORT_STANDING_ORDERS " GROUP BY customer_id)"
                  " SELECT v.customer_id, v.value FROM v" RAPPORT_KEPT_CUSTOMERS);
    bindFilter(q, filter, *currency);
    return readValues(q, tr("Reading the revenue per customer"));
}

Result<CustomerValues> AnalyticsRepository::marginPerCustomer(const AnalyticsFilter &filter) const
{
    auto currency = currencyOf(filter);
    if (!currency)
        return currency.error();
    ColumnQuery q(m_db,
                  "WITH v(customer_id, value) AS (SELECT o.customer_id,"
                  " sum(l.quantity * (l.unit_price_minor - p.unit_cost_minor))"
                  " FROM orders o JOIN order_lines l ON l.order_id = o.id"
                  " JOIN products p ON p.id = l.product_id AND p.unit_cost_minor IS NOT NULL"
                  " WHERE o.status IN (0, 1) AND o.currency = ?1 AND o.ordered_at >= ?2"
                  " AND o.ordered_at < ?3 GROUP BY o.customer_id)"
                  " SELECT v.customer_id, v.value FROM v" RAPPORT_KEPT_CUSTOMERS);
    bindFilter(q, filter, *currency);
    return readValues(q, tr("Reading the gross margin per customer"));
}

Result<CustomerValues> AnalyticsRepository::serviceLoadPerCustomer(const AnalyticsFilter &filter) const
{
    auto currency = currencyOf(filter);
    if (!currency)
        return currency.error();
    ColumnQuery q(m_db,
                  "WITH v(customer_id, value) AS (SELECT customer_id, sum(n) FROM ("
                  "  SELECT customer_id, 1 AS n FROM cases WHERE opened_at >= ?2"
                  "  AND opened_at < ?3"
                  "  UNION ALL SELECT customer_id, 0 FROM orders WHERE" RAPPORT_STANDING_ORDERS
                  ") GROUP BY customer_id)"
                  " SELECT v.customer_id, v.value FROM v" RAPPORT_KEPT_CUSTOMERS);
    bindFilter(q, filter, *currency);
    return readValues(q, tr("Reading the cases per customer"));
}

Result<PurchaseSummaries> AnalyticsRepository::purchaseSummaries(const AnalyticsFilter &filter) const
{
    auto currency = currencyOf(filter);
    if (!currency)
        return currency.error();
    ColumnQuery q(m_db,
                  "WITH v(customer_id, last_at, n, value) AS (SELECT customer_id,"
                  " max(CASE WHEN total_minor > 0 THEN ordered_at END), sum(total_minor > 0),"
                  " sum(total_minor) FROM orders WHERE" RAPPORT_STANDING_ORDERS
                  " GROUP BY customer_id HAVING sum(total_minor > 0) > 0)"
                  " SELECT v.customer_id, v.last_at, v.n, v.value FROM v" RAPPORT_KEPT_CUSTOMERS);
    bindFilter(q, filter, *currency);
    PurchaseSummaries out;
    while (q.next()) {
        out.ids.push_back(q.int64(0));
        out.lastPurchaseDay.push_back(julianDay(q.int64(1)));
        out.purchases.push_back(q.int64(2));
        out.value.push_back(q.int64(3));
    }
    if (Status s = q.finish(tr("Reading the purchases per customer")); !s)
        return s.error();
    return out;
}

namespace {

// ?1 from, ?2 end, ?3 owner, ?4 kind; the customers joined row by row in customer order.
Result<CustomerEvents> readEvents(const Database &db,
                                  const char *sql,
                                  const AnalyticsFilter &filter,
                                  const QString &what)
{
    ColumnQuery q(db, sql);
    q.bind(1, filter.startSecs());
    q.bind(2, filter.endSecs());
    q.bind(3, filter.ownerId);
    q.bind(20, filter.scopeValue());
    q.bind(4, filter.kind ? std::optional<qint64>(int(*filter.kind)) : std::nullopt);
    CustomerEvents out;
    while (q.next()) {
        out.customers.push_back(q.int64(0));
        out.times.push_back(q.int64(1));
    }
    if (Status s = q.finish(what); !s)
        return s.error();
    return out;
}

} // namespace

Result<CustomerEvents> AnalyticsRepository::purchases(const AnalyticsFilter &filter) const
{
    return readEvents(
        m_db,
        "SELECT o.customer_id, o.ordered_at FROM customers c"
        " JOIN orders o ON o.customer_id = c.id"
        " WHERE c.deleted_at IS NULL AND (?3 IS NULL OR c.owner_id = ?3) " RAPPORT_IN_SCOPE
        " AND (?4 IS NULL OR c.kind = ?4) AND o.status IN (0, 1)"
        " AND o.total_minor > 0 AND o.ordered_at >= ?1 AND o.ordered_at < ?2"
        " ORDER BY o.customer_id, o.ordered_at",
        filter,
        tr("Reading the purchases"));
}

Result<CustomerEvents> AnalyticsRepository::interactions(const AnalyticsFilter &filter) const
{
    // interactions_customer (customer_id, occurred_at) covers the pull.
    return readEvents(
        m_db,
        "SELECT i.customer_id, i.occurred_at FROM customers c"
        " JOIN interactions i ON i.customer_id = c.id"
        " WHERE c.deleted_at IS NULL AND (?3 IS NULL OR c.owner_id = ?3) " RAPPORT_IN_SCOPE
        " AND (?4 IS NULL OR c.kind = ?4)"
        " AND i.occurred_at >= ?1 AND i.occurred_at < ?2"
        " ORDER BY i.customer_id, i.occurred_at",
        filter,
        tr("Reading the interactions"));
}

Result<InteractionCounts> AnalyticsRepository::interactionCounts(const AnalyticsFilter &filter) const
{
    // Weeks from Monday 1969-12-29: (days + 3) / 7, as analytics::weekOfUnixSeconds().
    // CROSS JOIN keeps interactions the outer loop (one pass over the table, a rowid lookup per
    // interaction in the period), the plan the sqlite3 shell picks when it sees literal dates;
    // there is no index on occurred_at alone. The rows are counted here, not by a GROUP BY:
    // SQLite groups by sorting every row of the period (1.5M at a million customers), which cost
    // more than the scan itself; a hash of the few thousand (agent, channel, week) groups does not.
    ColumnQuery q(m_db,
                  "SELECT coalesce(i.agent_id, 0), i.channel, (i.occurred_at / 86400 + 3) / 7"
                  " FROM interactions i CROSS JOIN customers c ON c.id = i.customer_id"
                  " WHERE i.occurred_at >= ?1 AND i.occurred_at < ?2 AND c.deleted_at IS NULL"
                  " AND (?3 IS NULL OR c.owner_id = ?3)" RAPPORT_IN_SCOPE
                  " AND (?4 IS NULL OR c.kind = ?4)");
    q.bind(1, filter.startSecs());
    q.bind(2, filter.endSecs());
    q.bind(3, filter.ownerId);
    q.bind(20, filter.scopeValue());
    q.bind(4, filter.kind ? std::optional<qint64>(int(*filter.kind)) : std::nullopt);
    using Group = std::tuple<qint64, qint64, qint64>; // agent, channel, week
    struct GroupHash
    {
        std::size_t operator()(const Group &g) const noexcept
        {
            const auto [agent, channel, week] = g;
            return std::hash<qint64>()((agent * 8 + channel) * 1000003 + week);
        }
    };
    std::unordered_map<Group, qint64, GroupHash> groups;
    while (q.next())
        ++groups[Group{q.int64(0), q.int64(1), q.int64(2)}];
    if (Status s = q.finish(tr("Counting the interactions per agent and week")); !s)
        return s.error();
    // In the order GROUP BY agent, channel, week gave.
    std::vector<std::pair<Group, qint64>> sorted(groups.cbegin(), groups.cend());
    std::sort(sorted.begin(), sorted.end());
    InteractionCounts out;
    out.agents.reserve(sorted.size());
    out.channels.reserve(sorted.size());
    out.weeks.reserve(sorted.size());
    out.counts.reserve(sorted.size());
    for (const auto &[group, count] : sorted) {
        out.agents.push_back(std::get<0>(group));
        out.channels.push_back(std::get<1>(group));
        out.weeks.push_back(std::get<2>(group));
        out.counts.push_back(count);
    }
    return out;
}

Result<CaseTimes> AnalyticsRepository::caseTimes(const AnalyticsFilter &filter) const
{
    ColumnQuery q(m_db,
                  "SELECT k.opened_at, coalesce(k.resolved_at, 0) FROM cases k"
                  " CROSS JOIN customers c ON c.id = k.customer_id"
                  " WHERE ((k.opened_at >= ?1 AND k.opened_at < ?2)"
                  " OR (k.resolved_at >= ?1 AND k.resolved_at < ?2)) AND c.deleted_at IS NULL"
                  " AND (?3 IS NULL OR c.owner_id = ?3)" RAPPORT_IN_SCOPE
                  " AND (?4 IS NULL OR c.kind = ?4)");
    q.bind(1, filter.startSecs());
    q.bind(2, filter.endSecs());
    q.bind(3, filter.ownerId);
    q.bind(20, filter.scopeValue());
    q.bind(4, filter.kind ? std::optional<qint64>(int(*filter.kind)) : std::nullopt);
    CaseTimes out;
    while (q.next()) {
        out.opened.push_back(q.int64(0));
        out.resolved.push_back(q.int64(1));
    }
    if (Status s = q.finish(tr("Reading the cases")); !s)
        return s.error();
    return out;
}

Result<SatisfactionColumns> AnalyticsRepository::satisfaction(const AnalyticsFilter &filter,
                                                              SurveyWindow window) const
{
    auto currency = currencyOf(filter);
    if (!currency)
        return currency.error();
    // surveys_customer (customer_id, answered_at) delivers the answers grouped. The latest
    // answer is the largest answered_at * 2^31 + id (the later row wins a tie; ids below 2^31 and
    // times before 2106 fit in 63 bits), its score read back through the id. The revenue is one
    // orders_customer range per scored customer.
    ColumnQuery q(m_db,
                  "WITH w(customer_id, latest) AS (SELECT customer_id,"
                  " max(answered_at * 2147483648 + id) FROM surveys"
                  " WHERE answered_at >= ?6 AND answered_at < ?3 GROUP BY customer_id),"
                  " v(customer_id, survey_id) AS (SELECT customer_id, latest % 2147483648 FROM w)"
                  " SELECT v.customer_id,"
                  " coalesce((SELECT sum(total_minor) FROM orders WHERE customer_id = v.customer_id"
                  " AND" RAPPORT_STANDING_ORDERS "), 0), s.score, s.answered_at"
                  " FROM v JOIN surveys s ON s.id = v.survey_id" RAPPORT_KEPT_CUSTOMERS
                  " ORDER BY v.customer_id");
    bindFilter(q, filter, *currency);
    q.bind(6, window == SurveyWindow::Period ? filter.startSecs() : qint64(0));
    SatisfactionColumns out;
    while (q.next()) {
        out.ids.push_back(q.int64(0));
        out.values.push_back(q.int64(1));
        out.scores.push_back(q.int64(2));
        out.answeredAt.push_back(q.int64(3));
    }
    if (Status s = q.finish(tr("Reading the survey answers and the revenue")); !s)
        return s.error();
    return out;
}

Result<LostCandidates> AnalyticsRepository::lostCandidates(const AnalyticsFilter &filter,
                                                           int lostAfterDays) const
{
    // Lost on day last + lostAfterDays + 1, which must fall in [from, asOf].
    const qint64 lastPurchaseFrom
        = filter.from.isValid()
              ? filter.from.addDays(-lostAfterDays - 1).startOfDay(Qt::UTC).toSecsSinceEpoch()
              : std::numeric_limits<qint64>::min();
    const qint64 lastPurchaseBefore
        = filter.effectiveAsOf().addDays(-lostAfterDays).startOfDay(Qt::UTC).toSecsSinceEpoch();
    auto currency = currencyOf(filter);
    if (!currency)
        return currency.error();
    // Each subquery is one index range: orders_customer and interactions_customer, newest first.
    // Purchases are counted in one currency, as the dashboard's columns hold them.
    ColumnQuery q(m_db,
                  "SELECT id, name, stage, last_at,"
                  " (SELECT i.occurred_at FROM interactions i WHERE i.customer_id = x.id"
                  "  AND i.occurred_at < ?1 ORDER BY i.occurred_at DESC LIMIT 1),"
                  " (SELECT i.outcome FROM interactions i WHERE i.customer_id = x.id"
                  "  AND i.occurred_at < ?1 ORDER BY i.occurred_at DESC LIMIT 1)"
                  " FROM (SELECT c.id, c.name, c.stage,"
                  "  (SELECT max(o.ordered_at) FROM orders o WHERE o.customer_id = c.id"
                  "   AND o.status IN (0, 1) AND o.total_minor > 0 AND o.currency = ?5"
                  "   AND o.ordered_at < ?1) AS last_at"
                  "  FROM customers c WHERE c.deleted_at IS NULL"
                  "  AND (?3 IS NULL OR c.owner_id = ?3)" RAPPORT_IN_SCOPE
                  " AND (?4 IS NULL OR c.kind = ?4)) x"
                  " WHERE x.last_at >= ?2 AND x.last_at < ?6");
    q.bind(1, filter.endSecs());
    q.bind(2, lastPurchaseFrom);
    q.bind(3, filter.ownerId);
    q.bind(20, filter.scopeValue());
    q.bind(4, filter.kind ? std::optional<qint64>(int(*filter.kind)) : std::nullopt);
    q.bind(5, *currency);
    q.bind(6, lastPurchaseBefore);
    LostCandidates out;
    while (q.next()) {
        out.ids.push_back(q.int64(0));
        out.names.push_back(q.text(1));
        out.stages.push_back(q.int64(2));
        out.lastPurchaseDay.push_back(q.isNull(3) ? 0 : julianDay(q.int64(3)));
        out.lastContactAt.push_back(q.isNull(4) ? 0 : q.int64(4));
        out.lastOutcome.push_back(q.isNull(5) ? -1 : q.int64(5));
    }
    if (Status s = q.finish(tr("Reading the lost customers")); !s)
        return s.error();
    return out;
}

qint64 AnalyticsRepository::julianDay(qint64 unixSeconds)
{
    constexpr qint64 Day = 86400;
    constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01
    const qint64 days = unixSeconds >= 0 ? unixSeconds / Day : -((-unixSeconds + Day - 1) / Day);
    return days + UnixEpochJulianDay;
}

} // namespace rapport
