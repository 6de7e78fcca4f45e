#include "core/storage/bulkloader.h"

#include "core/storage/bulksearchindex.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/database.h"
#include "core/storage/revenuewindowrepository.h"
#include "core/storage/sqlerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <array>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct BulkLoaderTexts
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoader)
};

// The tables a bulk load fills; their triggers and secondary indexes are dropped while it runs.
// The first thirteen are BulkLoader::Table's, in its order. The customer list's read model is
// rebuilt set-based at the end (CustomerListRepository::rebuild), its indexes built after.
constexpr std::array<const char *, 17> LoadedTables{"users",
                                                    "products",
                                                    "tags",
                                                    "customers",
                                                    "contact_points",
                                                    "relationships",
                                                    "orders",
                                                    "order_lines",
                                                    "cases",
                                                    "interactions",
                                                    "tasks",
                                                    "customer_notes",
                                                    "surveys",
                                                    "customer_tags",
                                                    "customer_search",
                                                    "customer_list",
                                                    "customer_list_counts"};

// Indexes that stay live: rows arrive in the order of their key (children in parent id order,
// each parent's rows in time order), or the key has a handful of values, so every new entry goes
// to the right end of its run in the b-tree. That costs no more than building the index after.
constexpr std::array<const char *, 11> AppendOrderIndexes{"contact_points_customer",
                                                          "orders_customer",
                                                          "order_lines_order",
                                                          "order_lines_product",
                                                          "cases_customer",
                                                          "interactions_customer",
                                                          "interactions_case",
                                                          "tasks_customer",
                                                          "tasks_case",
                                                          "customer_notes_customer",
                                                          "surveys_customer"};

constexpr qint64 LoadCacheKiB = 256 * 1024;

bool contains(const auto &names, const QByteArray &name)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) {
        return name == QByteArray(n);
    });
}

} // namespace

// ---- BulkLoader ---------------------------------------------------------------------------------

BulkLoader::BulkLoader(Database &db, SearchIndex search)
    : m_db(db)
    , m_handle(db.handle())
    , m_searchMode(search)
{}

BulkLoader::~BulkLoader()
{
    rollback();
}

Status BulkLoader::exec(const char *sql, const QString &what)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle));
    sqlite3_free(message);
    return sqliteError(rc, text, what);
}

namespace {

// Runs a statement that returns one value (a pragma or an aggregate).
Result<QByteArray> queryValue(sqlite3 *db, const QByteArray &sql, const QString &what)
{
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr);
    QByteArray value;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
            value = QByteArray(text ? text : "");
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK) {
        const Error error = sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(db)), what);
        sqlite3_finalize(s);
        return error;
    }
    sqlite3_finalize(s);
    return value;
}

} // namespace

