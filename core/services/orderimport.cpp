#include "core/services/orderimport.h"

#include "core/domain/textfold.h"
#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/bulkloader.h"
#include "core/storage/orderimportwriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace rapport {
namespace {

constexpr std::size_t BatchRows = 20'000;
constexpr qint64 Noon = 12 * 3600;

qint64 noonUtc(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + Noon;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

OrderImport::OrderImport(Database &db)
    : m_db(db)
{}

OrderImport::OrderImport(Door &door)
    : m_db(door.database())
    , m_door(&door)
{}

Result<OrderImportSummary> OrderImport::runFile(const QString &path,
                                                OrderFileFormat format,
                                                const Options &options)
{
    auto records = OrderFileParser::parseFile(path, format);
    if (!records)
        return records.error();
    Options named = options;
    if (named.fileName.isEmpty())
        named.fileName = QFileInfo(path).fileName();
    return run(*records, named);
}

Result<OrderImportSummary> OrderImport::run(const std::vector<OrderRecord> &records,
                                            const Options &options)
{
    if (records.empty())
        return OrderImportSummary{};
    // Orders from a file without a currency are in the database's: one file must not move the
    // dashboards and reports to another currency (they count the main one).
    if (std::any_of(records.begin(), records.end(), [](const OrderRecord &r) {
            return r.currency.isEmpty();
        })) {
        Result<QString> currency = AnalyticsRepository(m_db).defaultCurrency();
        if (!currency)
            return currency.error();
        std::vector<OrderRecord> priced = records;
        for (OrderRecord &r : priced) {
            if (r.currency.isEmpty())
                r.currency = *currency;
        }
        return run(priced, options);
    }
    // The BulkLoader drops and rebuilds the indexes of the tables it fills: worth it for a file
    // that is large next to what the database holds, a minute wasted for a few rows into a
    // million customers. Those go in row by row with the triggers live.
    Result<qint64> existing = OrderImportWriter(m_db).nextId(OrderImportWriter::Table::Customers);
    if (!existing)
        return existing.error();
    if (qint64(records.size()) * 10 >= *existing - 1) {
        BulkLoader loader(m_db, BulkLoader::SearchIndex::Direct);
        return write(loader, records, options, false);
    }
    OrderImportWriter writer(m_db);
    return write(writer, records, options, true);
}

template<typename Sink>
Result<OrderImportSummary> OrderImport::write(Sink &sink,
                                              const std::vector<OrderRecord> &records,
                                              const Options &options,
                                              bool rows)
{
    if (!m_door)
        return importInto(sink, records, options, nullptr);
    WriteRequest::Batch batch{QStringLiteral("import-orders"),
                              QJsonObject{{QStringLiteral("file"), options.fileName},
                                          {QStringLiteral("rows"), rows}},
                              rows};
    std::optional<Result<OrderImportSummary>> imported;
    const Status written = m_door->bulk(
        WriteRequest(WriteAction::Import, std::move(batch)), [&](WriteScope &w) -> Status {
            imported = importInto(sink, records, options, &w);
            if (!*imported)
                return imported->error();
            w.notify({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
            return {};
        });
    if (!written)
        return written.error();
    return std::move(*imported);
}

template<typename Sink>
Result<OrderImportSummary> OrderImport::importInto(Sink &loader,
                                                   const std::vector<OrderRecord> &records,
                                                   const Options &options,
                                                   WriteScope *scope)
{
    OrderImportSummary summary;
    if (Status s = loader.begin(); !s)
        return s.error();
    auto customers = loader.customerIdsByExternalKey();
    if (!customers)
        return customers.error();
    auto products = loader.productIdsBySku();
    if (!products)
        return products.error();
    using T = typename Sink::Table;
    Result<qint64> nextCustomer = loader.nextId(T::Customers);
    Result<qint64> nextOrder = loader.nextId(T::Orders);
    Result<qint64> nextLine = loader.nextId(T::OrderLines);
    Result<qint64> nextProduct = loader.nextId(T::Products);
    for (const auto *id : {&nextCustomer, &nextOrder, &nextLine, &nextProduct})
        if (!*id)
            return id->error();
    const qint64 firstIds[] = {*nextCustomer, *nextProduct, *nextOrder, *nextLine};

    // The customers and products met for the first time, with their first purchase.
    struct NewCustomer
    {
        qint64 id;
        QDate firstPurchase;
    };
    std::unordered_map<std::string, NewCustomer> created;
    std::vector<std::string> createdOrder;
    std::vector<std::pair<std::string, const OrderRecord *>> newProducts;
    std::unordered_set<qint64> found; // customers that were there before
    std::vector<qint64> customerOf(records.size());
    std::vector<qint64> productOf(records.size(), 0);
    for (std::size_t i = 0; i < records.size(); ++i) {
        const OrderRecord &r = records[i];
        std::string key = utf8(r.customerKey);
        if (auto known = customers->find(key); known != customers->end()) {
            customerOf[i] = known->second;
            found.insert(known->second);
        } else {
            auto [it, fresh] = created.try_emplace(key, NewCustomer{*nextCustomer, r.date});
            if (fresh) {
                ++*nextCustomer;
                createdOrder.push_back(key);
            } else if (r.date < it->second.firstPurchase) {
                it->second.firstPurchase = r.date;
            }
            customerOf[i] = it->second.id;
        }
        if (!r.product.isEmpty()) {
            std::string sku = utf8(r.product);
            auto [it, fresh] = products->try_emplace(sku, *nextProduct);
            if (fresh) {
                ++*nextProduct;
                newProducts.emplace_back(sku, &r);
            }
            productOf[i] = it->second;
        }
    }
    summary.customersFound = qint64(found.size());

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString pattern = options.namePattern.isEmpty() ? tr("Customer %1") : options.namePattern;
    const std::string source = utf8(options.source);
    BulkBatch batch;
    const auto flush = [&]() -> Status {
        if (batch.rowCount() == 0)
            return {};
        Status s = loader.insert(batch);
        batch.clear();
        return s;
    };

    for (const auto &[sku, first] : newProducts) {
        BulkBatch::Product p;
        p.id = (*products)[sku];
        p.sku = batch.text.add(sku);
        p.name = p.sku;
        const qint64 quantity = first->quantity != 0 ? first->quantity : 1;
        p.unitPriceMinor = std::max<qint64>(0, first->amountMinor / quantity);
        p.currency = batch.text.add(utf8(first->currency));
        batch.products.push_back(p);
        ++summary.productsCreated;
    }
    for (const std::string &key : createdOrder) {
        const NewCustomer &c = created.at(key);
        const QString name = pattern.arg(QString::fromStdString(key));
        BulkBatch::Customer row;
        row.id = c.id;
        row.kind = 0;
        row.lastName = row.name = batch.text.add(utf8(name));
        row.sortName = batch.text.add(utf8(foldText(name)));
        row.stage = 2; // active: they buy
        row.source = source.empty() ? BulkText() : batch.text.add(source);
        row.acquiredOn = batch.text.add(utf8(c.firstPurchase.toString(Qt::ISODate)));
        row.createdAt = row.updatedAt = now;
        row.externalKey = batch.text.add(key);
        batch.customers.push_back(row);
        batch.search.push_back(BulkBatch::SearchEntry{c.id, row.name, "", "", "", ""});
        ++summary.customersCreated;
        if (batch.customers.size() >= BatchRows)
            if (Status s = flush(); !s)
                return s.error();
    }
    if (Status s = flush(); !s)
        return s.error();

    for (std::size_t i = 0; i < records.size(); ++i) {
        const OrderRecord &r = records[i];
        BulkBatch::Order order;
        order.id = (*nextOrder)++;
        order.customerId = customerOf[i];
        order.orderedAt = noonUtc(r.date);
        order.status = 1; // fulfilled
        order.currency = batch.text.add(utf8(r.currency));
        order.totalMinor = r.amountMinor;
        batch.orders.push_back(order);
        if (productOf[i] != 0) {
            const qint64 quantity = r.quantity != 0 ? r.quantity : 1;
            batch.orderLines.push_back(BulkBatch::OrderLine{(*nextLine)++,
                                                            order.id,
                                                            productOf[i],
                                                            quantity,
                                                            r.amountMinor / quantity});
        }
        ++summary.orders;
        if (batch.orders.size() >= BatchRows)
            if (Status s = flush(); !s)
                return s.error();
    }
    if (Status s = flush(); !s)
        return s.error();
    if (scope) {
        // The batch head: what came in and the ids it got, written before the sink commits.
        qint64 lines = 0;
        for (qint64 product : productOf)
            lines += product != 0 ? 1 : 0;
        scope->describe(QStringLiteral("orders"), summary.orders);
        scope->describe(QStringLiteral("order_lines"), lines);
        scope->describe(QStringLiteral("customers_created"), summary.customersCreated);
        scope->describe(QStringLiteral("customers_found"), summary.customersFound);
        scope->describe(QStringLiteral("products_created"), summary.productsCreated);
        const std::pair<const char *, qint64> next[] = {{"customers", *nextCustomer},
                                                        {"products", *nextProduct},
                                                        {"orders", *nextOrder},
                                                        {"order_lines", *nextLine}};
        QJsonObject ranges;
        for (std::size_t i = 0; i < std::size(next); ++i) {
            if (next[i].second > firstIds[i])
                ranges.insert(QLatin1String(next[i].first),
                              QJsonArray{firstIds[i], next[i].second - 1});
        }
        scope->describe(QStringLiteral("ids"), ranges);
    }
    if (Status s = loader.finish(); !s)
        return s.error();

    if (options.bus) {
        ChangeNotice notice;
        notice.entity = ChangeNotice::Entity::Everything;
        notice.action = ChangeNotice::Action::Reset;
        options.bus->publish(notice);
    }
    return summary;
}

} // namespace rapport
