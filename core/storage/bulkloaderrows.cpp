#include "core/storage/bulkloader.h"

#include "core/storage/bulksearchindex.h"
#include "core/storage/sqlerror.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

#include <array>

// The BulkLoader's row inserts: one prepared multi-row INSERT per table, and the binders that
// hand a batch's values to SQLite without copying them. The load itself (begin, finish, rollback)
// is in bulkloader.cpp.

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct BulkLoaderTexts
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoader)
};

// Rows per INSERT statement: one statement step per 32 rows instead of per row roughly halves the
// per-row cost of SQLite's statement machinery.
constexpr int RowsPerStep = 32;

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

BulkLoader::Statement::~Statement()
{
    sqlite3_finalize(many);
    sqlite3_finalize(one);
}

Status BulkLoader::prepareAll()
{
    // Table, columns (in the order the binders below use).
    static const std::array<std::pair<const char *, const char *>, 15> inserts{{
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
        {"surveys", "id, customer_id, answered_at, score, kind, comment"},
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
    }) && run(b.surveys, [](sqlite3_stmt *s, int o, const B::Survey &r) {
        bindAll(s, o, r.id, r.customerId, r.answeredAt, r.score, r.kind, r.comment);
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
        // Rows for customers that were there before change their list rows: those need the
        // rebuild (finishCustomerList()).
        const auto old = [this](qint64 customerId) { return customerId < m_firstNewCustomer; };
        const auto anyOld = [&](const auto &rows, auto customerOf) {
            return std::any_of(rows.begin(), rows.end(), [&](const auto &r) {
                return old(customerOf(r));
            });
        };
        m_listTouchesOld
            = m_listTouchesOld
              || anyOld(b.customerTags, [](const B::CustomerTag &r) { return r.customerId; })
              || anyOld(b.contactPoints, [](const B::ContactPoint &r) { return r.customerId; })
              || anyOld(b.relationships, [](const B::Relationship &r) { return r.fromId; })
              || anyOld(b.orders, [](const B::Order &r) { return r.customerId; })
              || anyOld(b.interactions, [](const B::Interaction &r) { return r.customerId; })
              || anyOld(b.list, [](const B::ListEntry &r) { return r.customerId; });
        m_customersLoaded += qint64(b.customers.size());
        m_listLoaded += qint64(b.list.size());
        for (const B::ListEntry &r : b.list)
            ++m_listCounts[{r.stage, r.kind, r.ownerId, r.tagBits}];
    }
    if (rc == SQLITE_DONE && m_search)
        m_search->add(b.search, b.customers);
    if (rc != SQLITE_DONE) {
        const QString table = QString::fromLatin1(m_statements[std::size_t(statement - 1)]->table);
        return sqliteError(rc,
                           QString::fromUtf8(sqlite3_errmsg(m_handle)),
                           BulkLoaderTexts::tr("Loading rows into %1").arg(table));
    }
    return {};
}

} // namespace rapport
