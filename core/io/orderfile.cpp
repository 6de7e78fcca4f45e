#include "core/io/orderfile.h"

#include <QFile>
#include <QHash>

namespace rapport {
namespace {

Error lineError(int line, const QString &what)
{
    return Error(Error::Kind::Validation,
                 QCoreApplication::translate("OrderFileParser", "Line %1: %2").arg(line).arg(what),
                 QStringLiteral("line"));
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// One CSV record: its fields and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Splits RFC 4180 text into records (quoted fields may hold commas, quotes and line breaks).
// Returns the line of an unterminated quote in `badLine`.
std::vector<CsvRecord> splitCsv(const QString &text, int &badLine)
{
    std::vector<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false, fieldStarted = false;
    const auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records.push_back(std::move(record));
        record = CsvRecord{};
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == u',') {
            record.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c != u'\r') {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        badLine = record.line;
        return {};
    }
    if (fieldStarted || !record.fields.isEmpty() || !field.isEmpty())
        endRecord();
    badLine = 0;
    return records;
}

} // namespace

bool OrderFileParser::parseAmount(QStringView text, qint64 &minor)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView cents = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (!allDigits(whole) || whole.size() > 15 || (dot >= 0 && !allDigits(cents))
        || cents.size() > 2)
        return false;
    qint64 value = whole.toLongLong() * 100;
    if (!cents.isEmpty())
        value += cents.toLongLong() * (cents.size() == 1 ? 10 : 1);
    minor = negative ? -value : value;
    return true;
}

