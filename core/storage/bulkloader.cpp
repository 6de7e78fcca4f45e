#include "core/storage/bulkloader.h"

#include "core/storage/bulksearchindex.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/database.h"
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
// The first twelve are BulkLoader::Table's, in its order. The customer list's read model is
// rebuilt set-based at the end (CustomerListRepository::rebuild), its indexes built after.
constexpr std::array<const char *, 16> LoadedTables{"users",
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
                                                    "customer_tags",
                                                    "customer_search",
                                                    "customer_list",
                                                    "customer_list_counts"};

// Indexes that stay live: rows arrive in the order of their key (children in parent id order,
// each parent's rows in time order), or the key has a handful of values, so every new entry goes
// to the right end of its run in the b-tree. That costs no more than building the index after.
constexpr std::array<const char *, 10> AppendOrderIndexes{"contact_points_customer",
                                                          "orders_customer",
                                                          "order_lines_order",
                                                          "order_lines_product",
                                                          "cases_customer",
                                                          "interactions_customer",
                                                          "interactions_case",
                                                          "tasks_customer",
                                                          "tasks_case",
                                                          "customer_notes_customer"};

// Rows per INSERT statement: one statement step per 32 rows instead of per row roughly halves the
// per-row cost of SQLite's statement machinery.
constexpr int RowsPerStep = 32;

constexpr qint64 LoadCacheKiB = 256 * 1024;

bool contains(const auto &names, const QByteArray &name)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) {
        return name == QByteArray(n);
    });
}

// Binders by column type; text is bound without a copy. Reference and time columns (Ref): 0 is
// NULL.
struct Ref
{
    qint64 value;
};

void bindOne(sqlite3_stmt *s, int i, BulkText text)
{
    if (text.data() == nullptr)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, text.data(), int(text.size()), SQLITE_STATIC);
}

// A text column that is NOT NULL: a null view is stored as the empty string.
struct Text
{
    BulkText value;
};

void bindOne(sqlite3_stmt *s, int i, Text text)
{
    sqlite3_bind_text(s,
                      i,
                      text.value.data() ? text.value.data() : "",
                      int(text.value.size()),
                      SQLITE_STATIC);
}

void bindOne(sqlite3_stmt *s, int i, qint64 v)
{
    sqlite3_bind_int64(s, i, v);
}

void bindOne(sqlite3_stmt *s, int i, int v)
{
    sqlite3_bind_int64(s, i, v);
}

void bindOne(sqlite3_stmt *s, int i, bool v)
{
    sqlite3_bind_int64(s, i, v ? 1 : 0);
}

void bindOne(sqlite3_stmt *s, int i, Ref v)
{
    if (v.value == 0)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_int64(s, i, v.value);
}

// Binds the values to parameters offset + 1, offset + 2, ...
template<typename... Values>
void bindAll(sqlite3_stmt *s, int offset, const Values &...values)
{
    int i = offset;
    (bindOne(s, ++i, values), ...);
}

