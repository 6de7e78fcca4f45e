#include "core/services/customerimport.h"

#include "core/domain/fastphone.h"
#include "core/services/customerimportplan.h"
#include "core/services/customerimportread.h"
#include "core/services/door.h"
#include "core/storage/customerimportrepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationlinkrepository.h"
#include "core/storage/settingsrepository.h"
#include "core/util/phasetimer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

namespace rapport {
namespace {

// The progress scale handed to the caller: reading, matching, writing.
constexpr qint64 Total = 1000;

QString outcomeKey(RowOutcome outcome)
{
    return QLatin1StringView(rowOutcomeKeys[std::size_t(outcome)]);
}

// A cell a spreadsheet would run as a formula gets a leading apostrophe.
QString safeCell(const QString &text)
{
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
            || text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray csvField(const QString &text)
{
    const QString safe = safeCell(text);
    if (!safe.contains(QLatin1Char(',')) && !safe.contains(QLatin1Char('"'))
        && !safe.contains(QLatin1Char('\n')) && !safe.contains(QLatin1Char('\r')))
        return safe.toUtf8();
    QString quoted = safe;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

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

// ---- Options and result -------------------------------------------------------------------

std::optional<ImportMode> CustomerImportOptions::modeFromKey(QStringView key)
{
    for (std::size_t i = 0; i < importModeKeys.size(); ++i)
        if (key == QLatin1StringView(importModeKeys[i]))
            return ImportMode(i);
    return std::nullopt;
}

Status CustomerImportOptions::setMatchKeys(QStringView keys)
{
    bool external = false, email = false, phone = false;
    for (QStringView key : keys.tokenize(u',', Qt::SkipEmptyParts)) {
        key = key.trimmed();
        if (key == u"external-id" || key == u"external_id" || key == u"id")
            external = true;
        else if (key == u"email" || key == u"e-mail")
            email = true;
        else if (key == u"phone")
            phone = true;
        else
            return Error(Error::Kind::Validation,
                         CustomerImport::tr("\"%1\" is not a match key (external-id, email or "
                                            "phone).")
                             .arg(key.toString()),
                         QStringLiteral("match"));
    }
    if (!external && !email && !phone)
        return Error(Error::Kind::Validation,
                     CustomerImport::tr("Name at least one match key: external-id, email or "
                                        "phone."),
                     QStringLiteral("match"));
    matchExternalId = external;
    matchEmail = email;
    matchPhone = phone;
    return {};
}

QByteArray CustomerImportResult::reportCsv() const
{
    QByteArray out = "Line,Column,Outcome,Reason,Customer id\r\n";
    for (const ImportRowReport &r : report) {
        out += QByteArray::number(r.line) + ',' + csvField(r.column) + ','
               + outcomeKey(r.outcome).toUtf8() + ',' + csvField(r.reason) + ','
               + (r.customerId > 0 ? QByteArray::number(r.customerId) : QByteArray()) + "\r\n";
    }
    return out;
}

Status CustomerImportResult::saveReport(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv()) < 0 || !file.commit())
        return Error(Error::Kind::Io,
                     tr("The report cannot be saved to %1: %2.").arg(path, file.errorString()));
    return {};
}

QJsonObject CustomerImportResult::summaryJson() const
{
    return QJsonObject{{QStringLiteral("batch"), batch},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("organisations"), organisations},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("dry_run"), dryRun}};
}

// ---- The import ---------------------------------------------------------------------------

CustomerImport::CustomerImport(Door &door)
    : m_door(door)
{}

Result<CustomerImportResult> CustomerImport::dryRun(const io::ImportSource &source,
                                                    const io::ImportMapping &mapping,
                                                    const CustomerImportOptions &options,
                                                    const Progress &progress)
{
    return execute(source, mapping, options, progress, false);
}

Result<CustomerImportResult> CustomerImport::run(const io::ImportSource &source,
                                                 const io::ImportMapping &mapping,
                                                 const CustomerImportOptions &options,
                                                 const Progress &progress)
{
    return execute(source, mapping, options, progress, true);
}

