#pragma once

#include "core/io/orderfile.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace rapport {

class ChangeBus;
class Database;
class Door;
class WriteScope;

struct OrderImportSummary
{
    qint64 orders = 0;
    qint64 customersCreated = 0;
    qint64 customersFound = 0; // customers the file names that were there already
    qint64 productsCreated = 0;
};

// OrderImport brings purchases from an order file (OrderFileParser) into the database: each
// record becomes one fulfilled order (placed at noon UTC on its date, total = the record's
// amount) for the customer whose external key (customers.external_key) is the record's key; a key
// met for the first time makes a new customer (a person named after the key, stage active,
// acquired on the first purchase in the file). A record naming a product gets one order line
// (quantity, unit price = amount / quantity rounded toward zero) for the product with that SKU,
// added when missing. Everything goes in one transaction, so a failure leaves the database as it
// was: through the BulkLoader when the file is large next to the database (at least a tenth of
// its customers), else row by row through an OrderImportWriter with the triggers live.
//
// Made with a Door, an import is one batch of kind "import-orders" in the history (Door::bulk):
// its head entry names the file, counts what was made and gives each table's first and last new
// id (so a revert finds the rows); the row-by-row path records every row too (Batch::rows), the
// BulkLoader's only the head. Made with a bare Database (tests, benchmarks), nothing is recorded.
class OrderImport final
{
    Q_DECLARE_TR_FUNCTIONS(OrderImport)

public:
    struct Options
    {
        QString source;           // customers.source for the customers it makes ("CDNOW", "import")
        QString namePattern;      // their name, %1 = the key; default "Customer %1"
        ChangeBus *bus = nullptr; // gets one Reset notice after the commit, when set (the
                                  // door's own bus gets one anyway)
        QString fileName;         // for the batch's description; runFile() fills it in
    };

    explicit OrderImport(Database &db);
    explicit OrderImport(Door &door);

    Result<OrderImportSummary> run(const std::vector<OrderRecord> &records, const Options &options);
    // Parses `path` in `format` and imports it.
    Result<OrderImportSummary> runFile(const QString &path,
                                       OrderFileFormat format,
                                       const Options &options);

private:
    // Runs importInto() through the door, when there is one, as one batch (`rows`: the sink's
    // rows are recorded one by one too).
    template<typename Sink>
    Result<OrderImportSummary> write(Sink &sink,
                                     const std::vector<OrderRecord> &records,
                                     const Options &options,
                                     bool rows);
    // Writes through `sink`: the BulkLoader or an OrderImportWriter. `scope` gets the batch's
    // description before the sink commits.
    template<typename Sink>
    Result<OrderImportSummary> importInto(Sink &sink,
                                          const std::vector<OrderRecord> &records,
                                          const Options &options,
                                          WriteScope *scope);

    Database &m_db;
    Door *m_door = nullptr;
};

} // namespace rapport
