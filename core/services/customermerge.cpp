#include "core/services/customermerge.h"

#include "core/domain/customer.h"
#include "core/services/door.h"

#include <QJsonObject>

namespace rapport {

namespace {

bool isEmpty(const QVariant &v)
{
    return !v.isValid() || v.isNull() || v.toString().trimmed().isEmpty();
}

QString sideKey(MergeSide side)
{
    return side == MergeSide::Other ? QStringLiteral("other") : QStringLiteral("survivor");
}

QString shown(const QString &key, const MergeRow &row)
{
    const QVariant v = row.values.value(key);
    if (isEmpty(v))
        return {};
    if (key == QLatin1String("stage"))
        return lifecycleStageName(LifecycleStage(std::clamp(v.toInt(), 0, 4)));
    if (key == QLatin1String("owner_id"))
        return row.ownerName.isEmpty() ? v.toString() : row.ownerName;
    return v.toString();
}

} // namespace

CustomerMerge::CustomerMerge(Door &door)
    : m_door(door)
{}

QStringList CustomerMerge::fieldKeys(int kind)
{
    QStringList keys;
    if (kind == int(CustomerKind::Person))
        keys << QStringLiteral("first_name") << QStringLiteral("last_name");
    else
        keys << QStringLiteral("name");
    keys << QStringLiteral("stage") << QStringLiteral("owner_id") << QStringLiteral("source")
         << QStringLiteral("acquired_on") << QStringLiteral("notes")
         << QStringLiteral("external_key");
    return keys;
}

QString CustomerMerge::fieldLabel(const QString &key)
{
    if (key == QLatin1String("first_name"))
        return tr("First name");
    if (key == QLatin1String("last_name"))
        return tr("Last name");
    if (key == QLatin1String("name"))
        return tr("Name");
    if (key == QLatin1String("stage"))
        return tr("Stage");
    if (key == QLatin1String("owner_id"))
        return tr("Owner");
    if (key == QLatin1String("source"))
        return tr("Source");
    if (key == QLatin1String("acquired_on"))
        return tr("Customer since");
    if (key == QLatin1String("notes"))
        return tr("Notes");
    if (key == QLatin1String("external_key"))
        return tr("External ID");
    return key;
}

Result<MergePreview> CustomerMerge::check(qint64 survivor,
                                          qint64 other,
                                          CustomerMergeRepository &repo)
{
    if (survivor == other)
        return Error(Error::Kind::Validation, tr("A customer cannot be merged with itself."));
    Result<MergeRow> s = repo.read(survivor);
    if (!s)
        return s.error();
    Result<MergeRow> o = repo.read(other);
    if (!o)
        return o.error();
    if (s->trashed || o->trashed)
        return Error(Error::Kind::Validation,
                     tr("Customer %1 is in the trash; restore it before merging.")
                         .arg(s->trashed ? survivor : other));
    if (s->kind != o->kind)
        return Error(Error::Kind::Validation, tr("A person cannot be merged with an organisation."));
    MergePreview p;
    p.survivor = std::move(*s);
    p.other = std::move(*o);
    for (const QString &key : fieldKeys(p.survivor.kind)) {
        MergeField f;
        f.key = key;
        f.label = fieldLabel(key);
        f.survivorText = shown(key, p.survivor);
        f.otherText = shown(key, p.other);
        f.defaultSide = f.survivorText.isEmpty() && !f.otherText.isEmpty() ? MergeSide::Other
                                                                           : MergeSide::Survivor;
        p.fields.append(f);
    }
    return p;
}

Result<MergePreview> CustomerMerge::preview(qint64 survivor, qint64 other)
{
    CustomerMergeRepository repo(m_door.database());
    return check(survivor, other, repo);
}

Result<MergeResult> CustomerMerge::merge(const MergeRequest &request)
{
    // The fields the request names must be fields of a merge: a typo is not silently ignored.
    {
        CustomerMergeRepository repo(m_door.database());
        Result<MergeRow> s = repo.read(request.survivor);
        if (!s)
            return s.error();
        const QStringList keys = fieldKeys(s->kind);
        for (auto it = request.take.constBegin(); it != request.take.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                return Error(Error::Kind::Validation,
                             tr("'%1' is not a field of a merge; the fields are: %2.")
                                 .arg(it.key(), keys.join(QLatin1String(", "))),
                             it.key());
        }
    }
    QJsonObject fields;
    MergeResult result;
    WriteRequest::Batch batch{QStringLiteral("merge"), {}, true};
    batch.description.insert(QStringLiteral("survivor"), request.survivor);
    batch.description.insert(QStringLiteral("other"), request.other);
    WriteRequest write(WriteAction::Merge, batch);
    write.customerId = request.survivor;
    const Status s = m_door.write(write, [&](WriteScope &w) -> Status {
        CustomerMergeRepository repo(m_door.database());
        Result<MergePreview> p = check(request.survivor, request.other, repo);
        if (!p)
            return p.error();
        const MergeRow &survivor = p->survivor;
        const MergeRow &other = p->other;
        if ((request.survivorVersion && request.survivorVersion != survivor.version)
            || (request.otherVersion && request.otherVersion != other.version))
            return Error(Error::Kind::Conflict,
                         tr("One of the customers was changed by someone else since the merge "
                            "was shown; look at them again and merge then."));
        QVariantMap values = survivor.values;
        for (const MergeField &f : std::as_const(p->fields)) {
            const MergeSide side = request.take.value(f.key, f.defaultSide);
            fields.insert(f.key, sideKey(side));
            if (side == MergeSide::Other)
                values.insert(f.key, other.values.value(f.key));
        }
        Customer merged;
        merged.kind = CustomerKind(survivor.kind);
        merged.firstName = values.value(QStringLiteral("first_name")).toString();
        merged.lastName = values.value(QStringLiteral("last_name")).toString();
        merged.organisation = values.value(QStringLiteral("name")).toString();
        merged.notes = values.value(QStringLiteral("notes")).toString();
        merged.source = values.value(QStringLiteral("source")).toString();
        if (Status v = merged.validate(); !v)
            return v;
        values.insert(QStringLiteral("name"), merged.displayName());
        values.insert(QStringLiteral("sort_name"), merged.sortName());

        Result<qint64> head = repo.nextHistoryId();
        if (!head)
            return head.error();
        result.batch = *head;
        // The other first: its external key must be free before the survivor may take it.
        if (Status t = repo.trashOther(other.id, other.version, w.now()); !t)
            return t;
        bool changed = false;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it.key() != QLatin1String("sort_name")
                && survivor.values.value(it.key()) != it.value())
                changed = true;
        }
        if (changed) {
            if (Status u = repo.updateSurvivor(survivor.id, survivor.version, values, w.now()); !u)
                return u;
        }
        Result<MergeCounts> moved = repo.moveRows(survivor.id, other.id);
        if (!moved)
            return moved.error();
        result.counts = *moved;
        w.describe(QStringLiteral("fields"), fields);
        w.describe(QStringLiteral("survivor_name"), values.value(QStringLiteral("name")).toString());
        w.describe(QStringLiteral("other_name"),
                   other.values.value(QStringLiteral("name")).toString());
        w.notify({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
        return {};
    });
    if (!s)
        return s.error();
    return result;
}

} // namespace rapport
