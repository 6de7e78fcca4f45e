#pragma once

#include "core/util/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace rapport {

// One purchase read from an order file: who (the customer's key in the file), when, how much.
struct OrderRecord
{
    int line = 0;        // 1-based line in the file, for messages
    QString customerKey; // the customer's key in the source system
    QDate date;
    qint64 amountMinor = 0; // minor units (cents) of `currency`; negative for a refund
    QString currency;       // ISO 4217, upper case; empty: the database's (OrderImport)
    QString product;        // SKU or name; empty when the file has none
    qint64 quantity = 0;    // 0 when the file does not say
};

enum class OrderFileFormat {
    // CDNOW's purchase files: whitespace-separated `customer_id YYYYMMDD number_of_cds
    // dollar_value` (CDNOW_master.txt, an optional header line first), or with the sample id
    // after the customer id (CDNOW_sample.txt: five columns). Amounts are US dollars.
    Cdnow,
    // RFC 4180 CSV with a header naming the columns: customer (or customer_key, customer_id),
    // date (YYYY-MM-DD) and amount (a decimal such as 12.50), optionally product (or sku),
    // quantity and currency (when absent, OrderImport gives the orders the database's currency,
    // AnalyticsRepository::defaultCurrency()), in any order.
    Csv,
};

// Reads every line of an order file, or returns a Validation error whose sentence names the
// first bad line ("Line 12: ..."). Nothing is half-read: a file is accepted whole or not at all.
class OrderFileParser final
{
    Q_DECLARE_TR_FUNCTIONS(OrderFileParser)

public:
    static Result<std::vector<OrderRecord>> parse(QByteArrayView data, OrderFileFormat format);
    // Reads and parses a file; a missing or unreadable file is an Io error.
    static Result<std::vector<OrderRecord>> parseFile(const QString &path, OrderFileFormat format);

    // "12", "12.5", "-3.07" -> minor units with two decimals; false when it is not such a number
    // or does not fit.
    static bool parseAmount(QStringView text, qint64 &minor);

private:
    static Result<std::vector<OrderRecord>> parseCdnow(QByteArrayView data);
    static Result<std::vector<OrderRecord>> parseCsv(QByteArrayView data);
};

} // namespace rapport
