#include "core/demo/demoduplicates.h"

#include "core/demo/demorandom.h"
#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/services/door.h"
#include "core/storage/customerrepository.h"

#include <QSet>

namespace rapport {

namespace {

// A typing slip: two neighbouring letters swapped, one dropped or one doubled.
QString slip(const QString &word, DemoRandom &r)
{
    if (word.size() < 4)
        return word + word.back();
    QString out = word;
    const qsizetype at = 1 + qsizetype(r.below(quint32(word.size() - 2)));
    switch (r.below(3)) {
    case 0:
        std::swap(out[at], out[at + 1]);
        break;
    case 1:
        out.remove(at, 1);
        break;
    default:
        out.insert(at, out.at(at));
        break;
    }
    return out;
}

} // namespace

Result<qint64> DemoDuplicates::add(Door &door, qint64 count, quint64 seed)
{
    qint64 made = 0;
    WriteRequest request(WriteAction::Import,
                         WriteRequest::Batch{QStringLiteral("demo-duplicates"), {}, true});
    const Status s = door.write(request, [&](WriteScope &w) -> Status {
        CustomerRepository repo(door.database());
        Result<qint64> live = repo.countLive();
        if (!live)
            return live.error();
        const qint64 highest = *live;
        DemoRandom r(seed, 77, 0);
        QSet<qint64> used;
        for (qint64 attempt = 0; made < count && attempt < count * 4 && highest > 1; ++attempt) {
            const qint64 id = r.between(1, highest);
            if (used.contains(id))
                continue;
            Result<Customer> original = repo.get(id);
            if (!original || original->kind != CustomerKind::Person || original->isDeleted())
                continue;
            Result<QList<ContactPoint>> points = repo.contactPoints(id);
            if (!points)
                return points.error();
            used.insert(id);
            Customer copy = *original;
            copy.id = 0;
            copy.tags.clear();
            copy.notes.clear();
            const quint32 how = r.below(4);
            switch (how) {
            case 0:
                copy.firstName = slip(copy.firstName, r);
                break;
            case 1:
                copy.lastName = slip(copy.lastName, r);
                break;
            case 2:
                std::swap(copy.firstName, copy.lastName);
                break;
            default:
                break; // the same name, entered again
            }
            if (Result<qint64> added = repo.insert(copy, w.now()); !added)
                return added.error();
            // What else was typed in again: some of the contact details, seldom all.
            for (ContactPoint p : std::as_const(*points)) {
                const bool keep = p.kind == ContactKind::Postal ? r.chance(0.7)
                                  : p.kind == ContactKind::Web  ? false
                                                                : r.chance(0.6);
                if (!keep)
                    continue;
                if (p.kind == ContactKind::Email && r.chance(0.3))
                    p.value = p.value.toUpper();
                p.id = 0;
                p.version = 0;
                p.customerId = copy.id;
                if (Result<qint64> added = repo.addContactPoint(p); !added)
                    return added.error();
            }
            ++made;
        }
        w.describe(QStringLiteral("customers"), made);
        w.describe(QStringLiteral("seed"), QString::number(seed));
        w.notify({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
        return {};
    });
    if (!s)
        return s.error();
    return made;
}

} // namespace rapport
