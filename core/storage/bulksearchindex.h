#pragma once

#include "core/storage/bulkbatch.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace rapport {

// BulkSearchIndex builds the customer search index (FTS5) of a bulk load on a thread of its own,
// with its own connection, in a scratch file beside the database, while the loading thread writes
// the other tables. Filling an FTS5 index costs more than all other rows of a customer together,
// so this takes it off the loading thread's path. copyInto() then swaps the scratch index in: it
// drops and recreates the (empty) index inside the load's transaction and copies FTS5's own
// tables over. A freshly created FTS5 table has read nothing yet, so it caches nothing that the
// copy could make stale; the tests prove the result with FTS5's integrity-check.
class BulkSearchIndex final
{
public:
    // `table` is the index's name, `createSql` its CREATE VIRTUAL TABLE statement.
    BulkSearchIndex(QString scratchPath, QByteArray table, QByteArray createSql);
    // Stops the helper thread and removes the scratch file.
    ~BulkSearchIndex();
    BulkSearchIndex(const BulkSearchIndex &) = delete;
    BulkSearchIndex &operator=(const BulkSearchIndex &) = delete;

    // Hands entries to the helper thread (copied: the caller may reuse them at once). Waits while
    // the helper is far behind, so memory stays bounded.
    void add(const std::vector<BulkBatch::SearchEntry> &entries);
    // Waits for the helper to finish, then replaces the index in `db`, whose write transaction
    // must be open.
    Status copyInto(sqlite3 *db);

private:
    struct Job
    {
        struct Row
        {
            qint64 rowid;
            quint32 offset[5];
            qint32 size[5]; // -1: NULL
        };
        std::string text;
        std::vector<Row> rows;
    };

    void run();
    Status build();
    Status copyTable(sqlite3 *from, sqlite3 *to, const QByteArray &table);
    void removeFiles();

    const QString m_path;
    const QByteArray m_table;
    const QByteArray m_createSql;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    bool m_closing = false;
    bool m_stop = false;
    bool m_done = false;
    Status m_status;
};

} // namespace rapport
