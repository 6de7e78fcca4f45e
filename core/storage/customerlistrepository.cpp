#include "core/storage/customerlistrepository.h"

#include "core/domain/contactpoint.h"
#include "core/storage/database.h"
#include "core/storage/sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <limits>

namespace rapport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerListRepository", text);
}

// orderIndex(): Name ascending, Name descending, Id ascending, Id descending.
constexpr int OrderCount = 4;

// `alias` is the table's alias with its dot ("c.") or empty.
QString orderBy(int index, const QString &alias = {})
{
    switch (index) {
    case 0:
        return QStringLiteral(" ORDER BY %1sort_name, %1id").arg(alias);
    case 1:
        return QStringLiteral(" ORDER BY %1sort_name DESC, %1id DESC").arg(alias);
    case 2:
        return QStringLiteral(" ORDER BY %1id").arg(alias);
    default:
        return QStringLiteral(" ORDER BY %1id DESC").arg(alias);
    }
}

// The keyset condition after the last row read, served by the same index as the ORDER BY.
QString after(int index)
{
    switch (index) {
    case 0:
        return QStringLiteral(" AND (sort_name, id) > (?, ?)");
    case 1:
        return QStringLiteral(" AND (sort_name, id) < (?, ?)");
    case 2:
        return QStringLiteral(" AND id > ?");
    default:
        return QStringLiteral(" AND id < ?");
    }
}

