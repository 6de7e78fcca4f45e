#pragma once

#include "core/storage/bulkbatch.h"
#include "core/util/result.h"

#include <QString>
#include <QtGlobal>

#include <array>

#include <QDate>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport {

class Database;
class BulkSearchIndex;

// BulkLoader writes large amounts of new rows in one transaction through the SQLite C API on the
// Database's own connection: prepared multi-row INSERTs, values bound without copying, foreign
// keys checked by the caller's design instead of per row. While it loads, the triggers and the
// secondary indexes of the loaded tables are dropped (the indexes that grow in key order stay);
// finish() recreates them from the SQL text they had in sqlite_schema, so they cannot drift from
// the migrations. Nothing is visible to other connections before finish() commits; a loader
// destroyed before that rolls everything back.
//
// The customer search index is fed from the batches (BulkBatch::search), not by the triggers. By
// default a BulkSearchIndex builds it on a helper thread and finish() copies it in; where the
// connection forbids writing FTS5's tables (SQLITE_DBCONFIG_DEFENSIVE), or when asked to, the
// index is filled directly on the loading connection instead.
class BulkLoader final
{
public:
    enum class Table {
        Users,
        Products,
        Tags,
        Customers,
        ContactPoints,
        Relationships,
        Orders,
        OrderLines,
        Cases,
        Interactions,
        Tasks,
        Notes,
        Surveys
    };
    enum class SearchIndex { OnHelperThread, Direct };

    explicit BulkLoader(Database &db, SearchIndex search = SearchIndex::OnHelperThread);
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    // Takes the write lock (BEGIN IMMEDIATE), turns foreign key enforcement off for the load and
    // drops the triggers and the secondary indexes of the loaded tables.
    Status begin();
    // Rows in `table` (valid after begin()).
    Result<qint64> rowCount(Table table);
    // The first free id of `table`: max(id) + 1.
    Result<qint64> nextId(Table table);
    // The id of the tag called `name` (compared without case), added when missing.
    Result<qint64> ensureTag(std::string_view name);
    // The customers that have an external key (customers.external_key), by that key, and the
    // products by SKU (valid after begin(); an import adds to them instead of duplicating them).
    Result<std::unordered_map<std::string, qint64>> customerIdsByExternalKey();
    Result<std::unordered_map<std::string, qint64>> productIdsBySku();
    // The day the customer list's revenue window ends for this load (today, UTC, fixed at
    // begin()), and the Unix time orders must be placed from to count (BulkBatch::ListEntry).
    QDate listAsOf() const { return m_listAsOf; }
    qint64 listWindowStart() const;
    Status insert(const BulkBatch &batch);
    // Recreates indexes and triggers, completes the search index and commits. `step` is called
    // between the steps with a short description; when it returns false the load is rolled back
    // and Cancelled is returned.
    Status finish(const std::function<bool(const QString &)> &step = {});
    // Called by finish() once the indexes and triggers are back, inside the load's transaction,
    // just before the commit: for writes that need the triggers live (an import's updates of
    // customers that were there before). An error rolls the whole load back.
    void setBeforeCommit(std::function<Status()> hook) { m_beforeCommit = std::move(hook); }
    // Rolls back everything written since begin() (also done by the destructor).
    void rollback();

private:
    // One table's INSERT, prepared twice: for many rows at a time and for a single row
    // (bulkloaderrows.cpp).
    struct Statement
    {
        QByteArray table;
        int columns = 0;
        int rowsPerStep = 1;
        sqlite3_stmt *many = nullptr;
        sqlite3_stmt *one = nullptr;

        Statement() = default;
        ~Statement();
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
    };
    Status exec(const char *sql, const QString &what);
    Result<std::unordered_map<std::string, qint64>> idsByKey(const char *sql, const QString &what);
    Status prepareAll();
    Status finishCustomerList();
    Status finishNameTerms();
    void finalizeAll();
    void restoreSettings();

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    SearchIndex m_searchMode;
    bool m_active = false;
    bool m_foreignKeys = true;
    QString m_journalMode;
    qint64 m_cacheSize = 0;
    QByteArray m_searchTable; // name and CREATE VIRTUAL TABLE text of the search index
    QByteArray m_searchSql;
    std::vector<QByteArray> m_recreate; // CREATE INDEX / CREATE TRIGGER text, in schema order
    std::vector<std::unique_ptr<Statement>> m_statements;
    std::unique_ptr<BulkSearchIndex> m_search;
    std::function<Status()> m_beforeCommit;
    // The customer list's rows as the batches bring them: counted per (stage, kind, owner, tag
    // bits) for customer_list_counts, and whether they cover every customer loaded.
    QDate m_listAsOf;
    qint64 m_customersBefore = 0;
    qint64 m_firstNewCustomer = 1; // customers with this id or above were loaded now
    qint64 m_customersLoaded = 0;
    qint64 m_listLoaded = 0;
    bool m_listTouchesOld = false; // rows loaded for customers there were before
    QDate m_listStateAsOf;         // customer_list_state.as_of at begin()
    std::map<std::array<qint64, 4>, qint64> m_listCounts;
};

} // namespace rapport
