#pragma once

#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace rapport {

class Database;

// One customer row as a merge reads it: the columns a user picks between, by column name
// (first_name, last_name, name, stage, owner_id, source, acquired_on, notes, external_key),
// with NULL as an invalid QVariant.
struct MergeRow
{
    qint64 id = 0;
    int kind = 0;
    int version = 0;
    bool trashed = false;
    QVariantMap values;
    QString ownerName; // the owner's display name, for showing owner_id
    QStringList tags;
};

// What moving a customer's rows to another one did, table by table.
struct MergeCounts
{
    qint64 interactions = 0;
    qint64 orders = 0;
    qint64 cases = 0;
    qint64 tasks = 0;
    qint64 notes = 0;
    qint64 surveys = 0;
    qint64 contactPoints = 0;
    qint64 contactPointsDropped = 0; // exact duplicates of the survivor's
    qint64 tags = 0;
    qint64 consents = 0;
    qint64 consentsDropped = 0; // the older of two for one channel
    qint64 relationships = 0;
    qint64 relationshipsDropped = 0; // would have collided or pointed at the survivor itself
};

// CustomerMergeRepository owns the SQL of merging one customer into another
// (core/services/customermerge.h): it reads both rows, writes the survivor's chosen values,
// moves every row hanging off the other customer to the survivor (dropping what would collide)
// and moves the other to the trash. Every statement runs inside the caller's (the door's)
// transaction, so the history records each row it changes.
class CustomerMergeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMergeRepository)

public:
    explicit CustomerMergeRepository(const Database &db);

    Result<MergeRow> read(qint64 id);
    // Writes `values` (the MergeRow columns plus sort_name) on the survivor at `version`.
    Status updateSurvivor(qint64 id, int version, const QVariantMap &values, const QDateTime &now);
    // Clears the other's external key (it is unique: the survivor may take it) and trashes it.
    Status trashOther(qint64 id, int version, const QDateTime &now);
    // Moves everything of `other` to `survivor`.
    Result<MergeCounts> moveRows(qint64 survivor, qint64 other);
    // The id the next history entry appended will get (inside the door's write, the lock held):
    // the head of the batch being written.
    Result<qint64> nextHistoryId();

private:
    Result<qint64> run(const QString &sql, qint64 survivor, qint64 other, const QString &what);

    const Database &m_db;
    Statement m_read;
    Statement m_tags;
    Statement m_update;
    Statement m_trash;
    Statement m_exists;
};

} // namespace rapport
