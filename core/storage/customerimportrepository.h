#pragma once

#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace rapport {

class Database;

// CustomerImportRepository reads what a customer import matches rows against: the customers'
// external keys, e-mail addresses and phone numbers (as stored: lower case and E.164), each
// pointing at its customer. Read once per import instead of a query per row.
class CustomerImportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImportRepository)

public:
    explicit CustomerImportRepository(const Database &db);

    struct Keys
    {
        QHash<QString, qint64> externalIds; // every customer, the trash included (they are unique)
        QHash<QString, qint64> emails;      // live customers; the lowest id where shared
        QHash<QString, qint64> phones;      // live customers; the lowest id where shared
        QSet<qint64> trashed;               // customers with an external id, in the trash
    };
    Result<Keys> keys(bool externalIds, bool emails, bool phones);
    // Sets the customer's external key (customers.external_key), inside the caller's write.
    Status setExternalKey(qint64 customerId, const QString &key);
    // Customers, the trash included (to weigh a bulk load against the database's size).
    Result<qint64> customerCount();

private:
    const Database &m_db;
};

} // namespace rapport