Result<CustomerImportResult> CustomerImport::execute(const io::ImportSource &source,
                                                     const io::ImportMapping &mapping,
                                                     const CustomerImportOptions &options,
                                                     const Progress &progress,
                                                     bool write)
{
    const Error cancelled(Error::Kind::Cancelled,
                          tr("The import was cancelled; nothing was changed."));
    if (mapping.columns.size() != std::size_t(mapping.headers.size()))
        return Error(Error::Kind::Validation, tr("The mapping does not fit the file's columns."));
    if (Status s = mapping.check(options.mode != ImportMode::Update,
                                 options.mode != ImportMode::Create);
        !s)
        return s.error();
    Database &db = m_door.database();
    const QString region = !options.phoneRegion.isEmpty() ? options.phoneRegion.toUpper()
                                                          : SettingsRepository(db).phoneRegion();
    if (!PhoneNormalizer::isKnownRegion(region))
        return Error(Error::Kind::Validation,
                     tr("\"%1\" is not a phone region (a country code such as DE).").arg(region),
                     QStringLiteral("region"));

    // RAPPORT_IMPORT_TIMING=1: each phase's wall and CPU time on stderr.
    PhaseTimer timing("RAPPORT_IMPORT_TIMING", "import");
    // 1. The records are read on worker threads, piece by piece (ImportRowStream), while this
    // thread reads the database's keys and then 2. matches the rows, in file order, against the
    // database and against each other as the pieces come in.
    const double readShare = write ? 0.6 : 0.9;
    const int threads = m_threads > 0 ? m_threads : std::clamp(QThread::idealThreadCount(), 1, 8);
    const double ownCpuBefore = PhaseTimer::threadCpuMs();
    ImportRowStream stream(source, mapping, region, threads);
    ImportPlan plan;
    CustomerImportResult result;
    result.dryRun = !write;
    std::vector<ImportRowReport> unreadable; // records the reader could not read, in file order
    CustomerImportRepository keysRepo(db);
    const bool externalColumn = mapping.columnOf(io::ImportTarget::ExternalId) >= 0;
    const bool emailColumn = mapping.columnOf(io::ImportTarget::Email) >= 0;
    const bool phoneColumn = mapping.columnOf(io::ImportTarget::Phone) >= 0;
    Result<qint64> existing = keysRepo.customerCount();
    if (!existing)
        return existing.error();
    plan.existingCustomers = *existing;
    CustomerImportRepository::Keys keys;
    if (*existing > 0) {
        Result<CustomerImportRepository::Keys> read = keysRepo.keys(externalColumn,
                                                                    options.matchEmail
                                                                        && emailColumn,
                                                                    options.matchPhone
                                                                        && phoneColumn);
        if (!read)
            return read.error();
        keys = std::move(read).value();
    }
    // Organisations by folded name and the "works at" links there are, for the Organisation
    // cells of people and for organisation rows without an external id.
    QHash<QString, qint64> organisationNames;
    QSet<QPair<qint64, qint64>> worksAt;
    const bool organisationColumn = mapping.columnOf(io::ImportTarget::Organisation) >= 0;
    if (*existing > 0 && organisationColumn) {
        OrganisationLinkRepository links(db);
        Result<QHash<QString, qint64>> names = links.organisationsByName();
        if (!names)
            return names.error();
        organisationNames = std::move(names).value();
        Result<QSet<QPair<qint64, qint64>>> pairs = links.worksAt();
        if (!pairs)
            return pairs.error();
        worksAt = std::move(pairs).value();
    }
    const bool matchNames = options.matchEmail || options.matchExternalId;
    QHash<QString, qint64> fileOrganisations;            // folded name -> line
    QHash<QString, std::ptrdiff_t> createdOrganisations; // folded name -> index into creates
    struct PendingLink
    {
        qint64 personId = 0;
        std::ptrdiff_t personCreate = -1;
        QString name;
    };
    std::vector<PendingLink> pendingLinks;
    CustomerRepository customers(db);
    QHash<QString, qint64> fileExternal, fileEmails, filePhones; // key -> line
    const auto reject = [&](const ImportRow &row, QString column, QString reason) {
        result.report.push_back(
            ImportRowReport{row.line, std::move(column), RowOutcome::Rejected, std::move(reason), 0});
    };
    timing.lap("keys of the database");
    // One row: its outcome in the report, and what the plan does with it.
    const auto matchRow = [&](std::size_t i) -> Status {
        const ImportRow &row = plan.rows[i];
        ++result.rows;
        if (!row.problems.empty()) {
            for (const ImportProblem &p : row.problems)
                reject(row, p.column, p.reason);
            ++result.rejected;
            return {};
        }
        if (!row.hasName() && row.points.empty() && row.externalId.isEmpty() && row.tags.isEmpty()
            && row.notes.isEmpty()) {
            reject(row, {}, tr("The row holds nothing to import."));
            ++result.rejected;
            return {};
        }
        const RowKeys k = keysOf(row);
        // An organisation without an external id is also known by its name (see the header).
        const bool organisationRow = row.kind == CustomerKind::Organisation;
        const QString organisationKey = row.organisation.toCaseFolded();
        const bool byName = matchNames && organisationRow && k.externalId.isEmpty()
                            && !organisationKey.isEmpty();
        // An earlier row of the file that is the same customer: this one is rejected, so the
        // result never depends on which of two rows would win.
        qint64 earlier = 0;
        QString sharedKey;
        if (!k.externalId.isEmpty() && fileExternal.contains(k.externalId)) {
            earlier = fileExternal.value(k.externalId);
            sharedKey = k.externalId;
        }
        for (const QString &e : k.emails)
            if (!earlier && options.matchEmail && fileEmails.contains(e)) {
                earlier = fileEmails.value(e);
                sharedKey = e;
            }
        for (const QString &p : k.phones)
            if (!earlier && options.matchPhone && filePhones.contains(p)) {
                earlier = filePhones.value(p);
                sharedKey = p;
            }
        if (!earlier && byName && fileOrganisations.contains(organisationKey)) {
            earlier = fileOrganisations.value(organisationKey);
            sharedKey = row.organisation;
        }
        if (earlier) {
            reject(row,
                   {},
                   tr("The row is the same customer as line %1 (%2); merge the two rows in the "
                      "file.")
                       .arg(earlier)
                       .arg(sharedKey));
            ++result.rejected;
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
            if (auto it = keys.externalIds.constFind(k.externalId);
                it != keys.externalIds.constEnd()) {
                if (keys.trashed.contains(*it)) {
                    reject(row,
                           mapping.headers.value(mapping.columnOf(io::ImportTarget::ExternalId)),
                           tr("The external id %1 belongs to customer %2, who is in the trash; "
                              "restore it first.")
                               .arg(k.externalId)
                               .arg(*it));
                    ++result.rejected;
                    return {};
                }
                if (options.matchExternalId)
                    found(*it, tr("its external id"));
                else {
                    reject(row,
                           mapping.headers.value(mapping.columnOf(io::ImportTarget::ExternalId)),
                           tr("The external id %1 belongs to customer %2 already.")
                               .arg(k.externalId)
                               .arg(*it));
                    ++result.rejected;
                    return {};
                }
            }
        }
        if (options.matchEmail)
            for (const QString &e : k.emails)
                if (auto it = keys.emails.constFind(e); it != keys.emails.constEnd())
                    found(*it, tr("its e-mail %1").arg(e));
        if (options.matchPhone)
            for (const QString &p : k.phones)
                if (auto it = keys.phones.constFind(p); it != keys.phones.constEnd())
                    found(*it, tr("its phone %1").arg(p));
        if (ids.isEmpty() && byName)
            if (auto it = organisationNames.constFind(organisationKey);
                it != organisationNames.constEnd())
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
            ++result.rejected;
            return {};
        }
        // From here on the row counts as this file's customer for its keys.
        const auto remember = [&] {
            if (!k.externalId.isEmpty())
                fileExternal.insert(k.externalId, row.line);
            for (const QString &e : k.emails)
                fileEmails.insert(e, row.line);
            for (const QString &p : k.phones)
                filePhones.insert(p, row.line);
            if (byName)
                fileOrganisations.insert(organisationKey, row.line);
        };
        if (ids.isEmpty()) {
            if (options.mode == ImportMode::Update) {
                reject(row, {}, tr("No customer matches the row, and the import only updates."));
                ++result.rejected;
                return {};
            }
            Customer c = row.customer();
            c.tidy();
            const QList<Error> problems = c.problems();
            if (!problems.isEmpty()) {
                for (const Error &e : problems)
                    reject(row, columnOfField(mapping, row, e.field()), e.message());
                ++result.rejected;
                return {};
            }
            remember();
            plan.creates.push_back(i);
            const std::ptrdiff_t create = std::ptrdiff_t(plan.creates.size()) - 1;
            if (c.kind == CustomerKind::Organisation && !organisationKey.isEmpty())
                createdOrganisations.insert(organisationKey, create);
            else if (c.kind == CustomerKind::Person && !organisationKey.isEmpty())
                pendingLinks.push_back(PendingLink{0, create, row.organisation});
            result.report.push_back(ImportRowReport{row.line, {}, RowOutcome::Created, {}, 0});
            ++result.created;
            return {};
        }
        const qint64 id = ids.front();
        remember();
        if (options.mode == ImportMode::Create) {
            result.report.push_back(
                ImportRowReport{row.line,
                                {},
                                RowOutcome::Unchanged,
                                tr("Customer %1 exists already (matched by %2); an import that "
                                   "only creates leaves it as it is.")
                                    .arg(id)
                                    .arg(how.front()),
                                id});
            ++result.unchanged;
            return {};
        }
        // What the row adds to the customer: only what it gives, never blanking a field.
        Result<Customer> before = customers.get(id);
        if (!before)
            return before.error();
        Result<QList<ContactPoint>> points = customers.contactPoints(id);
        if (!points)
            return points.error();
        ImportUpdate u;
        u.row = i;
        u.after = *before;
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
            fieldChanges.push_back(
                {tr("kind"), customerKindName(a.kind), customerKindName(*row.kind)});
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
        if (!row.externalId.isEmpty() && !keys.externalIds.contains(row.externalId)) {
            u.externalId = row.externalId; // the customer had another key or none
            fieldChanges.push_back({tr("external id"), {}, row.externalId});
            changed.append(tr("external id"));
        }
        for (const ContactPoint &p : row.points) {
            const bool has
                = std::any_of(points->cbegin(), points->cend(), [&](const ContactPoint &q) {
                      return q.kind == p.kind
                             && (sameText(q.value, p.value) || coversAddress(q, p));
                  });
            const bool adding = std::any_of(u.add.cbegin(), u.add.cend(), [&](const ContactPoint &q) {
                return q.kind == p.kind && sameText(q.value, p.value);
            });
            if (!has && !adding) {
                u.add.push_back(p);
                u.add.back().customerId = id;
                changed.append(contactKindNoun(p.kind));
                fieldChanges.push_back(
                    {contactKindNoun(p.kind),
                     {},
                     p.kind == ContactKind::Postal ? p.address.oneLine() : p.value});
            }
        }
        // A person is linked to the organisation the row names when not yet; other links stay.
        const bool fields = !changed.isEmpty();
        bool link = false;
        if (a.kind == CustomerKind::Person && !organisationKey.isEmpty()) {
            const qint64 organisation = organisationNames.value(organisationKey);
            link = organisation ? !worksAt.contains({id, organisation})
                                : options.mode != ImportMode::Update;
            if (link) {
                fieldChanges.push_back({tr("organisation"), {}, row.organisation});
                changed.append(tr("organisation"));
            }
        }
        if (changed.isEmpty()) {
            result.report.push_back(ImportRowReport{row.line, {}, RowOutcome::Unchanged, {}, id});
            ++result.unchanged;
            return {};
        }
        const QList<Error> problems = a.problems();
        if (!problems.isEmpty()) {
            for (const Error &e : problems)
                reject(row, columnOfField(mapping, row, e.field()), e.message());
            ++result.rejected;
            return {};
        }
        changed.removeDuplicates();
        result.report.push_back(
            ImportRowReport{row.line,
                            {},
                            RowOutcome::Updated,
                            tr("Changed: %1.").arg(changed.join(QStringLiteral(", "))),
                            id});
        result.changes.insert(row.line, std::move(fieldChanges));
        u.fields = fields;
        if (link)
            pendingLinks.push_back(PendingLink{id, -1, row.organisation});
        plan.updates.push_back(std::move(u));
        ++result.updated;
        return {};
    };
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (std::size_t p = 0; p < stream.pieceCount(); ++p) {
        std::optional<ImportRowStream::Piece> piece;
        while (!(piece = stream.take(p, std::chrono::milliseconds(50)))) {
            if (progress && !progress(qint64(readShare * Total * stream.fraction()), Total))
                return cancelled;
        }
        for (io::SourceProblem &problem : piece->problems) {
            unreadable.push_back(ImportRowReport{problem.line,
                                                 {},
                                                 RowOutcome::Rejected,
                                                 std::move(problem.message),
                                                 0});
            ++result.rejected;
            ++result.rows;
        }
        const std::size_t first = plan.rows.size();
        std::move(piece->rows.begin(), piece->rows.end(), std::back_inserter(plan.rows));
        piece.reset();
        for (std::size_t i = first; i < plan.rows.size(); ++i) {
            if (progress && sinceProgress.elapsed() > 200) {
                sinceProgress.restart();
                if (!progress(qint64(readShare * Total * stream.fraction()), Total))
                    return cancelled;
            }
            if (Status s = matchRow(i); !s)
                return s.error();
        }
    }
    if (timing.on())
        std::fprintf(stderr,
                     "import: read on %d threads (%.0f ms CPU; phone numbers: %lld on the fast "
                     "path, %lld by libphonenumber), matched on this one (%.0f ms CPU)\n",
                     threads,
                     stream.workersCpuMs(),
                     qint64(stream.fastPhones()),
                     qint64(stream.slowPhones()),
                     PhaseTimer::threadCpuMs() - ownCpuBefore);
    // The unreadable records come first, as the rows' lines sort them in.
    if (!unreadable.empty())
        result.report.insert(result.report.begin(),
                             std::make_move_iterator(unreadable.begin()),
                             std::make_move_iterator(unreadable.end()));

    // The links' organisations: an existing one, one a row of the file creates, else a new one
    // made for the name (not in an import that only updates).
    QHash<QString, std::ptrdiff_t> newOrganisations; // folded name -> index into organisations
    for (const PendingLink &pending : pendingLinks) {
        const QString key = pending.name.toCaseFolded();
        ImportLink link;
        link.personId = pending.personId;
        link.personCreate = pending.personCreate;
        if (const qint64 id = organisationNames.value(key))
            link.organisationId = id;
        else if (auto it = createdOrganisations.constFind(key);
                 it != createdOrganisations.constEnd())
            link.organisationCreate = *it;
        else if (options.mode == ImportMode::Update)
            continue;
        else {
            auto made = newOrganisations.constFind(key);
            if (made == newOrganisations.constEnd()) {
                made = newOrganisations.insert(key, plan.organisations.size());
                plan.organisations.append(pending.name);
            }
            link.newOrganisation = *made;
        }
        plan.links.push_back(link);
    }
    result.organisations = plan.organisations.size();
    result.links = qint64(plan.links.size());
    std::stable_sort(result.report.begin(),
                     result.report.end(),
                     [](const ImportRowReport &a, const ImportRowReport &b) {
                         return a.line < b.line;
                     });
    timing.lap("read, normalise and match");
    if (!write || (plan.creates.empty() && plan.updates.empty())) {
        if (progress)
            progress(Total, Total);
        return result;
    }

    // 3. Write: one batch, all or nothing.
    QJsonObject description{
        {QStringLiteral("file"), options.fileName.isEmpty() ? source.fileName() : options.fileName},
        {QStringLiteral("mode"), QLatin1StringView(importModeKeys[std::size_t(options.mode)])},
        {QStringLiteral("rows"), result.rows},
        {QStringLiteral("created"), result.created},
        {QStringLiteral("updated"), result.updated},
        {QStringLiteral("unchanged"), result.unchanged},
        {QStringLiteral("rejected"), result.rejected},
        {QStringLiteral("organisations"), result.organisations},
        {QStringLiteral("links"), result.links},
    };
    if (!options.defaultSource.isEmpty())
        for (std::size_t c : plan.creates)
            if (plan.rows[c].source.isEmpty())
                plan.rows[c].source = options.defaultSource;
    ImportWriter writer(m_door, plan, description);
    const double writeFrom = readShare + 0.1;
    const auto step = [&](double fraction) {
        return !progress
               || progress(qint64(Total * (writeFrom + (1 - writeFrom) * fraction)), Total);
    };
    const qint64 creates = qint64(plan.creates.size());
    const bool bulk = creates >= m_bulkThreshold && creates * 10 >= plan.existingCustomers;
    Result<qint64> batch = bulk ? writer.writeBulk(step) : writer.writeRows(step);
    if (!batch)
        return batch.error();
    result.batch = *batch;
    timing.lap("write");
    // The ids the new customers got.
    std::size_t created = 0;
    for (ImportRowReport &r : result.report) {
        if (r.outcome == RowOutcome::Created && created < plan.createdIds.size())
            r.customerId = plan.createdIds[created++];
    }
    if (progress)
        progress(Total, Total);
    return result;
}

} // namespace rapport
