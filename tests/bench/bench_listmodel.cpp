// The customer list at scale: how soon the first rows paint, how long the id vector takes to
// fill behind them, what a deep page costs, and what a change notice costs at 1M rows.
//   rapport-bench --only list [--quick]; RAPPORT_BENCH_DB=FILE reuses a database.
#include "bench.h"

#include "core/demo/demogenerator.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace rapport;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

std::unique_ptr<Database> benchDatabase(const bench::Context &ctx)
{
    const QString reuse = qEnvironmentVariable("RAPPORT_BENCH_DB");
    if (!reuse.isEmpty()) {
        auto db = Database::open(reuse, Database::Mode::Existing);
        if (!db) {
            std::fprintf(stderr, "list: %s\n", qUtf8Printable(db.error().message()));
            return nullptr;
        }
        return std::move(db).value();
    }
    const QString path = QDir(ctx.workDir).filePath(QStringLiteral("list.db"));
    auto db = Database::open(path, Database::Mode::Create);
    if (!db) {
        std::fprintf(stderr, "list: %s\n", qUtf8Printable(db.error().message()));
        return nullptr;
    }
    DemoOptions options;
    options.customers = ctx.quick ? 20'000 : 1'000'000;
    options.interactionsPerCustomer = 0;
    options.ordersPerCustomer = 0.2;
    const qint64 start = bench::nowNs();
    DemoGenerator generator(**db, options);
    const Result<DemoSummary> summary = generator.run();
    if (!summary) {
        std::fprintf(stderr, "list: %s\n", qUtf8Printable(summary.error().message()));
        return nullptr;
    }
    ctx.report(QStringLiteral("list.build_s"), bench::msSince(start) / 1000.0, QStringLiteral("s"));
    return std::move(db).value();
}

// Asks every column of `rows` rows from `first` for its text, as a view painting them does.
void paint(const CustomerListModel &model, int first, int rows)
{
    const int end = std::min(first + rows, model.rowCount());
    for (int row = first; row < end; ++row) {
        for (int column = 0; column < CustomerListModel::ColumnCount; ++column)
            (void) model.index(row, column).data(Qt::DisplayRole);
    }
}

} // namespace

RAPPORT_BENCH("list")
{
    std::unique_ptr<Database> db = benchDatabase(ctx);
    if (!db)
        return;
    ChangeBus bus;

    // First paint: the count, the first page by keyset, and 50 rows of text.
    qint64 start = bench::nowNs();
    auto model = std::make_unique<CustomerListModel>(*db, &bus);
    paint(*model, 0, 50);
    ctx.report(QStringLiteral("list.first_page_ms"), bench::msSince(start), QStringLiteral("ms"));
    const int rows = model->rowCount();
    ctx.report(QStringLiteral("list.rows"), rows, QStringLiteral("rows"));

    // The id vector fills from the event loop, one chunk per timer tick.
    QEventLoop loop;
    QObject::connect(model.get(), &CustomerListModel::loadingFinished, &loop, &QEventLoop::quit);
    if (!model->isComplete())
        loop.exec();
    ctx.report(QStringLiteral("list.full_ids_ms"), bench::msSince(start), QStringLiteral("ms"));

    // One fill step: what the GUI thread is blocked for at a time.
    {
        CustomerListRepository repo(*db);
        std::vector<double> steps;
        std::optional<CustomerListKey> after;
        for (int i = 0; i < 20; ++i) {
            const qint64 t = bench::nowNs();
            Result<CustomerIdChunk> chunk = repo.idChunk(CustomerListOrder{},
                                                         after,
                                                         CustomerListModel::DefaultIdChunk);
            steps.push_back(bench::msSince(t));
            if (!chunk || chunk->complete)
                break;
            after = chunk->last;
        }
        ctx.report(QStringLiteral("list.id_chunk_50k_p50_ms"),
                   bench::percentile(steps, 50),
                   QStringLiteral("ms"));
        ctx.report(QStringLiteral("list.id_chunk_50k_max_ms"),
                   bench::percentile(steps, 100),
                   QStringLiteral("ms"));
    }

    // Deep pages: a random page of 100 rows not in the cache, every column's text.
    {
        QRandomGenerator random(42);
        std::vector<double> samples;
        const int pages = std::max(1, rows / CustomerListModel::RowsPerPage);
        for (int i = 0; i < 300; ++i) {
            const int page = int(random.bounded(pages));
            const qint64 t = bench::nowNs();
            paint(*model, page * CustomerListModel::RowsPerPage, CustomerListModel::RowsPerPage);
            samples.push_back(bench::msSince(t));
        }
        ctx.report(QStringLiteral("list.deep_page_p50_ms"),
                   bench::percentile(samples, 50),
                   QStringLiteral("ms"));
        ctx.report(QStringLiteral("list.deep_page_p95_ms"),
                   bench::percentile(samples, 95),
                   QStringLiteral("ms"));
        ctx.report(QStringLiteral("list.cached_rows"),
                   double(model->cachedRows()),
                   QStringLiteral("rows"));

        // The SQL part of a deep page alone: 100 rows by id with their contact points.
        CustomerListRepository repo(*db);
        samples.clear();
        for (int i = 0; i < 300; ++i) {
            const int first = int(random.bounded(pages)) * CustomerListModel::RowsPerPage;
            std::vector<qint64> ids;
            for (int row = first; row < std::min(first + CustomerListModel::RowsPerPage, rows);
                 ++row)
                ids.push_back(model->idAt(row));
            const qint64 t = bench::nowNs();
            (void) repo.rowsByIds(ids);
            samples.push_back(bench::msSince(t));
        }
        ctx.report(QStringLiteral("list.deep_rows_sql_p50_ms"),
                   bench::percentile(samples, 50),
                   QStringLiteral("ms"));
    }
    // The whole process (SQLite's page cache of up to 32 MB included; after a build in this
    // process, the generator's freed memory too), and the part that grows with the list.
    ctx.report(QStringLiteral("list.resident_mb"), residentMb(), QStringLiteral("MB"));
    ctx.report(QStringLiteral("list.id_vector_mb"),
               double(model->loadedIds()) * 8 / 1e6,
               QStringLiteral("MB"));

    // Change notices at depth: an update that keeps its place, and a new customer.
    {
        const int row = rows - rows / 10;
        const qint64 id = model->idAt(row);
        qint64 t = bench::nowNs();
        bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {id}, {id}});
        ctx.report(QStringLiteral("list.update_notice_ms"), bench::msSince(t), QStringLiteral("ms"));

        CustomerRepository repo(*db);
        Customer c;
        c.firstName = QStringLiteral("Bench");
        c.lastName = QStringLiteral("Neumann");
        if (repo.insert(c).ok()) {
            t = bench::nowNs();
            bus.publish(
                {ChangeNotice::Entity::Customer, ChangeNotice::Action::Created, {c.id}, {c.id}});
            ctx.report(QStringLiteral("list.insert_notice_ms"),
                       bench::msSince(t),
                       QStringLiteral("ms"));
            (void) repo.purge(c.id);
        }
    }

    // Sorting the other way: a reset and the first page again.
    start = bench::nowNs();
    model->sort(CustomerListModel::Name, Qt::DescendingOrder);
    paint(*model, 0, 50);
    ctx.report(QStringLiteral("list.sort_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
}
