#pragma once

#include "core/domain/historyentry.h"
#include "core/domain/permission.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rapport {

class Database;

// Which entries to read. Empty members do not filter.
struct HistoryFilter
{
    qint64 customerId = 0;
    qint64 batch = 0;
    std::optional<qint64> userId; // 0 selects the entries made with nobody signed in
    QDateTime since;              // at >= since
    QDateTime until;              // at < until
    QString entity;
    QString operation;
    QString field; // entries that changed this field
    // The reader's reach (AccessPolicy::scope(Permission::View)): entries about a customer out
    // of it are left out; entries about no customer (users, settings) stay.
    CustomerScope scope;
};

// Where the hash chain breaks, when it does.
struct HistoryBreak
{
    qint64 entryId = 0; // the first entry that does not fit (for a removed last entry: the id it had)
    QString reason;     // one sentence
};

// HistoryRepository owns the SQL of the history table: it appends entries with their hash chain
// (only the write door calls append(), inside its transaction), verifies the chain, and reads
// entries for the audit views, the CLI and live updates.
class HistoryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRepository)

public:
    explicit HistoryRepository(const Database &db);

    // Appends `entries` in order, filling in id, hash and (where 0) batch: the id of the first
    // of them. Must run inside the write transaction that made the changes.
    Status append(QList<HistoryEntry> &entries);

    // The newest entries first, older than `beforeId` (0: from the newest), at most `limit`.
    Result<QList<HistoryEntry>> page(const HistoryFilter &filter, qint64 beforeId, int limit);
    Result<qint64> count(const HistoryFilter &filter);
    // The entries after `afterId`, oldest first, at most `limit` (live updates read these).
    Result<QList<HistoryEntry>> since(qint64 afterId, int limit);
    // The newest entry's id, 0 for an empty history.
    Result<qint64> lastId();
    // The distinct fields entries of `filter` changed, sorted (for a field filter's choices).
    Result<QStringList> fields(const HistoryFilter &filter);

    // Walks the whole chain; nullopt when every entry fits. An entry's changes must match the
    // digest the chain covers, unless a later erase batch blanked them and its head (in the
    // chain) names exactly the entries it blanked.
    Result<std::optional<HistoryBreak>> verify();

    // For an erase (inside the door's write, with the write lock held): the id the next entry
    // appended will get, i.e. the erase's own head when the erase records no rows.
    Result<qint64> nextId();
    // The entries about a customer: their own, the links to them, and any whose changes carry
    // one of `values` (compared without case), oldest first.
    Result<QList<HistoryEntry>> aboutCustomer(qint64 customerId, const QStringList &values);
    // Replaces an entry's changes by a redacted copy and marks it as blanked by `eraseBatch`.
    Status redact(qint64 entryId, const QString &changes, qint64 eraseBatch);
    // What an erase head carries as "redacted_digest" for the entries it blanked.
    static QString redactedDigest(const QList<qint64> &entryIds);

private:
    Result<QList<HistoryEntry>> read(const QString &sql, const QVariantList &values);

    const Database &m_db;
    Statement m_head;
    Statement m_insert;
    Statement m_since;
    Statement m_redact;
};

} // namespace rapport
