#include "core/storage/customerlistrepository.h"

#include "core/domain/enumkeys.h"
#include "core/storage/customerlistsegments.h"
#include "core/storage/customerselectiontable.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/revenuewindowrepository.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <array>
#include <atomic>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct CustomerListRepositoryTexts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListRepository)
};

using Key = CustomerListOrder::Key;

// The order's columns on alias "a.": (key, name_key, id), (key, id) or (name_key, id).
QStringList orderColumns(const CustomerListOrder &order)
{
    QStringList columns;
    if (const char *column = customerListKeyColumn(order.key).column)
        columns << QStringLiteral("a.") + QLatin1String(column);
    if (order.key == Key::Name || order.tiesByName())
        columns << QStringLiteral("a.name_key");
    columns << QStringLiteral("a.id");
    return columns;
}

QString orderBy(const QStringList &columns, bool descending)
{
    QStringList terms = columns;
    if (descending) {
        for (QString &term : terms)
            term += QStringLiteral(" DESC");
    }
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

// The keyset condition after a row: a row-value comparison the segment's index serves.
QString afterCondition(const QStringList &columns, bool descending)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral(" AND (%1) %2 (%3)")
        .arg(columns.join(QStringLiteral(", ")),
             descending ? QStringLiteral("<") : QStringLiteral(">"),
             marks.join(QStringLiteral(", ")));
}

// Binds the parts of `key` that `columns` name.
int bindKey(QSqlQuery &q, int slot, const CustomerListKey &key, const QStringList &columns)
{
    for (const QString &column : columns) {
        if (column == QLatin1String("a.id"))
            q.bindValue(slot++, key.id);
        else if (column == QLatin1String("a.name_key"))
            q.bindValue(slot++, key.name);
        else
            q.bindValue(slot++, key.value);
    }
    return slot;
}

int orderIndex(const CustomerListOrder &order)
{
    return int(order.key) * 2 + (order.descending() ? 1 : 0);
}

const QString rowColumns = QStringLiteral(
    "SELECT a.id, a.live, a.kind, a.stage, a.name, a.name_key, a.org_id, a.org_name, a.org_key,"
    " a.owner_id, a.owner_name, a.owner_key, a.phone, a.email, a.city, a.city_key,"
    " a.last_contact_at, a.revenue_minor, a.revenue_currency FROM customer_list a");

Result<QList<CustomerListChoice>> readChoices(Statement &statement, const QString &what)
{
    if (Status s = statement.exec(what); !s)
        return s.error();
    repository::FinishGuard done(statement);
    QSqlQuery &q = statement.query();
    QList<CustomerListChoice> choices;
    while (q.next())
        choices.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return choices;
}

} // namespace

CustomerListRepository::CustomerListRepository(const Database &db)
    : m_db(db)
    , m_count(db,
              QStringLiteral("SELECT coalesce(sum(n), 0) FROM customer_list_counts WHERE")
                  + CustomerListFilter::countCondition())
    // A tag past the bits: count from its customers rather than from every customer.
    , m_countTag(db,
                 QStringLiteral("SELECT count(*) FROM customer_tags t"
                                " JOIN customer_list a ON a.id = t.customer_id"
                                " WHERE t.tag_id = ? AND a.live = 1")
                     + CustomerListFilter::sqlCondition(QStringLiteral("a")))
    // A selection's customers are counted from the selection (CROSS JOIN: each looked up by id),
    // not from the table of counts, which knows nothing of it.
    , m_countSelected(db,
                      QStringLiteral("SELECT count(*) FROM temp.list_selection s"
                                     " CROSS JOIN customer_list a ON a.id = s.id WHERE a.live = 1")
                          + CustomerListFilter::sqlCondition(QStringLiteral("a")))
    , m_row(db, rowColumns + QStringLiteral(" WHERE a.id = ? AND a.live = 1"))
    , m_rowFiltered(db,
                    rowColumns + QStringLiteral(" WHERE a.id = ? AND a.live = 1")
                        + CustomerListFilter::sqlCondition(QStringLiteral("a")))
    , m_rowsByIds(db, rowColumns + QStringLiteral(" WHERE a.id IN (SELECT value FROM json_each(?))"))
    , m_selection(db)
    , m_owners(db,
               QStringLiteral("SELECT id, display_name, active FROM users"
                              " ORDER BY display_name COLLATE NOCASE, id"))
    , m_tags(db, QStringLiteral("SELECT id, name, 1 FROM tags ORDER BY name COLLATE NOCASE, id"))
{
    m_sorted.resize(CustomerListOrder::KeyCount * 2);
    m_selected.resize(CustomerListOrder::KeyCount * 2);
}

CustomerListRepository::~CustomerListRepository() = default;

