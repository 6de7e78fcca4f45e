#pragma once

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace rapport {

class Database;

// Everything an export writes about one customer: the customer's own fields, the organisation
// a person works at, the owner, every contact point (primary first within each kind), the tags,
// and the customer list's last contact and revenue.
struct CustomerExportRow
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    LifecycleStage stage = LifecycleStage::Lead;
    QString firstName, lastName, name;
    QString organisation;
    QString owner;      // display name; empty when nobody owns the customer
    QString ownerLogin; // the owner's login
    QString source;
    QDate acquiredOn;
    QString externalKey;
    QString notes;
    qint64 lastContactAt = 0; // Unix seconds; 0: none
    qint64 revenueMinor = 0;  // the customer list's last 12 months
    QString revenueCurrency;

    struct Point
    {
        ContactKind kind = ContactKind::Phone;
        ContactLabel label = ContactLabel::Work;
        QString value;
        PostalAddress address;
        bool primary = false;
    };
    std::vector<Point> points;
    QStringList tags; // by name
};

// CustomerExportRepository reads export rows for a batch of ids in three statements (customers,
// contact points, tags), whatever the batch's size, so that a million customers cost a few
// thousand queries. It belongs to the thread of its Database.
class CustomerExportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExportRepository)
public:
    explicit CustomerExportRepository(const Database &db);

    // The live customers among `ids`, in the order of `ids`; trashed and unknown ids are left
    // out.
    Result<std::vector<CustomerExportRow>> rows(std::span<const qint64> ids);

private:
    Statement m_customers;
    Statement m_points;
    Statement m_tags;
};

} // namespace rapport
