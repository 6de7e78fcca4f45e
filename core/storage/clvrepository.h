#pragma once

#include "core/domain/permission.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace rapport {

class Database;

// What the customer-lifetime-value models need per customer, as of a day, in weeks, the way the
// literature summarises CDNOW: the first purchase day is the customer's birth; x counts the
// later DAYS with a purchase (several orders on one day are one purchase); t_x is the last
// purchase day minus the first, T the as-of day minus the first, both in days / 7. A purchase is
// a standing order (open or fulfilled) with a total >= 0 (CDNOW has free ones) placed on or
// before the as-of day (UTC); refunds (negative totals or status), cancelled orders and customers
// in the trash are left out. Customers whose first purchase comes later are not in it.
struct PurchaseSummary
{
    QDate asOf;
    QString currency;                // the currency the spend columns count
    std::vector<qint64> customerIds; // ascending
    std::vector<double> x, tx, T;    // repeat purchase days, recency and age in weeks
    // The mean value of the repeat purchase days in `currency` (minor units; a day's orders
    // summed), 0 when the customer has no repeat purchase in that currency.
    std::vector<double> repeatSpend;
    std::vector<qint64> firstDay; // the first purchase, days since 1970-01-01

    std::size_t size() const { return customerIds.size(); }
};

// Which customers: all live ones, or those of one owner and/or kind (customers.kind code).
struct ClvFilter
{
    std::optional<qint64> ownerId;
    std::optional<int> kind;
    CustomerScope scope; // the reader's reach (AccessPolicy::scope(SeeDashboards))

    bool isEmpty() const { return !ownerId && !kind && scope.isEverything(); }
};

// ClvRepository reads the columns of the CLV models in one query each (SQLite's C API: a
// million customers stream without a QVariant per value).
class ClvRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ClvRepository)

public:
    explicit ClvRepository(const Database &db);

    Result<PurchaseSummary> summary(const QDate &asOf,
                                    const QString &currency,
                                    const ClvFilter &filter = {}) const;
    // How the report names a customer.
    struct Label
    {
        QString name;
        QString externalKey; // empty when the customer has none
    };
    // The names and external keys of a few customers (a top list), by id; ids that are not
    // customers are left out.
    Result<QHash<qint64, Label>> labels(const std::vector<qint64> &ids) const;

private:
    const Database &m_db;
};

} // namespace rapport
