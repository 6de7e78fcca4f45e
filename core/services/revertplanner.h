#pragma once

// The planning half of BatchRevert (core/services/batchrevert.h), internal to core/services: which
// reverts undid which batch, a batch's summary, and the replay planned against the rows as they
// are now (steps for a batch recorded row by row, id ranges for a bulk one).

#include "core/services/batchrevert.h"
#include "core/storage/revertrepository.h"

#include <QHash>
#include <QSet>

namespace rapport::revertplan {

extern const QString RevertKind;

// Which revert batches undid which batch, from the heads of kind 'revert'.
class RevertChain
{
public:
    explicit RevertChain(const QList<HistoryEntry> &reverts);
    // The revert that undid `batch` and stands (was not undone itself); 0 when none.
    qint64 revertedBy(qint64 batch) const;
    qint64 reverts(qint64 batch) const { return m_reverts.value(batch); }
    // `batch`'s reverts, theirs, and so on: the entries a new revert of `batch` need not fear.
    QSet<qint64> family(qint64 batch) const;

private:
    QHash<qint64, QList<qint64>> m_by;
    QHash<qint64, qint64> m_reverts;
};

Result<RevertChain> chainOf(RevertRepository &repo);
BatchSummary summaryOf(const HistoryEntry &head,
                       const QHash<QString, qint64> &counts,
                       const RevertChain &chain);

struct Step
{
    enum class Op { Delete, Update, Insert };
    Op op = Op::Delete;
    QString entity;
    QJsonObject key;
    qint64 customerId = 0;
    QJsonObject values; // Update: column -> old value; Insert: the whole old row
    QHash<QString, QString> fieldConflicts; // Update: column -> conflict key
    QString conflict;                       // Delete / Insert: the conflict key, when there is one
};

// One id range of a bulk batch to delete.
struct RangeDelete
{
    QString table;
    qint64 first = 0;
    qint64 last = 0;
};

struct Prepared
{
    RevertPlan plan;
    QList<Step> steps;
    QList<RangeDelete> ranges;                   // bulk: in delete order (children first)
    qint64 customerFirst = 0, customerLast = -1; // bulk: the customers loaded
};

// Plans the revert of `batch`: refused (one sentence) when it was reverted already, is an erase,
// or is the revert of a bulk batch.
Result<Prepared> prepare(RevertRepository &repo, qint64 batch);

} // namespace rapport::revertplan
