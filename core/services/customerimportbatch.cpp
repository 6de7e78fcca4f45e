// The customer import's bulk rows: what the BulkLoader writes for each new customer of a plan,
// made a batch at a time (ImportBatchMaker, customerimportplan.h) on a thread of its own while
// the loader writes the previous batch (customerimportwrite.cpp).
#include "core/services/customerimportplan.h"

#include "core/domain/phonenumber.h"
#include "core/domain/textfold.h"
#include "core/storage/bulkbatch.h"

namespace rapport {

void ImportBatchMaker::make(std::size_t from,
                            std::size_t to,
                            qint64 firstPoint,
                            BulkBatch &batch) const
{
    const auto text = [&batch](const QString &value) -> BulkText {
        if (value.isEmpty())
            return BulkText();
        const QByteArray utf8 = value.toUtf8();
        return batch.text.add(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    };
    qint64 nextPoint = firstPoint;
    for (std::size_t create = from; create < to; ++create) {
        const ImportRow &row = plan.rows[plan.creates[create]];
        Customer c = row.customer();
        c.tidy();
        const qint64 id = firstCustomer + qint64(create);
        const bool person = c.kind == CustomerKind::Person;
        BulkBatch::Customer b;
        b.id = id;
        b.kind = int(c.kind);
        b.firstName = person ? text(c.firstName) : BulkText();
        b.lastName = person ? text(c.lastName) : BulkText();
        b.name = text(c.displayName());
        b.sortName = text(c.sortName());
        b.stage = int(c.stage);
        b.source = text(c.source);
        b.acquiredOn = c.acquiredOn.isValid() ? text(c.acquiredOn.toString(Qt::ISODate))
                                              : BulkText();
        b.notes = text(c.notes);
        b.createdAt = b.updatedAt = now;
        b.externalKey = text(row.externalId);
        batch.customers.push_back(b);
        // The customer list's row, as customer_list_source makes it of the rows below (no
        // owner, no organisation, no interactions, no orders): the loader then skips its
        // rebuild of the list. The tests hold it to a rebuild's row.
        BulkBatch::ListEntry listRow;
        listRow.customerId = id;
        listRow.kind = b.kind;
        listRow.stage = b.stage;
        listRow.name = b.name;
        listRow.nameKey = b.sortName;
        if (const int employer = employers.ofCreate[create]; person && employer >= 0) {
            const ImportEmployers::Organisation &o = employers.organisations[std::size_t(employer)];
            listRow.organisationId = o.id;
            listRow.organisation = batch.text.add(
                std::string_view(o.name.constData(), std::size_t(o.name.size())));
            listRow.organisationKey = batch.text.add(
                std::string_view(o.key.constData(), std::size_t(o.key.size())));
        }
        for (const QString &tag : std::as_const(c.tags)) {
            const qint64 tagId = tagIds.value(tag.toCaseFolded());
            batch.customerTags.push_back(BulkBatch::CustomerTag{id, tagId});
            if (tagId >= 1 && tagId <= 62)
                listRow.tagBits |= qint64(1) << (tagId - 1);
        }
        // What customer_search_source gives: e-mails, phones without '+', cities.
        QString emails, phones, cities;
        bool primary[4] = {false, false, false, false};
        for (const ContactPoint &p : row.points) {
            BulkBatch::ContactPoint cp;
            cp.id = nextPoint++;
            cp.customerId = id;
            cp.kind = int(p.kind);
            cp.label = int(p.label);
            cp.value = text(p.value);
            cp.primary = !primary[int(p.kind)];
            primary[int(p.kind)] = true;
            if (cp.primary && p.kind == ContactKind::Phone)
                listRow.phone = cp.value;
            else if (cp.primary && p.kind == ContactKind::Email)
                listRow.email = cp.value;
            if (p.kind == ContactKind::Postal) {
                cp.street = text(p.address.street);
                cp.postalCode = text(p.address.postalCode);
                cp.city = text(p.address.city);
                cp.region = text(p.address.region);
                cp.country = text(p.address.country);
                if (cp.primary) {
                    listRow.city = cp.city;
                    listRow.cityKey = text(foldText(p.address.city));
                }
                if (!p.address.city.isEmpty())
                    cities += (cities.isEmpty() ? QString() : QStringLiteral(" ")) + p.address.city;
            } else if (p.kind == ContactKind::Phone) {
                cp.phoneKey = text(phoneKey(p.value));
                phones += (phones.isEmpty() ? QString() : QStringLiteral(" ")) + p.value.mid(1);
            } else if (p.kind == ContactKind::Email) {
                emails += (emails.isEmpty() ? QString() : QStringLiteral(" ")) + p.value;
            }
            batch.contactPoints.push_back(cp);
        }
        BulkBatch::SearchEntry entry;
        entry.customerId = id;
        entry.name = person ? b.name : BulkText("");
        entry.organisation = person ? BulkText("") : b.name;
        const auto orEmpty = [&](const QString &s) { return s.isEmpty() ? BulkText("") : text(s); };
        entry.email = orEmpty(emails);
        entry.phone = orEmpty(phones);
        entry.city = orEmpty(cities);
        batch.search.push_back(entry);
        batch.list.push_back(listRow);
    }
}

} // namespace rapport
