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
// so this takes it off the loading thread's path. The rows are first stored in a plain table and
// go into the index in one statement at the end: FTS5 writes its pending terms out at the start
// of every statement (a savepoint), so feeding it many small statements made a segment for every
// few dozen rows and merged them over and over (about twice the work).
//
// The helper also collects the words of the loaded customers' names for the typo-forgiving
// search's vocabulary (customer_name_terms, schema 10) with the vocabulary's own tokenizer, so
// that the loading thread need not tokenize a million names at the end.
//
// copyInto() then swaps the scratch index in: it drops and recreates the (empty) index inside the
// load's transaction and copies FTS5's own tables over. A freshly created FTS5 table has read
// nothing yet, so it caches nothing that the copy could make stale; the tests prove the result
// with FTS5's integrity-check. addNameTerms() adds the words' counts to the vocabulary.
class BulkSearchIndex final
{
public:
    // `table` is the index's name, `createSql` its CREATE VIRTUAL TABLE statement;
    // `tokenizerSql` the CREATE VIRTUAL TABLE statement of the vocabulary's tokenizer,
    // customer_name_tokenizer (empty: no name words are collected).
    // `replace`: the index in the database is empty and is replaced by the one built here;
    // otherwise (it holds other customers' rows) the helper only stages the rows, and
    // copyInto() adds them to it in one statement.
    BulkSearchIndex(QString scratchPath,
                    QByteArray table,
                    QByteArray createSql,
                    QByteArray tokenizerSql = {},
                    bool replace = true);
    // Stops the helper thread and removes the scratch file.
    ~BulkSearchIndex();
    BulkSearchIndex(const BulkSearchIndex &) = delete;
    BulkSearchIndex &operator=(const BulkSearchIndex &) = delete;

    // Hands entries and the loaded customers (whose names' words are collected) to the helper
    // thread (copied: the caller may reuse them at once). Waits while the helper is far behind,
    // so memory stays bounded.
    void add(const std::vector<BulkBatch::SearchEntry> &entries,
             const std::vector<BulkBatch::Customer> &customers = {});
    // Says that no more rows come: the helper fills the index while the caller goes on with
    // other work (the loader's indexes).
    void close();
    // Waits for the helper to finish, then replaces the index in `db`, whose write transaction
    // must be open. The scratch file stays attached to `db` until detach(), which must come
    // after that transaction ends (SQLite refuses it before).
    Status copyInto(sqlite3 *db);
    void detach();
    // Whether the words of the names were collected (a tokenizer was given); valid after
    // copyInto().
    bool hasNameTerms() const { return !m_tokenizerSql.isEmpty(); }
    // Adds the collected words to customer_name_terms in `db` (after copyInto(), in the load's
    // transaction): each word counts the loaded customers whose name has it.
    Status addNameTerms(sqlite3 *db);

private:
    struct Job
    {
        struct Row
        {
            qint64 rowid;
            quint32 offset[5];
            qint32 size[5]; // -1: NULL
        };
        struct Name
        {
            qint64 id;
            quint32 offset;
            qint32 size;
        };
        std::string text;
        std::vector<Row> rows;
        std::vector<Name> names;
    };

    void run();
    Status build();
    void removeFiles();

    const QString m_path;
    const QByteArray m_table;
    const QByteArray m_createSql;
    const QByteArray m_tokenizerSql;
    const bool m_replace;
    sqlite3 *m_attached = nullptr; // the connection the scratch file is attached to
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
