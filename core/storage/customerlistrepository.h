#pragma once

#include "core/domain/customer.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace rapport {

class Database;

// The orders the customer list can be sorted in. Each one is served by an index, so that a page
// at any depth is a keyset range and never an OFFSET: name by customers_sort (sort_name, id),
// id by the rowid. Other columns become sortable when their indexes exist.
struct CustomerListOrder
{
    enum class Key { Name, Id };
    Key key = Key::Name;
    Qt::SortOrder direction = Qt::AscendingOrder;

    bool operator==(const CustomerListOrder &) const = default;
    bool descending() const { return direction == Qt::DescendingOrder; }
};

// Where a row stands in an order: the folded name (empty for the id order) and the id.
struct CustomerListKey
{
    QString sortName;
    qint64 id = 0;

    bool operator==(const CustomerListKey &) const = default;
    // True when `a` comes before `b` in `order`. Names compare as UTF-8 bytes, as SQLite's
    // BINARY collation does, so the answer agrees with the index.
    static bool before(const CustomerListKey &a,
                       const CustomerListKey &b,
                       const CustomerListOrder &order);
};

// One row of the customer list: what the table shows, nothing more. The phone is E.164 as stored;
// the view formats it.
struct CustomerListRow
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    LifecycleStage stage = LifecycleStage::Lead;
    QString owner; // the owner's display name; empty when nobody owns the customer
    QString phone; // primary phone (E.164)
    QString email; // primary e-mail
    QString city;  // city of the primary postal address
    QDate acquiredOn;
    bool deleted = false; // in the trash (a list may still hold its id until it re-queries)
};

// A run of ids in list order, and the key of the last one to continue from.
struct CustomerIdChunk
{
    std::vector<qint64> ids;
    std::optional<CustomerListKey> last; // where the next chunk starts (`after` when empty)
    bool complete = false;               // no live customer comes after this chunk
};

// The first rows of the list in one go, so the list paints before its id vector is complete.
struct CustomerListPage
{
    std::vector<CustomerListRow> rows;
    std::optional<CustomerListKey> last;
    bool complete = false;
};

// CustomerListRepository owns the SQL of the customer list: the count of live customers, the ids
// in list order read in keyset chunks, and rows fetched by id a page at a time. It reads only; it
// belongs to the thread of its Database.
class CustomerListRepository final
{
public:
    // The number of ids one row query asks for; rowsByIds() splits longer lists.
    static constexpr int RowsPerQuery = 100;

    explicit CustomerListRepository(const Database &db);

    Result<qint64> countLive();
    // All customers, those in the trash included: an upper bound of countLive() that SQLite
    // counts from its smallest index, some 8 times faster at 1M customers (9 ms against 70).
    Result<qint64> countAll();
    // Up to `limit` ids of live customers in `order` after `after` (from the start without it).
    Result<CustomerIdChunk> idChunk(const CustomerListOrder &order,
                                    const std::optional<CustomerListKey> &after,
                                    int limit);
    // The first `limit` rows (at most RowsPerQuery) of the list in `order`.
    Result<CustomerListPage> firstPage(const CustomerListOrder &order, int limit);
    // The rows of the given customers, in the order of `ids`; ids that do not exist are left out.
    Result<std::vector<CustomerListRow>> rowsByIds(std::span<const qint64> ids);
    // The key of a live customer in `order`; empty when the customer is deleted or gone.
    Result<std::optional<CustomerListKey>> keyOf(qint64 id, const CustomerListOrder &order);

private:
    static int orderIndex(const CustomerListOrder &order);
    static Result<qint64> count(Statement &statement);
    // Reads the rows of a statement over rowColumns; `lastSortName` receives the last one's.
    Status readRows(Statement &rows,
                    const QString &what,
                    std::vector<CustomerListRow> &out,
                    QString *lastSortName = nullptr);
    Status fillContacts(std::vector<CustomerListRow> &rows);

    Statement m_count;
    Statement m_countAll;
    Statement m_sortName;
    Statement m_rowsByIds;
    Statement m_contacts;
    std::vector<Statement> m_firstIds;  // by orderIndex()
    std::vector<Statement> m_nextIds;   // by orderIndex()
    std::vector<Statement> m_firstRows; // by orderIndex()
};

} // namespace rapport
