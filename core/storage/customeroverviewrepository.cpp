#include "core/storage/customeroverviewrepository.h"

#include "core/domain/contactpoint.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

namespace rapport {
namespace {

using namespace repository;

// Tags travel as one text, joined by the unit separator (no tag contains a control character).
constexpr char16_t TagSeparator = u'\x1f';

void sortLargestFirst(QList<Money> &amounts)
{
    std::sort(amounts.begin(), amounts.end(), [](const Money &a, const Money &b) {
        return a.minor != b.minor ? a.minor > b.minor : a.currency < b.currency;
    });
}

} // namespace

QDate CustomerOverview::customerSince() const
{
    if (acquiredOn.isValid())
        return acquiredOn;
    return createdAt.isValid() ? createdAt.toLocalTime().date() : QDate();
}

CustomerOverviewRepository::CustomerOverviewRepository(const Database &db)
    // One row with everything that is a single value. Each subquery is one index lookup:
    // customer_tags' primary key, contact_points_customer, cases_customer, tasks_customer and
    // the relationships' (from_id, kind, to_id) key, surveys_customer walked backwards.
    : m_customer(
        db,
        QStringLiteral(
            "SELECT c.id, c.kind, c.name, c.stage, c.owner_id, u.display_name, c.acquired_on,"
            " c.created_at, c.deleted_at,"
            " (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM customer_tags ct"
            "   JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id"
            "   ORDER BY t.name COLLATE NOCASE)),"
            " (SELECT value FROM contact_points WHERE customer_id = c.id AND kind = %1"
            "   ORDER BY is_primary DESC, id LIMIT 1),"
            " (SELECT value FROM contact_points WHERE customer_id = c.id AND kind = %2"
            "   ORDER BY is_primary DESC, id LIMIT 1),"
            " (SELECT count(*) FROM cases WHERE customer_id = c.id AND status < 3),"
            " (SELECT count(*) FROM tasks WHERE customer_id = c.id AND done_at IS NULL),"
            " (SELECT count(*) FROM interactions WHERE customer_id = c.id),"
            " (SELECT r.to_id FROM relationships r JOIN customers w ON w.id = r.to_id"
            "   WHERE r.from_id = c.id AND r.kind = 0 AND w.deleted_at IS NULL"
            "   ORDER BY r.id LIMIT 1),"
            " (SELECT w.name FROM relationships r JOIN customers w ON w.id = r.to_id"
            "   WHERE r.from_id = c.id AND r.kind = 0 AND w.deleted_at IS NULL"
            "   ORDER BY r.id LIMIT 1),"
            " (SELECT score FROM surveys WHERE customer_id = c.id"
            "   ORDER BY answered_at DESC, id DESC LIMIT 1),"
            " (SELECT answered_at FROM surveys WHERE customer_id = c.id"
            "   ORDER BY answered_at DESC, id DESC LIMIT 1)"
            " FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?")
            .arg(int(ContactKind::Phone))
            .arg(int(ContactKind::Email)))
    , m_lastContact(db,
                    QStringLiteral("SELECT occurred_at, channel, direction FROM interactions "
                                   "WHERE customer_id = ? "
                                   "ORDER BY occurred_at DESC, id DESC LIMIT 1"))
    , m_nextFollowUp(db,
                     QStringLiteral("SELECT id, title, due_at, priority FROM tasks "
                                    "WHERE customer_id = ? AND done_at IS NULL "
                                    "ORDER BY due_at IS NULL, due_at, priority DESC, id LIMIT 1"))
    // orders_customer (customer_id, ordered_at) finds the rows; a customer has some dozens.
    , m_revenue(db,
                QStringLiteral("SELECT currency, sum(total_minor),"
                               " sum(CASE WHEN ordered_at >= ? THEN total_minor ELSE 0 END),"
                               " count(*), min(ordered_at), max(ordered_at)"
                               " FROM orders WHERE customer_id = ? AND status IN (0, 1)"
                               " GROUP BY currency"))
    , m_contactPoints(db,
                      QStringLiteral("SELECT id, kind, label, value, street, postal_code, city,"
                                     " region, country, is_primary FROM contact_points"
                                     " WHERE customer_id = ? ORDER BY kind, is_primary DESC, id"))
{}

Result<CustomerOverview> CustomerOverviewRepository::read(qint64 customerId, const QDateTime &asOf)
{
    CustomerOverview o;
    {
        FinishGuard guard(m_customer);
        QSqlQuery &q = m_customer.query();
        q.bindValue(0, customerId);
        if (Status s = m_customer.exec(tr("Reading the customer")); !s)
            return s.error();
        if (!q.next())
            return Error(Error::Kind::NotFound,
                         tr("Customer %1 does not exist (any more).").arg(customerId));
        o.id = q.value(0).toLongLong();
        o.kind = enumColumn(q.value(1), customerKindKeys, CustomerKind::Person);
        o.name = q.value(2).toString();
        o.stage = enumColumn(q.value(3), lifecycleStageKeys, LifecycleStage::Lead);
        o.ownerId = sql::toId(q.value(4));
        o.owner = q.value(5).toString();
        o.acquiredOn = sql::toDate(q.value(6));
        o.createdAt = sql::toDateTime(q.value(7));
        o.deletedAt = sql::toDateTime(q.value(8));
        const QString tags = q.value(9).toString();
        if (!tags.isEmpty())
            o.tags = tags.split(QChar(TagSeparator));
        o.phone = q.value(10).toString();
        o.email = q.value(11).toString();
        o.openCases = q.value(12).toInt();
        o.openTasks = q.value(13).toInt();
        o.interactionCount = q.value(14).toLongLong();
        o.organisationId = q.value(15).toLongLong();
        o.organisation = q.value(16).toString();
        o.latestSurveyScore = q.value(17).isNull() ? -1 : q.value(17).toInt();
        o.latestSurveyAt = sql::toDateTime(q.value(18));
    }
    if (Status s = readLastContact(o); !s)
        return s.error();
    if (Status s = readNextFollowUp(o); !s)
        return s.error();
    if (Status s = readRevenue(o, asOf); !s)
        return s.error();
    if (Status s = readContactPoints(o); !s)
        return s.error();
    return o;
}

Status CustomerOverviewRepository::readContactPoints(CustomerOverview &o)
{
    FinishGuard guard(m_contactPoints);
    QSqlQuery &q = m_contactPoints.query();
    q.bindValue(0, o.id);
    if (Status s = m_contactPoints.exec(tr("Reading the contact points")); !s)
        return s;
    while (q.next()) {
        ContactPoint p;
        p.id = q.value(0).toLongLong();
        p.customerId = o.id;
        p.kind = enumFromInt<ContactKind>(q.value(1).toInt(), contactKindKeys)
                     .value_or(ContactKind::Phone);
        p.label = enumFromInt<ContactLabel>(q.value(2).toInt(), contactLabelKeys)
                      .value_or(ContactLabel::Other);
        p.value = q.value(3).toString();
        p.address.street = q.value(4).toString();
        p.address.postalCode = q.value(5).toString();
        p.address.city = q.value(6).toString();
        p.address.region = q.value(7).toString();
        p.address.country = q.value(8).toString();
        p.primary = q.value(9).toInt() != 0;
        o.contactPoints << p;
    }
    return {};
}

Status CustomerOverviewRepository::readLastContact(CustomerOverview &o)
{
    FinishGuard guard(m_lastContact);
    QSqlQuery &q = m_lastContact.query();
    q.bindValue(0, o.id);
    if (Status s = m_lastContact.exec(tr("Reading the last contact")); !s)
        return s;
    if (q.next()) {
        o.lastContactAt = sql::toDateTime(q.value(0));
        o.lastContactChannel = enumColumn(q.value(1), channelKeys, Channel::Phone);
        o.lastContactDirection = enumColumn(q.value(2), directionKeys, Direction::Inbound);
    }
    return {};
}

Status CustomerOverviewRepository::readNextFollowUp(CustomerOverview &o)
{
    FinishGuard guard(m_nextFollowUp);
    QSqlQuery &q = m_nextFollowUp.query();
    q.bindValue(0, o.id);
    if (Status s = m_nextFollowUp.exec(tr("Reading the next follow-up")); !s)
        return s;
    if (q.next()) {
        CustomerOverview::FollowUp f;
        f.taskId = q.value(0).toLongLong();
        f.title = q.value(1).toString();
        f.dueAt = sql::toDateTime(q.value(2));
        f.priority = enumColumn(q.value(3), priorityKeys, Priority::Normal);
        o.nextFollowUp = f;
    }
    return {};
}

Status CustomerOverviewRepository::readRevenue(CustomerOverview &o, const QDateTime &asOf)
{
    FinishGuard guard(m_revenue);
    QSqlQuery &q = m_revenue.query();
    q.bindValue(0, sql::fromDateTime(asOf.addYears(-1)));
    q.bindValue(1, o.id);
    if (Status s = m_revenue.exec(tr("Reading the customer's revenue")); !s)
        return s;
    while (q.next()) {
        const QString currency = q.value(0).toString();
        o.revenueTotal << Money{q.value(1).toLongLong(), currency};
        const qint64 recent = q.value(2).toLongLong();
        if (recent != 0)
            o.revenueLast12Months << Money{recent, currency};
        o.orderCount += q.value(3).toLongLong();
        const QDateTime first = sql::toDateTime(q.value(4));
        const QDateTime last = sql::toDateTime(q.value(5));
        if (!o.firstOrderAt.isValid() || first < o.firstOrderAt)
            o.firstOrderAt = first;
        if (!o.lastOrderAt.isValid() || last > o.lastOrderAt)
            o.lastOrderAt = last;
    }
    sortLargestFirst(o.revenueTotal);
    sortLargestFirst(o.revenueLast12Months);
    return {};
}

} // namespace rapport
