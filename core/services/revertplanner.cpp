#include "core/services/revertplanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace rapport::revertplan {

const QString RevertKind = QStringLiteral("revert");

namespace {

QJsonObject descriptionOf(const HistoryEntry &head)
{
    return QJsonDocument::fromJson(head.changes.toUtf8()).object();
}

// Columns every write bumps: they never make a conflict and are not set back (a revert is a
// new write: the row gets a new version and "now").
bool bookkeeping(const QString &column)
{
    return column == QLatin1String("version") || column == QLatin1String("updated_at");
}

// Which revert batches undid which batch, from the heads of kind 'revert'.

QList<QPair<qint64, qint64>> rangesOf(const QJsonValue &v)
{
    QList<QPair<qint64, qint64>> out;
    const QJsonArray a = v.toArray();
    if (a.size() == 2 && !a.at(0).isArray()) {
        out.append({qint64(a.at(0).toDouble()), qint64(a.at(1).toDouble())});
        return out;
    }
    for (const QJsonValue &pair : a) {
        const QJsonArray p = pair.toArray();
        if (p.size() == 2)
            out.append({qint64(p.at(0).toDouble()), qint64(p.at(1).toDouble())});
    }
    return out;
}

// One step of the replay.

QString countsOf(const QHash<QString, qint64> &byEntity)
{
    QStringList parts;
    for (auto it = byEntity.constBegin(); it != byEntity.constEnd(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

// Builds the plan: the replay of the rows, newest first, against the rows as they are now.
class Planner
{
public:
    Planner(RevertRepository &repo, const HistoryEntry &head, const QSet<qint64> &family)
        : m_repo(repo)
        , m_head(head)
        , m_family(family)
    {}

    Status rows(Prepared &out);
    Status bulk(Prepared &out);

private:
    static QJsonObject keyOf(const HistoryEntry &e);
    static QString rowKey(const QString &entity, const QJsonObject &key);
    Result<std::optional<QJsonObject>> current(const QString &entity, const QJsonObject &key);
    // The entries after the batch about `customerId` (or the row, when it has no customer) that
    // no revert of this batch made.
    Result<QList<HistoryEntry>> later(const HistoryEntry &e);
    Result<QString> nameOf(qint64 customerId);
    // The customer an erase batch erased (from its head's description; 0 when unknown).
    Result<qint64> erasedBy(qint64 eraseBatch);
    // Notes once per customer and erase why an entry an erase blanked is not replayed.
    Status noteErased(const HistoryEntry &e, RevertPlan &plan);

    RevertRepository &m_repo;
    const HistoryEntry &m_head;
    const QSet<qint64> &m_family;
    qint64 m_after = 0;                                // the batch's last entry
    QHash<QString, std::optional<QJsonObject>> m_rows; // the rows as the replay has left them
    QHash<qint64, QList<HistoryEntry>> m_later;
    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_erased; // erase batch -> the customer it erased
    QSet<QString> m_erasedNoted;    // "customer/erase" already noted
};

QJsonObject Planner::keyOf(const HistoryEntry &e)
{
    if (e.entity == QLatin1String("customer_tag"))
        return {{QStringLiteral("customer_id"), e.customerId},
                {QStringLiteral("tag_id"), e.entityId}};
    if (e.entity == QLatin1String("setting")) {
        const QJsonArray k = e.changeObject().value(QLatin1String("key")).toArray();
        return {{QStringLiteral("key"), k.at(0).isNull() ? k.at(1) : k.at(0)}};
    }
    return {{QStringLiteral("id"), e.entityId}};
}

QString Planner::rowKey(const QString &entity, const QJsonObject &key)
{
    return entity + QLatin1Char('/')
           + QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

Result<std::optional<QJsonObject>> Planner::current(const QString &entity, const QJsonObject &key)
{
    const QString k = rowKey(entity, key);
    if (auto it = m_rows.constFind(k); it != m_rows.constEnd())
        return *it;
    Result<std::optional<QJsonObject>> row = m_repo.row(entity, key);
    if (!row)
        return row.error();
    m_rows.insert(k, *row);
    return *row;
}

Result<QList<HistoryEntry>> Planner::later(const HistoryEntry &e)
{
    const qint64 c = e.customerId;
    if (c) {
        if (auto it = m_later.constFind(c); it != m_later.constEnd())
            return *it;
    }
    Result<QList<HistoryEntry>> found = c ? m_repo.laterForCustomer(c, m_after)
                                          : m_repo.laterForRow(e.entity, e.entityId, m_after);
    if (!found)
        return found.error();
    QList<HistoryEntry> out;
    for (HistoryEntry &l : *found) {
        if (!m_family.contains(l.batch) && !l.isBatchHead())
            out.append(std::move(l));
    }
    if (c)
        m_later.insert(c, out);
    return out;
}

Result<QString> Planner::nameOf(qint64 customerId)
{
    if (!customerId)
        return QString();
    if (auto it = m_names.constFind(customerId); it != m_names.constEnd())
        return *it;
    Result<QString> name = m_repo.customerName(customerId);
    if (!name)
        return name.error();
    m_names.insert(customerId, *name);
    return *name;
}

Result<qint64> Planner::erasedBy(qint64 eraseBatch)
{
    if (auto it = m_erased.constFind(eraseBatch); it != m_erased.constEnd())
        return *it;
    Result<std::optional<HistoryEntry>> head = m_repo.head(eraseBatch);
    if (!head)
        return head.error();
    const qint64 customer = *head
                                ? descriptionOf(**head).value(QLatin1String("customer")).toInteger()
                                : 0;
    m_erased.insert(eraseBatch, customer);
    return customer;
}

Status Planner::noteErased(const HistoryEntry &e, RevertPlan &plan)
{
    Result<qint64> erased = erasedBy(e.redactedBy);
    if (!erased)
        return erased.error();
    const qint64 about = e.customerId ? e.customerId : *erased;
    const QString key = QStringLiteral("%1/%2").arg(about).arg(e.redactedBy);
    if (m_erasedNoted.contains(key))
        return {};
    m_erasedNoted.insert(key);
    if (!*erased || *erased == about)
        plan.notes << BatchRevert::tr("Customer #%1 was erased since (batch %2): the revert "
                                      "leaves it as the erase left it and restores nothing of it.")
                          .arg(about)
                          .arg(e.redactedBy);
    else
        plan.notes << BatchRevert::tr("Changes to customer #%1 held data of customer #%2, erased "
                                      "since (batch %3): they are left as they are.")
                          .arg(about)
                          .arg(*erased)
                          .arg(e.redactedBy);
    return {};
}

Status Planner::rows(Prepared &out)
{
    Result<QList<HistoryEntry>> entries = m_repo.rows(m_head.id);
    if (!entries)
        return entries.error();
    m_after = entries->isEmpty() ? m_head.id : entries->first().id;
    QSet<QString> touchedRows;
    for (const HistoryEntry &e : std::as_const(*entries)) {
        out.plan.entryIds.append(e.id);
        if (RevertRepository::tableOf(e.entity).isEmpty())
            return Error(Error::Kind::Database,
                         BatchRevert::tr("The batch changed a kind of row this Rapport cannot "
                                         "revert (%1).")
                             .arg(e.entity));
        // An entry an erase blanked is not replayed: its values are gone, and what is left of
        // them (nulls) would either blank the anonymized row further or bring back a record of
        // the erased person. Nor is it a conflict to decide: the erase made it moot.
        if (e.isRedacted()) {
            if (Status s = noteErased(e, out.plan); !s)
                return s;
            continue;
        }
        const QJsonObject key = keyOf(e);
        const QString k = rowKey(e.entity, key);
        const QJsonObject changes = e.changeObject();
        Result<std::optional<QJsonObject>> now = current(e.entity, key);
        if (!now)
            return now.error();
        Result<QList<HistoryEntry>> after = later(e);
        if (!after)
            return after.error();
        // The newest later entry about this very row, and about each of its fields.
        const HistoryEntry *rowChange = nullptr;
        QHash<QString, const HistoryEntry *> fieldChange;
        QHash<QString, qint64> dependants;
        for (const HistoryEntry &l : std::as_const(*after)) {
            if (l.entity == e.entity && l.entityId == e.entityId) {
                rowChange = &l;
                const QJsonObject lc = l.changeObject();
                for (auto it = lc.constBegin(); it != lc.constEnd(); ++it)
                    fieldChange.insert(it.key(), &l);
            } else {
                ++dependants[l.entity];
            }
        }
        Result<QString> name = nameOf(e.customerId);
        if (!name)
            return name.error();
        const auto conflictOf = [&](RevertConflict::Kind kind, const HistoryEntry *by) {
            RevertConflict c;
            c.kind = kind;
            c.entity = e.entity;
            c.entityId = e.entityId;
            c.customerId = e.customerId;
            c.customerName = *name;
            if (by) {
                c.changedBy = by->actor;
                c.changedAt = by->at;
                c.changedEntry = by->id;
            }
            return c;
        };

        Step step;
        step.entity = e.entity;
        step.key = key;
        step.customerId = e.customerId;
        if (e.operation == QLatin1String("create")) {
            step.op = Step::Op::Delete;
            if (!*now) {
                m_rows.insert(k, std::nullopt);
                continue; // gone already (deleted since, or along with its customer)
            }
            const bool customer = e.entity == QLatin1String("customer");
            if ((customer && (rowChange || !dependants.isEmpty()))
                || (!customer && rowChange && !touchedRows.contains(k))) {
                RevertConflict c = conflictOf(customer && !dependants.isEmpty()
                                                  ? RevertConflict::Kind::Dependants
                                                  : RevertConflict::Kind::RowChanged,
                                              rowChange ? rowChange : &after->last());
                if (!dependants.isEmpty())
                    c.detail = countsOf(dependants);
                if (customer && !dependants.isEmpty() && rowChange)
                    c.changedEntry = after->last().id;
                c.current = QJsonValue(**now);
                step.conflict = c.key();
                out.plan.conflicts.append(std::move(c));
            }
            ++out.plan.rowsToDelete;
            m_rows.insert(k, std::nullopt);
        } else if (e.operation == QLatin1String("delete")) {
            step.op = Step::Op::Insert;
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
                step.values.insert(it.key(), it.value().toArray().at(0));
            if (*now) {
                if (**now == step.values)
                    continue; // back already
                RevertConflict c = conflictOf(RevertConflict::Kind::RowChanged, rowChange);
                c.current = QJsonValue(**now);
                c.restoreValue = QJsonValue(step.values);
                c.detail = BatchRevert::tr("a row with the same id exists again");
                step.conflict = c.key();
                out.plan.conflicts.append(std::move(c));
            }
            ++out.plan.rowsToRestore;
            m_rows.insert(k, step.values);
        } else { // update, trash, restore: set the old values back
            step.op = Step::Op::Update;
            if (!*now) {
                out.plan.notes << BatchRevert::tr("%1 %2 was deleted since, so its changes "
                                                  "cannot be set back.")
                                      .arg(e.entity)
                                      .arg(e.entityId);
                continue;
            }
            QJsonObject row = **now;
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
                if (bookkeeping(it.key()))
                    continue;
                const QJsonArray pair = it.value().toArray();
                const QJsonValue old = pair.at(0);
                const QJsonValue written = pair.at(1);
                const QJsonValue cur = row.value(it.key()); // undefined: NULL
                const auto same = [](const QJsonValue &a, const QJsonValue &b) {
                    return (a.isNull() || a.isUndefined()) ? (b.isNull() || b.isUndefined())
                                                           : a == b;
                };
                if (same(cur, old))
                    continue; // nothing to do
                if (!same(cur, written)) {
                    RevertConflict c = conflictOf(RevertConflict::Kind::FieldChanged,
                                                  fieldChange.value(it.key()));
                    c.field = it.key();
                    c.current = cur.isUndefined() ? QJsonValue() : cur;
                    c.batchValue = written;
                    c.restoreValue = old;
                    step.fieldConflicts.insert(it.key(), c.key());
                    out.plan.conflicts.append(std::move(c));
                }
                step.values.insert(it.key(), old);
                if (old.isNull())
                    row.remove(it.key());
                else
                    row.insert(it.key(), old);
                ++out.plan.fieldsToSetBack;
            }
            if (step.values.isEmpty())
                continue;
            ++out.plan.rowsToUpdate;
            m_rows.insert(k, row);
        }
        touchedRows.insert(k);
        out.steps.append(std::move(step));
    }
    return {};
}

Status Planner::bulk(Prepared &out)
{
    // Children first, so that the customers' cascades find nothing left to do.
    static const char *const Order[] = {"order_lines",
                                        "surveys",
                                        "notes",
                                        "customer_notes",
                                        "tasks",
                                        "interactions",
                                        "cases",
                                        "orders",
                                        "relationships",
                                        "contact_points",
                                        "consents",
                                        "customers",
                                        "products",
                                        "tags",
                                        "users"};
    const QJsonObject ids = out.plan.batch.description.value(QLatin1String("ids")).toObject();
    QHash<QString, QList<QPair<qint64, qint64>>> byTable;
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
        const QString table = RevertRepository::tableOfRange(it.key());
        if (table.isEmpty())
            return Error(Error::Kind::Database,
                         BatchRevert::tr("The batch loaded a kind of row this Rapport cannot "
                                         "revert (%1).")
                             .arg(it.key()));
        byTable[table] += rangesOf(it.value());
    }
    for (const char *name : Order) {
        const QString table = QLatin1String(name);
        for (const auto &[first, last] : byTable.value(table))
            out.ranges.append({table, first, last});
    }
    for (const RangeDelete &r : std::as_const(out.ranges)) {
        Result<qint64> n = m_repo.countRange(r.table, r.first, r.last);
        if (!n)
            return n.error();
        out.plan.rowsToDelete += *n;
    }
    // A loaded customer that has gained rows since (an order, a call, an edit) is a conflict.
    const auto own = [&](const QString &table) {
        const QList<QPair<qint64, qint64>> r = byTable.value(table);
        return r.isEmpty() ? QPair<qint64, qint64>(0, -1) : r.first();
    };
    static const std::pair<const char *, const char *> Children[] = {
        {"contact_points", "customer_id"},
        {"relationships", "from_id"},
        {"relationships", "to_id"},
        {"orders", "customer_id"},
        {"cases", "customer_id"},
        {"interactions", "customer_id"},
        {"tasks", "customer_id"},
        {"customer_notes", "customer_id"},
        {"surveys", "customer_id"},
        {"consents", "customer_id"},
    };
    std::map<qint64, QHash<QString, qint64>> dependants;
    for (const auto &[first, last] : byTable.value(QStringLiteral("customers"))) {
        for (const auto &[table, column] : Children) {
            const auto [ownFirst, ownLast] = own(QLatin1String(table));
            Result<QHash<qint64, qint64>> refs = m_repo.referencesFrom(QLatin1String(table),
                                                                       QLatin1String(column),
                                                                       first,
                                                                       last,
                                                                       ownFirst,
                                                                       ownLast);
            if (!refs)
                return refs.error();
            for (auto it = refs->constBegin(); it != refs->constEnd(); ++it)
                dependants[it.key()][QLatin1String(table)] += it.value();
        }
        Result<QHash<qint64, HistoryEntry>> edits = m_repo.laterInRange(first, last, m_head.id);
        if (!edits)
            return edits.error();
        for (auto it = edits->constBegin(); it != edits->constEnd(); ++it) {
            if (!m_family.contains(it->batch))
                dependants[it.key()]; // noted below with who and when
        }
        for (auto &[customer, what] : dependants) {
            RevertConflict c;
            c.kind = RevertConflict::Kind::Dependants;
            c.entity = QStringLiteral("customer");
            c.entityId = customer;
            c.customerId = customer;
            Result<QString> name = nameOf(customer);
            if (!name)
                return name.error();
            c.customerName = *name;
            if (auto e = edits->constFind(customer); e != edits->constEnd()) {
                c.changedBy = e->actor;
                c.changedAt = e->at;
                c.changedEntry = e->id;
            }
            c.detail = what.isEmpty() ? BatchRevert::tr("changed since") : countsOf(what);
            out.plan.conflicts.append(std::move(c));
        }
        dependants.clear();
    }
    return {};
}

} // namespace

RevertChain::RevertChain(const QList<HistoryEntry> &reverts)
{
    for (const HistoryEntry &r : reverts) {
        const qint64 undid = qint64(descriptionOf(r).value(QLatin1String("reverts")).toDouble());
        m_by[undid].append(r.id);
        m_reverts.insert(r.id, undid);
    }
}

qint64 RevertChain::revertedBy(qint64 batch) const
{
    for (qint64 r : m_by.value(batch)) {
        if (revertedBy(r) == 0)
            return r;
    }
    return 0;
}

QSet<qint64> RevertChain::family(qint64 batch) const
{
    QSet<qint64> out;
    QList<qint64> todo{batch};
    while (!todo.isEmpty()) {
        const qint64 b = todo.takeLast();
        for (qint64 r : m_by.value(b)) {
            if (!out.contains(r)) {
                out.insert(r);
                todo.append(r);
            }
        }
    }
    return out;
}

Result<RevertChain> chainOf(RevertRepository &repo)
{
    Result<QList<HistoryEntry>> reverts = repo.heads({RevertKind}, 0, 100000);
    if (!reverts)
        return reverts.error();
    return RevertChain(*reverts);
}

BatchSummary summaryOf(const HistoryEntry &head,
                       const QHash<QString, qint64> &counts,
                       const RevertChain &chain)
{
    BatchSummary s;
    s.id = head.id;
    s.kind = head.entity;
    s.at = head.at;
    s.userId = head.userId;
    s.actor = head.actor;
    s.description = descriptionOf(head);
    s.created = counts.value(QStringLiteral("create"));
    s.updated = counts.value(QStringLiteral("update"));
    s.deleted = counts.value(QStringLiteral("delete")) + counts.value(QStringLiteral("trash"));
    s.restored = counts.value(QStringLiteral("restore"));
    const QJsonObject ids = s.description.value(QLatin1String("ids")).toObject();
    s.bulk = !ids.isEmpty() || s.description.value(QLatin1String("bulk")).toBool();
    if (!ids.isEmpty() && s.created == 0) {
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
            const QJsonArray r = it.value().toArray();
            if (r.size() == 2 && !r.at(0).isArray())
                s.created += qint64(r.at(1).toDouble()) - qint64(r.at(0).toDouble()) + 1;
        }
    }
    const QJsonObject deleted = s.description.value(QLatin1String("deleted")).toObject();
    for (auto it = deleted.constBegin(); it != deleted.constEnd(); ++it)
        s.deleted += it.value().toInteger();
    s.revertedBy = chain.revertedBy(head.id);
    s.reverts = head.entity == RevertKind ? chain.reverts(head.id) : 0;
    return s;
}

// The [first, last] pairs of one id range entry of a bulk batch's description.

Result<Prepared> prepare(RevertRepository &repo, qint64 batch)
{
    Result<std::optional<HistoryEntry>> head = repo.head(batch);
    if (!head)
        return head.error();
    if (!*head)
        return Error(Error::Kind::NotFound,
                     BatchRevert::tr("There is no batch %1 in the history.").arg(batch));
    Result<RevertChain> chain = chainOf(repo);
    if (!chain)
        return chain.error();
    Result<QHash<qint64, QHash<QString, qint64>>> counts = repo.operationCounts({batch});
    if (!counts)
        return counts.error();
    Prepared out;
    out.plan.batch = summaryOf(**head, counts->value(batch), *chain);
    const BatchSummary &b = out.plan.batch;
    if (b.isReverted())
        return Error(Error::Kind::Conflict,
                     BatchRevert::tr("Batch %1 was already reverted by batch %2.")
                         .arg(batch)
                         .arg(b.revertedBy));
    if (b.kind == QLatin1String("erase"))
        return Error(Error::Kind::Conflict,
                     BatchRevert::tr("Batch %1 is an erase, which keeps none of the erased "
                                     "values, so it cannot be reverted.")
                         .arg(batch));
    if (b.kind == RevertKind && b.bulk)
        return Error(Error::Kind::Conflict,
                     BatchRevert::tr("Batch %1 deleted rows loaded in bulk, which the history "
                                     "does not keep, so it cannot be reverted; load them again "
                                     "instead.")
                         .arg(batch));
    const QSet<qint64> family = chain->family(batch);
    Planner planner(repo, **head, family);
    // A bulk batch may carry rows too (an import's updates of customers that were there,
    // recorded beside the id ranges of the new ones).
    if (!b.description.value(QLatin1String("ids")).toObject().isEmpty()) {
        if (Status s = planner.bulk(out); !s)
            return s.error();
    }
    if (Status s = planner.rows(out); !s)
        return s.error();
    return out;
}

} // namespace rapport::revertplan
