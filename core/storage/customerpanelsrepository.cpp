#include "core/storage/customerpanelsrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace rapport {
namespace {

using namespace repository;

// The orders that count as bought: open and fulfilled (cancelled and refunded ones do not).
#define STANDING_ORDERS "o.status IN (0, 1)"
// The calendar quarter (UTC) of orders.ordered_at, as CustomerPanelsRepository::quarterOf.
#define ORDER_QUARTER \
    "(CAST(strftime('%Y', o.ordered_at, 'unixepoch') AS INTEGER) * 4" \
    " + (CAST(strftime('%m', o.ordered_at, 'unixepoch') AS INTEGER) - 1) / 3)"

} // namespace

QString RelatedCustomer::relationName() const
{
    return outgoing ? relationshipKindName(kind) : relationshipKindInverseName(kind);
}

RelatedCustomer::Section RelatedCustomer::section() const
{
    if (kind != RelationshipKind::WorksAt)
        return Section::Other;
    return outgoing ? Section::Organisation : Section::People;
}

int CustomerPanelsRepository::quarterOf(const QDateTime &t)
{
    const QDate d = t.toUTC().date();
    return d.year() * 4 + (d.month() - 1) / 3;
}

CustomerPanelsRepository::CustomerPanelsRepository(const Database &db)
    // Both ends of the links: (from_id, kind, to_id) is the unique key, relationships_to the
    // other way.
    : m_related(
        db,
        QStringLiteral(
            "SELECT r.id, r.to_id, c.name, c.kind, r.kind, 1, r.role, r.since, c.sort_name,"
            " c.owner_id FROM relationships r JOIN customers c ON c.id = r.to_id"
            " WHERE r.from_id = ? AND c.deleted_at IS NULL"
            " UNION ALL"
            " SELECT r.id, r.from_id, c.name, c.kind, r.kind, 0, r.role, r.since,"
            " c.sort_name, c.owner_id FROM relationships r JOIN customers c ON c.id = r.from_id"
            " WHERE r.to_id = ? AND c.deleted_at IS NULL"
            " LIMIT ?"))
    , m_products(db,
                 QStringLiteral(
                     "SELECT p.id, p.name, p.category, p.is_service, o.currency,"
                     " sum(l.quantity), sum(l.quantity * l.unit_price_minor),"
                     " min(o.ordered_at), max(o.ordered_at), count(DISTINCT o.id),"
                     " sum(CASE WHEN o.ordered_at >= ? THEN l.quantity ELSE 0 END),"
                     " sum(CASE WHEN o.ordered_at >= ? AND o.ordered_at < ?"
                     "     THEN l.quantity ELSE 0 END),"
                     " sum(CASE WHEN o.ordered_at >= ? THEN l.quantity * l.unit_price_minor"
                     "     ELSE 0 END),"
                     " sum(CASE WHEN o.ordered_at >= ? AND o.ordered_at < ?"
                     "     THEN l.quantity * l.unit_price_minor ELSE 0 END)"
                     " FROM orders o JOIN order_lines l ON l.order_id = o.id"
                     " JOIN products p ON p.id = l.product_id"
                     " WHERE o.customer_id = ? AND " STANDING_ORDERS
                     " GROUP BY p.id, o.currency ORDER BY 7 DESC, p.name LIMIT ?"))
    , m_quarters(db,
                 QStringLiteral("SELECT l.product_id, o.currency, " ORDER_QUARTER
                                ", sum(l.quantity)"
                                " FROM orders o JOIN order_lines l ON l.order_id = o.id"
                                " WHERE o.customer_id = ? AND " STANDING_ORDERS
                                " AND o.ordered_at >= ? GROUP BY 1, 2, 3"))
    , m_cases(db,
              QStringLiteral("SELECT c.id, c.kind, c.subject, c.category, c.status, c.priority,"
                             " u.display_name, c.opened_at, c.resolved_at"
                             " FROM cases c LEFT JOIN users u ON u.id = c.owner_id"
                             " WHERE c.customer_id = ?"
                             " ORDER BY c.status >= 3, c.opened_at DESC, c.id DESC LIMIT ?"))
    , m_tasks(db,
              QStringLiteral("SELECT t.id, t.title, t.due_at, t.done_at, t.created_at, t.priority,"
                             " u.display_name, t.case_id"
                             " FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id"
                             " WHERE t.customer_id = ?"
                             " ORDER BY t.done_at IS NOT NULL,"
                             " CASE WHEN t.done_at IS NULL THEN t.due_at IS NULL END,"
                             " CASE WHEN t.done_at IS NULL THEN t.due_at END,"
                             " t.done_at DESC, t.id DESC LIMIT ?"))
{}

Result<std::vector<RelatedCustomer>> CustomerPanelsRepository::related(qint64 customerId)
{
    FinishGuard guard(m_related);
    QSqlQuery &q = m_related.query();
    q.bindValue(0, customerId);
    q.bindValue(1, customerId);
    q.bindValue(2, MaxRows);
    if (Status s = m_related.exec(tr("Reading the related customers")); !s)
        return s.error();
    std::vector<std::pair<RelatedCustomer, QString>> rows; // with the sort name
    while (q.next()) {
        RelatedCustomer r;
        r.relationshipId = q.value(0).toLongLong();
        r.customerId = q.value(1).toLongLong();
        r.name = q.value(2).toString();
        r.customerKind = enumColumn(q.value(3), customerKindKeys, CustomerKind::Person);
        r.kind = enumColumn(q.value(4), relationshipKindKeys, RelationshipKind::WorksAt);
        r.outgoing = q.value(5).toBool();
        r.role = q.value(6).toString();
        r.since = sql::toDate(q.value(7));
        if (!q.value(9).isNull())
            r.ownerId = q.value(9).toLongLong();
        rows.emplace_back(std::move(r), q.value(8).toString());
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const auto rank = [](const RelatedCustomer &r) {
            return std::tuple(int(r.section()), int(r.kind), r.outgoing ? 0 : 1);
        };
        if (rank(a.first) != rank(b.first))
            return rank(a.first) < rank(b.first);
        return a.second != b.second ? a.second < b.second : a.first.customerId < b.first.customerId;
    });
    std::vector<RelatedCustomer> out;
    out.reserve(rows.size());
    for (auto &row : rows)
        out.push_back(std::move(row.first));
    return out;
}