Statement &CustomerListRepository::statement(Use use,
                                             const CustomerListSegment &segment,
                                             bool descending,
                                             bool filtered)
{
    // INDEXED BY / NOT INDEXED: a filter on kind or stage must not tempt the planner into a plan
    // that sorts half a million rows.
    QString sql = use == Use::FirstRows ? rowColumns.section(QStringLiteral(" FROM "), 0, 0)
                                        : QStringLiteral("SELECT a.id");
    sql += segment.index.isEmpty()
               ? QStringLiteral(" FROM customer_list a NOT INDEXED")
               : QStringLiteral(" FROM customer_list a INDEXED BY ") + segment.index;
    sql += QStringLiteral(" WHERE a.live = 1") + segment.condition;
    if (use == Use::NextIds)
        sql += afterCondition(segment.columns, descending);
    if (filtered)
        sql += CustomerListFilter::sqlCondition(QStringLiteral("a"));
    sql += orderBy(segment.columns, descending) + QStringLiteral(" LIMIT ?");
    std::unique_ptr<Statement> &made = m_orderStatements[sql];
    if (!made)
        made = std::make_unique<Statement>(m_db, sql);
    return *made;
}

// The segments of `order` to read, in its direction, leaving out groups of values (kind, stage)
// the filter excludes or nobody is in: looking for them would read the whole name index.
Result<std::vector<const CustomerListSegment *>> CustomerListRepository::segments(
    const CustomerListOrder &order, const CustomerListFilter &filter)
{
    std::vector<const CustomerListSegment *> out;
    for (const CustomerListSegment &segment : customerListSegments(order.key)) {
        if (segment.value) {
            const int v = *segment.value;
            CustomerListFilter one = filter;
            if (order.key == Key::Stage) {
                const quint8 bit = CustomerListFilter::stageBit(LifecycleStage(v));
                if (filter.stages != 0 && (filter.stages & bit) == 0)
                    continue;
                one.stages = bit;
            } else {
                if (filter.kind && int(*filter.kind) != v)
                    continue;
                one.kind = CustomerKind(v);
            }
            // Without the selection: the table of counts answers at once, where counting the
            // selection would look up each of its customers for every chunk.
            Result<qint64> n = count(one.withoutSelection());
            if (!n)
                return n.error();
            if (*n == 0)
                continue;
        }
        out.push_back(&segment);
    }
    if (order.descending())
        std::reverse(out.begin(), out.end());
    return out;
}

// Reads `order` segment by segment, from the start or after `after`, until `limit` ids or rows
// are read: `read` runs the statement bound for one segment and says how many it read.
Status CustomerListRepository::scan(Use use,
                                    const CustomerListOrder &order,
                                    const CustomerListFilter &filter,
                                    const std::optional<CustomerListKey> &after,
                                    int limit,
                                    const std::function<Result<int>(Statement &)> &read)
{
    if (Status s = m_selection.hold(filter.selection.get()); !s)
        return s;
    Result<std::vector<const CustomerListSegment *>> parts = segments(order, filter);
    if (!parts)
        return parts.error();
    const std::vector<CustomerListSegment> &all = customerListSegments(order.key);
    const int from = after ? customerListSegmentOf(*after, order.key) : -1;
    int done = 0;
    for (const CustomerListSegment *segment : *parts) {
        if (done >= limit)
            break;
        const int at = int(segment - all.data());
        // Segments the cursor has passed are done; its own continues after it.
        if (after && (order.descending() ? at > from : at < from))
            continue;
        const bool next = after && at == from;
        Statement &st
            = statement(next ? Use::NextIds : use, *segment, order.descending(), !filter.isEmpty());
        QSqlQuery &q = st.query();
        int slot = next ? bindKey(q, 0, *after, segment->columns) : 0;
        if (!filter.isEmpty()) {
            filter.bind(q, slot);
            slot += CustomerListFilter::Placeholders;
        }
        q.bindValue(slot, limit - done);
        Result<int> got = read(st);
        if (!got)
            return got.error();
        done += *got;
    }
    return {};
}

