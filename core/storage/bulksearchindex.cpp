#include "core/storage/bulksearchindex.h"

#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct BulkSearchIndexTexts
{
    Q_DECLARE_TR_FUNCTIONS(BulkSearchIndex)
};

constexpr std::size_t MaxJobs = 16; // batches the helper may lag behind
constexpr int RowsPerStep = 32;     // rows per INSERT statement, as in BulkLoader

Error sqliteFailure(sqlite3 *db, int rc, const QString &what)
{
    return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(db)), what);
}

// "(?,?,...)" for `columns` values, repeated `rows` times.
QByteArray valueRows(int columns, int rows)
{
    QByteArray row = "(?";
    for (int c = 1; c < columns; ++c)
        row += ",?";
    row += ')';
    QByteArray all = row;
    for (int r = 1; r < rows; ++r)
        all += ',' + row;
    return all;
}

} // namespace

BulkSearchIndex::BulkSearchIndex(QString scratchPath, QByteArray table, QByteArray createSql)
    : m_path(std::move(scratchPath))
    , m_table(std::move(table))
    , m_createSql(std::move(createSql))
{
    removeFiles();
    m_thread = std::thread([this] { run(); });
}

BulkSearchIndex::~BulkSearchIndex()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    m_thread.join();
    removeFiles();
}

void BulkSearchIndex::removeFiles()
{
    QFile::remove(m_path);
    QFile::remove(m_path + QStringLiteral("-journal"));
}

void BulkSearchIndex::add(const std::vector<BulkBatch::SearchEntry> &entries)
{
    if (entries.empty())
        return;
    Job job;
    job.rows.reserve(entries.size());
    std::size_t bytes = 0;
    for (const BulkBatch::SearchEntry &e : entries)
        bytes += e.name.size() + e.organisation.size() + e.email.size() + e.phone.size()
                 + e.city.size();
    job.text.reserve(bytes);
    for (const BulkBatch::SearchEntry &e : entries) {
        Job::Row row;
        row.rowid = e.customerId;
        const BulkText columns[5] = {e.name, e.organisation, e.email, e.phone, e.city};
        for (int c = 0; c < 5; ++c) {
            row.offset[c] = quint32(job.text.size());
            row.size[c] = columns[c].data() ? qint32(columns[c].size()) : -1;
            job.text.append(columns[c]);
        }
        job.rows.push_back(row);
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_jobs.size() < MaxJobs || m_done || m_stop; });
    if (m_done || m_stop)
        return; // the helper failed; copyInto() reports why
    m_jobs.push_back(std::move(job));
    m_changed.notify_all();
}

void BulkSearchIndex::run()
{
    Status status = build();
    std::lock_guard lock(m_mutex);
    m_status = std::move(status);
    m_done = true;
    m_changed.notify_all();
}

Status BulkSearchIndex::build()
{
    const QString what = BulkSearchIndexTexts::tr("Building the search index");
    sqlite3 *db = nullptr;
    sqlite3_stmt *many = nullptr, *one = nullptr;
    const auto fail = [&](int rc) -> Status {
        const Error error = sqliteFailure(db, rc, what);
        sqlite3_finalize(many);
        sqlite3_finalize(one);
        sqlite3_close(db);
        return error;
    };
    int rc = sqlite3_open_v2(QFile::encodeName(m_path).constData(),
                             &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    // The scratch file is thrown away after the copy: it needs no journal and no syncs.
    for (const char *sql : {"PRAGMA journal_mode = OFF",
                            "PRAGMA synchronous = OFF",
                            "PRAGMA cache_size = -131072",
                            "PRAGMA locking_mode = EXCLUSIVE"}) {
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, m_createSql.constData(), nullptr, nullptr, nullptr);
    // FTS5 merges its segments four at a time as they pile up; merging sixteen at a time and
    // optimising once at the end rewrites each posting fewer times (about 10% faster) and leaves
    // one segment, the fastest index to search. The tuning stays in the scratch file: copyInto()
    // leaves the index's configuration table as the migration made it.
    const QByteArray automerge = "INSERT INTO \"" + m_table + "\" (\"" + m_table
                                 + "\", rank) VALUES ('automerge', 16)";
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, automerge.constData(), nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    const QByteArray head = "INSERT INTO \"" + m_table
                            + "\" (rowid, name, organisation, email, phone, city) VALUES ";
    const QByteArray manySql = head + valueRows(6, RowsPerStep);
    const QByteArray oneSql = head + valueRows(6, 1);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, manySql.constData(), -1, &many, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, oneSql.constData(), -1, &one, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc);

    const auto bind = [](sqlite3_stmt *s, int o, const Job &job, const Job::Row &row) {
        sqlite3_bind_int64(s, o + 1, row.rowid);
        for (int c = 0; c < 5; ++c) {
            if (row.size[c] < 0)
                sqlite3_bind_null(s, o + 2 + c);
            else
                sqlite3_bind_text(s,
                                  o + 2 + c,
                                  job.text.data() + row.offset[c],
                                  row.size[c],
                                  SQLITE_STATIC);
        }
    };
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_jobs.empty() || m_closing || m_stop; });
            if (m_stop)
                return fail(SQLITE_INTERRUPT);
            if (m_jobs.empty())
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_changed.notify_all();
        }
        std::size_t i = 0;
        const std::size_t n = job.rows.size();
        for (; n - i >= std::size_t(RowsPerStep); i += std::size_t(RowsPerStep)) {
            for (int k = 0; k < RowsPerStep; ++k)
                bind(many, k * 6, job, job.rows[i + std::size_t(k)]);
            rc = sqlite3_step(many);
            sqlite3_reset(many);
            if (rc != SQLITE_DONE)
                return fail(rc);
        }
        for (; i < n; ++i) {
            bind(one, 0, job, job.rows[i]);
            rc = sqlite3_step(one);
            sqlite3_reset(one);
            if (rc != SQLITE_DONE)
                return fail(rc);
        }
    }
    sqlite3_finalize(many);
    sqlite3_finalize(one);
    many = one = nullptr;
    const QByteArray optimize = "INSERT INTO \"" + m_table + "\" (\"" + m_table
                                + "\") VALUES ('optimize')";
    rc = sqlite3_exec(db, optimize.constData(), nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc);
    sqlite3_close(db);
    return {};
}

