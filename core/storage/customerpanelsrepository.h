#pragma once

#include "core/domain/customer.h"
#include "core/domain/priority.h"
#include "core/domain/relationship.h"
#include "core/domain/supportcase.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <array>
#include <optional>
#include <vector>

namespace rapport {

class Database;

// A customer linked to the one shown, with the link as seen from the one shown: `outgoing` when
// the shown customer is the link's `from` end ("works at" the other), else the other is `from`
// ("employs" the other).
struct RelatedCustomer
{
    qint64 relationshipId = 0;
    qint64 customerId = 0; // the other customer
    QString name;
    CustomerKind customerKind = CustomerKind::Person;
    RelationshipKind kind = RelationshipKind::WorksAt;
    bool outgoing = true;
    QString role;
    QDate since;
    std::optional<qint64> ownerId; // the other customer's owner (empty: nobody)

    // The link as the shown customer's view reads it: "Works at", "Employs", "Subsidiary of"...
    QString relationName() const;
    // People at the organisation shown (incoming "works at"), its organisation for a person
    // (outgoing "works at"), or anything else.
    enum class Section { Organisation = 0, People = 1, Other = 2 };
    Section section() const;
};

// What a customer bought of one product in one currency, and how its buying has moved.
// "Last 12 months" are the orders at or after asOf minus a year, "previous 12" the year before.
struct ProductUsage
{
    static constexpr int Quarters = 8;

    qint64 productId = 0;
    QString name;
    QString category;
    bool service = false;
    QString currency;
    qint64 quantity = 0;
    qint64 revenueMinor = 0;
    int orders = 0;
    QDateTime firstBoughtAt; // UTC
    QDateTime lastBoughtAt;  // UTC
    qint64 quantityLast12 = 0;
    qint64 quantityPrevious12 = 0;
    qint64 revenueLast12 = 0;
    qint64 revenuePrevious12 = 0;
    // Quantity per calendar quarter (UTC), oldest first; the last is the quarter of asOf.
    std::array<qint64, Quarters> quarterQuantity{};
};

// One of the customer's cases, as its list shows it.
struct CustomerCaseRow
{
    qint64 id = 0;
    CaseKind kind = CaseKind::Complaint;
    QString subject;
    QString category;
    CaseStatus status = CaseStatus::New;
    Priority priority = Priority::Normal;
    QString owner;
    QDateTime openedAt;   // UTC
    QDateTime resolvedAt; // UTC; null while unresolved

    bool isFinished() const
    {
        return status == CaseStatus::Resolved || status == CaseStatus::Closed;
    }
};

// One of the customer's tasks, as its list shows it.
struct CustomerTaskRow
{
    qint64 id = 0;
    QString title;
    QDateTime dueAt;     // UTC; null without a due date
    QDateTime doneAt;    // UTC; null while open
    QDateTime createdAt; // UTC
    Priority priority = Priority::Normal;
    QString assignee;
    std::optional<qint64> caseId;

    bool isDone() const { return doneAt.isValid(); }
};

// CustomerPanelsRepository reads the side panels of the 360° view for one customer: related
// customers, products bought with their trend, cases and tasks. Every query starts from an index
// on the customer id. It reads only; it belongs to the thread of its Database.
class CustomerPanelsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerPanelsRepository)

public:
    static constexpr int MaxRows = 2000;

    explicit CustomerPanelsRepository(const Database &db);

    // Live customers linked to the customer: its organisation first, then its people, then the
    // other links by kind; by name within each.
    Result<std::vector<RelatedCustomer>> related(qint64 customerId);
    // Products bought in orders that stand (open or fulfilled), by revenue, largest first.
    Result<std::vector<ProductUsage>> products(qint64 customerId, const QDateTime &asOf);
    // Unfinished cases first (newest first), then the finished ones (newest first).
    Result<std::vector<CustomerCaseRow>> cases(qint64 customerId);
    // Open tasks first (soonest due first, undated last), then done ones (latest done first).
    Result<std::vector<CustomerTaskRow>> tasks(qint64 customerId);

    // The calendar quarter (UTC) of a time, as year * 4 + quarter - 1.
    static int quarterOf(const QDateTime &t);

private:
    Statement m_related;
    Statement m_products;
    Statement m_quarters;
    Statement m_cases;
    Statement m_tasks;
};

} // namespace rapport
