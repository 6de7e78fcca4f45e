// The customer import's writer: a plan (customerimport.cpp) carried out as one batch.
#include "core/services/customerimportplan.h"

#include "core/domain/phonenumber.h"
#include "core/domain/textfold.h"
#include "core/services/door.h"
#include "core/storage/bulkloader.h"
#include "core/storage/changecapture.h"
#include "core/storage/customerimportrepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/historyrepository.h"
#include "core/util/phasetimer.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>
#include <string>

namespace rapport {
namespace {

constexpr std::size_t BatchRows = 20'000;

Error cancelledError()
{
    return Error(Error::Kind::Cancelled,
                 ImportWriter::tr("The import was cancelled; nothing was changed."));
}

// Calls `step` about every 1% (and at most every 100 ms).
class Ticker
{
public:
    Ticker(const ImportWriter::Step &step, double from, double to, qint64 total)
        : m_step(step)
        , m_from(from)
        , m_to(to)
        , m_total(std::max<qint64>(total, 1))
    {
        m_timer.start();
    }
    bool tick(qint64 done)
    {
        if (!m_step || m_timer.elapsed() < 100)
            return true;
        m_timer.restart();
        return m_step(m_from + (m_to - m_from) * double(done) / double(m_total));
    }

private:
    const ImportWriter::Step &m_step;
    double m_from, m_to;
    qint64 m_total;
    QElapsedTimer m_timer;
};

// The newest history entry's id, read while the write holds the lock: the batch head the door
// records next is the first entry after it.
Result<qint64> historyMark(const Database &db)
{
    return HistoryRepository(db).lastId();
}

// The batch whose head is the first entry after `mark`.
Result<qint64> batchAfter(const Database &db, qint64 mark)
{
    Result<QList<HistoryEntry>> after = HistoryRepository(db).since(mark, 1);
    if (!after)
        return after.error();
    return after->isEmpty() ? qint64(0) : after->first().batch;
}

} // namespace

ImportWriter::ImportWriter(Door &door, ImportPlan &plan, QJsonObject description)
    : m_door(door)
    , m_plan(plan)
    , m_description(std::move(description))
{}

Status ImportWriter::applyUpdates(const Step &step, double from, double to)
{
    const Database &db = m_door.database();
    CustomerRepository customers(db);
    CustomerImportRepository keys(db);
    const QDateTime now = m_door.now();
    Ticker ticker(step, from, to, qint64(m_plan.updates.size()));
    qint64 done = 0;
    for (ImportUpdate &u : m_plan.updates) {
        if (!ticker.tick(done++))
            return cancelledError();
        if (Status s = u.fields ? customers.update(u.after, now) : Status(); !s)
            return s;
        if (!u.externalId.isEmpty()) {
            if (Status s = keys.setExternalKey(u.after.id, u.externalId); !s)
                return s;
        }
        for (ContactPoint &p : u.add) {
            Result<qint64> id = customers.addContactPoint(p);
            if (!id)
                return id.error();
        }
    }
    return {};
}

Result<qint64> ImportWriter::writeRows(const Step &step)
{
    QJsonObject description = m_description;
    description.insert(QStringLiteral("bulk"), false);
    WriteRequest request(WriteAction::Import,
                         WriteRequest::Batch{QStringLiteral("import"), description, true});
    const double split = m_plan.updates.empty()
                             ? 1.0
                             : double(m_plan.creates.size())
                                   / double(m_plan.creates.size() + m_plan.updates.size());
    qint64 mark = 0;
    const Status written = m_door.write(request, [&](WriteScope &w) -> Status {
        m_plan.createdIds.clear();
        Result<qint64> last = historyMark(w.database());
        if (!last)
            return last.error();
        mark = *last;
        CustomerRepository customers(w.database());
        CustomerImportRepository keys(w.database());
        Ticker ticker(step, 0, split, qint64(m_plan.creates.size()));
        qint64 done = 0;
        QList<qint64> created;
        for (std::size_t index : m_plan.creates) {
            if (!ticker.tick(done++))
                return cancelledError();
            const ImportRow &row = m_plan.rows[index];
            Customer c = row.customer();
            c.tidy();
            Result<qint64> id = customers.insert(c, w.now());
            if (!id)
                return id.error();
            if (!row.externalId.isEmpty()) {
                if (Status s = keys.setExternalKey(*id, row.externalId); !s)
                    return s;
            }
            for (ContactPoint p : row.points) {
                p.customerId = *id;
                Result<qint64> point = customers.addContactPoint(p);
                if (!point)
                    return point.error();
            }
            m_plan.createdIds.push_back(*id);
            created.append(*id);
        }
        if (Status s = applyUpdates(step, split, 1.0); !s)
            return s;
        if (Status s = writeOrganisationLinks(w.database(), m_plan, w.now(), created); !s)
            return s;
        if (!created.isEmpty())
            w.notify(
                {ChangeNotice::Entity::Customer, ChangeNotice::Action::Created, created, created});
        QList<qint64> updated;
        for (const ImportUpdate &u : m_plan.updates)
            updated.append(u.after.id);
        if (!updated.isEmpty())
            w.notify(
                {ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, updated, updated});
        return {};
    });
    if (!written)
        return written.error();
    return batchAfter(m_door.database(), mark);
}

Result<qint64> ImportWriter::writeBulk(const Step &step)
{
    Database &db = m_door.database();
    BulkLoader loader(db);
    QJsonObject description = m_description;
    description.insert(QStringLiteral("bulk"), true);
    // The new rows are recorded as id ranges (below); the updates of customers that were there
    // before are recorded row by row all the same, with this batch's id.
    description.insert(QStringLiteral("updates_recorded"), true);
    WriteRequest request(WriteAction::Import,
                         WriteRequest::Batch{QStringLiteral("import"), description, false});
    qint64 mark = 0;
    PhaseTimer timing("RAPPORT_IMPORT_TIMING", "import write");
    const Status written = m_door.bulk(request, [&](WriteScope &w) -> Status {
        m_plan.createdIds.clear();
        if (Status s = loader.begin(); !s)
            return s;
        Result<qint64> last = historyMark(db);
        if (!last)
            return last.error();
        mark = *last;
        Result<qint64> firstCustomer = loader.nextId(BulkLoader::Table::Customers);
        Result<qint64> firstPoint = loader.nextId(BulkLoader::Table::ContactPoints);
        Result<qint64> firstTag = loader.nextId(BulkLoader::Table::Tags);
        for (const auto *id : {&firstCustomer, &firstPoint, &firstTag})
            if (!*id)
                return id->error();
        qint64 nextCustomer = *firstCustomer, nextPoint = *firstPoint;
        // Tag ids by folded name; new tags get ids from firstTag on.
        QHash<QString, qint64> tagIds;
        qint64 lastTag = *firstTag - 1;
        const qint64 now = w.now().toSecsSinceEpoch();
        BulkBatch batch;
        std::string scratch;
        const auto text = [&batch](const QString &value) -> BulkText {
            if (value.isEmpty())
                return BulkText();
            const QByteArray utf8 = value.toUtf8();
            return batch.text.add(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        };
        const double writeShare = m_plan.updates.empty() ? 0.6 : 0.5;
        Ticker ticker(step, 0, writeShare, qint64(m_plan.creates.size()));
        qint64 done = 0;
        for (std::size_t index : m_plan.creates) {
            if (!ticker.tick(done++))
                return cancelledError();
            const ImportRow &row = m_plan.rows[index];
            Customer c = row.customer();
            c.tidy();
            const qint64 id = nextCustomer++;
            m_plan.createdIds.push_back(id);
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
            for (const QString &tag : c.tags) {
                const QString key = tag.toCaseFolded();
                auto it = tagIds.constFind(key);
                if (it == tagIds.constEnd()) {
                    const QByteArray utf8 = tag.toUtf8();
                    Result<qint64> tagId = loader.ensureTag(
                        std::string_view(utf8.constData(), std::size_t(utf8.size())));
                    if (!tagId)
                        return tagId.error();
                    lastTag = std::max(lastTag, *tagId);
                    it = tagIds.insert(key, *tagId);
                }
                batch.customerTags.push_back(BulkBatch::CustomerTag{id, *it});
                if (*it >= 1 && *it <= 62)
                    listRow.tagBits |= qint64(1) << (*it - 1);
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
                        cities += (cities.isEmpty() ? QString() : QStringLiteral(" "))
                                  + p.address.city;
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
            const auto orEmpty = [&](const QString &s) {
                return s.isEmpty() ? BulkText("") : text(s);
            };
            entry.email = orEmpty(emails);
            entry.phone = orEmpty(phones);
            entry.city = orEmpty(cities);
            batch.search.push_back(entry);
            batch.list.push_back(listRow);
            if (batch.customers.size() >= BatchRows) {
                if (Status s = loader.insert(batch); !s)
                    return s;
                batch.clear();
            }
        }
        Result<qint64> firstRelationship = loader.nextId(BulkLoader::Table::Relationships);
        if (!firstRelationship)
            return firstRelationship.error();
        qint64 nextRelationship = *firstRelationship;
        addOrganisationLinks(batch, m_plan, now, nextCustomer, nextRelationship);
        if (batch.rowCount() > 0) {
            if (Status s = loader.insert(batch); !s)
                return s;
            batch.clear();
        }
        // The updates need the triggers (search index, customer list) and the history: they
        // run once the loader has put both back, just before its commit.
        loader.setBeforeCommit([&]() -> Status {
            if (ChangeCapture *capture = db.capture(); capture && !m_plan.updates.empty()) {
                if (Status s = capture->setEnabled(true); !s)
                    return s;
            }
            return applyUpdates(step, 0.9, 1.0);
        });
        QJsonObject ranges;
        if (nextCustomer > *firstCustomer)
            ranges.insert(QStringLiteral("customers"), QJsonArray{*firstCustomer, nextCustomer - 1});
        if (nextPoint > *firstPoint)
            ranges.insert(QStringLiteral("contact_points"), QJsonArray{*firstPoint, nextPoint - 1});
        if (nextRelationship > *firstRelationship)
            ranges.insert(QStringLiteral("relationships"),
                          QJsonArray{*firstRelationship, nextRelationship - 1});
        if (lastTag >= *firstTag)
            ranges.insert(QStringLiteral("tags"), QJsonArray{*firstTag, lastTag});
        w.describe(QStringLiteral("ids"), ranges);
        w.notify({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
        timing.lap("rows written");
        QByteArray current; // the loader's step under way (RAPPORT_IMPORT_TIMING)
        const Status finished = loader.finish([&](const QString &what) {
            if (!current.isEmpty())
                timing.lap(current.constData());
            current = what.toUtf8();
            return !step || step(writeShare + (0.9 - writeShare) * 0.5);
        });
        timing.lap(current.constData());
        if (!finished && finished.error().kind() == Error::Kind::Cancelled)
            return cancelledError();
        return finished;
    });
    if (!written) {
        // The capture's triggers may have been made inside the load's rolled back transaction.
        if (ChangeCapture *capture = db.capture(); capture && !m_plan.updates.empty())
            (void) capture->setEnabled(true);
        return written.error();
    }
    return batchAfter(db, mark);
}

} // namespace rapport
