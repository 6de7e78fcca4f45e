#include "core/services/customerimportrow.h"

#include "core/domain/countries.h"
#include "core/domain/fastphone.h"
#include "core/io/csvwriter.h"

#include <QLocale>

#include <algorithm>

namespace rapport {
namespace {

using io::ImportTarget;
using T = io::ImportTarget;

// Stage and kind words in the three languages Rapport speaks, folded as headers are.
std::optional<LifecycleStage> stageOf(const QString &cell)
{
    static const QHash<QString, LifecycleStage> words = [] {
        QHash<QString, LifecycleStage> w;
        const auto add = [&w](LifecycleStage s, std::initializer_list<const char *> names) {
            for (const char *n : names)
                w.insert(io::foldHeader(QString::fromUtf8(n)), s);
        };
        add(LifecycleStage::Lead, {"lead", "piste", "0", "new", "neu", "nouveau", "subscriber"});
        add(LifecycleStage::Prospect,
            {"prospect",
             "interessent",
             "opportunity",
             "qualified",
             "marketingqualifiedlead",
             "salesqualifiedlead",
             "1"});
        add(LifecycleStage::Active,
            {"active", "aktiv", "actif", "customer", "kunde", "client", "2"});
        add(LifecycleStage::Lapsed, {"lapsed", "inaktiv", "inactif", "inactive", "3"});
        add(LifecycleStage::Lost, {"lost", "verloren", "perdu", "churned", "4"});
        return w;
    }();
    const auto it = words.constFind(io::foldHeader(cell));
    if (it == words.constEnd())
        return std::nullopt;
    return *it;
}

// Fills the missing first or last name from the full name when the full name holds the part
// given plus more: "Ada Lovelace" beside the first name "Ada" gives "Lovelace", "Lovelace, Ada"
// too. A full name that does not contain the given part is split as a whole (it is the name the
// address book shows); one that is just the given part leaves the row as it is.
void completeFrom(const QString &fullName, ImportRow &row)
{
    const QString full = fullName.simplified();
    const bool firstGiven = !row.firstName.isEmpty();
    const QString given = firstGiven ? row.firstName : row.lastName;
    if (full.compare(given, Qt::CaseInsensitive) == 0)
        return;
    QString first, last;
    if (const qsizetype comma = full.indexOf(QLatin1Char(',')); comma > 0) {
        last = full.left(comma).trimmed();
        first = full.mid(comma + 1).trimmed();
    } else if (firstGiven && full.startsWith(given + QLatin1Char(' '), Qt::CaseInsensitive)) {
        first = full.left(given.size());
        last = full.mid(given.size() + 1);
    } else if (!firstGiven && full.endsWith(QLatin1Char(' ') + given, Qt::CaseInsensitive)) {
        first = full.left(full.size() - given.size() - 1);
        last = full.right(given.size());
    } else if (const qsizetype space = full.lastIndexOf(QLatin1Char(' ')); space > 0) {
        first = full.left(space);
        last = full.mid(space + 1);
    } else {
        return; // one word that is not the part given: nothing to tell which is which
    }
    if (first.isEmpty() || last.isEmpty())
        return;
    row.firstName = first;
    row.lastName = last;
}

std::optional<CustomerKind> kindOf(const QString &cell)
{
    static const QHash<QString, CustomerKind> words = [] {
        QHash<QString, CustomerKind> w;
        for (const char *n : {"person", "personne", "individual", "privatperson", "contact", "0"})
            w.insert(io::foldHeader(QString::fromUtf8(n)), CustomerKind::Person);
        for (const char *n : {"organisation",
                              "organization",
                              "company",
                              "firma",
                              "unternehmen",
                              "société",
                              "entreprise",
                              "business",
                              "account",
                              "1"})
            w.insert(io::foldHeader(QString::fromUtf8(n)), CustomerKind::Organisation);
        return w;
    }();
    const auto it = words.constFind(io::foldHeader(cell));
    if (it == words.constEnd())
        return std::nullopt;
    return *it;
}

QString dateExample(io::DateOrder order)
{
    switch (order) {
    case io::DateOrder::DayFirst:
        return QStringLiteral("31.12.2024");
    case io::DateOrder::MonthFirst:
        return QStringLiteral("12/31/2024");
    default:
        return QStringLiteral("2024-12-31");
    }
}

} // namespace

Customer ImportRow::customer() const
{
    Customer c;
    c.kind = kind.value_or(CustomerKind::Person);
    c.firstName = firstName;
    c.lastName = lastName;
    c.organisation = organisation;
    if (c.kind == CustomerKind::Organisation) {
        c.firstName.clear();
        c.lastName.clear();
    }
    c.stage = stage.value_or(LifecycleStage::Lead);
    c.source = source;
    c.acquiredOn = acquiredOn;
    c.notes = notes;
    c.tags = tags;
    return c;
}

ImportRowReader::ImportRowReader(const io::ImportMapping &mapping,
                                 const io::CsvDialect &dialect,
                                 const QString &phoneRegion)
    : m_mapping(mapping)
    , m_dialect(dialect)
    , m_userCountries(Countries::forUser())
    , m_phones(phoneRegion)
    , m_fast(std::make_unique<FastPhoneNormalizer>())
    , m_labelColumn(mapping.columns.size(), -1)
{
    for (std::size_t i = 0; i < mapping.columns.size(); ++i) {
        const io::ColumnMapping &c = mapping.columns[i];
        if (c.target == T::Label && c.labelFor >= 0
            && std::size_t(c.labelFor) < mapping.columns.size()) {
            const io::ColumnMapping &to = mapping.columns[std::size_t(c.labelFor)];
            if (io::isAddressTarget(to.target)) {
                // An address's label column labels every part of that address.
                for (std::size_t k = 0; k < mapping.columns.size(); ++k)
                    if (io::isAddressTarget(mapping.columns[k].target)
                        && mapping.columns[k].group == to.group)
                        m_labelColumn[k] = int(i);
            } else {
                m_labelColumn[std::size_t(c.labelFor)] = int(i);
            }
        }
        if (io::isAddressTarget(c.target)
            && std::find(m_groups.begin(), m_groups.end(), c.group) == m_groups.end())
            m_groups.push_back(c.group);
    }
}

ImportRowReader::~ImportRowReader() = default;

ContactLabel ImportRowReader::labelOf(const io::CsvRecord &record, int column) const
{
    const ContactLabel fallback = m_mapping.columns[std::size_t(column)].label;
    const int labelColumn = m_labelColumn[std::size_t(column)];
    if (labelColumn < 0 || labelColumn >= record.fields.size())
        return fallback;
    return io::contactLabelFromCell(record.fields[labelColumn], fallback);
}

QString ImportRowReader::country(const QString &text, bool *ok) const
{
    if (auto it = m_countries.constFind(text); it != m_countries.constEnd()) {
        *ok = !it->isEmpty();
        return *it;
    }
    // A code, or a name in the user's language, English, German or French.
    static const Countries german = Countries::load({QStringLiteral("de")});
    static const Countries french = Countries::load({QStringLiteral("fr")});
    QString found;
    for (const Countries *list : {&m_userCountries, &Countries::english(), &german, &french}) {
        if (Result<QString> code = list->parse(text)) {
            found = *code;
            break;
        }
    }
    if (m_countries.size() < 10'000)
        m_countries.insert(text, found);
    *ok = !found.isEmpty();
    return found;
}

ImportRow ImportRowReader::read(const io::CsvRecord &record)
{
    ImportRow row;
    row.line = record.line;
    const QStringList &f = record.fields;
    const auto header = [this](std::size_t i) { return m_mapping.headers.value(qsizetype(i)); };
    const auto problem = [&](std::size_t i, QString reason) {
        row.problems.push_back(ImportProblem{header(i), std::move(reason)});
    };
    QString fullName;
    int fullNameColumn = -1;
    // The row's country first: its phone numbers are read in it.
    QString region = m_phones.defaultRegion();
    for (std::size_t i = 0; i < m_mapping.columns.size() && qsizetype(i) < f.size(); ++i) {
        if (m_mapping.columns[i].target == T::Country && !f[qsizetype(i)].trimmed().isEmpty()) {
            bool ok = false;
            const QString code = country(f[qsizetype(i)].trimmed(), &ok);
            if (ok && PhoneNormalizer::isKnownRegion(code))
                region = code;
            break;
        }
    }
    for (std::size_t i = 0; i < m_mapping.columns.size() && qsizetype(i) < f.size(); ++i) {
        const io::ColumnMapping &c = m_mapping.columns[i];
        // A cell a spreadsheet-safe export wrote as "'+49..." or "'=..." (Rapport's own and
        // others', see io::csvNeutralized) reads as it was meant.
        const QString cell = io::csvUnneutralized(f[qsizetype(i)].trimmed()).trimmed();
        if (cell.isEmpty() || c.target == T::Ignore || c.target == T::Label
            || io::isAddressTarget(c.target))
            continue;
        switch (c.target) {
        case T::FirstName:
            row.firstName = cell;
            row.nameColumn = row.nameColumn < 0 ? int(i) : row.nameColumn;
            break;
        case T::LastName:
            row.lastName = cell;
            row.nameColumn = row.nameColumn < 0 ? int(i) : row.nameColumn;
            break;
        case T::FullName:
            fullName = cell;
            fullNameColumn = int(i);
            break;
        case T::Organisation:
            row.organisation = cell;
            break;
        case T::Kind:
            if (auto k = kindOf(cell)) {
                row.kind = *k;
                row.kindGiven = true;
            } else {
                problem(i, tr("\"%1\" is neither a person nor an organisation.").arg(cell));
            }
            break;
        case T::Stage:
            if (auto s = stageOf(cell))
                row.stage = *s;
            else
                problem(i,
                        tr("\"%1\" is not a stage (lead, prospect, active, lapsed or lost).")
                            .arg(cell));
            break;
        case T::Source:
            row.source = cell;
            break;
        case T::Notes:
            // Line breaks and indentation are the note's own; only a neutralizing quote goes.
            row.notes = io::csvUnneutralized(f[qsizetype(i)]);
            break;
        case T::ExternalId:
            row.externalId = cell;
            break;
        case T::AcquiredOn:
            if (auto d = io::parseDate(cell, m_dialect.dates); d && d->isValid())
                row.acquiredOn = *d;
            else
                problem(i,
                        tr("\"%1\" is not a date (expected like %2).")
                            .arg(cell, dateExample(m_dialect.dates)));
            break;
        case T::Tags:
            for (const QString &tag : io::splitCellValues(cell, true)) {
                // Google's own groups ("* myContacts", "* starred") are not the user's tags.
                if (tag.startsWith(QLatin1String("* ")))
                    continue;
                if (!row.tags.contains(tag, Qt::CaseInsensitive))
                    row.tags.append(tag);
            }
            break;
        case T::Email:
            for (const QString &value : io::splitCellValues(cell, true)) {
                Result<QString> email = normalizeEmail(value);
                if (!email) {
                    problem(i, email.error().message());
                    continue;
                }
                ContactPoint p;
                p.kind = ContactKind::Email;
                p.label = labelOf(record, int(i));
                p.value = *email;
                row.points.push_back(p);
            }
            break;
        case T::Phone:
            for (const QString &value : io::splitCellValues(cell, false)) {
                // Possible numbers go in too (see PhoneNormalizer::Check): a customer is not
                // turned away for a number in a range libphonenumber does not know yet.
                Result<QString> e164 = m_fast->toE164(value,
                                                      region,
                                                      QStringLiteral("phone"),
                                                      PhoneNormalizer::Check::Possible);
                if (!e164) {
                    problem(i, e164.error().message());
                    continue;
                }
                ContactPoint p;
                p.kind = ContactKind::Phone;
                p.label = labelOf(record, int(i));
                p.value = *e164;
                // What the write would refuse (a number too short to be stored) is this
                // cell's problem, not the whole import's.
                if (Status valid = p.validate(); !valid) {
                    problem(i, valid.error().message());
                    continue;
                }
                row.points.push_back(p);
            }
            break;
        case T::Website:
            for (const QString &value : io::splitCellValues(cell, false)) {
                Result<ContactPoint> web = ContactPoint::web(value, labelOf(record, int(i)));
                if (web)
                    row.points.push_back(*web);
                else
                    problem(i, web.error().message());
            }
            break;
        default:
            break;
        }
    }
    readAddresses(record, row);

    // A contact whose name is its organisation's (address books write a company so) is the
    // organisation.
    if (!row.kind && row.firstName.isEmpty() && row.lastName.isEmpty() && !fullName.isEmpty()
        && fullName.compare(row.organisation, Qt::CaseInsensitive) == 0)
        row.kind = CustomerKind::Organisation;
    // A full name fills the names the row does not give: "Lovelace, Ada" or "Ada Lovelace".
    if (!fullName.isEmpty()) {
        if (row.kind == CustomerKind::Organisation) {
            if (row.organisation.isEmpty())
                row.organisation = fullName;
        } else if (row.firstName.isEmpty() && row.lastName.isEmpty()) {
            row.nameColumn = fullNameColumn;
            if (const qsizetype comma = fullName.indexOf(QLatin1Char(',')); comma > 0) {
                row.lastName = fullName.left(comma).trimmed();
                row.firstName = fullName.mid(comma + 1).trimmed();
            } else if (const qsizetype space = fullName.lastIndexOf(QLatin1Char(' ')); space > 0) {
                row.firstName = fullName.left(space).trimmed();
                row.lastName = fullName.mid(space + 1).trimmed();
            } else {
                row.lastName = fullName;
            }
        } else if (row.firstName.isEmpty() != row.lastName.isEmpty()) {
            // Only one part given (a phone's vCard writes "N:;Ada;;;" beside "FN:Ada
            // Lovelace"): the full name holds the rest.
            completeFrom(fullName, row);
        }
    }
    // Only a company's name: the row is the organisation.
    if (!row.kind && row.firstName.isEmpty() && row.lastName.isEmpty()
        && !row.organisation.isEmpty())
        row.kind = CustomerKind::Organisation;
    if (row.nameColumn < 0)
        row.nameColumn = m_mapping.columnOf(row.kind == CustomerKind::Organisation ? T::Organisation
                                                                                   : T::LastName);
    return row;
}

void ImportRowReader::readAddresses(const io::CsvRecord &record, ImportRow &row)
{
    const QStringList &f = record.fields;
    for (int group : m_groups) {
        PostalAddress address;
        int countryColumn = -1, anyColumn = -1;
        ContactLabel label = ContactLabel::Work;
        bool any = false;
        for (std::size_t i = 0; i < m_mapping.columns.size() && qsizetype(i) < f.size(); ++i) {
            const io::ColumnMapping &c = m_mapping.columns[i];
            if (!io::isAddressTarget(c.target) || c.group != group)
                continue;
            const QString cell = io::csvUnneutralized(f[qsizetype(i)].trimmed()).simplified();
            if (anyColumn < 0) {
                anyColumn = int(i);
                label = labelOf(record, int(i));
            }
            if (cell.isEmpty())
                continue;
            any = true;
            switch (c.target) {
            case T::Street:
                address.street = address.street.isEmpty() ? cell : address.street + u", " + cell;
                break;
            case T::PostalCode:
                address.postalCode = cell;
                break;
            case T::City:
                address.city = cell;
                break;
            case T::Region:
                address.region = cell;
                break;
            case T::Country:
                address.country = cell;
                countryColumn = int(i);
                break;
            default:
                break;
            }
        }
        if (!any)
            continue;
        if (!address.country.isEmpty()) {
            bool ok = false;
            const QString code = country(address.country, &ok);
            if (!ok) {
                row.problems.push_back(
                    ImportProblem{m_mapping.headers.value(countryColumn),
                                  tr("\"%1\" names no country.").arg(address.country)});
                continue;
            }
            address.country = code;
        }
        Result<ContactPoint> postal = ContactPoint::postal(address, label, m_userCountries);
        if (!postal) {
            row.problems.push_back(
                ImportProblem{m_mapping.headers.value(anyColumn), postal.error().message()});
            continue;
        }
        row.points.push_back(*postal);
    }
}

} // namespace rapport
