#include "core/storage/timelinerepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rapport {
namespace {

using namespace repository;

// "?, ?, ..., ?" with IdsPerQuery marks.
QString idList()
{
    QStringList marks;
    for (int i = 0; i < TimelineRepository::IdsPerQuery; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("(") + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
}

// Binds ids[first...] to the IN list's slots; slots beyond the ids get NULL, which matches none.
void bindIds(QSqlQuery &q, const std::vector<qint64> &ids, std::size_t first)
{
    const QVariant null(QMetaType::fromType<qint64>());
    for (int i = 0; i < TimelineRepository::IdsPerQuery; ++i) {
        const std::size_t at = first + std::size_t(i);
        q.bindValue(i, at < ids.size() ? QVariant(ids[at]) : null);
    }
}

// The parts of the timeline, one per entry type, in TimelineEntryType's codes. Every part reads
// an index range of its table for the customer; the outer ORDER BY sorts the merged keys.
const char *const KeysSql
    = "SELECT occurred_at, 0, id, channel FROM interactions WHERE customer_id = ?"
      " UNION ALL SELECT ordered_at, 1, id, -1 FROM orders WHERE customer_id = ?"
      " UNION ALL SELECT opened_at, 2, id, -1 FROM cases WHERE customer_id = ?"
      " UNION ALL SELECT resolved_at, 3, id, -1 FROM cases WHERE customer_id = ?"
      "   AND status >= 3 AND resolved_at IS NOT NULL"
      " UNION ALL SELECT created_at, 4, id, -1 FROM tasks WHERE customer_id = ?"
      " UNION ALL SELECT done_at, 5, id, -1 FROM tasks WHERE customer_id = ?"
      "   AND done_at IS NOT NULL"
      " UNION ALL SELECT created_at, 6, id, -1 FROM customer_notes WHERE customer_id = ?"
      " ORDER BY 1 DESC, 2 DESC, 3 DESC";
constexpr int KeyParts = 7;

void readDetail(int table, const QSqlQuery &q, TimelineDetail &d)
{
    d.found = true;
    switch (table) {
    case 0: // interactions
        d.direction = enumColumn(q.value(1), directionKeys, Direction::Inbound);
        d.durationSeconds = q.value(2).toLongLong();
        d.person = q.value(3).toString();
        d.title = q.value(4).toString();
        d.text = q.value(5).toString();
        d.outcome = enumColumn(q.value(6), outcomeKeys, Outcome::Completed);
        d.caseId = sql::toId(q.value(7));
        break;
    case 1: // orders
        d.orderStatus = enumColumn(q.value(1), orderStatusKeys, OrderStatus::Open);
        d.total = Money{q.value(3).toLongLong(), q.value(2).toString()};
        d.person = q.value(4).toString();
        d.lineCount = q.value(5).toInt();
        break;
    case 2: // cases
        d.caseKind = enumColumn(q.value(1), caseKindKeys, CaseKind::Complaint);
        d.title = q.value(2).toString();
        d.text = q.value(3).toString();
        d.category = q.value(4).toString();
        d.caseStatus = enumColumn(q.value(5), caseStatusKeys, CaseStatus::New);
        d.priority = enumColumn(q.value(6), priorityKeys, Priority::Normal);
        d.person = q.value(7).toString();
        d.resolution = q.value(8).toString();
        break;
    case 3: // tasks
        d.title = q.value(1).toString();
        d.text = q.value(2).toString();
        d.dueAt = sql::toDateTime(q.value(3));
        d.priority = enumColumn(q.value(4), priorityKeys, Priority::Normal);
        d.person = q.value(5).toString();
        d.caseId = sql::toId(q.value(6));
        break;
    default: // notes
        d.text = q.value(1).toString();
        d.person = q.value(2).toString();
        break;
    }
}

} // namespace

TimelineRepository::TimelineRepository(const Database &db)
    : m_keys(db, QString::fromLatin1(KeysSql))
    , m_details{
          Statement(db,
                    QStringLiteral("SELECT i.id, i.direction, i.duration_s, u.display_name,"
                                   " i.subject, i.notes, i.outcome, i.case_id FROM interactions i"
                                   " LEFT JOIN users u ON u.id = i.agent_id WHERE i.id IN ")
                        + idList()),
          Statement(db,
                    QStringLiteral("SELECT o.id, o.status, o.currency, o.total_minor,"
                                   " u.display_name,"
                                   " (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id)"
                                   " FROM orders o LEFT JOIN users u ON u.id = o.rep_id"
                                   " WHERE o.id IN ")
                        + idList()),
          Statement(db,
                    QStringLiteral("SELECT c.id, c.kind, c.subject, c.description, c.category,"
                                   " c.status, c.priority, u.display_name, c.resolution"
                                   " FROM cases c LEFT JOIN users u ON u.id = c.owner_id"
                                   " WHERE c.id IN ")
                        + idList()),
          Statement(db,
                    QStringLiteral("SELECT t.id, t.title, t.notes, t.due_at, t.priority,"
                                   " u.display_name, t.case_id FROM tasks t"
                                   " LEFT JOIN users u ON u.id = t.assignee_id WHERE t.id IN ")
                        + idList()),
          Statement(db,
                    QStringLiteral("SELECT n.id, n.body, u.display_name FROM customer_notes n"
                                   " LEFT JOIN users u ON u.id = n.author_id WHERE n.id IN ")
                        + idList()),
      }
    // The first lines of each order (window function over order_lines_order's range).
    , m_lines(db,
              QStringLiteral("SELECT order_id, quantity, name FROM ("
                             " SELECT l.order_id, l.quantity, p.name, row_number() OVER"
                             "  (PARTITION BY l.order_id ORDER BY l.id) AS n"
                             " FROM order_lines l JOIN products p ON p.id = l.product_id"
                             " WHERE l.order_id IN ")
                  + idList() + QStringLiteral(") WHERE n <= %1 ORDER BY order_id, n").arg(LinesPerOrder))
{}

Result<std::vector<TimelineKey>> TimelineRepository::keys(qint64 customerId)
{
    FinishGuard guard(m_keys);
    QSqlQuery &q = m_keys.query();
    for (int i = 0; i < KeyParts; ++i)
        q.bindValue(i, customerId);
    if (Status s = m_keys.exec(tr("Reading the customer's history")); !s)
        return s.error();
    std::vector<TimelineKey> keys;
    while (q.next()) {
        TimelineKey k;
        k.at = q.value(0).toLongLong();
        k.type = TimelineEntryType(std::clamp(q.value(1).toInt(), 0, 6));
        k.id = q.value(2).toLongLong();
        k.channel = qint8(q.value(3).toInt());
        keys.push_back(k);
    }
    return keys;
}

TimelineRepository::Table TimelineRepository::tableOf(TimelineEntryType type)
{
    switch (timelineGroup(type)) {
    case TimelineGroup::Interactions:
        return Interactions;
    case TimelineGroup::Orders:
        return Orders;
    case TimelineGroup::Cases:
        return Cases;
    case TimelineGroup::Tasks:
        return Tasks;
    case TimelineGroup::Notes:
        return Notes;
    }
    return Notes;
}

Result<std::vector<TimelineDetail>> TimelineRepository::details(std::span<const TimelineKey> keys)
{
    std::vector<qint64> ids[Tables];
    for (const TimelineKey &k : keys)
        ids[tableOf(k.type)].push_back(k.id);
    QHash<qint64, TimelineDetail> rows[Tables];
    for (int t = 0; t < Tables; ++t) {
        std::vector<qint64> &list = ids[t];
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        if (Status s = readTable(Table(t), list, rows[t]); !s)
            return s.error();
    }
    if (Status s = readLines(ids[Orders], rows[Orders]); !s)
        return s.error();
    std::vector<TimelineDetail> out;
    out.reserve(keys.size());
    for (const TimelineKey &k : keys)
        out.push_back(rows[tableOf(k.type)].value(k.id));
    return out;
}

Status TimelineRepository::readTable(Table table,
                                     const std::vector<qint64> &ids,
                                     QHash<qint64, TimelineDetail> &out)
{
    Statement &statement = m_details[table];
    for (std::size_t first = 0; first < ids.size(); first += IdsPerQuery) {
        FinishGuard guard(statement);
        QSqlQuery &q = statement.query();
        bindIds(q, ids, first);
        if (Status s = statement.exec(tr("Reading the customer's history")); !s)
            return s;
        while (q.next())
            readDetail(table, q, out[q.value(0).toLongLong()]);
    }
    return {};
}

Status TimelineRepository::readLines(const std::vector<qint64> &orderIds,
                                     QHash<qint64, TimelineDetail> &orders)
{
    for (std::size_t first = 0; first < orderIds.size(); first += IdsPerQuery) {
        FinishGuard guard(m_lines);
        QSqlQuery &q = m_lines.query();
        bindIds(q, orderIds, first);
        if (Status s = m_lines.exec(tr("Reading the order lines")); !s)
            return s;
        while (q.next()) {
            const auto it = orders.find(q.value(0).toLongLong());
            if (it != orders.end())
                it->lines.append({q.value(1).toLongLong(), q.value(2).toString()});
        }
    }
    return {};
}

} // namespace rapport
