// The export's columns: their canonical headers and keys, the cell texts of one customer, and
// what consent leaves out. Split from customerexport.cpp, which reads and writes.
#include "core/services/customerexport.h"
#include "core/services/customerexportcells.h"

#include "core/domain/customerselection.h"
#include "core/domain/enumkeys.h"
#include "core/domain/money.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace rapport {

namespace {

struct FieldName
{
    const char *label;
    const char *key;
};

// Canonical headers: exactly the English names the import recognises. Never translated.
constexpr std::array<FieldName, ExportFieldCount> fieldNames{{
    {"First name", "first_name"},
    {"Last name", "last_name"},
    {"Name", "name"},
    {"Kind", "kind"},
    {"Organisation", "organisation"},
    {"E-mail", "email"},
    {"Phone", "phone"},
    {"Mobile", "mobile"},
    {"Street", "street"},
    {"Postal code", "postal_code"},
    {"City", "city"},
    {"Country", "country"},
    {"Web", "web"},
    {"Tags", "tags"},
    {"Stage", "stage"},
    {"Owner", "owner"},
    {"Source", "source"},
    {"Acquired on", "acquired_on"},
    {"External id", "external_id"},
    {"Notes", "notes"},
    {"Last contact", "last_contact"},
    {"Revenue (12 months)", "revenue"},
    {"Figure", "figure"},
}};

QString joined(const CustomerExportRow &row, ContactKind kind, std::optional<bool> mobile = {})
{
    QString out;
    for (const CustomerExportRow::Point &p : row.points) {
        if (p.kind != kind)
            continue;
        if (mobile && (p.label == ContactLabel::Mobile) != *mobile)
            continue;
        if (!out.isEmpty())
            out += ExportMultiValueSeparator;
        out += p.value;
    }
    return out;
}

const CustomerExportRow::Point *address(const CustomerExportRow &row)
{
    const CustomerExportRow::Point *first = nullptr;
    for (const CustomerExportRow::Point &p : row.points) {
        if (p.kind != ContactKind::Postal)
            continue;
        if (p.primary)
            return &p;
        if (!first)
            first = &p;
    }
    return first;
}

QString figureText(const CustomerSelection *selection, qint64 id)
{
    if (!selection || !selection->hasFigure())
        return {};
    const std::optional<double> value = selection->valueOf(id);
    if (!value)
        return {};
    const QLocale c = QLocale::c();
    switch (selection->figure.kind) {
    case CustomerFigure::Kind::Money:
        return Money::formatMinor(qint64(std::llround(*value)),
                                  Money::decimals(selection->figure.currency),
                                  c);
    case CustomerFigure::Kind::Percent:
        return c.toString(*value * 100.0, 'f', 1);
    case CustomerFigure::Kind::Count:
    case CustomerFigure::Kind::Days:
        return c.toString(qint64(std::llround(*value)));
    case CustomerFigure::Kind::Score:
        return c.toString(*value, 'g', 6);
    }
    return {};
}

} // namespace

QString exportFieldLabel(ExportField field)
{
    return QString::fromLatin1(fieldNames[std::size_t(field)].label);
}

QString exportFieldKey(ExportField field)
{
    return QString::fromLatin1(fieldNames[std::size_t(field)].key);
}

std::optional<ExportField> exportFieldFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (std::size_t i = 0; i < fieldNames.size(); ++i) {
        if (trimmed.compare(QLatin1String(fieldNames[i].label), Qt::CaseInsensitive) == 0
            || trimmed.compare(QLatin1String(fieldNames[i].key), Qt::CaseInsensitive) == 0)
            return ExportField(i);
    }
    return std::nullopt;
}

std::vector<ExportField> importableExportFields()
{
    std::vector<ExportField> fields;
    for (int i = 0; i <= int(ExportField::Notes); ++i)
        fields.push_back(ExportField(i));
    return fields;
}

std::vector<ExportField> listExportFields()
{
    // Kept equal to the desktop's mapping of its default columns (ui/customerlistexport.cpp) by
    // a test of each (tests/ui/test_customerlistexport.cpp, tests/core/test_customerexport.cpp).
    return {ExportField::Name,
            ExportField::Kind,
            ExportField::Organisation,
            ExportField::Stage,
            ExportField::Owner,
            ExportField::Phone,
            ExportField::Mobile,
            ExportField::Email,
            ExportField::City,
            ExportField::LastContact,
            ExportField::Revenue};
}

