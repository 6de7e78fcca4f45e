#include "core/services/batchrevert.h"

#include "core/services/door.h"

namespace rapport {

QString BatchSummary::file() const
{
    return description.value(QLatin1String("file")).toString();
}

QString BatchSummary::countsText() const
{
    return QString();
}

QString RevertConflict::key() const
{
    return entity + QLatin1Char(':') + QString::number(entityId) + QLatin1Char(':') + field;
}

QString RevertPlan::summaryText() const
{
    return QString();
}

BatchRevert::BatchRevert(Door &door)
    : m_door(door)
{}

static Error notYet()
{
    return Error(Error::Kind::Database,
                 BatchRevert::tr("Reverting a batch is not available in this build yet."));
}

Result<QList<BatchSummary>> BatchRevert::batches(const BatchFilter &)
{
    return notYet();
}

Result<BatchSummary> BatchRevert::batch(qint64)
{
    return notYet();
}

Result<RevertPlan> BatchRevert::plan(qint64)
{
    return notYet();
}

Result<qint64> BatchRevert::revert(const RevertPlan &, const RevertChoices &)
{
    return notYet();
}

Result<qint64> BatchRevert::revert(qint64 batch, const RevertChoices &choices)
{
    Result<RevertPlan> p = plan(batch);
    if (!p)
        return p.error();
    return revert(*p, choices);
}

} // namespace rapport
