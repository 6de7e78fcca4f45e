#include "core/storage/bulksearchindex.h"

#include "core/storage/sqlerror.h"
#include "core/util/phasetimer.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

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

BulkSearchIndex::BulkSearchIndex(QString scratchPath,
                                 QByteArray table,
                                 QByteArray createSql,
                                 QByteArray tokenizerSql,
                                 bool replace)
    : m_path(std::move(scratchPath))
    , m_table(std::move(table))
    , m_createSql(std::move(createSql))
    , m_tokenizerSql(std::move(tokenizerSql))
    , m_replace(replace)
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

void BulkSearchIndex::add(const std::vector<BulkBatch::SearchEntry> &entries,
                          const std::vector<BulkBatch::Customer> &customers)
{
    const bool names = !m_tokenizerSql.isEmpty() && !customers.empty();
    if (entries.empty() && !names)
        return;
    Job job;
    job.rows.reserve(entries.size());
    std::size_t bytes = 0;
    for (const BulkBatch::SearchEntry &e : entries)
        bytes += e.name.size() + e.organisation.size() + e.email.size() + e.phone.size()
                 + e.city.size();
    if (names) {
        job.names.reserve(customers.size());
        for (const BulkBatch::Customer &c : customers)
            bytes += c.name.size();
    }
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
    if (names) {
        for (const BulkBatch::Customer &c : customers) {
            job.names.push_back(Job::Name{c.id,
                                          quint32(job.text.size()),
                                          c.name.data() ? qint32(c.name.size()) : -1});
            job.text.append(c.name);
        }
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

namespace {

// The scratch file's own tables: the search rows and the names as they arrive, and the words of
// the names with their counts. Their names do not start with the index's, so the copy leaves
// them behind.
constexpr const char *StagedRows = "rapport_staged_search";
constexpr const char *StagedNames = "rapport_staged_names";
constexpr const char *NameTerms = "rapport_name_terms";

} // namespace

Status BulkSearchIndex::build()
{
    const QString what = BulkSearchIndexTexts::tr("Building the search index");
    sqlite3 *db = nullptr;
    sqlite3_stmt *many = nullptr, *one = nullptr, *manyNames = nullptr, *oneName = nullptr;
    const auto fail = [&](int rc) -> Status {
        const Error error = sqliteFailure(db, rc, what);
        for (sqlite3_stmt *s : {many, one, manyNames, oneName})
            sqlite3_finalize(s);
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
    const QByteArray stageRows = QByteArray("CREATE TABLE ") + StagedRows
                                 + " (rowid INTEGER PRIMARY KEY, name, organisation, email,"
                                   " phone, city)";
    const QByteArray stageNames = QByteArray("CREATE TABLE ") + StagedNames
                                  + " (id INTEGER PRIMARY KEY, name)";
    for (const QByteArray &sql : {stageRows, stageNames, QByteArray("BEGIN")})
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    const QByteArray head = QByteArray("INSERT INTO ") + StagedRows
                            + " (rowid, name, organisation, email, phone, city) VALUES ";
    const QByteArray namesHead = QByteArray("INSERT INTO ") + StagedNames + " (id, name) VALUES ";
    const auto prepare = [&](const QByteArray &sql, sqlite3_stmt **s) {
        if (rc == SQLITE_OK)
            rc = sqlite3_prepare_v2(db, sql.constData(), -1, s, nullptr);
    };
    prepare(head + valueRows(6, RowsPerStep), &many);
    prepare(head + valueRows(6, 1), &one);
    prepare(namesHead + valueRows(2, RowsPerStep), &manyNames);
    prepare(namesHead + valueRows(2, 1), &oneName);
    if (rc != SQLITE_OK)
        return fail(rc);

    const auto bindText = [](sqlite3_stmt *s, int i, const Job &job, quint32 offset, qint32 size) {
        if (size < 0)
            sqlite3_bind_null(s, i);
        else
            sqlite3_bind_text(s, i, job.text.data() + offset, size, SQLITE_STATIC);
    };
    const auto bindRow = [&](sqlite3_stmt *s, int o, const Job &job, const Job::Row &row) {
        sqlite3_bind_int64(s, o + 1, row.rowid);
        for (int c = 0; c < 5; ++c)
            bindText(s, o + 2 + c, job, row.offset[c], row.size[c]);
    };
    const auto bindName = [&](sqlite3_stmt *s, int o, const Job &job, const Job::Name &name) {
        sqlite3_bind_int64(s, o + 1, name.id);
        bindText(s, o + 2, job, name.offset, name.size);
    };
    // Inserts `items` RowsPerStep at a time, the rest one by one.
    const auto insert = [&](const auto &items,
                            sqlite3_stmt *manyRows,
                            sqlite3_stmt *oneRow,
                            int columns,
                            const Job &job,
                            const auto &bind) {
        std::size_t i = 0;
        const std::size_t n = items.size();
        for (; n - i >= std::size_t(RowsPerStep); i += std::size_t(RowsPerStep)) {
            for (int k = 0; k < RowsPerStep; ++k)
                bind(manyRows, k * columns, job, items[i + std::size_t(k)]);
            const int step = sqlite3_step(manyRows);
            sqlite3_reset(manyRows);
            if (step != SQLITE_DONE)
                return step;
        }
        for (; i < n; ++i) {
            bind(oneRow, 0, job, items[i]);
            const int step = sqlite3_step(oneRow);
            sqlite3_reset(oneRow);
            if (step != SQLITE_DONE)
                return step;
        }
        return SQLITE_DONE;
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
        rc = insert(job.rows, many, one, 6, job, bindRow);
        if (rc == SQLITE_DONE)
            rc = insert(job.names, manyNames, oneName, 2, job, bindName);
        if (rc != SQLITE_DONE)
            return fail(rc);
    }
    for (sqlite3_stmt **s : {&many, &one, &manyNames, &oneName}) {
        sqlite3_finalize(*s);
        *s = nullptr;
    }
    // RAPPORT_IMPORT_TIMING: this thread's CPU time for staging, filling and the words.
    PhaseTimer timing("RAPPORT_IMPORT_TIMING", "search index helper");
    const double staged = PhaseTimer::threadCpuMs();
    // Everything into the index in one statement, then into one segment.
    const QByteArray fill = "INSERT INTO \"" + m_table
                            + "\" (rowid, name, organisation, email, phone, city)"
                              " SELECT rowid, name, organisation, email, phone, city FROM "
                            + StagedRows + " ORDER BY rowid";
    const QByteArray optimize = "INSERT INTO \"" + m_table + "\" (\"" + m_table
                                + "\") VALUES ('optimize')";
    rc = m_replace ? sqlite3_exec(db, fill.constData(), nullptr, nullptr, nullptr) : SQLITE_OK;
    const double filled = PhaseTimer::threadCpuMs();
    if (rc == SQLITE_OK && m_replace)
        rc = sqlite3_exec(db, optimize.constData(), nullptr, nullptr, nullptr);
    const double optimized = PhaseTimer::threadCpuMs();
    // The words of the names, counted per customer as the vocabulary counts them (migration 10
    // and BulkLoader::finishNameTerms do the same over the customers table).
    if (rc == SQLITE_OK && !m_tokenizerSql.isEmpty()) {
        rc = sqlite3_exec(db, m_tokenizerSql.constData(), nullptr, nullptr, nullptr);
        const QByteArray terms = QByteArray("CREATE TABLE ") + NameTerms
                                 + " AS SELECT t.token AS term, count(DISTINCT n.id) AS customers"
                                   " FROM "
                                 + StagedNames
                                 + " n, customer_name_tokenizer t WHERE t.input = n.name"
                                   " GROUP BY t.token";
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, terms.constData(), nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc);
    sqlite3_close(db);
    if (timing.on())
        std::fprintf(stderr,
                     "search index helper: thread CPU %.0f ms staging, %.0f ms filling, %.0f ms "
                     "optimising, %.0f ms the words of the names\n",
                     staged,
                     filled - staged,
                     optimized - filled,
                     PhaseTimer::threadCpuMs() - optimized);
    return {};
}

void BulkSearchIndex::close()
{
    std::lock_guard lock(m_mutex);
    m_closing = true;
    m_changed.notify_all();
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
    // The scratch file is attached to the loading connection, so that each of FTS5's tables is
    // copied by one INSERT ... SELECT * (SQLite then moves the records as they are, without
    // decoding them). It stays attached until the load's transaction ends (detach()).
    sqlite3_stmt *attach = nullptr;
    int rc = sqlite3_prepare_v2(db, "ATTACH ?1 AS rapport_scratch", -1, &attach, nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray path = QFile::encodeName(m_path);
        sqlite3_bind_text(attach, 1, path.constData(), int(path.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(attach) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
    }
    sqlite3_finalize(attach);
    if (rc != SQLITE_OK)
        return sqliteFailure(db, rc, what);
    m_attached = db;
    if (!m_replace) {
        // The index holds other customers: the staged rows go into it in one statement.
        const QByteArray add = "INSERT INTO main.\"" + m_table
                               + "\" (rowid, name, organisation, email, phone, city)"
                                 " SELECT rowid, name, organisation, email, phone, city"
                                 " FROM rapport_scratch."
                               + StagedRows + " ORDER BY rowid";
        if (rc = sqlite3_exec(db, add.constData(), nullptr, nullptr, nullptr); rc != SQLITE_OK)
            return sqliteFailure(db, rc, what);
        return {};
    }
    // A new, empty index whose FTS5 tables are then overwritten with the scratch index's.
    const QByteArray drop = "DROP TABLE main.\"" + m_table + "\"";
    for (const QByteArray &sql : {drop, m_createSql}) {
        if (rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); rc != SQLITE_OK)
            return sqliteFailure(db, rc, what);
    }
    // FTS5's own tables <name>_data, _idx, _content and _docsize; not _config, which only holds
    // the scratch index's tuning besides the version the new index has written already.
    std::vector<QByteArray> tables;
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = "SELECT name FROM rapport_scratch.sqlite_schema WHERE type = 'table'"
                           " AND name LIKE '"
                           + m_table + "\\_%' ESCAPE '\\' ORDER BY name";
    rc = sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr);
    while (rc == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
        const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        if (name != m_table + "_config")
            tables.push_back(name);
    }
    sqlite3_finalize(s);
    if (rc == SQLITE_OK && tables.size() < 4)
        rc = SQLITE_CORRUPT;
    for (std::size_t i = 0; rc == SQLITE_OK && i < tables.size(); ++i) {
        const QByteArray copy = "DELETE FROM main.\"" + tables[i] + "\"; INSERT INTO main.\""
                                + tables[i] + "\" SELECT * FROM rapport_scratch.\"" + tables[i]
                                + "\"";
        rc = sqlite3_exec(db, copy.constData(), nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK)
        return sqliteFailure(db, rc, what);
    return {};
}

Status BulkSearchIndex::addNameTerms(sqlite3 *db)
{
    const QString what = BulkSearchIndexTexts::tr("Collecting the words of the names");
    if (m_attached != db)
        return Error(Error::Kind::Database, what);
    const QByteArray sql = QByteArray("INSERT INTO main.customer_name_terms (term, customers)"
                                      " SELECT term, customers FROM rapport_scratch.")
                           + NameTerms
                           + " WHERE true ON CONFLICT (term) DO UPDATE"
                             " SET customers = customers + excluded.customers";
    if (const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); rc != SQLITE_OK)
        return sqliteFailure(db, rc, what);
    return {};
}

void BulkSearchIndex::detach()
{
    if (m_attached)
        sqlite3_exec(m_attached, "DETACH DATABASE rapport_scratch", nullptr, nullptr, nullptr);
    m_attached = nullptr;
}

} // namespace rapport