Result<std::vector<ProductUsage>> CustomerPanelsRepository::products(qint64 customerId,
                                                                     const QDateTime &asOf)
{
    const QVariant yearAgo = sql::fromDateTime(asOf.addYears(-1));
    const QVariant twoYearsAgo = sql::fromDateTime(asOf.addYears(-2));
    std::vector<ProductUsage> out;
    {
        FinishGuard guard(m_products);
        QSqlQuery &q = m_products.query();
        q.bindValue(0, yearAgo);
        q.bindValue(1, twoYearsAgo);
        q.bindValue(2, yearAgo);
        q.bindValue(3, yearAgo);
        q.bindValue(4, twoYearsAgo);
        q.bindValue(5, yearAgo);
        q.bindValue(6, customerId);
        q.bindValue(7, MaxRows);
        if (Status s = m_products.exec(tr("Reading the products bought")); !s)
            return s.error();
        while (q.next()) {
            ProductUsage u;
            u.productId = q.value(0).toLongLong();
            u.name = q.value(1).toString();
            u.category = q.value(2).toString();
            u.service = q.value(3).toBool();
            u.currency = q.value(4).toString();
            u.quantity = q.value(5).toLongLong();
            u.revenueMinor = q.value(6).toLongLong();
            u.firstBoughtAt = sql::toDateTime(q.value(7));
            u.lastBoughtAt = sql::toDateTime(q.value(8));
            u.orders = q.value(9).toInt();
            u.quantityLast12 = q.value(10).toLongLong();
            u.quantityPrevious12 = q.value(11).toLongLong();
            u.revenueLast12 = q.value(12).toLongLong();
            u.revenuePrevious12 = q.value(13).toLongLong();
            out.push_back(std::move(u));
        }
    }
    if (out.empty())
        return out;

    // The quarters of the sparkline: the one holding asOf and the seven before it.
    const int lastQuarter = quarterOf(asOf);
    const int firstQuarter = lastQuarter - ProductUsage::Quarters + 1;
    const QDateTime since(QDate(firstQuarter / 4, (firstQuarter % 4) * 3 + 1, 1),
                          QTime(0, 0),
                          Qt::UTC);
    QHash<std::pair<qint64, QString>, std::size_t> index;
    for (std::size_t i = 0; i < out.size(); ++i)
        index.insert({out[i].productId, out[i].currency}, i);
    FinishGuard guard(m_quarters);
    QSqlQuery &q = m_quarters.query();
    q.bindValue(0, customerId);
    q.bindValue(1, sql::fromDateTime(since));
    if (Status s = m_quarters.exec(tr("Reading the products bought")); !s)
        return s.error();
    while (q.next()) {
        const auto it = index.constFind({q.value(0).toLongLong(), q.value(1).toString()});
        const int quarter = q.value(2).toInt();
        if (it == index.constEnd() || quarter < firstQuarter || quarter > lastQuarter)
            continue;
        out[*it].quarterQuantity[std::size_t(quarter - firstQuarter)] = q.value(3).toLongLong();
    }
    return out;
}

Result<std::vector<CustomerCaseRow>> CustomerPanelsRepository::cases(qint64 customerId)
{
    FinishGuard guard(m_cases);
    QSqlQuery &q = m_cases.query();
    q.bindValue(0, customerId);
    q.bindValue(1, MaxRows);
    if (Status s = m_cases.exec(tr("Reading the customer's cases")); !s)
        return s.error();
    std::vector<CustomerCaseRow> out;
    while (q.next()) {
        CustomerCaseRow c;
        c.id = q.value(0).toLongLong();
        c.kind = enumColumn(q.value(1), caseKindKeys, CaseKind::Complaint);
        c.subject = q.value(2).toString();
        c.category = q.value(3).toString();
        c.status = enumColumn(q.value(4), caseStatusKeys, CaseStatus::New);
        c.priority = enumColumn(q.value(5), priorityKeys, Priority::Normal);
        c.owner = q.value(6).toString();
        c.openedAt = sql::toDateTime(q.value(7));
        c.resolvedAt = sql::toDateTime(q.value(8));
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::vector<CustomerTaskRow>> CustomerPanelsRepository::tasks(qint64 customerId)
{
    FinishGuard guard(m_tasks);
    QSqlQuery &q = m_tasks.query();
    q.bindValue(0, customerId);
    q.bindValue(1, MaxRows);
    if (Status s = m_tasks.exec(tr("Reading the customer's tasks")); !s)
        return s.error();
    std::vector<CustomerTaskRow> out;
    while (q.next()) {
        CustomerTaskRow t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.dueAt = sql::toDateTime(q.value(2));
        t.doneAt = sql::toDateTime(q.value(3));
        t.createdAt = sql::toDateTime(q.value(4));
        t.priority = enumColumn(q.value(5), priorityKeys, Priority::Normal);
        t.assignee = q.value(6).toString();
        t.caseId = sql::toId(q.value(7));
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace rapport