Result<qint64> CustomerListRepository::count(const CustomerListFilter &filter)
{
    if (filter.selection) {
        if (Status s = m_selection.hold(filter.selection.get()); !s)
            return s.error();
        // The selection is where the rows come from: the other tests alone remain.
        filter.withoutSelection().bind(m_countSelected.query(), 0);
        if (Status s = m_countSelected.exec(
                CustomerListRepositoryTexts::tr("Counting the selected customers"));
            !s)
            return s.error();
        repository::FinishGuard done(m_countSelected);
        return m_countSelected.query().next() ? m_countSelected.query().value(0).toLongLong() : 0;
    }
    const bool byTag = filter.tagId > CustomerListFilter::MaxTagBit;
    Statement &statement = byTag ? m_countTag : m_count;
    QSqlQuery &q = statement.query();
    if (byTag) {
        q.bindValue(0, filter.tagId);
        filter.bind(q, 1);
    } else {
        filter.bindCounted(q, 0);
    }
    if (Status s = statement.exec(CustomerListRepositoryTexts::tr("Counting the customers")); !s)
        return s.error();
    repository::FinishGuard done(statement);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<CustomerIdChunk> CustomerListRepository::idChunk(const CustomerListOrder &order,
                                                        const CustomerListFilter &filter,
                                                        const std::optional<CustomerListKey> &after,
                                                        int limit)
{
    CustomerIdChunk chunk;
    const std::size_t wanted = std::size_t(std::max(limit, 0));
    chunk.ids.reserve(wanted);
    const Status scanned = scan(Use::FirstIds,
                                order,
                                filter,
                                after,
                                int(wanted),
                                [&chunk](Statement &st) -> Result<int> {
                                    if (Status s = st.exec(CustomerListRepositoryTexts::tr(
                                            "Reading the customer list"));
                                        !s)
                                        return s.error();
                                    const std::size_t before = chunk.ids.size();
                                    QSqlQuery &q = st.query();
                                    while (q.next())
                                        chunk.ids.push_back(q.value(0).toLongLong());
                                    st.finish();
                                    return int(chunk.ids.size() - before);
                                });
    if (!scanned)
        return scanned.error();
    chunk.complete = chunk.ids.size() < wanted;

    // The next chunk continues from the last row's key. Reading it for that one row is cheaper
    // than carrying the keys of every row. A row changed or deleted between the two reads does
    // not belong where it was: drop it and continue from the row before it.
    while (!chunk.ids.empty()) {
        auto key = keyOf(chunk.ids.back(), order, filter);
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

Result<CustomerListPage> CustomerListRepository::firstPage(const CustomerListOrder &order,
                                                           const CustomerListFilter &filter,
                                                           int limit)
{
    const int wanted = std::clamp(limit, 0, int(RowsPerQuery));
    CustomerListPage page;
    const Status scanned = scan(Use::FirstRows,
                                order,
                                filter,
                                std::nullopt,
                                wanted,
                                [this, &page](Statement &st) -> Result<int> {
                                    const std::size_t before = page.rows.size();
                                    if (Status s = readRows(st,
                                                            CustomerListRepositoryTexts::tr(
                                                                "Reading the customer list"),
                                                            page.rows);
                                        !s)
                                        return s.error();
                                    return int(page.rows.size() - before);
                                });
    if (!scanned)
        return scanned.error();
    page.complete = page.rows.size() < std::size_t(wanted);
    if (!page.rows.empty())
        page.last = page.rows.back().key(order);
    return page;
}

Result<std::vector<CustomerListRow>> CustomerListRepository::rowsByIds(std::span<const qint64> ids)
{
    std::vector<CustomerListRow> found;
    if (ids.empty())
        return found;
    m_rowsByIds.query().bindValue(0, repository::jsonIds(ids));
    std::vector<CustomerListRow> rows;
    if (Status s = readRows(m_rowsByIds, CustomerListRepositoryTexts::tr("Reading customers"), rows);
        !s)
        return s.error();
    QHash<qint64, std::size_t> at;
    at.reserve(qsizetype(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        at.insert(rows[i].id, i);
    found.reserve(rows.size());
    for (qint64 id : ids) {
        if (const auto it = at.constFind(id); it != at.constEnd())
            found.push_back(rows[*it]);
    }
    return found;
}

Result<std::optional<CustomerListKey>> CustomerListRepository::keyOf(
    qint64 id, const CustomerListOrder &order, const CustomerListFilter &filter)
{
    const bool filtered = !filter.isEmpty();
    if (Status s = m_selection.hold(filter.selection.get()); !s)
        return s.error();
    Statement &st = filtered ? m_rowFiltered : m_row;
    QSqlQuery &q = st.query();
    q.bindValue(0, id);
    if (filtered)
        filter.bind(q, 1);
    std::vector<CustomerListRow> rows;
    if (Status s = readRows(st,
                            CustomerListRepositoryTexts::tr(
                                "Reading a customer's place in the list"),
                            rows);
        !s)
        return s.error();
    if (rows.empty())
        return std::optional<CustomerListKey>();
    return std::optional<CustomerListKey>(rows.front().key(order));
}

Result<std::vector<qint64>> CustomerListRepository::sorted(std::span<const qint64> ids,
                                                           const CustomerListOrder &order)
{
    std::unique_ptr<Statement> &st = m_sorted[std::size_t(orderIndex(order))];
    if (!st) {
        // NOT INDEXED: look the few rows up by id and sort them, rather than walk an order's
        // index past a million rows to find them.
        st = std::make_unique<Statement>(
            m_db,
            QStringLiteral("SELECT a.id FROM customer_list a NOT INDEXED"
                           " WHERE a.id IN (SELECT value FROM json_each(?)) AND a.live = 1")
                + orderBy(orderColumns(order), order.descending()));
    }
    st->query().bindValue(0, repository::jsonIds(ids));
    if (Status s = st->exec(CustomerListRepositoryTexts::tr("Sorting the search results")); !s)
        return s.error();
    repository::FinishGuard done(*st);
    std::vector<qint64> out;
    out.reserve(ids.size());
    while (st->query().next())
        out.push_back(st->query().value(0).toLongLong());
    return out;
}

Result<std::vector<qint64>> CustomerListRepository::selectedIds(const CustomerListOrder &order,
                                                                const CustomerListFilter &filter)
{
    std::vector<qint64> out;
    if (!filter.selection)
        return out;
    if (Status s = m_selection.hold(filter.selection.get()); !s)
        return s.error();
    std::unique_ptr<Statement> &st = m_selected[std::size_t(orderIndex(order))];
    if (!st) {
        // From the selection (each customer looked up by id), sorted: as much work as the
        // selection is large, however many customers there are.
        st = std::make_unique<Statement>(
            m_db,
            QStringLiteral("SELECT a.id FROM temp.list_selection s"
                           " CROSS JOIN customer_list a ON a.id = s.id WHERE a.live = 1")
                + CustomerListFilter::sqlCondition(QStringLiteral("a"))
                + orderBy(orderColumns(order), order.descending()));
    }
    filter.withoutSelection().bind(st->query(), 0);
    if (Status s = st->exec(CustomerListRepositoryTexts::tr("Reading the selected customers")); !s)
        return s.error();
    repository::FinishGuard done(*st);
    out.reserve(filter.selection->ids.size());
    while (st->query().next())
        out.push_back(st->query().value(0).toLongLong());
    return out;
}

Result<QList<CustomerListChoice>> CustomerListRepository::owners()
{
    return readChoices(m_owners, CustomerListRepositoryTexts::tr("Reading the users"));
}

Result<QList<CustomerListChoice>> CustomerListRepository::tags()
{
    return readChoices(m_tags, CustomerListRepositoryTexts::tr("Reading the tags"));
}

namespace {
std::atomic<int> rebuildCount{0};
} // namespace

int CustomerListRepository::rebuilds()
{
    return rebuildCount.load();
}

Status CustomerListRepository::rebuild(const Database &db, const QDate &asOf)
{
    ++rebuildCount;
    const QString what = CustomerListRepositoryTexts::tr("Building the customer list");
    QFile file(QStringLiteral(":/rapport/sql/customer_list_rebuild.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     CustomerListRepositoryTexts::tr(
                         "The customer list's build script is missing."));
    const QByteArray script = file.readAll();
    sqlite3 *handle = db.handle();

    sqlite3_stmt *state = nullptr;
    int rc = sqlite3_prepare_v2(handle,
                                "UPDATE customer_list_state SET as_of = ?1, window_start = ?2",
                                -1,
                                &state,
                                nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray day = asOf.toString(Qt::ISODate).toLatin1();
        sqlite3_bind_text(state, 1, day.constData(), int(day.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(state, 2, RevenueWindowRepository::windowStart(asOf));
        rc = sqlite3_step(state) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(handle);
    }
    sqlite3_finalize(state);
    char *message = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    return sqliteError(rc, text, what);
}

Status CustomerListRepository::readRows(Statement &statement,
                                        const QString &what,
                                        std::vector<CustomerListRow> &out)
{
    if (Status s = statement.exec(what); !s)
        return s;
    repository::FinishGuard done(statement);
    QSqlQuery &q = statement.query();
    while (q.next()) {
        CustomerListRow row;
        row.id = q.value(0).toLongLong();
        row.deleted = !q.value(1).toBool();
        row.kind = repository::enumColumn(q.value(2), customerKindKeys, CustomerKind::Person);
        row.stage = repository::enumColumn(q.value(3), lifecycleStageKeys, LifecycleStage::Lead);
        row.name = q.value(4).toString();
        row.nameKey = q.value(5).toString();
        row.organisationId = q.value(6).toLongLong();
        row.organisation = q.value(7).toString();
        row.organisationKey = q.value(8).toString();
        if (!q.value(9).isNull())
            row.ownerId = q.value(9).toLongLong();
        row.owner = q.value(10).toString();
        row.ownerKey = q.value(11).toString();
        row.phone = q.value(12).toString();
        row.email = q.value(13).toString();
        row.city = q.value(14).toString();
        row.cityKey = q.value(15).toString();
        row.lastContactAt = q.value(16).toLongLong();
        row.revenueMinor = q.value(17).toLongLong();
        row.revenueCurrency = q.value(18).toString();
        out.push_back(std::move(row));
    }
    return {};
}

} // namespace rapport
