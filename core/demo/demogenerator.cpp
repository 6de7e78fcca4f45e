#include "core/demo/demogenerator.h"

#include "core/demo/demohistory.h"
#include "core/demo/demopeople.h"
#include "core/demo/demoplan.h"
#include "core/demo/demosurveys.h"
#include "core/services/door.h"
#include "core/storage/bulkloader.h"
#include "core/storage/database.h"
#include "core/util/vectorstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <climits>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct DemoGeneratorTexts
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr qint64 ChunkCustomers = 1000;
constexpr qint64 MaxCustomers = 50'000'000;

// The next free id of each table whose rows the chunks number locally (1, 2, ...).
struct NextIds
{
    qint64 contactPoint = 1, relationship = 1, order = 1, orderLine = 1, supportCase = 1,
           interaction = 1, task = 1, note = 1, survey = 1;
};

// Moves a chunk's local ids (and the references between its rows) to their final values.
void rebase(BulkBatch &b, NextIds &next)
{
    const auto shift = [](qint64 &id, qint64 base) {
        if (id != 0)
            id += base - 1;
    };
    for (auto &row : b.contactPoints)
        shift(row.id, next.contactPoint);
    for (auto &row : b.relationships)
        shift(row.id, next.relationship);
    for (auto &row : b.orders)
        shift(row.id, next.order);
    for (auto &row : b.orderLines) {
        shift(row.id, next.orderLine);
        shift(row.orderId, next.order);
    }
    for (auto &row : b.cases)
        shift(row.id, next.supportCase);
    for (auto &row : b.interactions) {
        shift(row.id, next.interaction);
        shift(row.caseId, next.supportCase);
    }
    for (auto &row : b.tasks) {
        shift(row.id, next.task);
        shift(row.caseId, next.supportCase);
    }
    for (auto &row : b.notes)
        shift(row.id, next.note);
    for (auto &row : b.surveys)
        shift(row.id, next.survey);
    next.contactPoint += qint64(b.contactPoints.size());
    next.relationship += qint64(b.relationships.size());
    next.order += qint64(b.orders.size());
    next.orderLine += qint64(b.orderLines.size());
    next.supportCase += qint64(b.cases.size());
    next.interaction += qint64(b.interactions.size());
    next.task += qint64(b.tasks.size());
    next.note += qint64(b.notes.size());
    next.survey += qint64(b.surveys.size());
}

// ChunkPipeline makes the rows of consecutive chunks of customers on worker threads and hands
// them to the writing thread in chunk order. Every customer is a pure function of (options,
// index), so the rows do not depend on the number of workers or on timing. Workers stay at most
// a few chunks ahead of the writer, and finished batches are reused to spare allocations.
class ChunkPipeline final
{
public:
    ChunkPipeline(const DemoPlan &plan, int workers)
        : m_plan(plan)
        , m_history(plan)
        , m_people(plan)
        , m_surveys(plan)
        , m_chunks((plan.options.customers + ChunkCustomers - 1) / ChunkCustomers)
        , m_window(2 * workers + 2)
    {
        for (int w = 0; w < workers; ++w)
            m_threads.emplace_back([this, w, workers] { work(w, workers); });
    }
    ~ChunkPipeline()
    {
        stop();
        for (std::thread &t : m_threads)
            t.join();
    }
    ChunkPipeline(const ChunkPipeline &) = delete;
    ChunkPipeline &operator=(const ChunkPipeline &) = delete;

    qint64 chunks() const { return m_chunks; }

    // The rows of `chunk`, waiting for them; nullptr when a worker failed (see error()).
    std::unique_ptr<BulkBatch> take(qint64 chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_ready.count(chunk) > 0 || !m_error.isEmpty(); });
        const auto it = m_ready.find(chunk);
        if (it == m_ready.end())
            return nullptr;
        std::unique_ptr<BulkBatch> batch = std::move(it->second);
        m_ready.erase(it);
        m_consumed = chunk + 1;
        m_changed.notify_all();
        return batch;
    }

    void giveBack(std::unique_ptr<BulkBatch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_pool.push_back(std::move(batch));
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    QString error() const
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    void work(qint64 first, qint64 step)
    {
        cpu::clearUpperVectorState(); // each worker before its arithmetic (vectorstate.h)
        try {
            for (qint64 chunk = first; chunk < m_chunks; chunk += step) {
                std::unique_ptr<BulkBatch> batch;
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [&] { return m_stopped || chunk < m_consumed + m_window; });
                    if (m_stopped)
                        return;
                    if (!m_pool.empty()) {
                        batch = std::move(m_pool.back());
                        m_pool.pop_back();
                    }
                }
                if (!batch)
                    batch = std::make_unique<BulkBatch>();
                batch->clear();
                const qint64 begin = chunk * ChunkCustomers;
                const qint64 end = std::min(m_plan.options.customers, begin + ChunkCustomers);
                for (qint64 i = begin; i < end; ++i) {
                    const DemoProfile profile = DemoHistory::profile(m_plan, i);
                    const std::size_t firstOrder = batch->orders.size();
                    const std::size_t firstCase = batch->cases.size();
                    const DemoHistoryResult history = m_history.generate(i, profile, *batch);
                    m_surveys.generate(i, profile, firstOrder, firstCase, *batch);
                    m_people.generate(i, profile, history, *batch);
                }
                std::lock_guard lock(m_mutex);
                m_ready.emplace(chunk, std::move(batch));
                m_changed.notify_all();
            }
        } catch (const std::exception &e) {
            std::lock_guard lock(m_mutex);
            m_error = DemoGeneratorTexts::tr("Making the demo rows failed: %1.")
                          .arg(QString::fromLocal8Bit(e.what()));
            m_changed.notify_all();
        }
    }

    const DemoPlan &m_plan;
    const DemoHistory m_history;
    const DemoPeople m_people;
    const DemoSurveys m_surveys;
    const qint64 m_chunks;
    const qint64 m_window;
    std::vector<std::thread> m_threads;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<qint64, std::unique_ptr<BulkBatch>> m_ready;
    std::vector<std::unique_ptr<BulkBatch>> m_pool;
    qint64 m_consumed = 0;
    bool m_stopped = false;
    QString m_error;
};