Status BulkLoader::begin()
{
    if (m_active)
        return Error(Error::Kind::Database, BulkLoaderTexts::tr("The bulk load has already begun."));
    if (m_db.isReadOnly())
        return Error(Error::Kind::Io,
                     BulkLoaderTexts::tr(
                         "The database is open read-only, so nothing can be loaded."));
    if (!sqlite3_get_autocommit(m_handle))
        return Error(Error::Kind::Database,
                     BulkLoaderTexts::tr(
                         "A bulk load cannot start while another transaction is open."));

    const QString preparing = BulkLoaderTexts::tr("Preparing the bulk load");
    Result<QByteArray> fk = queryValue(m_handle, "PRAGMA foreign_keys", preparing);
    Result<QByteArray> journal = queryValue(m_handle, "PRAGMA journal_mode", preparing);
    Result<QByteArray> cache = queryValue(m_handle, "PRAGMA cache_size", preparing);
    if (!fk)
        return fk.error();
    if (!journal)
        return journal.error();
    if (!cache)
        return cache.error();
    m_foreignKeys = fk->toInt() != 0;
    m_journalMode = QString::fromLatin1(*journal);
    m_cacheSize = cache->toLongLong();

    // Foreign keys can only be switched outside a transaction. The rows of a bulk load refer to
    // each other by the ids the caller assigned; the tests prove them with foreign_key_check.
    if (Status s = exec("PRAGMA foreign_keys = OFF", preparing); !s)
        return s;
    // In WAL mode every page of a load that builds a whole database would be written twice (to
    // the log, then by the checkpoint into the file). The rollback journal only copies pages that
    // existed before, which for a new database is almost none. But with the rollback journal the
    // writer locks everybody out once its pages no longer fit in its cache, and to the end: so
    // only a new database (no customers, no orders yet: nobody has anything to read in it) is
    // built that way, and only by the one connection to the file (otherwise the switch fails and
    // the load stays in WAL mode). Loads into a database in use stay in WAL mode, and the others
    // read beside them.
    Result<QByteArray> inUse = queryValue(m_handle,
                                          "SELECT EXISTS (SELECT 1 FROM customers)"
                                          " OR EXISTS (SELECT 1 FROM orders)",
                                          preparing);
    if (!inUse) {
        restoreSettings();
        return inUse.error();
    }
    if (m_journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0 && inUse->toInt() == 0)
        sqlite3_exec(m_handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QByteArray cacheSql = "PRAGMA cache_size = -" + QByteArray::number(LoadCacheKiB);
    if (Status s = exec(cacheSql.constData(), preparing); !s) {
        restoreSettings();
        return s;
    }
    if (Status s = exec("BEGIN IMMEDIATE", BulkLoaderTexts::tr("Starting the bulk load")); !s) {
        restoreSettings();
        return s;
    }
    m_active = true;
    if (CommitObserver *observer = m_db.commitObserver())
        observer->begun();

    // The text of every trigger and secondary index of the loaded tables, in schema order.
    std::vector<std::pair<QByteArray, QByteArray>> drops; // (type, name)
    m_recreate.clear();
    {
        sqlite3_stmt *s = nullptr;
        const char *sql = "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                          "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid";
        int rc = sqlite3_prepare_v2(m_handle, sql, -1, &s, nullptr);
        if (rc == SQLITE_OK)
            rc = SQLITE_ROW;
        while (rc == SQLITE_ROW && (rc = sqlite3_step(s)) == SQLITE_ROW) {
            const auto column = [s](int i) {
                return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, i)));
            };
            const QByteArray type = column(0), name = column(1), table = column(2);
            if (!contains(LoadedTables, table))
                continue;
            if (type == "index" && contains(AppendOrderIndexes, name))
                continue;
            drops.emplace_back(type, name);
            m_recreate.push_back(column(3));
        }
        if (rc != SQLITE_DONE) {
            const Error error = sqliteError(rc,
                                            QString::fromUtf8(sqlite3_errmsg(m_handle)),
                                            preparing);
            sqlite3_finalize(s);
            rollback();
            return error;
        }
        sqlite3_finalize(s);
    }
    for (const auto &[type, name] : drops) {
        const QByteArray sql = "DROP " + type.toUpper() + " \"" + name + "\"";
        if (Status s = exec(sql.constData(), preparing); !s) {
            rollback();
            return s;
        }
    }
    if (Status s = prepareAll(); !s) {
        rollback();
        return s;
    }
    m_listAsOf = QDateTime::currentDateTimeUtc().date();
    m_customersLoaded = m_listLoaded = 0;
    m_listTouchesOld = false;
    m_listCounts.clear();
    Result<QByteArray> stateAsOf = queryValue(m_handle,
                                              "SELECT as_of FROM customer_list_state",
                                              preparing);
    if (!stateAsOf) {
        rollback();
        return stateAsOf.error();
    }
    m_listStateAsOf = QDate::fromString(QString::fromLatin1(*stateAsOf), Qt::ISODate);
    Result<QByteArray> before = queryValue(m_handle, "SELECT count(*) FROM customers", preparing);
    if (!before) {
        rollback();
        return before.error();
    }
    m_customersBefore = before->toLongLong();
    Result<QByteArray> next = queryValue(m_handle,
                                         "SELECT coalesce(max(id), 0) + 1 FROM customers",
                                         preparing);
    if (!next) {
        rollback();
        return next.error();
    }
    m_firstNewCustomer = next->toLongLong();

    // The search index goes to a helper thread unless FTS5's tables may not be written here.
    Result<QByteArray> searchSql = queryValue(
        m_handle,
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'customer_search'",
        preparing);
    if (!searchSql) {
        rollback();
        return searchSql.error();
    }
    m_searchTable = "customer_search";
    m_searchSql = *searchSql;
    int defensive = 0;
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    // The helper collects the words of the names too, with the vocabulary's own tokenizer.
    Result<QByteArray> tokenizerSql = queryValue(
        m_handle,
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'customer_name_tokenizer'",
        preparing);
    if (!tokenizerSql) {
        rollback();
        return tokenizerSql.error();
    }
    if (m_searchMode == SearchIndex::OnHelperThread && !defensive && !m_searchSql.isEmpty())
        m_search = std::make_unique<BulkSearchIndex>(m_db.path() + QStringLiteral("-search.tmp"),
                                                     m_searchTable,
                                                     m_searchSql,
                                                     *tokenizerSql,
                                                     m_customersBefore == 0);
    return {};
}

