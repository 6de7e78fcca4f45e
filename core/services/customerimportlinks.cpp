// The customer import's links of people to the organisations their rows name (works_at), and
// the organisations made for names no customer has: written row by row or through the
// BulkLoader, next to the rest of the plan (customerimportwrite.cpp).
#include "core/services/customerimportplan.h"

#include "core/domain/relationship.h"
#include "core/storage/bulkbatch.h"
#include "core/storage/customerrepository.h"
#include "core/storage/relationshiprepository.h"

namespace rapport {
namespace {

Customer organisationNamed(const QString &name)
{
    Customer c;
    c.kind = CustomerKind::Organisation;
    c.organisation = name;
    c.tidy();
    return c;
}

} // namespace

qint64 linkPerson(const ImportPlan &plan, const ImportLink &link)
{
    if (link.personCreate >= 0)
        return plan.createdIds.at(std::size_t(link.personCreate));
    return link.personId;
}

qint64 linkOrganisation(const ImportPlan &plan, const ImportLink &link)
{
    if (link.organisationCreate >= 0)
        return plan.createdIds.at(std::size_t(link.organisationCreate));
    if (link.newOrganisation >= 0)
        return plan.organisationIds.at(std::size_t(link.newOrganisation));
    return link.organisationId;
}

Status writeOrganisationLinks(const Database &db,
                              ImportPlan &plan,
                              const QDateTime &now,
                              QList<qint64> &created)
{
    CustomerRepository customers(db);
    plan.organisationIds.clear();
    for (const QString &name : std::as_const(plan.organisations)) {
        Customer c = organisationNamed(name);
        Result<qint64> id = customers.insert(c, now);
        if (!id)
            return id.error();
        plan.organisationIds.push_back(*id);
        created.append(*id);
    }
    RelationshipRepository relationships(db);
    for (const ImportLink &link : plan.links) {
        Relationship r;
        r.fromId = linkPerson(plan, link);
        r.toId = linkOrganisation(plan, link);
        r.kind = RelationshipKind::WorksAt;
        Result<qint64> id = relationships.insert(r);
        if (!id)
            return id.error();
    }
    return {};
}

void addOrganisationLinks(
    BulkBatch &batch, ImportPlan &plan, qint64 now, qint64 &nextCustomer, qint64 &nextRelationship)
{
    const auto text = [&batch](const QString &value) -> BulkText {
        if (value.isEmpty())
            return BulkText("");
        const QByteArray utf8 = value.toUtf8();
        return batch.text.add(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    };
    plan.organisationIds.clear();
    for (const QString &name : std::as_const(plan.organisations)) {
        const Customer c = organisationNamed(name);
        BulkBatch::Customer b;
        b.id = nextCustomer++;
        b.kind = int(c.kind);
        b.name = text(c.displayName());
        b.sortName = text(c.sortName());
        b.stage = int(c.stage);
        b.createdAt = b.updatedAt = now;
        batch.customers.push_back(b);
        BulkBatch::SearchEntry entry;
        entry.customerId = b.id;
        entry.name = BulkText("");
        entry.organisation = b.name;
        entry.email = entry.phone = entry.city = BulkText("");
        batch.search.push_back(entry);
        // The list row a rebuild would make: an organisation with nothing else yet.
        BulkBatch::ListEntry listRow;
        listRow.customerId = b.id;
        listRow.kind = b.kind;
        listRow.stage = b.stage;
        listRow.name = b.name;
        listRow.nameKey = b.sortName;
        batch.list.push_back(listRow);
        plan.organisationIds.push_back(b.id);
    }
    for (const ImportLink &link : plan.links) {
        BulkBatch::Relationship r;
        r.id = nextRelationship++;
        r.fromId = linkPerson(plan, link);
        r.toId = linkOrganisation(plan, link);
        r.kind = int(RelationshipKind::WorksAt);
        batch.relationships.push_back(r);
    }
}

ImportEmployers importEmployers(const ImportPlan &plan,
                                qint64 firstCustomer,
                                const QHash<qint64, QPair<QString, QString>> &existing)
{
    ImportEmployers out;
    out.ofCreate.assign(plan.creates.size(), -1);
    const qint64 firstMade = firstCustomer + qint64(plan.creates.size());
    QHash<qint64, int> byId; // organisation id -> index into out.organisations
    const auto organisation = [&](qint64 id, const auto &names) {
        auto it = byId.constFind(id);
        if (it == byId.constEnd()) {
            const auto [name, key] = names();
            it = byId.insert(id, int(out.organisations.size()));
            out.organisations.push_back({id, name.toUtf8(), key.toUtf8()});
        }
        return *it;
    };
    for (const ImportLink &link : plan.links) {
        if (link.personCreate < 0)
            continue;
        int index = -1;
        if (link.organisationCreate >= 0) {
            index = organisation(firstCustomer + link.organisationCreate, [&] {
                Customer c
                    = plan.rows[plan.creates[std::size_t(link.organisationCreate)]].customer();
                c.tidy();
                return QPair<QString, QString>(c.displayName(), c.sortName());
            });
        } else if (link.newOrganisation >= 0) {
            index = organisation(firstMade + link.newOrganisation, [&] {
                const Customer c = organisationNamed(
                    plan.organisations.at(qsizetype(link.newOrganisation)));
                return QPair<QString, QString>(c.displayName(), c.sortName());
            });
        } else if (auto it = existing.constFind(link.organisationId); it != existing.constEnd()) {
            index = organisation(link.organisationId, [&] { return *it; });
        } else {
            continue;
        }
        out.ofCreate[std::size_t(link.personCreate)] = index;
    }
    return out;
}

} // namespace rapport