Status validate(const DemoOptions &o)
{
    using K = Error::Kind;
    if (o.customers < 1 || o.customers > MaxCustomers)
        return Error(K::Validation,
                     DemoGeneratorTexts::tr(
                         "The number of demo customers must lie between 1 and %L1.")
                         .arg(MaxCustomers),
                     QStringLiteral("customers"));
    if (!o.asOf.isValid())
        return Error(K::Validation,
                     DemoGeneratorTexts::tr("The demo data needs a valid end date."),
                     QStringLiteral("asOf"));
    if (!(o.interactionsPerCustomer >= 0 && o.interactionsPerCustomer <= 1000))
        return Error(K::Validation,
                     DemoGeneratorTexts::tr(
                         "The interactions per customer must lie between 0 and 1000."),
                     QStringLiteral("interactionsPerCustomer"));
    if (!(o.ordersPerCustomer >= 0 && o.ordersPerCustomer <= 1000))
        return Error(K::Validation,
                     DemoGeneratorTexts::tr("The orders per customer must lie between 0 and 1000."),
                     QStringLiteral("ordersPerCustomer"));
    return {};
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(std::move(options))
{}

DemoGenerator::DemoGenerator(Door &door, DemoOptions options)
    : m_db(door.database())
    , m_door(&door)
    , m_options(std::move(options))
{}

Result<DemoSummary> DemoGenerator::run(const Progress &progress)
{
    if (!m_door)
        return generate(progress, nullptr);
    WriteRequest::Batch batch{QStringLiteral("demo"),
                              QJsonObject{{QStringLiteral("seed"), QString::number(m_options.seed)},
                                          {QStringLiteral("as_of"),
                                           m_options.asOf.toString(Qt::ISODate)}},
                              false};
    std::optional<Result<DemoSummary>> made;
    const Status written = m_door->bulk(
        WriteRequest(WriteAction::Import, std::move(batch)), [&](WriteScope &w) -> Status {
            made = generate(progress, &w);
            if (!*made)
                return made->error();
            w.notify({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
            return {};
        });
    if (!written)
        return written.error();
    return std::move(*made);
}

Result<DemoSummary> DemoGenerator::generate(const Progress &progress, WriteScope *scope)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = validate(m_options); !s)
        return s.error();
    Result<std::shared_ptr<const DemoWords>> words = DemoWords::load();
    if (!words)
        return words.error();

    BulkLoader loader(m_db);
    if (Status s = loader.begin(); !s)
        return s.error();
    using T = BulkLoader::Table;
    Result<qint64> existing = loader.rowCount(T::Customers);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error(Error::Kind::Validation,
                     DemoGeneratorTexts::tr(
                         "The database already holds %n customer(s); demo data only goes into an "
                         "empty database.",
                         nullptr,
                         int(std::min<qint64>(*existing, INT_MAX))));

    // Ids continue after any rows the tables may already hold (users or tasks made before).
    qint64 ids[12];
    const T tables[12] = {T::Users,
                          T::Products,
                          T::Customers,
                          T::ContactPoints,
                          T::Relationships,
                          T::Orders,
                          T::OrderLines,
                          T::Cases,
                          T::Interactions,
                          T::Tasks,
                          T::Notes,
                          T::Surveys};
    for (int i = 0; i < 12; ++i) {
        Result<qint64> id = loader.nextId(tables[i]);
        if (!id)
            return id.error();
        ids[i] = *id;
    }
    NextIds next{ids[3], ids[4], ids[5], ids[6], ids[7], ids[8], ids[9], ids[10], ids[11]};

    DemoPlan plan;
    plan.options = m_options;
    plan.words = *words;
    plan.firstCustomerId = ids[2];
    plan.listWindowStart = loader.listWindowStart();
    Result<qint64> firstTag = loader.nextId(T::Tags);
    if (!firstTag)
        return firstTag.error();
    for (std::size_t t = 0; t < plan.tagIds.size(); ++t) {
        Result<qint64> tag = loader.ensureTag((*words)->tags.words[t].text);
        if (!tag)
            return tag.error();
        plan.tagIds[t] = *tag;
    }
    DemoSummary summary;
    // The tags the load added (those there before are reused, not counted).
    if (Result<qint64> after = loader.nextId(T::Tags); !after)
        return after.error();
    else if (*after > *firstTag)
        summary.idRanges.push_back(DemoIdRange{"tags", *firstTag, *after - 1});
    {
        BulkBatch catalogue;
        plan.makeStaffAndCatalogue(ids[0], ids[1], catalogue);
        if (Status s = loader.insert(catalogue); !s)
            return s.error();
        summary.users = qint64(catalogue.users.size());
        summary.products = qint64(catalogue.products.size());
        summary.rows = catalogue.rowCount();
    }

    // Making rows costs a fraction of writing them, and the search index has a thread of its own:
    // one or two workers keep the writing thread busy.
    const int workers = m_options.generatorThreads > 0
                            ? m_options.generatorThreads
                            : std::clamp(QThread::idealThreadCount() - 2, 1, 2);
    DemoHistory::calibrate(plan, workers + 1);

    const qint64 total = m_options.customers;
    const auto cancelled = [] {
        return Error(Error::Kind::Cancelled,
                     DemoGeneratorTexts::tr(
                         "Making the demo data was cancelled; the database was left as it was."));
    };
    {
        ChunkPipeline pipeline(plan, workers);
        for (qint64 chunk = 0; chunk < pipeline.chunks(); ++chunk) {
            std::unique_ptr<BulkBatch> batch = pipeline.take(chunk);
            if (!batch)
                return Error(Error::Kind::Database, pipeline.error());
            rebase(*batch, next);
            if (Status s = loader.insert(*batch); !s)
                return s.error();
            summary.customers += qint64(batch->customers.size());
            summary.contactPoints += qint64(batch->contactPoints.size());
            summary.relationships += qint64(batch->relationships.size());
            summary.interactions += qint64(batch->interactions.size());
            summary.orders += qint64(batch->orders.size());
            summary.orderLines += qint64(batch->orderLines.size());
            summary.cases += qint64(batch->cases.size());
            summary.tasks += qint64(batch->tasks.size());
            summary.notes += qint64(batch->notes.size());
            summary.surveys += qint64(batch->surveys.size());
            summary.customerTags += qint64(batch->customerTags.size());
            summary.rows += batch->rowCount();
            pipeline.giveBack(std::move(batch));
            if (progress && !progress(summary.customers, total))
                return cancelled();
        }
    }
    summary.writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    static constexpr const char *TableNames[12] = {"users",
                                                   "products",
                                                   "customers",
                                                   "contact_points",
                                                   "relationships",
                                                   "orders",
                                                   "order_lines",
                                                   "cases",
                                                   "interactions",
                                                   "tasks",
                                                   "notes",
                                                   "surveys"};
    for (int i = 0; i < 12; ++i) {
        Result<qint64> after = loader.nextId(tables[i]);
        if (!after)
            return after.error();
        if (*after > ids[i])
            summary.idRanges.push_back(DemoIdRange{TableNames[i], ids[i], *after - 1});
    }
    if (scope) {
        // The batch head says what was loaded and where, before the loader commits.
        const std::pair<const char *, qint64> counts[] = {
            {"users", summary.users},
            {"products", summary.products},
            {"customers", summary.customers},
            {"contact_points", summary.contactPoints},
            {"relationships", summary.relationships},
            {"interactions", summary.interactions},
            {"orders", summary.orders},
            {"order_lines", summary.orderLines},
            {"cases", summary.cases},
            {"tasks", summary.tasks},
            {"notes", summary.notes},
            {"surveys", summary.surveys},
            {"customer_tags", summary.customerTags},
        };
        for (const auto &[key, count] : counts)
            scope->describe(QLatin1String(key), count);
        QJsonObject ranges;
        for (const DemoIdRange &r : summary.idRanges)
            ranges.insert(QLatin1String(r.table), QJsonArray{r.first, r.last});
        scope->describe(QStringLiteral("ids"), ranges);
    }
    const Status finished = loader.finish(
        [&](const QString &) { return !progress || progress(total, total); });
    if (!finished) {
        if (finished.error().kind() == Error::Kind::Cancelled)
            return cancelled();
        return finished.error();
    }
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace rapport