Result<qint64> BulkLoader::rowCount(Table table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + LoadedTables[std::size_t(table)];
    Result<QByteArray> v = queryValue(m_handle, sql, BulkLoaderTexts::tr("Counting rows"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> BulkLoader::nextId(Table table)
{
    const QByteArray sql = QByteArray("SELECT coalesce(max(id), 0) + 1 FROM ")
                           + LoadedTables[std::size_t(table)];
    Result<QByteArray> v = queryValue(m_handle, sql, BulkLoaderTexts::tr("Finding free ids"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> BulkLoader::ensureTag(std::string_view name)
{
    const QString what = BulkLoaderTexts::tr("Adding the tag %1")
                             .arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
    for (const char *sql :
         {"SELECT id FROM tags WHERE name = ?1", "INSERT INTO tags (name) VALUES (?1)"}) {
        sqlite3_stmt *s = nullptr;
        int rc = sqlite3_prepare_v2(m_handle, sql, -1, &s, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(s, 1, name.data(), int(name.size()), SQLITE_STATIC);
            rc = sqlite3_step(s);
        }
        if (rc == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(s, 0);
            sqlite3_finalize(s);
            return id;
        }
        if (rc != SQLITE_DONE) {
            const Error error = sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_handle)), what);
            sqlite3_finalize(s);
            return error;
        }
        sqlite3_finalize(s);
    }
    return qint64(sqlite3_last_insert_rowid(m_handle));
}

Result<std::unordered_map<std::string, qint64>> BulkLoader::idsByKey(const char *sql,
                                                                     const QString &what)
{
    if (!m_active)
        return Error(Error::Kind::Database, BulkLoaderTexts::tr("The bulk load has not begun."));
    std::unordered_map<std::string, qint64> ids;
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, sql, -1, &s, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
        ids.emplace(std::string(key, std::size_t(sqlite3_column_bytes(s, 0))),
                    sqlite3_column_int64(s, 1));
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE) {
        const Error error = sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_handle)), what);
        sqlite3_finalize(s);
        return error;
    }
    sqlite3_finalize(s);
    return ids;
}

Result<std::unordered_map<std::string, qint64>> BulkLoader::customerIdsByExternalKey()
{
    return idsByKey("SELECT external_key, id FROM customers WHERE external_key IS NOT NULL",
                    BulkLoaderTexts::tr("Reading the customers' external keys"));
}

Result<std::unordered_map<std::string, qint64>> BulkLoader::productIdsBySku()
{
    return idsByKey("SELECT sku, id FROM products", BulkLoaderTexts::tr("Reading the products"));
}

