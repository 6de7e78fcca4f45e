#pragma once

#include "core/domain/permission.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace rapport {

class Door;

// One batch of the history as the import history and `rapport-cli batches` list it: an import,
// a merge, an erase, the demo load, a revert...
struct BatchSummary
{
    qint64 id = 0; // the head entry's id (= the batch id every row entry carries)
    QString kind;  // 'import', 'merge', 'erase', 'demo', 'orders', 'revert'...
    QDateTime at;  // UTC
    std::optional<qint64> userId;
    QString actor;           // "Anna Weber on laptop-3" as it was
    QJsonObject description; // the head's description (file, counts, id ranges...)
    // The row entries recorded under the batch, by operation (0 for a bulk batch recorded with
    // rows = false: its description carries the id ranges instead).
    qint64 created = 0;
    qint64 updated = 0;
    qint64 deleted = 0; // deletes and moves to the trash
    qint64 restored = 0;
    bool bulk = false;     // recorded with rows = false (id ranges in the description)
    qint64 revertedBy = 0; // the revert batch that undid it (and has not been undone); 0: none
    qint64 reverts = 0;    // for a revert: the batch it undid

    bool isReverted() const { return revertedBy != 0; }
    // The file the batch came from, when its description names one ("customers.csv").
    QString file() const;
    // "1,204 customers created, 3 updated" (translated).
    QString countsText() const;
    // What reverting it asks of the door's permission check: Merge for a merge, against its
    // survivor's owner as the merge itself was; Import for the others (imports, purchases, the
    // demo load, a revert), on no particular customer. The import history's Revert… asks alike.
    Permission revertPermission() const;
    qint64 revertCustomer() const; // the merge's survivor; 0 for the others
};

// Which batches to list. Empty members do not filter.
struct BatchFilter
{
    QStringList kinds;   // e.g. {"import", "merge"}
    qint64 beforeId = 0; // keyset paging: batches older than this head id (0: from the newest)
    int limit = 500;
};

// A field the batch wrote that somebody changed since (or a row it created that has gained
// dependants since): the user decides whether it keeps its current value or gets the old one.
struct RevertConflict
{
    enum class Kind {
        FieldChanged, // a later entry changed the same field: current != what the batch wrote
        RowChanged,   // a row the batch created was edited since, or a row it deleted exists
                      // again with other values
        Dependants,   // a row the batch created has gained rows since (a customer with new orders)
    };
    Kind kind = Kind::FieldChanged;
    QString entity; // 'customer', 'contact_point'...
    qint64 entityId = 0;
    qint64 customerId = 0;
    QString customerName;    // the customer's display name now (empty when none)
    QString field;           // the column (FieldChanged), empty otherwise
    QJsonValue current;      // the value now
    QJsonValue batchValue;   // the value the batch wrote
    QJsonValue restoreValue; // the value before the batch (what a revert would put back)
    QString changedBy;       // who made the latest later change ("Anna Weber on laptop-3")
    QDateTime changedAt;     // when (UTC)
    qint64 changedEntry = 0; // the history entry of that change
    QString detail;          // Dependants: what depends on it ("3 orders, 1 interaction")

    // A stable key for a choice: "customer:12:first_name" (field empty: "customer:12:").
    QString key() const;
};

// What reverting a batch would do, read from the history and the rows as they are now.
struct RevertPlan
{
    BatchSummary batch;
    qint64 rowsToDelete = 0;    // rows the batch created (bulk: the rows in its id ranges)
    qint64 rowsToRestore = 0;   // rows the batch deleted or trashed, recreated with the same id
    qint64 fieldsToSetBack = 0; // fields the batch updated, set back to the old value
    qint64 rowsToUpdate = 0;    // rows those fields belong to
    QList<RevertConflict> conflicts;
    // What the revert leaves as it is, one sentence each (a row deleted since, whose fields
    // cannot be set back; a product still used by later orders...).
    QStringList notes;
    // The step by step replay (row entries newest first); empty for a bulk batch.
    QList<qint64> entryIds;

    bool hasConflicts() const { return !conflicts.isEmpty(); }
    // "Deletes 1,204 customers, sets back 3 fields on 2 rows, restores 1 row." (translated)
    QString summaryText() const;
};

// How a conflict is resolved.
enum class ConflictChoice {
    Ask,         // not decided: a revert with an undecided conflict is refused
    KeepCurrent, // leave the later change as it is (the field is not reverted)
    RestoreOld,  // overwrite the later change with the value before the batch
};

// The user's choices: per conflict (by RevertConflict::key()) or one for all the others.
struct RevertChoices
{
    ConflictChoice all = ConflictChoice::Ask;
    QHash<QString, ConflictChoice> byKey;

    ConflictChoice choiceFor(const RevertConflict &conflict) const
    {
        return byKey.value(conflict.key(), all);
    }
};

// BatchRevert undoes a batch (an import, a merge, an erase's rows, the demo load, a revert) in
// one step, updates included, by replaying its history entries backwards in one write through
// the door: rows it created are deleted (with what the schema cascades from them), fields it
// updated get their old values back, rows it deleted or trashed come back with their old values
// and the same id. The revert is itself a batch (kind 'revert', description {"reverts": id}),
// so it shows in the history and can be reverted in turn (except a revert of a bulk batch: the
// rows it deleted are not in the history). An erase cannot be reverted: it keeps no values.
//
// Optimistic: where something changed since the batch (a field edited later, a created customer
// that has since got orders), plan() lists it as a conflict and revert() refuses unless the
// caller chose, per conflict or for all, to keep the current value or restore the old one.
// Nothing is overwritten silently. Bulk batches (recorded with rows = false) carry their id
// ranges in the head's description, {"ids": {"customers": [first, last], "contact_points":
// [first, last], ...}} (table names as in the schema, "notes" for customer_notes; a list of
// [first, last] pairs also works); they are reverted with set-based deletes by id range.
class BatchRevert final
{
    Q_DECLARE_TR_FUNCTIONS(BatchRevert)

public:
    explicit BatchRevert(Door &door);

    // The batches newest first (heads only), with their counts and whether they were reverted.
    Result<QList<BatchSummary>> batches(const BatchFilter &filter = {});
    // One batch's summary; NotFound when `batch` is not the id of a batch head.
    Result<BatchSummary> batch(qint64 batch);

    // What a revert of `batch` would do and its conflicts; nothing is written. Refused (one
    // sentence, Error::Kind::Conflict) when the batch was reverted already.
    Result<RevertPlan> plan(qint64 batch);

    // Reverts `plan`'s batch in one door write and returns the revert batch's id. The plan is
    // made again inside the write: a conflict the choices do not decide (ConflictChoice::Ask),
    // including one that appeared since `plan` was shown, refuses the revert (Kind::Conflict).
    Result<qint64> revert(const RevertPlan &plan, const RevertChoices &choices);
    // plan() and revert() in one call (the merge's Ctrl+Z, scripts).
    Result<qint64> revert(qint64 batch, const RevertChoices &choices);

private:
    Door &m_door;
};

} // namespace rapport