namespace exportcells {

QString header(ExportField field, const CustomerSelection *selection)
{
    if (field == ExportField::Figure && selection && !selection->figure.isEmpty()) {
        const CustomerFigure &figure = selection->figure;
        return figure.kind == CustomerFigure::Kind::Money && !figure.currency.isEmpty()
                   ? figure.label + QStringLiteral(" (") + figure.currency + QLatin1Char(')')
               : figure.kind == CustomerFigure::Kind::Percent
                   ? figure.label + QStringLiteral(" (%)")
                   : figure.label;
    }
    return exportFieldLabel(field);
}

QString cell(const CustomerExportRow &row, ExportField field, const CustomerSelection *selection)
{
    switch (field) {
    case ExportField::FirstName:
        return row.firstName;
    case ExportField::LastName:
        return row.lastName;
    case ExportField::Name:
        return row.name;
    case ExportField::Kind:
        return enumKey(row.kind, customerKindKeys);
    case ExportField::Organisation:
        return row.organisation;
    case ExportField::Email:
        return joined(row, ContactKind::Email);
    case ExportField::Phone:
        return joined(row, ContactKind::Phone, false);
    case ExportField::Mobile:
        return joined(row, ContactKind::Phone, true);
    case ExportField::Street:
        if (const auto *p = address(row))
            return p->address.street;
        return {};
    case ExportField::PostalCode:
        if (const auto *p = address(row))
            return p->address.postalCode;
        return {};
    case ExportField::City:
        if (const auto *p = address(row))
            return p->address.city;
        return {};
    case ExportField::Country:
        if (const auto *p = address(row))
            return p->address.country;
        return {};
    case ExportField::Web:
        return joined(row, ContactKind::Web);
    case ExportField::Tags:
        return row.tags.join(ExportMultiValueSeparator);
    case ExportField::Stage:
        return enumKey(row.stage, lifecycleStageKeys);
    case ExportField::Owner:
        return row.owner;
    case ExportField::Source:
        return row.source;
    case ExportField::AcquiredOn:
        return row.acquiredOn.isValid() ? row.acquiredOn.toString(Qt::ISODate) : QString();
    case ExportField::ExternalId:
        return row.externalKey;
    case ExportField::Notes:
        return row.notes;
    case ExportField::LastContact:
        return row.lastContactAt > 0 ? QDateTime::fromSecsSinceEpoch(row.lastContactAt, Qt::UTC)
                                           .date()
                                           .toString(Qt::ISODate)
                                     : QString();
    case ExportField::Revenue:
        if (row.revenueCurrency.isEmpty())
            return {};
        return Money::formatMinor(row.revenueMinor,
                                  Money::decimals(row.revenueCurrency),
                                  QLocale::c())
               + QLatin1Char(' ') + row.revenueCurrency;
    case ExportField::Figure:
        return figureText(selection, row.id);
    }
    return {};
}

quint8 withhold(CustomerExportRow &row, const ConsentReader::Consent &consent)
{
    using C = ConsentReader::Channel;
    if (consent.optedOut == 0)
        return 0;
    quint8 removed = 0;
    const auto out = [&consent](C channel) {
        return (consent.optedOut & ConsentReader::bit(channel)) != 0;
    };
    std::erase_if(row.points, [&](const CustomerExportRow::Point &p) {
        C channel;
        if (p.kind == ContactKind::Email && out(C::Email))
            channel = C::Email;
        else if (p.kind == ContactKind::Phone && out(C::Phone))
            channel = C::Phone;
        else if (p.kind == ContactKind::Phone && p.label == ContactLabel::Mobile && out(C::Sms))
            channel = C::Sms;
        else if (p.kind == ContactKind::Postal && out(C::Post))
            channel = C::Post;
        else
            return false;
        removed |= ConsentReader::bit(channel);
        return true;
    });
    return removed;
}

} // namespace exportcells

} // namespace rapport