qint64 BulkLoader::listWindowStart() const
{
    return RevenueWindowRepository::windowStart(m_listAsOf);
}

// The customer list's rows came with the batches when they cover every customer loaded: only the
// counts and the window's day remain. Into a database that had customers, that holds only when
// nothing was loaded for them (their rows stay right) and their rows' revenue window ends on the
// load's day (an import on the day after would otherwise mix two windows). Otherwise the read
// model is rebuilt set-based.
Status BulkLoader::finishCustomerList()
{
    const bool added = m_customersBefore > 0;
    if (m_listLoaded != m_customersLoaded
        || (added && (m_listTouchesOld || m_listStateAsOf != m_listAsOf)))
        return CustomerListRepository::rebuild(m_db, m_listAsOf);
    const QString what = BulkLoaderTexts::tr("Building the customer list");
    sqlite3_stmt *state = nullptr;
    int rc
        = added ? SQLITE_OK
                : sqlite3_prepare_v2(m_handle,
                                     "UPDATE customer_list_state SET as_of = ?1, window_start = ?2",
                                     -1,
                                     &state,
                                     nullptr);
    if (rc == SQLITE_OK && state) {
        const QByteArray day = m_listAsOf.toString(Qt::ISODate).toLatin1();
        sqlite3_bind_text(state, 1, day.constData(), int(day.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(state, 2, listWindowStart());
        rc = sqlite3_step(state) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(m_handle);
    }
    sqlite3_finalize(state);
    sqlite3_stmt *count = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(m_handle,
                                "INSERT INTO customer_list_counts (stage, kind, owner_id, tag_bits,"
                                " n) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE"
                                " SET n = n + excluded.n",
                                -1,
                                &count,
                                nullptr);
    for (auto it = m_listCounts.begin(); rc == SQLITE_OK && it != m_listCounts.end(); ++it) {
        for (int i = 0; i < 4; ++i)
            sqlite3_bind_int64(count, i + 1, it->first[std::size_t(i)]);
        sqlite3_bind_int64(count, 5, it->second);
        rc = sqlite3_step(count) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(m_handle);
        sqlite3_reset(count);
    }
    sqlite3_finalize(count);
    if (rc == SQLITE_OK)
        return {};
    return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_handle)), what);
}

// The words of the loaded customers' names join the vocabulary the typo-forgiving search looks
// in (schema 10), in one statement: the triggers that keep it are dropped while loading.
Status BulkLoader::finishNameTerms()
{
    if (m_customersLoaded == 0)
        return {};
    const QString what = BulkLoaderTexts::tr("Collecting the words of the names");
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(m_handle,
                                "INSERT INTO customer_name_terms (term, customers)"
                                " SELECT t.token, count(DISTINCT c.id)"
                                " FROM customers c, customer_name_tokenizer t"
                                " WHERE c.id >= ?1 AND t.input = c.name AND c.deleted_at IS NULL"
                                " GROUP BY t.token"
                                " ON CONFLICT (term) DO UPDATE"
                                " SET customers = customers + excluded.customers",
                                -1,
                                &s,
                                nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, m_firstNewCustomer);
        rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(m_handle);
    }
    sqlite3_finalize(s);
    if (rc == SQLITE_OK)
        return {};
    return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_handle)), what);
}

