#pragma once

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <span>

namespace rapport {

class Database;

// CustomerImportRepository reads what a customer import matches rows against: the customers'
// external keys, e-mail addresses and phone numbers (as stored: lower case and E.164), each
// pointing at its customer, read once per import instead of a query per row; and the matched
// customers as they are stored, a batch of rows at a time.
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

    // What an update compares a matched customer with: the customer exactly as
    // CustomerRepository::get() reads it (its tags included) and its contact points exactly as
    // CustomerRepository::contactPoints() reads them, in the same order.
    struct Stored
    {
        Customer customer;
        QList<ContactPoint> points;
    };
    // The customers of `ids` (the trash included) with one statement per table for the whole
    // batch instead of three per customer; an id without a customer is left out.
    Result<QHash<qint64, Stored>> stored(std::span<const qint64> ids);
    // Sets the customer's external key (customers.external_key), inside the caller's write.
    Status setExternalKey(qint64 customerId, const QString &key);
    // Customers, the trash included (to weigh a bulk load against the database's size).
    Result<qint64> customerCount();

private:
    const Database &m_db;
    Statement m_storedCustomers;
    Statement m_storedPoints;
    Statement m_storedTags;
};

} // namespace rapport
