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
#include "core/storage/organisationlinkrepository.h"
#include "core/util/phasetimer.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>
#include <future>
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
        const qint64 now = w.now().toSecsSinceEpoch();
        // The organisations the new people work at, for their list rows.
        QList<qint64> linked;
        for (const ImportLink &link : m_plan.links)
            if (link.personCreate >= 0 && link.organisationId > 0)
                linked.append(link.organisationId);
        Result<QHash<qint64, QPair<QString, QString>>> linkedNames
            = OrganisationLinkRepository(db).listNames(linked);
        if (!linkedNames)
            return linkedNames.error();
        const ImportEmployers employers = importEmployers(m_plan, *firstCustomer, *linkedNames);
        const double writeShare = m_plan.updates.empty() ? 0.6 : 0.5;
        Ticker ticker(step, 0, writeShare, qint64(m_plan.creates.size()));
        // The tags of the new customers, found or added now (the loader's statements run on
        // this thread only).
        QHash<QString, qint64> tagIds; // folded name -> id; new tags get ids from firstTag on
        qint64 lastTag = *firstTag - 1;
        for (const std::size_t index : m_plan.creates) {
            if (m_plan.rows[index].tags.isEmpty())
                continue;
            Customer c = m_plan.rows[index].customer();
            c.tidy();
            for (const QString &tag : std::as_const(c.tags)) {
                const QString key = tag.toCaseFolded();
                if (tagIds.contains(key))
                    continue;
                const QByteArray utf8 = tag.toUtf8();
                Result<qint64> tagId = loader.ensureTag(
                    std::string_view(utf8.constData(), std::size_t(utf8.size())));
                if (!tagId)
                    return tagId.error();
                lastTag = std::max(lastTag, *tagId);
                tagIds.insert(key, *tagId);
            }
        }
        // The rows go to the loader BatchRows customers at a time; the next batch is made on
        // another thread while the loader writes this one.
        const std::size_t creates = m_plan.creates.size();
        ImportBatchMaker maker{m_plan, employers, tagIds, *firstCustomer, now};
        // The first contact point id of each batch.
        std::vector<qint64> chunkPoints((creates + BatchRows - 1) / BatchRows);
        for (std::size_t create = 0, chunk = 0; create < creates; ++create) {
            if (create % BatchRows == 0)
                chunkPoints[chunk++] = nextPoint;
            nextPoint += qint64(m_plan.rows[m_plan.creates[create]].points.size());
        }
        for (std::size_t create = 0; create < creates; ++create)
            m_plan.createdIds.push_back(*firstCustomer + qint64(create));
        nextCustomer += qint64(creates);
        const auto make = [&](std::size_t chunk) {
            return std::async(std::launch::async, [&maker, &chunkPoints, chunk, creates] {
                BulkBatch made;
                const std::size_t from = chunk * BatchRows;
                maker.make(from, std::min(creates, from + BatchRows), chunkPoints[chunk], made);
                return made;
            });
        };
        std::future<BulkBatch> next;
        if (creates > 0)
            next = make(0);
        for (std::size_t chunk = 0; chunk < chunkPoints.size(); ++chunk) {
            BulkBatch made = next.get();
            if (chunk + 1 < chunkPoints.size())
                next = make(chunk + 1);
            if (!ticker.tick(qint64(chunk * BatchRows)))
                return cancelledError();
            if (Status s = loader.insert(made); !s)
                return s;
        }
        Result<qint64> firstRelationship = loader.nextId(BulkLoader::Table::Relationships);
        if (!firstRelationship)
            return firstRelationship.error();
        qint64 nextRelationship = *firstRelationship;
        BulkBatch batch;
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
