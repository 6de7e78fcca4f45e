#pragma once

#include "core/domain/historyentry.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace rapport {

class Database;

// RevertRepository owns the SQL a batch revert needs (core/services/batchrevert.h): it reads batch
// heads and their entries from the history, reads a row as the history records it (a JSON object
// of its columns, like the change capture's), and writes rows back generically by entity: delete,
// set columns, insert with the same id. Tables and columns come from the change capture's list and
// the schema (PRAGMA table_info), never from the history's text; values are always bound.
class RevertRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RevertRepository)

public:
    explicit RevertRepository(const Database &db);

    // Batch heads, newest first: of `kinds` (all when empty), older than `beforeId` (0: newest).
    Result<QList<HistoryEntry>> heads(const QStringList &kinds, qint64 beforeId, int limit);
    // The head with id `batch`, nullopt when there is none.
    Result<std::optional<HistoryEntry>> head(qint64 batch);
    // The row entries of `batches`, counted by batch and operation.
    Result<QHash<qint64, QHash<QString, qint64>>> operationCounts(const QList<qint64> &batches);
    // The row entries of `batch`, newest first.
    Result<QList<HistoryEntry>> rows(qint64 batch);
    // The entries after `afterId` about `customerId` (oldest first).
    Result<QList<HistoryEntry>> laterForCustomer(qint64 customerId, qint64 afterId);
    // The entries after `afterId` about the row `entity` `entityId` that belongs to no customer.
    Result<QList<HistoryEntry>> laterForRow(const QString &entity, qint64 entityId, qint64 afterId);
    // The newest entry after `afterId` of each customer in [first, last], by customer.
    Result<QHash<qint64, HistoryEntry>> laterInRange(qint64 first, qint64 last, qint64 afterId);

    // The table behind a history entity ('customer' -> customers), empty for an unknown one.
    static QString tableOf(const QString &entity);
    // The table behind a bulk batch's id range name ("customers", "notes"...), empty if unknown.
    static QString tableOfRange(const QString &name);

    // The row as the history records it (columns that are NULL left out), nullopt when gone.
    // `key` locates it: {"id": N}, {"customer_id": C, "tag_id": T} or {"key": K} for a setting.
    Result<std::optional<QJsonObject>> row(const QString &entity, const QJsonObject &key);
    Status deleteRow(const QString &entity, const QJsonObject &key);
    // Sets `values` (column -> value, null for NULL); bumps version and updated_at where the
    // table has them and `values` does not name them.
    Status updateRow(const QString &entity,
                     const QJsonObject &key,
                     const QJsonObject &values,
                     qint64 nowSecs);
    // Inserts a row with `values` (its id included).
    Status insertRow(const QString &entity, const QJsonObject &values);
    // Foreign keys checked at COMMIT: a replay may recreate a child before its parent.
    Status deferForeignKeys();
    // The customer's display name, empty when gone.
    Result<QString> customerName(qint64 customerId);

    // Bulk batches. Rows of `table` whose `column` lies in [first, last] and whose id does not
    // lie in [ownFirst, ownLast] (ownFirst 0: none of them is the batch's), counted by `column`.
    Result<QHash<qint64, qint64>> referencesFrom(const QString &table,
                                                 const QString &column,
                                                 qint64 first,
                                                 qint64 last,
                                                 qint64 ownFirst,
                                                 qint64 ownLast);
    // Deletes the rows of `table` with id in [first, last], set-based, and returns how many;
    // keeps the customers `keptCustomers` and their rows, and products, tags and users that rows
    // outside the range still use.
    Result<qint64> deleteRange(const QString &table,
                               qint64 first,
                               qint64 last,
                               const QList<qint64> &keptCustomers);
    Result<qint64> countRange(const QString &table, qint64 first, qint64 last);

    // A bulk delete keeps the derived tables (search index, customer list and its counts, name
    // terms) set-based instead of row by row: suspendTriggers() drops the row triggers that feed
    // them (their SQL kept), forgetCustomers() takes a range of customers out of them before the
    // rows go, refreshCustomers() recomputes the rows of customers outside the ranges that lost
    // rows, recountList() recounts the list, resumeTriggers() recreates the triggers.
    Status suspendTriggers();
    Status resumeTriggers();
    Status forgetCustomers(qint64 first, qint64 last, const QList<qint64> &keptCustomers);
    Status refreshCustomers(const QList<qint64> &customers);
    Status recountList();
    // The customers outside [customerFirst, customerLast] whose rows lie in `table`'s
    // [first, last] (for relationships: either end), or that are related to a customer inside
    // (table empty).
    Result<QList<qint64>> customersTouched(
        const QString &table, qint64 first, qint64 last, qint64 customerFirst, qint64 customerLast);

private:
    // The history's columns as entryFrom() reads them, for the file's schema.
    const QString &columns() const;
    Result<QList<HistoryEntry>> read(const QString &sql, const QVariantList &values);
    Result<QStringList> columnsOf(const QString &table);
    // " WHERE a = ? AND b = ?" for `key`, with its values; an error for a column not in `table`.
    Result<QString> whereOf(const QString &table, const QJsonObject &key, QVariantList &values);

    const Database &m_db;
    Status run(const QString &sql, const QVariantList &values, const QString &what);

    QHash<QString, QStringList> m_columns;
    QStringList m_suspended; // CREATE TRIGGER statements to run again
    qint64 m_cacheSize = 0;  // the connection's cache_size while suspended
};

} // namespace rapport
