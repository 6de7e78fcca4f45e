#pragma once

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/interaction.h"
#include "core/domain/money.h"
#include "core/domain/priority.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace rapport {

class Database;

// The facts the head of the 360° view shows about one customer, read in one call.
// Revenue counts the orders that stand (open and fulfilled; cancelled and refunded ones do not),
// one amount per currency, the largest first. "The last 12 months" are the orders placed at or
// after asOf minus one year.
struct CustomerOverview
{
    struct FollowUp
    {
        qint64 taskId = 0;
        QString title;
        QDateTime dueAt; // UTC; null for a task without a due date
        Priority priority = Priority::Normal;
    };

    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    LifecycleStage stage = LifecycleStage::Lead;
    std::optional<qint64> ownerId;
    QString owner; // the owner's display name
    QStringList tags;
    QString phone;       // the primary phone, E.164
    QString email;       // the primary e-mail address
    // Every way to reach the customer: phones, e-mails, addresses, web, each kind's primary first.
    QList<ContactPoint> contactPoints;
    QDate acquiredOn;    // may be null; customerSince() falls back on the creation date
    QDateTime createdAt; // UTC
    QDateTime deletedAt; // UTC; valid while the customer is in the trash
    // For a person: the organisation the person works at (the first "works at" link).
    qint64 organisationId = 0;
    QString organisation;

    QList<Money> revenueTotal;
    QList<Money> revenueLast12Months;
    qint64 orderCount = 0;
    QDateTime firstOrderAt; // UTC
    QDateTime lastOrderAt;  // UTC

    QDateTime lastContactAt; // UTC; null when there was no interaction yet
    Channel lastContactChannel = Channel::Phone;
    Direction lastContactDirection = Direction::Inbound;
    qint64 interactionCount = 0;

    // The customer's latest survey answer (0..10); -1 when the customer never answered one.
    int latestSurveyScore = -1;
    QDateTime latestSurveyAt; // UTC

    int openCases = 0; // new, open or waiting
    int openTasks = 0;
    // The earliest open task: the one due soonest, undated ones last.
    std::optional<FollowUp> nextFollowUp;

    bool isDeleted() const { return deletedAt.isValid(); }
    QDate customerSince() const;
};

// CustomerOverviewRepository reads a CustomerOverview in five indexed queries: the customer row
// with its tags, primary contacts, counts and latest survey score; the last interaction; the next
// open task; revenue per currency; the contact points. It reads only; it belongs to the thread of its Database.
class CustomerOverviewRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerOverviewRepository)

public:
    explicit CustomerOverviewRepository(const Database &db);

    // NotFound when the customer does not exist (a customer in the trash is found, with
    // deletedAt set). `asOf` is "now" for the 12-month revenue.
    Result<CustomerOverview> read(qint64 customerId, const QDateTime &asOf);

private:
    Status readLastContact(CustomerOverview &overview);
    Status readNextFollowUp(CustomerOverview &overview);
    Status readRevenue(CustomerOverview &overview, const QDateTime &asOf);
    Status readContactPoints(CustomerOverview &overview);

    Statement m_customer;
    Statement m_lastContact;
    Statement m_nextFollowUp;
    Statement m_revenue;
    Statement m_contactPoints;
};

} // namespace rapport