// "?, ?, ..., ?" with RowsPerQuery placeholders: the IN lists always have the same length, so one
// prepared statement serves every page (unused slots are bound to NULL, which matches nothing).
QString placeholders()
{
    QStringList marks;
    for (int i = 0; i < CustomerListRepository::RowsPerQuery; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

const QString rowColumns = QStringLiteral(
    "SELECT c.id, c.kind, c.name, c.stage, u.display_name, c.acquired_on,"
    " c.deleted_at IS NOT NULL, c.sort_name"
    " FROM customers c LEFT JOIN users u ON u.id = c.owner_id");

void bindIds(QSqlQuery &q, std::span<const qint64> ids, int first)
{
    const QVariant null(QMetaType::fromType<qint64>());
    for (int i = 0; i < CustomerListRepository::RowsPerQuery; ++i)
        q.bindValue(first + i, std::size_t(i) < ids.size() ? QVariant(ids[std::size_t(i)]) : null);
}

} // namespace

bool CustomerListKey::before(const CustomerListKey &a,
                             const CustomerListKey &b,
                             const CustomerListOrder &order)
{
    const auto less = [&order](const CustomerListKey &x, const CustomerListKey &y) {
        if (order.key == CustomerListOrder::Key::Name && x.sortName != y.sortName)
            return x.sortName.toUtf8() < y.sortName.toUtf8();
        return x.id < y.id;
    };
    return order.descending() ? less(b, a) : less(a, b);
}

CustomerListRepository::CustomerListRepository(const Database &db)
    : m_count(db, QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"))
    , m_countAll(db, QStringLiteral("SELECT count(*) FROM customers"))
    , m_sortName(db,
                 QStringLiteral("SELECT sort_name, deleted_at IS NULL FROM customers "
                                "WHERE id = ?"))
    , m_rowsByIds(db,
                  rowColumns + QStringLiteral(" WHERE c.id IN (") + placeholders()
                      + QStringLiteral(")"))
    // No ORDER BY: sorting some 300 rows costs more than picking the primary ones while reading.
    , m_contacts(db,
                 QStringLiteral("SELECT customer_id, kind, value, city, is_primary, id"
                                " FROM contact_points WHERE customer_id IN (")
                     + placeholders() + QStringLiteral(") AND kind <= 2"))
{
    const QString ids = QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL");
    for (int i = 0; i < OrderCount; ++i) {
        m_firstIds.emplace_back(db, ids + orderBy(i) + QStringLiteral(" LIMIT ?"));
        m_nextIds.emplace_back(db, ids + after(i) + orderBy(i) + QStringLiteral(" LIMIT ?"));
        m_firstRows.emplace_back(db,
                                 rowColumns + QStringLiteral(" WHERE c.deleted_at IS NULL")
                                     + orderBy(i, QStringLiteral("c."))
                                     + QStringLiteral(" LIMIT ?"));
    }
}

int CustomerListRepository::orderIndex(const CustomerListOrder &order)
{
    return (order.key == CustomerListOrder::Key::Id ? 2 : 0) + (order.descending() ? 1 : 0);
}

Result<qint64> CustomerListRepository::countLive()
{
    return count(m_count);
}

Result<qint64> CustomerListRepository::countAll()
{
    return count(m_countAll);
}

Result<qint64> CustomerListRepository::count(Statement &statement)
{
    if (Status s = statement.exec(tr("Counting the customers")); !s)
        return s.error();
    QSqlQuery &q = statement.query();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    statement.finish();
    return n;
}

Result<std::optional<CustomerListKey>> CustomerListRepository::keyOf(qint64 id,
                                                                     const CustomerListOrder &order)
{
    QSqlQuery &q = m_sortName.query();
    q.bindValue(0, id);
    if (Status s = m_sortName.exec(tr("Reading a customer's place in the list")); !s)
        return s.error();
    std::optional<CustomerListKey> key;
    if (q.next() && q.value(1).toBool()) {
        key = CustomerListKey{order.key == CustomerListOrder::Key::Name ? q.value(0).toString()
                                                                        : QString(),
                              id};
    }
    m_sortName.finish();
    return key;
}

Result<CustomerIdChunk> CustomerListRepository::idChunk(const CustomerListOrder &order,
                                                        const std::optional<CustomerListKey> &after,
                                                        int limit)
{
    const int index = orderIndex(order);
    Statement &statement = after ? m_nextIds[std::size_t(index)] : m_firstIds[std::size_t(index)];
    QSqlQuery &q = statement.query();
    int slot = 0;
    if (after) {
        if (order.key == CustomerListOrder::Key::Name)
            q.bindValue(slot++, after->sortName);
        q.bindValue(slot++, after->id);
    }
    q.bindValue(slot, limit);
    if (Status s = statement.exec(tr("Reading the customer list")); !s)
        return s.error();

    CustomerIdChunk chunk;
    chunk.ids.reserve(std::size_t(std::max(limit, 0)));
    while (q.next())
        chunk.ids.push_back(q.value(0).toLongLong());
    statement.finish();
    chunk.complete = chunk.ids.size() < std::size_t(std::max(limit, 0));
    if (chunk.ids.empty())
        return chunk;

    // The next chunk continues from the last row's key. Reading sort_name for that one row here
    // is cheaper than carrying a string for every row of the chunk.
    if (order.key == CustomerListOrder::Key::Id) {
        chunk.last = CustomerListKey{QString(), chunk.ids.back()};
        return chunk;
    }
    // A row deleted between the two reads does not belong in the list any more: drop it and
    // continue from the row before it.
    while (!chunk.ids.empty()) {
        auto key = keyOf(chunk.ids.back(), order);
        if (!key)
            return key.error();
        if (key.value()) {
            chunk.last = *key.value();
            return chunk;
        }
        chunk.ids.pop_back();
    }
    chunk.last = after;
    return chunk;
}

Result<CustomerListPage> CustomerListRepository::firstPage(const CustomerListOrder &order, int limit)
{
    Statement &statement = m_firstRows[std::size_t(orderIndex(order))];
    statement.query().bindValue(0, std::clamp(limit, 0, int(RowsPerQuery)));
    CustomerListPage page;
    QString lastSortName;
    if (Status s = readRows(statement, tr("Reading the customer list"), page.rows, &lastSortName);
        !s)
        return s.error();
    page.complete = page.rows.size() < std::size_t(std::clamp(limit, 0, int(RowsPerQuery)));
    if (!page.rows.empty()) {
        page.last = CustomerListKey{order.key == CustomerListOrder::Key::Name ? lastSortName
                                                                              : QString(),
                                    page.rows.back().id};
    }
    if (Status s = fillContacts(page.rows); !s)
        return s.error();
    return page;
}

Result<std::vector<CustomerListRow>> CustomerListRepository::rowsByIds(std::span<const qint64> ids)
{
    std::vector<CustomerListRow> found;
    found.reserve(ids.size());
    for (std::size_t first = 0; first < ids.size(); first += RowsPerQuery) {
        const auto batch = ids.subspan(first,
                                       std::min<std::size_t>(RowsPerQuery, ids.size() - first));
        bindIds(m_rowsByIds.query(), batch, 0);
        std::vector<CustomerListRow> rows;
        if (Status s = readRows(m_rowsByIds, tr("Reading customers"), rows); !s)
            return s.error();
        QHash<qint64, std::size_t> at;
        for (std::size_t i = 0; i < rows.size(); ++i)
            at.insert(rows[i].id, i);
        for (qint64 id : batch) {
            if (const auto it = at.constFind(id); it != at.constEnd())
                found.push_back(std::move(rows[*it]));
        }
    }
    if (Status s = fillContacts(found); !s)
        return s.error();
    return found;
}

Status CustomerListRepository::readRows(Statement &statement,
                                        const QString &what,
                                        std::vector<CustomerListRow> &out,
                                        QString *lastSortName)
{
    if (Status s = statement.exec(what); !s)
        return s;
    QSqlQuery &q = statement.query();
    while (q.next()) {
        CustomerListRow row;
        row.id = q.value(0).toLongLong();
        row.kind = q.value(1).toInt() == 1 ? CustomerKind::Organisation : CustomerKind::Person;
        row.name = q.value(2).toString();
        row.stage = static_cast<LifecycleStage>(std::clamp(q.value(3).toInt(), 0, 4));
        row.owner = q.value(4).toString();
        row.acquiredOn = sql::toDate(q.value(5));
        row.deleted = q.value(6).toBool();
        if (lastSortName)
            *lastSortName = q.value(7).toString();
        out.push_back(std::move(row));
    }
    statement.finish();
    return {};
}

Status CustomerListRepository::fillContacts(std::vector<CustomerListRow> &rows)
{
    for (std::size_t first = 0; first < rows.size(); first += RowsPerQuery) {
        const std::size_t end = std::min(rows.size(), first + RowsPerQuery);
        QHash<qint64, std::size_t> at;
        std::vector<qint64> ids;
        struct Pick
        {
            qint64 id = 0;
            bool primary = false;
        };
        std::vector<Pick> picks((end - first) * 3); // per customer: phone, e-mail, postal
        for (std::size_t i = first; i < end; ++i) {
            at.insert(rows[i].id, i);
            ids.push_back(rows[i].id);
        }
        QSqlQuery &q = m_contacts.query();
        bindIds(q, ids, 0);
        if (Status s = m_contacts.exec(tr("Reading the customers' phone numbers and addresses")); !s)
            return s;
        // Per customer and kind the primary one wins, else the oldest (the lowest id).
        while (q.next()) {
            const auto it = at.constFind(q.value(0).toLongLong());
            const int kind = q.value(1).toInt();
            if (it == at.constEnd() || kind < 0 || kind > 2)
                continue;
            Pick &pick = picks[(*it - first) * 3 + std::size_t(kind)];
            const bool primary = q.value(4).toBool();
            const qint64 id = q.value(5).toLongLong();
            if (pick.id != 0
                && (pick.primary > primary || (pick.primary == primary && pick.id < id)))
                continue;
            pick = {id, primary};
            CustomerListRow &row = rows[*it];
            switch (static_cast<ContactKind>(kind)) {
            case ContactKind::Phone:
                row.phone = q.value(2).toString();
                break;
            case ContactKind::Email:
                row.email = q.value(2).toString();
                break;
            case ContactKind::Postal:
                row.city = q.value(3).toString();
                break;
            case ContactKind::Web:
                break;
            }
        }
        m_contacts.finish();
    }
    return {};
}

} // namespace rapport
