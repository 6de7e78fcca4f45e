#pragma once

#include "core/domain/customer.h"
#include "core/domain/permission.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace rapport {

class Database;

// What the analytics look at: a period of days (UTC) and optionally the customers of one owner
// or one kind. Customers in the trash are always left out. Money is counted in one currency
// (orders in other currencies are left out, never converted).
struct AnalyticsFilter
{
    QDate asOf; // the last day counted; null: today (UTC)
    QDate from; // the first day counted; null: all history
    std::optional<qint64> ownerId;
    std::optional<CustomerKind> kind;
    QString currency; // empty: AnalyticsRepository::defaultCurrency()
    // Whose customers count: the reader's reach (AccessPolicy::scope(SeeDashboards)).
    CustomerScope scope;
    // The scope as one bound value: NULL for every customer, else a JSON array of owner ids.
    QString scopeValue() const;

    QDate effectiveAsOf() const;
    // Unix seconds: the first second counted (0 without `from`), the first one after asOf.
    qint64 startSecs() const;
    qint64 endSecs() const;
};

// One value per customer, as parallel columns.
struct CustomerValues
{
    std::vector<qint64> ids;
    std::vector<qint64> values;
};

// What RFM needs per customer who bought: the day of the last purchase (Julian day number, UTC),
// the number of purchases and their net value.
struct PurchaseSummaries
{
    std::vector<qint64> ids;
    std::vector<qint64> lastPurchaseDay;
    std::vector<qint64> purchases;
    std::vector<qint64> value;
};

// The days (UTC) of the first and the last standing order: where the data lies, to say so when
// a period holds none.
struct OrderSpan
{
    QDate first, last; // null when there is no order at all
    bool isEmpty() const { return !first.isValid(); }
};

// Events as parallel columns: who and when (Unix seconds), sorted by customer, then time.
struct CustomerEvents
{
    std::vector<qint64> customers;
    std::vector<qint64> times;
};

// Interactions counted per (agent, channel, week) by SQL, and the cases' open and resolve times.
struct InteractionCounts
{
    std::vector<qint64> agents; // 0: no agent recorded
    std::vector<qint64> channels;
    std::vector<qint64> weeks; // see analytics::weekOfUnixSeconds()
    std::vector<qint64> counts;
};
struct CaseTimes
{
    std::vector<qint64> opened;
    std::vector<qint64> resolved; // 0: not resolved
};

// Candidates for the lost-customer list (analytics/lostcustomers.h): customers whose last
// purchase up to asOf lies in a range of days.
struct LostCandidates
{
    std::vector<qint64> ids;
    std::vector<QString> names;
    std::vector<qint64> stages;
    std::vector<qint64> lastPurchaseDay; // Julian day; 0: never bought
    std::vector<qint64> lastContactAt;   // Unix seconds; 0: no interaction
    std::vector<qint64> lastOutcome;     // -1: no interaction
};

// The customers who answered a survey: the latest answer's score (0..10) and time (Unix
// seconds), and the net revenue in the period (0 for a customer who bought nothing in it).
struct SatisfactionColumns
{
    std::vector<qint64> ids;
    std::vector<qint64> values;
    std::vector<qint64> scores;
    std::vector<qint64> answeredAt;
};

// Which survey answers count: those in the filter's period, or the latest up to asOf however
// old it is.
enum class SurveyWindow { Period, UpToAsOf };

// AnalyticsRepository pulls the columns the functions in core/analytics need, each loader in ONE
// query that selects only what it needs and lets SQLite do the obvious GROUP BY (per-customer
// sums). Revenue counts the orders that stand (open and fulfilled; cancelled and refunded orders
// do not), net of negative amounts (credit notes). It reads only and belongs to the thread of its
// Database.
class AnalyticsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsRepository)

public:
    explicit AnalyticsRepository(const Database &db);

    // The currency money is counted in: the `currency` setting, else the most common among the
    // newest 1,000 orders (ties: alphabetical), else "EUR". Dashboards, reports and `report clv`
    // count in it; an import without a currency column gives its orders this one.
    Result<QString> defaultCurrency() const;

    // The first and last day with a standing order in the filter's currency, of the customers
    // the filter keeps, whatever its period (a scan of the orders: call it when a period turned
    // out empty, not on every report).
    Result<OrderSpan> orderSpan(const AnalyticsFilter &filter) const;

    // Net revenue per customer over the period: customers with at least one standing order.
    Result<CustomerValues> revenuePerCustomer(const AnalyticsFilter &filter) const;
    // Gross margin per customer: quantity * (line price - product cost) over the lines of
    // standing orders whose product has a known cost; customers with no such line are left out.
    Result<CustomerValues> marginPerCustomer(const AnalyticsFilter &filter) const;
    // Service load: cases (complaints and service requests) opened in the period per customer,
    // over the customers who bought or opened a case in the period (0 for a buyer without cases).
    Result<CustomerValues> serviceLoadPerCustomer(const AnalyticsFilter &filter) const;

    // Per customer with at least one purchase (a standing order with a positive total) in the
    // period: last purchase day, number of purchases, net value (credit notes included).
    Result<PurchaseSummaries> purchaseSummaries(const AnalyticsFilter &filter) const;

    // Purchases (standing orders with a positive total, in any currency) up to asOf, from the
    // `from` day if set, of the customers the filter keeps.
    Result<CustomerEvents> purchases(const AnalyticsFilter &filter) const;
    // Interactions (any channel, either direction) in the same period.
    Result<CustomerEvents> interactions(const AnalyticsFilter &filter) const;

    // Interactions in the period per agent, channel and Monday-based UTC week.
    Result<InteractionCounts> interactionCounts(const AnalyticsFilter &filter) const;
    // Cases opened or resolved in the period.
    Result<CaseTimes> caseTimes(const AnalyticsFilter &filter) const;

    // Per customer the filter keeps who answered a survey in `window`: the latest answer (the
    // newest answered_at; of two in the same second the later row) and the net revenue in the
    // period, for the satisfaction/value quadrant.
    Result<SatisfactionColumns> satisfaction(const AnalyticsFilter &filter,
                                             SurveyWindow window = SurveyWindow::Period) const;

    // The customers who may have become lost (analytics/lostcustomers.h) in the filter's period
    // (all history without `from`): those whose last purchase (a standing order with a positive
    // total in the filter's currency) up to asOf lies between `lostAfterDays` + 1 days before
    // the period and as many before its end, with their stage and their last interaction up to
    // asOf and its outcome. analytics::lostCustomers() then decides by the day.
    Result<LostCandidates> lostCandidates(const AnalyticsFilter &filter, int lostAfterDays) const;

    // Unix seconds to the day (UTC) as a Julian day number, as QDate counts.
    static qint64 julianDay(qint64 unixSeconds);

private:
    Result<QString> currencyOf(const AnalyticsFilter &filter) const;
    const Database &m_db;
};

} // namespace rapport