template<typename Row, typename Bind>
int insertRows(sqlite3_stmt *many,
               sqlite3_stmt *one,
               int columns,
               int rowsPerStep,
               const std::vector<Row> &rows,
               Bind bind)
{
    std::size_t i = 0;
    const std::size_t n = rows.size();
    for (; n - i >= std::size_t(rowsPerStep); i += std::size_t(rowsPerStep)) {
        for (int k = 0; k < rowsPerStep; ++k)
            bind(many, k * columns, rows[i + std::size_t(k)]);
        const int rc = sqlite3_step(many);
        sqlite3_reset(many);
        if (rc != SQLITE_DONE)
            return rc;
    }
    for (; i < n; ++i) {
        bind(one, 0, rows[i]);
        const int rc = sqlite3_step(one);
        sqlite3_reset(one);
        if (rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_DONE;
}

} // namespace

// ---- BulkLoader ---------------------------------------------------------------------------------

// One table's INSERT, prepared twice: for RowsPerStep rows at a time and for a single row.
struct BulkLoader::Statement
{
    QByteArray table;
    int columns = 0;
    int rowsPerStep = 1;
    sqlite3_stmt *many = nullptr;
    sqlite3_stmt *one = nullptr;

    ~Statement()
    {
        sqlite3_finalize(many);
        sqlite3_finalize(one);
    }
};

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
    // existed before, which for a new database is almost none. This needs the only connection to
    // the file; when others have it open the load simply stays in WAL mode.
    if (m_journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
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
    m_listCounts.clear();
    Result<QByteArray> before = queryValue(m_handle, "SELECT count(*) FROM customers", preparing);
    if (!before) {
        rollback();
        return before.error();
    }
    m_customersBefore = before->toLongLong();

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
    if (m_searchMode == SearchIndex::OnHelperThread && !defensive && !m_searchSql.isEmpty())
        m_search = std::make_unique<BulkSearchIndex>(m_db.path() + QStringLiteral("-search.tmp"),
                                                     m_searchTable,
                                                     m_searchSql);
    return {};
}

Status BulkLoader::prepareAll()
{
    // Table, columns (in the order the binders below use).
    static const std::array<std::pair<const char *, const char *>, 14> inserts{{
        {"users", "id, login, display_name, email, role, created_at, updated_at"},
        {"products",
         "id, sku, name, category, is_service, unit_price_minor, unit_cost_minor, "
         "currency"},
        {"customers",
         "id, kind, first_name, last_name, name, sort_name, stage, owner_id, source, "
         "acquired_on, notes, created_at, updated_at, external_key"},
        {"customer_tags", "customer_id, tag_id"},
        {"contact_points",
         "id, customer_id, kind, label, value, street, postal_code, city, region, "
         "country, is_primary, phone_key"},
        {"relationships", "id, from_id, to_id, kind, role, since, note"},
        {"orders", "id, customer_id, ordered_at, status, currency, total_minor, rep_id"},
        {"order_lines", "id, order_id, product_id, quantity, unit_price_minor"},
        {"cases",
         "id, customer_id, kind, subject, description, category, status, priority, "
         "owner_id, opened_at, resolved_at, resolution"},
        {"interactions",
         "id, customer_id, channel, direction, occurred_at, duration_s, agent_id, "
         "subject, notes, outcome, case_id"},
        {"tasks",
         "id, customer_id, case_id, title, notes, due_at, done_at, assignee_id, "
         "priority, created_at"},
        {"customer_notes", "id, customer_id, body, author_id, created_at, updated_at"},
        {"customer_search", "rowid, name, organisation, email, phone, city"},
        {"customer_list",
         "id, live, kind, stage, owner_id, tag_bits, name, name_key, org_id, org_name, org_key, "
         "owner_name, owner_key, phone, email, city, city_key, last_contact_at, revenue_minor, "
         "revenue_currency, revenue_oldest_at"},
    }};
    m_statements.clear();
    for (const auto &[table, columns] : inserts) {
        auto st = std::make_unique<Statement>();
        st->table = table;
        st->columns = int(QByteArray(columns).count(',')) + 1;
        st->rowsPerStep = RowsPerStep;
        QByteArray row = "(?";
        for (int i = 1; i < st->columns; ++i)
            row += ",?";
        row += ')';
        const QByteArray head = QByteArray("INSERT INTO ") + table + " (" + columns + ") VALUES ";
        QByteArray many = head + row;
        for (int i = 1; i < st->rowsPerStep; ++i)
            many += ',' + row;
        const QByteArray one = head + row;
        int rc = sqlite3_prepare_v3(m_handle,
                                    many.constData(),
                                    int(many.size()),
                                    SQLITE_PREPARE_PERSISTENT,
                                    &st->many,
                                    nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_prepare_v3(m_handle,
                                    one.constData(),
                                    int(one.size()),
                                    SQLITE_PREPARE_PERSISTENT,
                                    &st->one,
                                    nullptr);
        if (rc != SQLITE_OK)
            return sqliteError(rc,
                               QString::fromUtf8(sqlite3_errmsg(m_handle)),
                               BulkLoaderTexts::tr("Preparing to load %1")
                                   .arg(QString::fromLatin1(table)));
        m_statements.push_back(std::move(st));
    }
    return {};
}

void BulkLoader::finalizeAll()
{
    m_statements.clear();
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

Status BulkLoader::insert(const BulkBatch &b)
{
    if (!m_active)
        return Error(Error::Kind::Database, BulkLoaderTexts::tr("The bulk load has not begun."));
    using B = BulkBatch;
    int statement = 0;
    int rc = SQLITE_DONE;
    const auto run = [&](const auto &rows, auto bind) {
        const Statement &st = *m_statements[std::size_t(statement++)];
        if (rc == SQLITE_DONE && !rows.empty())
            rc = insertRows(st.many, st.one, st.columns, st.rowsPerStep, rows, bind);
        if (rc != SQLITE_DONE)
            return false;
        return true;
    };
    // With a helper thread the search entries go there, after the rows were written.
    static const std::vector<B::SearchEntry> noEntries;
    // The order of these calls is the order of prepareAll()'s table list.
    run(b.users, [](sqlite3_stmt *s, int o, const B::User &r) {
        bindAll(s, o, r.id, r.login, r.displayName, r.email, r.role, r.createdAt, r.createdAt);
    }) && run(b.products, [](sqlite3_stmt *s, int o, const B::Product &r) {
        bindAll(s, o, r.id, r.sku, r.name, r.category, r.service, r.unitPriceMinor);
        if (r.unitCostMinor < 0)
            sqlite3_bind_null(s, o + 7);
        else
            bindOne(s, o + 7, r.unitCostMinor);
        bindOne(s, o + 8, r.currency);
    }) && run(b.customers, [](sqlite3_stmt *s, int o, const B::Customer &r) {
        bindAll(s, o, r.id, r.kind, r.firstName, r.lastName, r.name, r.sortName, r.stage);
        bindAll(s, o + 7, Ref{r.ownerId}, r.source, r.acquiredOn, r.notes);
        bindAll(s, o + 11, r.createdAt, r.updatedAt, r.externalKey);
    }) && run(b.customerTags, [](sqlite3_stmt *s, int o, const B::CustomerTag &r) {
        bindAll(s, o, r.customerId, r.tagId);
    }) && run(b.contactPoints, [](sqlite3_stmt *s, int o, const B::ContactPoint &r) {
        bindAll(s, o, r.id, r.customerId, r.kind, r.label, r.value, r.street, r.postalCode);
        bindAll(s, o + 7, r.city, r.region, r.country, r.primary, r.phoneKey);
    }) && run(b.relationships, [](sqlite3_stmt *s, int o, const B::Relationship &r) {
        bindAll(s, o, r.id, r.fromId, r.toId, r.kind, r.role, r.since, r.note);
    }) && run(b.orders, [](sqlite3_stmt *s, int o, const B::Order &r) {
        bindAll(s, o, r.id, r.customerId, r.orderedAt, r.status, r.currency, r.totalMinor);
        bindOne(s, o + 7, Ref{r.repId});
    }) && run(b.orderLines, [](sqlite3_stmt *s, int o, const B::OrderLine &r) {
        bindAll(s, o, r.id, r.orderId, r.productId, r.quantity, r.unitPriceMinor);
    }) && run(b.cases, [](sqlite3_stmt *s, int o, const B::Case &r) {
        bindAll(s, o, r.id, r.customerId, r.kind, r.subject, r.description, r.category);
        bindAll(s, o + 6, r.status, r.priority, Ref{r.ownerId}, r.openedAt);
        bindAll(s, o + 10, Ref{r.resolvedAt}, r.resolution);
    }) && run(b.interactions, [](sqlite3_stmt *s, int o, const B::Interaction &r) {
        bindAll(s, o, r.id, r.customerId, r.channel, r.direction, r.occurredAt, r.durationS);
        bindAll(s, o + 6, Ref{r.agentId}, r.subject, r.notes, r.outcome, Ref{r.caseId});
    }) && run(b.tasks, [](sqlite3_stmt *s, int o, const B::Task &r) {
        bindAll(s, o, r.id, Ref{r.customerId}, Ref{r.caseId}, r.title, r.notes);
        bindAll(s, o + 5, Ref{r.dueAt}, Ref{r.doneAt}, Ref{r.assigneeId}, r.priority);
        bindOne(s, o + 10, r.createdAt);
    }) && run(b.notes, [](sqlite3_stmt *s, int o, const B::Note &r) {
        bindAll(s, o, r.id, r.customerId, r.body, Ref{r.authorId}, r.createdAt, r.createdAt);
    }) && run(m_search ? noEntries : b.search, [](sqlite3_stmt *s, int o, const B::SearchEntry &r) {
        bindAll(s, o, r.customerId, r.name, r.organisation, r.email, r.phone, r.city);
    }) && run(b.list, [](sqlite3_stmt *s, int o, const B::ListEntry &r) {
        bindAll(s, o, r.customerId, 1, r.kind, r.stage, Ref{r.ownerId}, r.tagBits);
        bindAll(s, o + 6, Text{r.name}, Text{r.nameKey}, Ref{r.organisationId});
        bindAll(s, o + 9, Text{r.organisation}, Text{r.organisationKey}, Text{r.owner});
        bindAll(s, o + 12, Text{r.ownerKey}, Text{r.phone}, Text{r.email}, Text{r.city});
        bindAll(s, o + 16, Text{r.cityKey}, r.lastContactAt, r.revenueMinor, r.revenueCurrency);
        bindOne(s, o + 21, Ref{r.revenueOldestAt});
    });
    if (rc == SQLITE_DONE) {
        m_customersLoaded += qint64(b.customers.size());
        m_listLoaded += qint64(b.list.size());
        for (const B::ListEntry &r : b.list)
            ++m_listCounts[{r.stage, r.kind, r.ownerId, r.tagBits}];
    }
    if (rc == SQLITE_DONE && m_search)
        m_search->add(b.search);
    if (rc != SQLITE_DONE) {
        const QString table = QString::fromLatin1(m_statements[std::size_t(statement - 1)]->table);
        return sqliteError(rc,
                           QString::fromUtf8(sqlite3_errmsg(m_handle)),
                           BulkLoaderTexts::tr("Loading rows into %1").arg(table));
    }
    return {};
}

qint64 BulkLoader::listWindowStart() const
{
    return CustomerListRepository::windowStart(m_listAsOf);
}

// The customer list's rows came with the batches when they cover every customer of a database
// that had none: only the counts and the window's day remain. Otherwise (customers without rows,
// or rows loaded for customers there were before) the read model is rebuilt set-based.
Status BulkLoader::finishCustomerList()
{
    if (m_customersBefore > 0 || m_listLoaded != m_customersLoaded)
        return CustomerListRepository::rebuild(m_db, m_listAsOf);
    const QString what = BulkLoaderTexts::tr("Building the customer list");
    sqlite3_stmt *state = nullptr;
    int rc = sqlite3_prepare_v2(m_handle,
                                "UPDATE customer_list_state SET as_of = ?1, window_start = ?2",
                                -1,
                                &state,
                                nullptr);
    if (rc == SQLITE_OK) {
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
                                " n) VALUES (?1, ?2, ?3, ?4, ?5)",
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

Status BulkLoader::finish(const std::function<bool(const QString &)> &step)
{
    if (!m_active)
        return Error(Error::Kind::Database, BulkLoaderTexts::tr("The bulk load has not begun."));
    finalizeAll();
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
    sqlite3_exec(m_handle, "PRAGMA threads = 2", nullptr, nullptr, nullptr);
    for (const bool triggers : {false, true}) {
        if (triggers && m_search) {
            if (step && !step(BulkLoaderTexts::tr("Completing the search index")))
                return cancelled();
            const Status copied = m_search->copyInto(m_handle);
            m_search.reset(); // removes the scratch file
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
    if (Status s = exec("COMMIT", BulkLoaderTexts::tr("Saving the loaded rows")); !s) {
        rollback();
        return s;
    }
    m_active = false;
    restoreSettings();
    return {};
}

void BulkLoader::rollback()
{
    finalizeAll();
    m_search.reset();
    if (m_active) {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        m_active = false;
        restoreSettings();
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
