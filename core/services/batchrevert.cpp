#include "core/services/batchrevert.h"

#include "core/services/door.h"
#include "core/services/revertplanner.h"
#include "core/storage/changecapture.h"
#include "core/storage/database.h"
#include "core/storage/revertrepository.h"

#include <QJsonObject>
#include <QSet>

#include <climits>

namespace rapport {

using namespace revertplan;

namespace {

// What the door is asked for a revert of `batch`: the permission of the batch's own action
// (BatchSummary::revertPermission), against the merge's survivor for a merge.
WriteRequest requestForRevertOf(const BatchSummary &batch, WriteRequest::Batch head)
{
    WriteRequest request(batch.revertPermission() == Permission::Merge ? WriteAction::Merge
                                                                       : WriteAction::Import,
                         std::move(head));
    request.customerId = batch.revertCustomer();
    return request;
}

// Deletes a bulk batch's id ranges set-based. Row triggers would keep the search index, the
// customer list and the name terms in step one row at a time (minutes at a million customers);
// they are suspended, and those tables are brought up to date set-based instead.
Status deleteRanges(RevertRepository &repo,
                    const QList<RangeDelete> &ranges,
                    const QList<qint64> &kept,
                    QJsonObject &deleted)
{
    if (ranges.isEmpty())
        return {};
    QList<QPair<qint64, qint64>> customers;
    for (const RangeDelete &r : ranges) {
        if (r.table == QLatin1String("customers"))
            customers.append({r.first, r.last});
    }
    const auto inside = [&](qint64 id) {
        for (const auto &[first, last] : customers) {
            if (id >= first && id <= last)
                return true;
        }
        return false;
    };
    const QPair<qint64, qint64> one = customers.size() == 1 ? customers.first()
                                                            : QPair<qint64, qint64>(0, -1);
    // The customers that stay but lose rows (a purchase import's orders of older customers):
    // their list and search rows are computed again.
    QSet<qint64> touched;
    const auto collect = [&](const QString &table, qint64 first, qint64 last) -> Status {
        Result<QList<qint64>> ids = repo.customersTouched(table, first, last, one.first, one.second);
        if (!ids)
            return ids.error();
        for (qint64 id : std::as_const(*ids)) {
            if (!inside(id) || kept.contains(id))
                touched.insert(id);
        }
        return {};
    };
    for (const RangeDelete &r : ranges) {
        if (r.table != QLatin1String("customers")) {
            if (Status s = collect(r.table, r.first, r.last); !s)
                return s;
        }
    }
    for (const auto &[first, last] : customers) {
        if (Status s = collect(QString(), first, last); !s)
            return s;
    }
    if (Status s = repo.suspendTriggers(); !s)
        return s;
    for (const auto &[first, last] : customers) {
        if (Status s = repo.forgetCustomers(first, last, kept); !s)
            return s;
    }
    for (const RangeDelete &r : ranges) {
        Result<qint64> n = repo.deleteRange(r.table, r.first, r.last, kept);
        if (!n)
            return n.error();
        deleted.insert(r.table, deleted.value(r.table).toInteger() + *n);
    }
    if (Status s = repo.refreshCustomers(QList<qint64>(touched.cbegin(), touched.cend())); !s)
        return s;
    if (Status s = repo.recountList(); !s)
        return s;
    return repo.resumeTriggers();
}

} // namespace

Permission BatchSummary::revertPermission() const
{
    return kind == QLatin1String("merge") ? Permission::Merge : Permission::Import;
}

qint64 BatchSummary::revertCustomer() const
{
    if (kind != QLatin1String("merge"))
        return 0;
    return description.value(QStringLiteral("survivor")).toInteger();
}

QString BatchSummary::file() const
{
    return description.value(QLatin1String("file")).toString();
}

QString BatchSummary::countsText() const
{
    const auto n = [](qint64 v) { return int(qMin<qint64>(v, INT_MAX)); };
    QStringList parts;
    const auto said = [this](const char *key) {
        return description.value(QLatin1StringView(key)).toInteger(-1);
    };
    // A customer import counts customers, as its report and the wizard's summary do (the rows
    // below would count contact points, tags and links too): "3 customers created, 1 updated".
    if (kind == QLatin1String("import") && said("created") >= 0) {
        const qint64 made = said("created"), changed = said("updated");
        const qint64 same = said("unchanged"), refused = said("rejected");
        if (made > 0 || (changed <= 0 && same <= 0 && refused <= 0))
            parts << BatchRevert::tr("%Ln customer(s) created", nullptr, n(qMax<qint64>(made, 0)));
        if (changed > 0)
            parts << (parts.isEmpty()
                          ? BatchRevert::tr("%Ln customer(s) updated", nullptr, n(changed))
                          : BatchRevert::tr("%Ln updated", nullptr, n(changed)));
        if (same > 0)
            parts << (parts.isEmpty()
                          ? BatchRevert::tr("%Ln customer(s) unchanged", nullptr, n(same))
                          : BatchRevert::tr("%Ln unchanged", nullptr, n(same)));
        if (refused > 0)
            parts << BatchRevert::tr("%Ln row(s) rejected", nullptr, n(refused));
        return parts.join(QStringLiteral(", "));
    }
    // A purchase import: its orders and the customers it made.
    if (kind == QLatin1String("import-orders") && said("orders") >= 0) {
        parts << BatchRevert::tr("%Ln order(s)", nullptr, n(said("orders")));
        if (said("customers_created") > 0)
            parts << BatchRevert::tr("%Ln customer(s) created",
                                     nullptr,
                                     n(said("customers_created")));
        return parts.join(QStringLiteral(", "));
    }
    if (bulk && created)
        parts << BatchRevert::tr("%Ln row(s) loaded", nullptr, n(created));
    else if (created)
        parts << BatchRevert::tr("%Ln created", nullptr, n(created));
    if (updated)
        parts << BatchRevert::tr("%Ln updated", nullptr, n(updated));
    if (deleted)
        parts << BatchRevert::tr("%Ln deleted", nullptr, n(deleted));
    if (restored)
        parts << BatchRevert::tr("%Ln restored", nullptr, n(restored));
    if (parts.isEmpty())
        return BatchRevert::tr("no rows");
    return parts.join(QStringLiteral(", "));
}

QString RevertConflict::key() const
{
    return entity + QLatin1Char(':') + QString::number(entityId) + QLatin1Char(':') + field;
}

QString RevertPlan::summaryText() const
{
    const auto n = [](qint64 v) { return int(qMin<qint64>(v, INT_MAX)); };
    QStringList parts;
    if (rowsToDelete)
        parts << BatchRevert::tr("%Ln row(s) deleted", nullptr, n(rowsToDelete));
    if (fieldsToSetBack)
        parts << BatchRevert::tr("%Ln field(s) set back", nullptr, n(fieldsToSetBack))
                     + QLatin1Char(' ')
                     + BatchRevert::tr("on %Ln row(s)", nullptr, n(rowsToUpdate));
    if (rowsToRestore)
        parts << BatchRevert::tr("%Ln row(s) restored", nullptr, n(rowsToRestore));
    if (parts.isEmpty())
        return BatchRevert::tr("Nothing is left to undo.");
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

BatchRevert::BatchRevert(Door &door)
    : m_door(door)
{}

Result<QList<BatchSummary>> BatchRevert::batches(const BatchFilter &filter)
{
    RevertRepository repo(m_door.database());
    Result<QList<HistoryEntry>> heads = repo.heads(filter.kinds, filter.beforeId, filter.limit);
    if (!heads)
        return heads.error();
    Result<RevertChain> chain = chainOf(repo);
    if (!chain)
        return chain.error();
    QList<qint64> ids;
    for (const HistoryEntry &h : std::as_const(*heads))
        ids << h.id;
    Result<QHash<qint64, QHash<QString, qint64>>> counts = repo.operationCounts(ids);
    if (!counts)
        return counts.error();
    QList<BatchSummary> out;
    out.reserve(heads->size());
    for (const HistoryEntry &h : std::as_const(*heads))
        out.append(summaryOf(h, counts->value(h.id), *chain));
    return out;
}

Result<BatchSummary> BatchRevert::batch(qint64 id)
{
    RevertRepository repo(m_door.database());
    Result<std::optional<HistoryEntry>> head = repo.head(id);
    if (!head)
        return head.error();
    if (!*head)
        return Error(Error::Kind::NotFound, tr("There is no batch %1 in the history.").arg(id));
    Result<RevertChain> chain = chainOf(repo);
    if (!chain)
        return chain.error();
    Result<QHash<qint64, QHash<QString, qint64>>> counts = repo.operationCounts({id});
    if (!counts)
        return counts.error();
    return summaryOf(**head, counts->value(id), *chain);
}

Result<RevertPlan> BatchRevert::plan(qint64 batch)
{
    RevertRepository repo(m_door.database());
    Result<Prepared> prepared = prepare(repo, batch);
    if (!prepared)
        return prepared.error();
    return std::move(prepared->plan);
}

Result<qint64> BatchRevert::revert(const RevertPlan &plan, const RevertChoices &choices)
{
    const qint64 batch = plan.batch.id;
    RevertRepository repo(m_door.database());
    WriteRequest::Batch head{RevertKind, QJsonObject{{QStringLiteral("reverts"), batch}}, true};
    head.rows = !plan.batch.bulk;
    if (plan.batch.bulk)
        head.description.insert(QStringLiteral("bulk"), true);
    const Status written = m_door.write(
        requestForRevertOf(plan.batch, std::move(head)), [&](WriteScope &w) -> Status {
            // Planned again inside the write: what the user saw may have changed since.
            Result<Prepared> prepared = prepare(repo, batch);
            if (!prepared)
                return prepared.error();
            QSet<QString> keep;
            qsizetype undecided = 0;
            for (const RevertConflict &c : std::as_const(prepared->plan.conflicts)) {
                switch (choices.choiceFor(c)) {
                case ConflictChoice::Ask:
                    ++undecided;
                    break;
                case ConflictChoice::KeepCurrent:
                    keep.insert(c.key());
                    break;
                case ConflictChoice::RestoreOld:
                    break;
                }
            }
            if (undecided)
                return Error(Error::Kind::Conflict,
                             tr("%n change(s) made since the batch would be overwritten; choose "
                                "to keep them or to overwrite them.",
                                nullptr,
                                int(undecided)));
            if (Status s = repo.deferForeignKeys(); !s)
                return s;
            // Created customers the user keeps keep the rows the batch gave them too.
            QSet<qint64> keptCustomers;
            for (const RevertConflict &c : std::as_const(prepared->plan.conflicts)) {
                if (c.entity == QLatin1String("customer") && keep.contains(c.key()))
                    keptCustomers.insert(c.entityId);
            }
            QJsonObject deleted;
            if (Status s = deleteRanges(repo,
                                        prepared->ranges,
                                        QList<qint64>(keptCustomers.cbegin(), keptCustomers.cend()),
                                        deleted);
                !s)
                return s;
            // A bulk revert records no rows for its range deletes (capture off: millions), but
            // the old values it sets back are recorded as any write's.
            ChangeCapture *capture = m_door.database().capture();
            if (!prepared->steps.isEmpty() && capture && !capture->isEnabled()) {
                if (Status s = capture->setEnabled(true); !s)
                    return s;
            }
            const qint64 now = w.now().toSecsSinceEpoch();
            for (const Step &step : std::as_const(prepared->steps)) {
                switch (step.op) {
                case Step::Op::Delete: {
                    if (keep.contains(step.conflict) || keptCustomers.contains(step.customerId))
                        break;
                    if (Status s = repo.deleteRow(step.entity, step.key); !s)
                        return s;
                    break;
                }
                case Step::Op::Update: {
                    QJsonObject values = step.values;
                    for (auto it = step.fieldConflicts.constBegin();
                         it != step.fieldConflicts.constEnd();
                         ++it) {
                        if (keep.contains(it.value()))
                            values.remove(it.key());
                    }
                    if (Status s = repo.updateRow(step.entity, step.key, values, now); !s)
                        return s;
                    break;
                }
                case Step::Op::Insert: {
                    if (keep.contains(step.conflict))
                        break;
                    const Status s = step.conflict.isEmpty()
                                         ? repo.insertRow(step.entity, step.values)
                                         : repo.updateRow(step.entity, step.key, step.values, now);
                    if (!s)
                        return s;
                    break;
                }
                }
            }
            if (!deleted.isEmpty())
                w.describe(QStringLiteral("deleted"), deleted);
            w.describe(QStringLiteral("kind"), prepared->plan.batch.kind);
            w.notify({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
            return {};
        });
    if (!written)
        return written.error();
    RevertRepository after(m_door.database());
    Result<QList<HistoryEntry>> heads = after.heads({RevertKind}, 0, 1);
    if (!heads)
        return heads.error();
    return heads->isEmpty() ? qint64(0) : heads->first().id;
}

Result<qint64> BatchRevert::revert(qint64 batch, const RevertChoices &choices)
{
    Result<RevertPlan> p = plan(batch);
    if (!p)
        return p.error();
    return revert(*p, choices);
}

} // namespace rapport
