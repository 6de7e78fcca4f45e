#pragma once

#include "core/domain/customer.h"
#include "core/storage/customerlistfilter.h"
#include "core/storage/customerselectiontable.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QSqlQuery;

namespace rapport {

class Database;
struct CustomerListSegment;

// The orders the customer list can be sorted in: one per column, each served by indexes on the
// customer_list read model (schemas 5 and 7), so that a page at any depth is a keyset range and
// never an OFFSET (CustomerListSegment says how each is read). Kind, stage, owner and city,
// values many customers share, sort by name within each value; the others by id. Blank values
// sort first ascending, last descending.
struct CustomerListOrder
{
    enum class Key {
        Name,
        Kind,
        Organisation,
        Stage,
        Owner,
        Phone,
        Email,
        City,
        LastContact,
        Revenue
    };
    static constexpr int KeyCount = 10;

    Key key = Key::Name;
    Qt::SortOrder direction = Qt::AscendingOrder;

    bool operator==(const CustomerListOrder &) const = default;
    bool descending() const { return direction == Qt::DescendingOrder; }
    // True when the key's ties go by name (and then id) rather than by id alone.
    bool tiesByName() const;
};

// Where a row stands in an order: the column's key (text or integer; null in the Name order),
// the folded name where ties go by name (or the Name order's key), and the id.
struct CustomerListKey
{
    QVariant value;
    QString name;
    qint64 id = 0;

    bool operator==(const CustomerListKey &) const = default;
    // True when `a` comes before `b` in `order`. Texts compare as UTF-8 bytes, as SQLite's
    // BINARY collation does, so the answer agrees with the index.
    static bool before(const CustomerListKey &a,
                       const CustomerListKey &b,
                       const CustomerListOrder &order);
};

// One row of the customer list: what the table shows, and the keys it sorts by. The phone is
// E.164 as stored and money is in minor units; the model formats them.
struct CustomerListRow
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    LifecycleStage stage = LifecycleStage::Lead;
    QString name;
    QString organisation; // a person's organisation ("works at"); empty for organisations
    qint64 organisationId = 0;
    QString owner; // the owner's display name; empty when nobody owns the customer
    std::optional<qint64> ownerId;
    QString phone;            // primary phone (E.164)
    QString email;            // primary e-mail
    QString city;             // city of the primary postal address
    qint64 lastContactAt = 0; // Unix seconds of the newest interaction; 0: none
    qint64 revenueMinor = 0;  // fulfilled orders over the last 12 months
    QString revenueCurrency;  // empty: no such orders; "XXX": orders in several currencies
    bool deleted = false;     // in the trash (a list may still hold its id until it re-queries)
    QString nameKey, organisationKey, ownerKey, cityKey; // folded sort keys

    CustomerListKey key(const CustomerListOrder &order) const;
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

// Something a list filter can choose: an owner or a tag.
struct CustomerListChoice
{
    qint64 id = 0;
    QString name;
    bool active = true; // users: deactivated ones still own customers
};

// CustomerListRepository owns the SQL of the customer list: counts for any filter, the ids in
// list order read in keyset chunks, rows fetched by id a page at a time, and the read model's
// bulk rebuild (the rolling revenue window is RevenueWindowRepository's; how each order is read
// and keyed is in customerlistsegments.cpp). It belongs to the thread of its Database.
class CustomerListRepository final
{
public:
    // The number of rows one page query asks for.
    static constexpr int RowsPerQuery = 100;

    explicit CustomerListRepository(const Database &db);
    ~CustomerListRepository();

    // The live customers that pass `filter`, from customer_list_counts (no scan) unless the
    // filter names a tag past CustomerListFilter::MaxTagBit, or a selection (then its customers
    // are looked up one by one: some 0.1 s for 200,000 of them).
    Result<qint64> count(const CustomerListFilter &filter = {});
    // Up to `limit` ids of live customers passing `filter` in `order`, after `after` (from the
    // start without it).
    Result<CustomerIdChunk> idChunk(const CustomerListOrder &order,
                                    const CustomerListFilter &filter,
                                    const std::optional<CustomerListKey> &after,
                                    int limit);
    // The first `limit` rows (at most RowsPerQuery) of the list in `order`.
    Result<CustomerListPage> firstPage(const CustomerListOrder &order,
                                       const CustomerListFilter &filter,
                                       int limit);
    // The rows of the given customers (trashed ones included, marked deleted), in the order of
    // `ids`; ids that do not exist are left out.
    Result<std::vector<CustomerListRow>> rowsByIds(std::span<const qint64> ids);
    // The key of a live customer passing `filter` in `order`; empty when it does not (any more).
    Result<std::optional<CustomerListKey>> keyOf(qint64 id,
                                                 const CustomerListOrder &order,
                                                 const CustomerListFilter &filter = {});
    // Every live customer of `filter`'s selection that passes the rest of it, in `order`, in one
    // go (empty without a selection). Its cost follows the selection's size, where idChunk()'s
    // follows the list's: the way to read a small selection of a large list.
    Result<std::vector<qint64>> selectedIds(const CustomerListOrder &order,
                                            const CustomerListFilter &filter);
    // The live ones of `ids` in `order` (a search's matches sorted by a column).
    Result<std::vector<qint64>> sorted(std::span<const qint64> ids, const CustomerListOrder &order);

    // The choices of the owner and tag filters, by name.
    Result<QList<CustomerListChoice>> owners();
    Result<QList<CustomerListChoice>> tags();

    // Fills the read model anew from the tables it draws from, set-based, with the revenue
    // window ending on `asOf` (the bulk loader's last step; seconds at a million customers). Runs
    // inside the caller's transaction; cheapest with the read model's indexes and triggers
    // dropped, as the bulk loader has them.
    static Status rebuild(const Database &db, const QDate &asOf);
    // How many rebuilds this process has run (a bulk load that brings every list row skips it;
    // the tests check that it did).
    static int rebuilds();

private:
    enum class Use { FirstIds, NextIds, FirstRows };
    Statement &statement(Use use,
                         const CustomerListSegment &segment,
                         bool descending,
                         bool filtered);
    Result<std::vector<const CustomerListSegment *>> segments(const CustomerListOrder &order,
                                                              const CustomerListFilter &filter);
    Status scan(Use use,
                const CustomerListOrder &order,
                const CustomerListFilter &filter,
                const std::optional<CustomerListKey> &after,
                int limit,
                const std::function<Result<int>(Statement &)> &read);
    Status readRows(Statement &statement, const QString &what, std::vector<CustomerListRow> &out);

    const Database &m_db;
    std::map<QString, std::unique_ptr<Statement>> m_orderStatements; // by their SQL
    Statement m_count;
    Statement m_countTag;
    Statement m_countSelected;
    Statement m_row;
    Statement m_rowFiltered;
    Statement m_rowsByIds;
    std::vector<std::unique_ptr<Statement>> m_sorted;   // by key and direction, made when needed
    std::vector<std::unique_ptr<Statement>> m_selected; // the same, for selectedIds()
    CustomerSelectionTable m_selection;
    Statement m_owners;
    Statement m_tags;
};

} // namespace rapport
