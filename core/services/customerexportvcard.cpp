// The vCard side of the export: each customer as a vCard 4.0 contact, written by io::writeVCards.
#include "core/io/vcard.h"
#include "core/services/customerexportcells.h"

namespace rapport::exportcells {

namespace {

QStringList types(ContactLabel label, ContactKind kind)
{
    switch (label) {
    case ContactLabel::Work:
        return {QStringLiteral("work")};
    case ContactLabel::Home:
        return {QStringLiteral("home")};
    case ContactLabel::Mobile:
        return kind == ContactKind::Phone ? QStringList{QStringLiteral("cell")} : QStringList{};
    case ContactLabel::Other:
        return {};
    }
    return {};
}

io::VCardContact contact(const CustomerExportRow &row)
{
    io::VCardContact c;
    c.uid = row.externalKey;
    c.formattedName = row.name;
    if (row.kind == CustomerKind::Person) {
        c.familyName = row.lastName;
        c.givenName = row.firstName;
        c.organisation = row.organisation;
    } else {
        c.organisation = row.name;
    }
    c.categories = row.tags;
    c.note = row.notes;
    for (const CustomerExportRow::Point &p : row.points) {
        switch (p.kind) {
        case ContactKind::Phone:
            c.phones.push_back({types(p.label, p.kind), p.value, p.primary});
            break;
        case ContactKind::Email:
            c.emails.push_back({types(p.label, p.kind), p.value, p.primary});
            break;
        case ContactKind::Web:
            c.urls.push_back({types(p.label, p.kind), p.value, p.primary});
            break;
        case ContactKind::Postal: {
            io::VCardAddress a;
            a.types = types(p.label, p.kind);
            a.street = p.address.street;
            a.postalCode = p.address.postalCode;
            a.locality = p.address.city;
            a.region = p.address.region;
            a.country = p.address.country;
            a.preferred = p.primary;
            c.addresses.push_back(std::move(a));
            break;
        }
        }
    }
    return c;
}

} // namespace

Result<QByteArray> vcards(const std::vector<CustomerExportRow> &rows)
{
    std::vector<io::VCardContact> contacts;
    contacts.reserve(rows.size());
    for (const CustomerExportRow &row : rows)
        contacts.push_back(contact(row));
    return io::writeVCards(contacts);
}

} // namespace rapport::exportcells