Status BulkSearchIndex::copyInto(sqlite3 *db)
{
    {
        std::unique_lock lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
        m_changed.wait(lock, [&] { return m_done; });
        if (!m_status)
            return m_status;
    }
    const QString what = BulkSearchIndexTexts::tr("Copying the search index");
    // A new, empty index whose FTS5 tables are then overwritten with the scratch index's.
    const QByteArray drop = "DROP TABLE \"" + m_table + "\"";
    for (const QByteArray &sql : {drop, m_createSql}) {
        if (const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
            rc != SQLITE_OK)
            return sqliteFailure(db, rc, what);
    }
    sqlite3 *source = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(m_path).constData(),
                             &source,
                             SQLITE_OPEN_READONLY,
                             nullptr);
    // FTS5's own tables <name>_data, _idx, _content and _docsize; not _config, which only holds
    // the scratch index's tuning besides the version the new index has written already.
    std::vector<QByteArray> tables;
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE '"
                           + m_table + "\\_%' ESCAPE '\\' ORDER BY name";
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(source, sql.constData(), -1, &s, nullptr);
    while (rc == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
        const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        if (name != m_table + "_config")
            tables.push_back(name);
    }
    sqlite3_finalize(s);
    if (rc == SQLITE_OK && tables.size() < 4)
        rc = SQLITE_CORRUPT;
    Status status = rc == SQLITE_OK ? Status() : Status(sqliteFailure(source, rc, what));
    for (std::size_t i = 0; status && i < tables.size(); ++i)
        status = copyTable(source, db, tables[i]);
    sqlite3_close(source);
    return status;
}

Status BulkSearchIndex::copyTable(sqlite3 *from, sqlite3 *to, const QByteArray &table)
{
    const QString what = BulkSearchIndexTexts::tr("Copying the search index");
    const QByteArray clear = "DELETE FROM main.\"" + table + "\"";
    if (const int rc = sqlite3_exec(to, clear.constData(), nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return sqliteFailure(to, rc, what);

    const QByteArray select = "SELECT * FROM \"" + table + "\"";
    sqlite3_stmt *read = nullptr, *many = nullptr, *one = nullptr;
    int rc = sqlite3_prepare_v2(from, select.constData(), -1, &read, nullptr);
    if (rc != SQLITE_OK)
        return sqliteFailure(from, rc, what);
    const int columns = sqlite3_column_count(read);
    const QByteArray head = "INSERT INTO main.\"" + table + "\" VALUES ";
    const QByteArray manySql = head + valueRows(columns, RowsPerStep);
    const QByteArray oneSql = head + valueRows(columns, 1);
    rc = sqlite3_prepare_v2(to, manySql.constData(), -1, &many, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(to, oneSql.constData(), -1, &one, nullptr);
    sqlite3 *failed = to;

    // Values are gathered RowsPerStep rows at a time; the rest goes in one row at a time.
    std::vector<sqlite3_value *> pending;
    const auto release = [&] {
        for (sqlite3_value *v : pending)
            sqlite3_value_free(v);
        pending.clear();
    };
    int step = SQLITE_ROW;
    while (rc == SQLITE_OK && (step = sqlite3_step(read)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            pending.push_back(sqlite3_value_dup(sqlite3_column_value(read, c)));
        if (pending.size() == std::size_t(RowsPerStep * columns)) {
            for (std::size_t i = 0; i < pending.size(); ++i)
                sqlite3_bind_value(many, int(i) + 1, pending[i]);
            if (sqlite3_step(many) != SQLITE_DONE)
                rc = sqlite3_errcode(to);
            sqlite3_reset(many);
            release();
        }
    }
    if (rc == SQLITE_OK && step != SQLITE_DONE) {
        rc = step;
        failed = from;
    }
    for (std::size_t i = 0; rc == SQLITE_OK && i < pending.size(); i += std::size_t(columns)) {
        for (int c = 0; c < columns; ++c)
            sqlite3_bind_value(one, c + 1, pending[i + std::size_t(c)]);
        if (sqlite3_step(one) != SQLITE_DONE)
            rc = sqlite3_errcode(to);
        sqlite3_reset(one);
    }
    release();
    sqlite3_finalize(read);
    sqlite3_finalize(many);
    sqlite3_finalize(one);
    if (rc != SQLITE_OK)
        return sqliteFailure(failed, rc, what);
    return {};
}

} // namespace rapport