Result<std::vector<OrderRecord>> OrderFileParser::parseFile(const QString &path,
                                                            OrderFileFormat format)
{
    QFile file(path);
    if (!file.exists())
        return Error(Error::Kind::Io, tr("There is no file %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    return parse(data, format);
}

Result<std::vector<OrderRecord>> OrderFileParser::parse(QByteArrayView data, OrderFileFormat format)
{
    auto records = format == OrderFileFormat::Cdnow ? parseCdnow(data) : parseCsv(data);
    if (records && records->empty())
        return Error(Error::Kind::Validation, tr("The file holds no orders."));
    return records;
}

Result<std::vector<OrderRecord>> OrderFileParser::parseCdnow(QByteArrayView data)
{
    std::vector<OrderRecord> records;
    const QString text = QString::fromUtf8(data);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        const QStringList cols = lines.at(i).simplified().split(u' ', Qt::SkipEmptyParts);
        if (cols.isEmpty())
            continue;
        if (line == 1 && !allDigits(cols.first()))
            continue; // the header of CDNOW_master.txt
        if (cols.size() != 4 && cols.size() != 5)
            return lineError(line,
                             tr("expected 4 columns (customer, YYYYMMDD, number of CDs, dollars) "
                                "or 5 (with the sample id), found %1.")
                                 .arg(cols.size()));
        const qsizetype shift = cols.size() - 4; // the sample id comes after the customer id
        OrderRecord r;
        r.line = line;
        r.customerKey = cols.at(0);
        if (!allDigits(r.customerKey))
            return lineError(line, tr("the customer id \"%1\" is not a number.").arg(cols.at(0)));
        const QString &date = cols.at(1 + shift);
        r.date = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
        if (date.size() != 8 || !allDigits(date) || !r.date.isValid())
            return lineError(line, tr("\"%1\" is not a date written YYYYMMDD.").arg(date));
        const QString &cds = cols.at(2 + shift);
        if (!allDigits(cds) || cds.size() > 9)
            return lineError(line, tr("the number of CDs \"%1\" is not a whole number.").arg(cds));
        r.quantity = cds.toLongLong();
        const QString &dollars = cols.at(3 + shift);
        if (!parseAmount(dollars, r.amountMinor))
            return lineError(line, tr("\"%1\" is not a dollar amount such as 12.49.").arg(dollars));
        r.currency = QStringLiteral("USD");
        records.push_back(std::move(r));
    }
    return records;
}

Result<std::vector<OrderRecord>> OrderFileParser::parseCsv(QByteArrayView data)
{
    int badLine = 0;
    const std::vector<CsvRecord> rows = splitCsv(QString::fromUtf8(data), badLine);
    if (badLine > 0)
        return lineError(badLine, tr("a quoted field is never closed."));
    if (rows.empty())
        return Error(Error::Kind::Validation, tr("The file holds no orders."));

    // The header: which column holds what.
    static const QHash<QString, QString> aliases{
        {QStringLiteral("customer"), QStringLiteral("customer")},
        {QStringLiteral("customer_key"), QStringLiteral("customer")},
        {QStringLiteral("customer_id"), QStringLiteral("customer")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("order_date"), QStringLiteral("date")},
        {QStringLiteral("amount"), QStringLiteral("amount")},
        {QStringLiteral("total"), QStringLiteral("amount")},
        {QStringLiteral("product"), QStringLiteral("product")},
        {QStringLiteral("sku"), QStringLiteral("product")},
        {QStringLiteral("quantity"), QStringLiteral("quantity")},
        {QStringLiteral("currency"), QStringLiteral("currency")},
    };
    QHash<QString, int> column;
    const CsvRecord &header = rows.front();
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name = header.fields.at(i).trimmed().toLower();
        name.replace(u' ', u'_');
        const QString role = aliases.value(name);
        if (role.isEmpty())
            continue; // columns we do not know are left alone
        if (column.contains(role))
            return lineError(header.line, tr("the header names the %1 column twice.").arg(role));
        column.insert(role, i);
    }
    for (const char *required : {"customer", "date", "amount"})
        if (!column.contains(QLatin1StringView(required)))
            return lineError(header.line,
                             tr("the header must name the columns customer, date and amount "
                                "(and may name product, quantity and currency)."));
    const auto cell = [&](const CsvRecord &row, const char *role) {
        const int at = column.value(QLatin1StringView(role), -1);
        return at < 0 ? QString() : row.fields.value(at).trimmed();
    };

    std::vector<OrderRecord> records;
    records.reserve(rows.size() - 1);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const CsvRecord &row = rows[i];
        if (row.fields.size() != header.fields.size())
            return lineError(row.line,
                             tr("expected %1 fields like the header, found %2.")
                                 .arg(header.fields.size())
                                 .arg(row.fields.size()));
        OrderRecord r;
        r.line = row.line;
        r.customerKey = cell(row, "customer");
        if (r.customerKey.isEmpty())
            return lineError(row.line, tr("the customer key is empty."));
        const QString date = cell(row, "date");
        r.date = QDate::fromString(date, Qt::ISODate);
        if (!r.date.isValid() || date.size() != 10)
            return lineError(row.line, tr("\"%1\" is not a date written YYYY-MM-DD.").arg(date));
        const QString amount = cell(row, "amount");
        if (!parseAmount(amount, r.amountMinor))
            return lineError(row.line, tr("\"%1\" is not an amount such as 12.50.").arg(amount));
        r.product = cell(row, "product");
        const QString quantity = cell(row, "quantity");
        if (!quantity.isEmpty()) {
            bool ok = false;
            r.quantity = quantity.toLongLong(&ok);
            if (!ok || r.quantity == 0 || r.quantity > 1'000'000'000 || r.quantity < -1'000'000'000)
                return lineError(row.line,
                                 tr("the quantity \"%1\" is not a whole number other than 0.")
                                     .arg(quantity));
        }
        // Empty when the file has none: the importer uses the database's currency.
        r.currency = cell(row, "currency").toUpper();
        if (!r.currency.isEmpty()
            && (r.currency.size() != 3
                || !std::all_of(r.currency.cbegin(), r.currency.cend(), [](QChar c) {
                       return c >= u'A' && c <= u'Z';
                   })))
            return lineError(row.line,
                             tr("\"%1\" is not a currency code such as USD or EUR.")
                                 .arg(cell(row, "currency")));
        records.push_back(std::move(r));
    }
    return records;
}

} // namespace rapport