Status BulkLoader::finish(const std::function<bool(const QString &)> &step)
{
    if (!m_active)
        return Error(Error::Kind::Database, BulkLoaderTexts::tr("The bulk load has not begun."));
    finalizeAll();
    // No more rows: the search index's helper fills the index meanwhile.
    if (m_search)
        m_search->close();
    const auto cancelled = [&] {
        rollback();
        return Error(Error::Kind::Cancelled,
                     BulkLoaderTexts::tr("The bulk load was cancelled; nothing was saved."));
    };
    // The customer list's rows first, while its indexes are still dropped; then the indexes
    // (index builds sort: SQLite's sorter may use a helper thread), while the search index may
    // still be in the making; then the search index; the triggers last.
    if (step && !step(BulkLoaderTexts::tr("Building the customer list")))
        return cancelled();
    if (Status s = finishCustomerList(); !s) {
        rollback();
        return s;
    }
    // The words of the names: here, or from the search index's helper once it is done.
    const bool namesOnHelper = m_search && m_search->hasNameTerms();
    if (!namesOnHelper) {
        if (step && !step(BulkLoaderTexts::tr("Collecting the words of the names")))
            return cancelled();
        if (Status s = finishNameTerms(); !s) {
            rollback();
            return s;
        }
    }
    sqlite3_exec(m_handle, "PRAGMA threads = 2", nullptr, nullptr, nullptr);
    for (const bool triggers : {false, true}) {
        if (triggers && m_search) {
            if (step && !step(BulkLoaderTexts::tr("Completing the search index")))
                return cancelled();
            Status copied = m_search->copyInto(m_handle);
            if (copied && namesOnHelper && m_customersLoaded > 0) {
                if (step && !step(BulkLoaderTexts::tr("Collecting the words of the names")))
                    return cancelled();
                copied = m_search->addNameTerms(m_handle);
            }
            if (!copied) {
                rollback();
                return copied;
            }
        }
        for (const QByteArray &sql : m_recreate) {
            if (sql.startsWith("CREATE TRIGGER") != triggers)
                continue;
            const QString name = QString::fromUtf8(sql).section(QLatin1Char(' '), 2, 2);
            if (!triggers && step && !step(BulkLoaderTexts::tr("Building the index %1").arg(name)))
                return cancelled();
            if (Status s = exec(sql.constData(),
                                BulkLoaderTexts::tr("Recreating the indexes and triggers"));
                !s) {
                rollback();
                return s;
            }
        }
    }
    sqlite3_exec(m_handle, "PRAGMA threads = 0", nullptr, nullptr, nullptr);
    if (step && !step(BulkLoaderTexts::tr("Saving")))
        return cancelled();
    if (m_beforeCommit) {
        if (Status s = m_beforeCommit(); !s) {
            rollback();
            return s;
        }
    }
    // The write door records the load's batch entry in the same transaction.
    CommitObserver *observer = m_db.commitObserver();
    if (observer) {
        if (Status s = observer->beforeCommit(); !s) {
            rollback();
            return s;
        }
    }
    if (Status s = exec("COMMIT", BulkLoaderTexts::tr("Saving the loaded rows")); !s) {
        rollback();
        return s;
    }
    if (observer)
        observer->afterCommit(true);
    m_active = false;
    // The scratch file of the search index can go once the transaction that read it is over.
    if (m_search) {
        m_search->detach();
        m_search.reset();
    }
    restoreSettings();
    return {};
}

void BulkLoader::rollback()
{
    finalizeAll();
    if (m_active) {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        if (CommitObserver *observer = m_db.commitObserver())
            observer->afterCommit(false);
        m_active = false;
        restoreSettings();
    }
    if (m_search) {
        m_search->detach();
        m_search.reset(); // stops the helper and removes the scratch file
    }
}

void BulkLoader::restoreSettings()
{
    // Best effort: these only tune the connection and fail only when it is unusable anyway.
    const QByteArray cache = "PRAGMA cache_size = " + QByteArray::number(m_cacheSize);
    sqlite3_exec(m_handle, cache.constData(), nullptr, nullptr, nullptr);
    if (!m_journalMode.isEmpty()) {
        const QByteArray journal = "PRAGMA journal_mode = " + m_journalMode.toLatin1();
        sqlite3_exec(m_handle, journal.constData(), nullptr, nullptr, nullptr);
    }
    sqlite3_exec(m_handle,
                 m_foreignKeys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF",
                 nullptr,
                 nullptr,
                 nullptr);
}

} // namespace rapport
