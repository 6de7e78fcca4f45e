#include "core/services/customerimportmatch.h"

#include "core/storage/organisationlinkrepository.h"

#include <algorithm>

namespace rapport {
namespace {

// The header of the column behind one of Customer::problems()' fields.
QString columnOfField(const io::ImportMapping &mapping, const ImportRow &row, const QString &field)
{
    io::ImportTarget target = io::ImportTarget::Ignore;
    if (field == u"firstName")
        target = io::ImportTarget::FirstName;
    else if (field == u"lastName")
        target = io::ImportTarget::LastName;
    else if (field == u"organisation")
        target = io::ImportTarget::Organisation;
    else if (field == u"acquiredOn")
        target = io::ImportTarget::AcquiredOn;
    int column = target == io::ImportTarget::Ignore ? -1 : mapping.columnOf(target);
    if (column < 0)
        column = row.nameColumn;
    return mapping.headers.value(column);
}

// Keys of one row that another row or customer can share.
struct RowKeys
{
    QString externalId;
    QStringList emails, phones;
};

RowKeys keysOf(const ImportRow &row)
{
    RowKeys k;
    k.externalId = row.externalId;
    for (const ContactPoint &p : row.points) {
        if (p.kind == ContactKind::Email)
            k.emails.append(p.value.toLower());
        else if (p.kind == ContactKind::Phone)
            k.phones.append(p.value);
    }
    return k;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// True when `stored` is a postal address that already says everything `given` says: a list
// exported with only its City column, imported again, adds no address of just a city.
bool coversAddress(const ContactPoint &stored, const ContactPoint &given)
{
    if (stored.kind != ContactKind::Postal || given.kind != ContactKind::Postal)
        return false;
    const PostalAddress &a = stored.address, &b = given.address;
    const auto part = [](const QString &have, const QString &says) {
        return says.trimmed().isEmpty() || sameText(have, says);
    };
    return part(a.street, b.street) && part(a.postalCode, b.postalCode) && part(a.city, b.city)
           && part(a.region, b.region) && part(a.country, b.country);
}

} // namespace

ImportMatcher::ImportMatcher(const Database &db,
                             const io::ImportMapping &mapping,
                             const CustomerImportOptions &options,
                             ImportPlan &plan,
                             CustomerImportResult &result)
    : m_db(db)
    , m_mapping(mapping)
    , m_options(options)
    , m_plan(plan)
    , m_result(result)
    , m_customers(db)
    , m_importRepository(db)
    , m_matchNames(options.matchEmail || options.matchExternalId)
{}

Status ImportMatcher::readDatabase()
{
    const bool externalColumn = m_mapping.columnOf(io::ImportTarget::ExternalId) >= 0;
    const bool emailColumn = m_mapping.columnOf(io::ImportTarget::Email) >= 0;
    const bool phoneColumn = m_mapping.columnOf(io::ImportTarget::Phone) >= 0;
    Result<qint64> existing = m_importRepository.customerCount();
    if (!existing)
        return existing.error();
    m_plan.existingCustomers = *existing;
    if (*existing > 0) {
        Result<CustomerImportRepository::Keys> read = m_importRepository.keys(externalColumn,
                                                                              m_options.matchEmail
                                                                                  && emailColumn,
                                                                              m_options.matchPhone
                                                                                  && phoneColumn);
        if (!read)
            return read.error();
        m_keys = std::move(read).value();
    }
    const bool organisationColumn = m_mapping.columnOf(io::ImportTarget::Organisation) >= 0;
    if (*existing > 0 && organisationColumn) {
        OrganisationLinkRepository links(m_db);
        Result<QHash<QString, qint64>> names = links.organisationsByName();
        if (!names)
            return names.error();
        m_organisationNames = std::move(names).value();
        Result<QSet<QPair<qint64, qint64>>> pairs = links.worksAt();
        if (!pairs)
            return pairs.error();
        m_worksAt = std::move(pairs).value();
    }
    return {};
}

void ImportMatcher::reject(const ImportRow &row, QString column, QString reason)
{
    m_result.report.push_back(
        ImportRowReport{row.line, std::move(column), RowOutcome::Rejected, std::move(reason), 0});
}

Status ImportMatcher::match(std::size_t i)
{
    const ImportRow &row = m_plan.rows[i];
    ++m_result.rows;
    if (!row.problems.empty()) {
        for (const ImportProblem &p : row.problems)
            reject(row, p.column, p.reason);
        ++m_result.rejected;
        return {};
    }
    if (!row.hasName() && row.points.empty() && row.externalId.isEmpty() && row.tags.isEmpty()
        && row.notes.isEmpty()) {
        reject(row, {}, tr("The row holds nothing to import."));
        ++m_result.rejected;
        return {};
    }
    const RowKeys k = keysOf(row);
    // An organisation without an external id is also known by its name (see the header).
    const bool organisationRow = row.kind == CustomerKind::Organisation;
    const QString organisationKey = row.organisation.toCaseFolded();
    const bool byName = m_matchNames && organisationRow && k.externalId.isEmpty()
                        && !organisationKey.isEmpty();
    // An earlier row of the file that is the same customer: this one is rejected, so the
    // result never depends on which of two rows would win.
    qint64 earlier = 0;
    QString sharedKey;
    if (!k.externalId.isEmpty() && m_fileExternal.contains(k.externalId)) {
        earlier = m_fileExternal.value(k.externalId);
        sharedKey = k.externalId;
    }
    for (const QString &e : k.emails)
        if (!earlier && m_options.matchEmail && m_fileEmails.contains(e)) {
            earlier = m_fileEmails.value(e);
            sharedKey = e;
        }
    for (const QString &p : k.phones)
        if (!earlier && m_options.matchPhone && m_filePhones.contains(p)) {
            earlier = m_filePhones.value(p);
            sharedKey = p;
        }
    if (!earlier && byName && m_fileOrganisations.contains(organisationKey)) {
        earlier = m_fileOrganisations.value(organisationKey);
        sharedKey = row.organisation;
    }
    if (earlier) {
        reject(row,
               {},
               tr("The row is the same customer as line %1 (%2); merge the two rows in the "
                  "file.")
                   .arg(earlier)
                   .arg(sharedKey));
        ++m_result.rejected;
        return {};
    }
    // The existing customers the row's keys point at.
    QList<qint64> ids;
    QStringList how;
    const auto found = [&](qint64 id, const QString &what) {
        if (!ids.contains(id)) {
            ids.append(id);
            how.append(what);
        }
    };
    if (!k.externalId.isEmpty()) {
        if (auto it = m_keys.externalIds.constFind(k.externalId);
            it != m_keys.externalIds.constEnd()) {
            if (m_keys.trashed.contains(*it)) {
                reject(row,
                       m_mapping.headers.value(m_mapping.columnOf(io::ImportTarget::ExternalId)),
                       tr("The external id %1 belongs to customer %2, who is in the trash; "
                          "restore it first.")
                           .arg(k.externalId)
                           .arg(*it));
                ++m_result.rejected;
                return {};
            }
            if (m_options.matchExternalId)
                found(*it, tr("its external id"));
            else {
                reject(row,
                       m_mapping.headers.value(m_mapping.columnOf(io::ImportTarget::ExternalId)),
                       tr("The external id %1 belongs to customer %2 already.")
                           .arg(k.externalId)
                           .arg(*it));
                ++m_result.rejected;
                return {};
            }
        }
    }
    if (m_options.matchEmail)
        for (const QString &e : k.emails)
            if (auto it = m_keys.emails.constFind(e); it != m_keys.emails.constEnd())
                found(*it, tr("its e-mail %1").arg(e));
    if (m_options.matchPhone)
        for (const QString &p : k.phones)
            if (auto it = m_keys.phones.constFind(p); it != m_keys.phones.constEnd())
                found(*it, tr("its phone %1").arg(p));
    if (ids.isEmpty() && byName)
        if (auto it = m_organisationNames.constFind(organisationKey);
            it != m_organisationNames.constEnd())
            found(*it, tr("its name"));
    if (ids.size() > 1) {
        reject(row,
               {},
               tr("The row matches two different customers: %1 (customer %2) and %3 "
                  "(customer %4).")
                   .arg(how[0])
                   .arg(ids[0])
                   .arg(how[1])
                   .arg(ids[1]));
        ++m_result.rejected;
        return {};
    }
    // From here on the row counts as this file's customer for its keys.
    const auto remember = [&] {
        if (!k.externalId.isEmpty())
            m_fileExternal.insert(k.externalId, row.line);
        for (const QString &e : k.emails)
            m_fileEmails.insert(e, row.line);
        for (const QString &p : k.phones)
            m_filePhones.insert(p, row.line);
        if (byName)
            m_fileOrganisations.insert(organisationKey, row.line);
    };
    if (ids.isEmpty()) {
        if (m_options.mode == ImportMode::Update) {
            reject(row, {}, tr("No customer matches the row, and the import only updates."));
            ++m_result.rejected;
            return {};
        }
        Customer c = row.customer();
        c.tidy();
        const QList<Error> problems = c.problems();
        if (!problems.isEmpty()) {
            for (const Error &e : problems)
                reject(row, columnOfField(m_mapping, row, e.field()), e.message());
            ++m_result.rejected;
            return {};
        }
        remember();
        m_plan.creates.push_back(i);
        const std::ptrdiff_t create = std::ptrdiff_t(m_plan.creates.size()) - 1;
        if (c.kind == CustomerKind::Organisation && !organisationKey.isEmpty())
            m_createdOrganisations.insert(organisationKey, create);
        else if (c.kind == CustomerKind::Person && !organisationKey.isEmpty())
            m_pendingLinks.push_back(PendingLink{0, create, row.organisation});
        m_result.report.push_back(ImportRowReport{row.line, {}, RowOutcome::Created, {}, 0});
        ++m_result.created;
        return {};
    }
    const qint64 id = ids.front();
    remember();
    if (m_options.mode == ImportMode::Create) {
        m_result.report.push_back(
            ImportRowReport{row.line,
                            {},
                            RowOutcome::Unchanged,
                            tr("Customer %1 exists already (matched by %2); an import that "
                               "only creates leaves it as it is.")
                                .arg(id)
                                .arg(how.front()),
                            id});
        ++m_result.unchanged;
        return {};
    }
    return update(i, id, organisationKey);
}

Status ImportMatcher::update(std::size_t i, qint64 id, const QString &organisationKey)
{
    const ImportRow &row = m_plan.rows[i];
    // What the row adds to the customer: only what it gives, never blanking a field. The
    // customer as stored was read with the batch of rows this one is in (readStored()); one the
    // batch does not hold, which does not happen, would be read alone.
    if (i >= m_storedUntil)
        if (Status s = readStored(i); !s)
            return s;
    const CustomerImportRepository::Stored *stored = nullptr;
    CustomerImportRepository::Stored alone;
    if (auto it = m_stored.constFind(id); it != m_stored.constEnd())
        stored = &*it;
    else {
        Result<Customer> before = m_customers.get(id);
        if (!before)
            return before.error();
        Result<QList<ContactPoint>> read = m_customers.contactPoints(id);
        if (!read)
            return read.error();
        alone = {std::move(before).value(), std::move(read).value()};
        stored = &alone;
    }
    const QList<ContactPoint> &points = stored->points;
    ImportUpdate u;
    u.row = i;
    u.after = stored->customer;
    Customer &a = u.after;
    QStringList changed;
    QList<ImportFieldChange> fieldChanges; // the same with old and new values
    const auto set = [&](QString &field, const QString &value, const QString &name) {
        if (!value.isEmpty() && field != value) {
            fieldChanges.push_back({name, field, value});
            field = value;
            changed.append(name);
        }
    };
    if (row.kindGiven && row.kind && *row.kind != a.kind) {
        fieldChanges.push_back({tr("kind"), customerKindName(a.kind), customerKindName(*row.kind)});
        a.kind = *row.kind;
        changed.append(tr("kind"));
    }
    if (a.kind == CustomerKind::Person) {
        set(a.firstName, row.firstName, tr("first name"));
        set(a.lastName, row.lastName, tr("last name"));
    } else {
        set(a.organisation, row.organisation, tr("organisation"));
    }
    if (row.stage && *row.stage != a.stage) {
        fieldChanges.push_back(
            {tr("stage"), lifecycleStageName(a.stage), lifecycleStageName(*row.stage)});
        a.stage = *row.stage;
        changed.append(tr("stage"));
    }
    set(a.source, row.source, tr("source"));
    set(a.notes, row.notes, tr("notes"));
    if (row.acquiredOn.isValid() && row.acquiredOn != a.acquiredOn) {
        fieldChanges.push_back({tr("acquired on"),
                                a.acquiredOn.toString(Qt::ISODate),
                                row.acquiredOn.toString(Qt::ISODate)});
        a.acquiredOn = row.acquiredOn;
        changed.append(tr("acquired on"));
    }
    for (const QString &tag : row.tags) {
        if (!a.tags.contains(tag, Qt::CaseInsensitive)) {
            fieldChanges.push_back({tr("tags"), {}, tag});
            a.tags.append(tag);
            if (!changed.contains(tr("tags")))
                changed.append(tr("tags"));
        }
    }
    if (!row.externalId.isEmpty() && !m_keys.externalIds.contains(row.externalId)) {
        u.externalId = row.externalId; // the customer had another key or none
        fieldChanges.push_back({tr("external id"), {}, row.externalId});
        changed.append(tr("external id"));
    }
    for (const ContactPoint &p : row.points) {
        const bool has = std::any_of(points.cbegin(), points.cend(), [&](const ContactPoint &q) {
            return q.kind == p.kind && (sameText(q.value, p.value) || coversAddress(q, p));
        });
        const bool adding = std::any_of(u.add.cbegin(), u.add.cend(), [&](const ContactPoint &q) {
            return q.kind == p.kind && sameText(q.value, p.value);
        });
        if (!has && !adding) {
            u.add.push_back(p);
            u.add.back().customerId = id;
            changed.append(contactKindNoun(p.kind));
            fieldChanges.push_back({contactKindNoun(p.kind),
                                    {},
                                    p.kind == ContactKind::Postal ? p.address.oneLine() : p.value});
        }
    }
    // A person is linked to the organisation the row names when not yet; other links stay.
    const bool fields = !changed.isEmpty();
    bool link = false;
    if (a.kind == CustomerKind::Person && !organisationKey.isEmpty()) {
        const qint64 organisation = m_organisationNames.value(organisationKey);
        link = organisation ? !m_worksAt.contains({id, organisation})
                            : m_options.mode != ImportMode::Update;
        if (link) {
            fieldChanges.push_back({tr("organisation"), {}, row.organisation});
            changed.append(tr("organisation"));
        }
    }
    if (changed.isEmpty()) {
        m_result.report.push_back(ImportRowReport{row.line, {}, RowOutcome::Unchanged, {}, id});
        ++m_result.unchanged;
        return {};
    }
    const QList<Error> problems = a.problems();
    if (!problems.isEmpty()) {
        for (const Error &e : problems)
            reject(row, columnOfField(m_mapping, row, e.field()), e.message());
        ++m_result.rejected;
        return {};
    }
    changed.removeDuplicates();
    m_result.report.push_back(
        ImportRowReport{row.line,
                        {},
                        RowOutcome::Updated,
                        tr("Changed: %1.").arg(changed.join(QStringLiteral(", "))),
                        id});
    m_result.changes.insert(row.line, std::move(fieldChanges));
    u.fields = fields;
    if (link)
        m_pendingLinks.push_back(PendingLink{id, -1, row.organisation});
    m_plan.updates.push_back(std::move(u));
    ++m_result.updated;
    return {};
}

Status ImportMatcher::readStored(std::size_t i)
{
    // Every customer a row's keys point at (match() picks among them, or rejects the row): a
    // few more than the rows will update, never one less.
    const std::size_t end = std::min(m_plan.rows.size(), i + m_batch);
    std::vector<qint64> ids;
    const auto add = [&](const QHash<QString, qint64> &keys, const QString &key) {
        if (auto it = keys.constFind(key); it != keys.constEnd())
            ids.push_back(*it);
    };
    for (std::size_t r = i; r < end; ++r) {
        const ImportRow &row = m_plan.rows[r];
        if (!row.problems.empty())
            continue;
        const RowKeys k = keysOf(row);
        if (!k.externalId.isEmpty())
            add(m_keys.externalIds, k.externalId);
        for (const QString &e : k.emails)
            add(m_keys.emails, e);
        for (const QString &p : k.phones)
            add(m_keys.phones, p);
        if (m_matchNames && row.kind == CustomerKind::Organisation && k.externalId.isEmpty()
            && !row.organisation.isEmpty())
            add(m_organisationNames, row.organisation.toCaseFolded());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Result<QHash<qint64, CustomerImportRepository::Stored>> read = m_importRepository.stored(ids);
    if (!read)
        return read.error();
    m_stored = std::move(read).value();
    m_storedUntil = end;
    return {};
}

void ImportMatcher::resolveLinks()
{
    // The links' organisations: an existing one, one a row of the file creates, else a new one
    // made for the name (not in an import that only updates).
    QHash<QString, std::ptrdiff_t> newOrganisations; // folded name -> index into organisations
    for (const PendingLink &pending : m_pendingLinks) {
        const QString key = pending.name.toCaseFolded();
        ImportLink link;
        link.personId = pending.personId;
        link.personCreate = pending.personCreate;
        if (const qint64 id = m_organisationNames.value(key))
            link.organisationId = id;
        else if (auto it = m_createdOrganisations.constFind(key);
                 it != m_createdOrganisations.constEnd())
            link.organisationCreate = *it;
        else if (m_options.mode == ImportMode::Update)
            continue;
        else {
            auto made = newOrganisations.constFind(key);
            if (made == newOrganisations.constEnd()) {
                made = newOrganisations.insert(key, m_plan.organisations.size());
                m_plan.organisations.append(pending.name);
            }
            link.newOrganisation = *made;
        }
        m_plan.links.push_back(link);
    }
    m_result.organisations = m_plan.organisations.size();
    m_result.links = qint64(m_plan.links.size());
}

} // namespace rapport
