// The customer list at scale (1M customers, 10M interactions; --quick: 20k): how soon the first
// rows paint, what a deep page costs, the first page of every column's order and of filters and
// a search, what change notices and the rolling revenue window cost, and the resident memory
// with the list open and scrolled (list.rss_mb, measured in a fresh process, reported last).
//   rapport-bench --only list [--quick]; RAPPORT_BENCH_DB=FILE reuses a demo database.
#include "bench.h"
#include "benchdata.h"

#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/revenuewindow.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QEventLoop>
#include <QFile>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSqlQuery>

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

// Asks every column of `rows` rows from `first` for its text, as a view painting them does.
void paint(const CustomerListModel &model, int first, int rows)
{
    const int end = std::min(first + rows, model.rowCount());
    for (int row = first; row < end; ++row) {
        for (int column = 0; column < CustomerListModel::ColumnCount; ++column)
            (void) model.index(row, column).data(Qt::DisplayRole);
    }
}

QString columnName(int column)
{
    const QMetaEnum columns = QMetaEnum::fromType<CustomerListModel::Column>();
    return QString::fromLatin1(columns.valueToKey(column)).toLower();
}

// The busiest owner: a filter a rep uses every day ("my customers").
qint64 busiestOwner(Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT owner_id FROM customer_list_counts WHERE owner_id > 0"
                              " GROUP BY owner_id ORDER BY sum(n) DESC LIMIT 1"))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// Random deep pages of 100 rows not in the cache, every column's text: p50 and p95.
void deepPages(const bench::Context &ctx, CustomerListModel &model, const QString &prefix)
{
    QRandomGenerator random(42);
    std::vector<double> samples;
    const int pages = std::max(1, model.rowCount() / CustomerListModel::RowsPerPage);
    for (int i = 0; i < 300; ++i) {
        const int page = int(random.bounded(pages));
        const qint64 t = bench::nowNs();
        paint(model, page * CustomerListModel::RowsPerPage, CustomerListModel::RowsPerPage);
        samples.push_back(bench::msSince(t));
    }
    ctx.report(prefix + QStringLiteral("_p50_ms"),
               bench::percentile(samples, 50),
               QStringLiteral("ms"));
    ctx.report(prefix + QStringLiteral("_p95_ms"),
               bench::percentile(samples, 95),
               QStringLiteral("ms"));
}

// What a user's desktop holds with the list open: a fresh process opens the database, loads the
// whole id vector, scrolls through 300 deep pages and prints its resident memory in MB.
const bench::ProbeRegistrar listMemory(QStringLiteral("list-memory"), [](const QString &path) {
    auto opened = Database::open(path, Database::Mode::Existing);
    if (!opened) {
        std::fprintf(stderr, "list-memory: %s\n", qUtf8Printable(opened.error().message()));
        return 2;
    }
    ChangeBus bus;
    CustomerListModel model(**opened, &bus);
    model.loadAll();
    QRandomGenerator random(7);
    const int pages = std::max(1, model.rowCount() / CustomerListModel::RowsPerPage);
    for (int i = 0; i < 300; ++i)
        paint(model, int(random.bounded(pages)) * CustomerListModel::RowsPerPage, 100);
    std::printf("%.1f\n", residentMb());
    return 0;
});

} // namespace

RAPPORT_BENCH("list")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const QString path = bench::demoDatabase(ctx, customers, 10);
    auto opened = Database::open(path, Database::Mode::Existing);
    if (!opened) {
        std::fprintf(stderr, "list: %s\n", qUtf8Printable(opened.error().message()));
        return;
    }
    Database &db = **opened;
    ChangeBus bus;

    // The rolling revenue window: today's move first (as opening the list does), then what a
    // day's move and a year's move cost (the window is put back to today after).
    {
        RevenueWindow window(db, &bus);
        (void) window.advance();
        const QDate today = RevenueWindow::today();
        qint64 t = bench::nowNs();
        (void) window.advance(today.addDays(1));
        ctx.report(QStringLiteral("list.revenue_window_day_ms"),
                   bench::msSince(t),
                   QStringLiteral("ms"));
        t = bench::nowNs();
        (void) window.advance(today.addYears(1));
        ctx.report(QStringLiteral("list.revenue_window_year_ms"),
                   bench::msSince(t),
                   QStringLiteral("ms"));
        t = bench::nowNs();
        (void) window.advance(today);
        ctx.report(QStringLiteral("list.revenue_window_back_ms"),
                   bench::msSince(t),
                   QStringLiteral("ms"));
    }

    // First paint: open the model (count, first page by keyset) and 50 rows of text.
    qint64 start = bench::nowNs();
    auto model = std::make_unique<CustomerListModel>(db, &bus);
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
        CustomerListRepository repo(db);
        std::vector<double> steps;
        std::optional<CustomerListKey> after;
        for (int i = 0; i < 20; ++i) {
            const qint64 t = bench::nowNs();
            Result<CustomerIdChunk> chunk
                = repo.idChunk({}, {}, after, CustomerListModel::DefaultIdChunk);
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

    deepPages(ctx, *model, QStringLiteral("list.deep_page"));
    ctx.report(QStringLiteral("list.cached_rows"),
               double(model->cachedRows()),
               QStringLiteral("rows"));

    // Every column's order, both ways: a reset and the first 50 rows painted.
    for (int column = 0; column < CustomerListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            start = bench::nowNs();
            model->sort(column, order);
            paint(*model, 0, 50);
            ctx.report(QStringLiteral("list.sort_%1_%2_first_page_ms")
                           .arg(columnName(column),
                                order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                            : QStringLiteral("desc")),
                       bench::msSince(start),
                       QStringLiteral("ms"));
        }
    }
    // A deep page of an order other than the name's, with its id vector complete.
    model->sort(CustomerListModel::LastContact, Qt::DescendingOrder);
    model->loadAll();
    deepPages(ctx, *model, QStringLiteral("list.deep_page_by_last_contact"));

    // Filters: a rep's own active customers, sorted by last contact; one tag; a rare mix.
    const qint64 owner = busiestOwner(db);
    CustomerListFilter mine;
    mine.withStage(LifecycleStage::Active);
    mine.ownerId = owner;
    start = bench::nowNs();
    model->setFilter(mine);
    paint(*model, 0, 50);
    ctx.report(QStringLiteral("list.filtered_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("list.filtered_rows"), model->rowCount(), QStringLiteral("rows"));
    start = bench::nowNs();
    model->loadAll();
    ctx.report(QStringLiteral("list.filtered_full_ids_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    CustomerListFilter rare = mine;
    rare.stages = CustomerListFilter::stageBit(LifecycleStage::Lead);
    rare.kind = CustomerKind::Organisation;
    rare.tagId = 8;
    start = bench::nowNs();
    model->setFilter(rare);
    paint(*model, 0, 50);
    ctx.report(QStringLiteral("list.filtered_rare_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("list.filtered_rare_rows"), model->rowCount(), QStringLiteral("rows"));

    // Reading within a scope (issue 13): a rep limited to their own customers, and a team of
    // three owners; the count from the table of counts, the first page by name and by last
    // contact, the whole id vector, and a search inside the scope.
    model->setFilter({});
    {
        QList<qint64> team{owner};
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT owner_id FROM customer_list_counts WHERE owner_id > 0"
                                  " AND owner_id <> %1 GROUP BY owner_id ORDER BY owner_id LIMIT 2")
                       .arg(owner))) {
            while (q.next())
                team << q.value(0).toLongLong();
        }
        const std::pair<const char *, CustomerScope> scopes[]
            = {{"own", CustomerScope::ownedBy({owner})}, {"team", CustomerScope::ownedBy(team)}};
        for (const auto &[name, scope] : scopes) {
            const QString prefix = QStringLiteral("list.scope_%1_").arg(QLatin1String(name));
            model->sort(CustomerListModel::Name);
            start = bench::nowNs();
            model->setScope(scope);
            paint(*model, 0, 50);
            ctx.report(prefix + QStringLiteral("first_page_ms"),
                       bench::msSince(start),
                       QStringLiteral("ms"));
            ctx.report(prefix + QStringLiteral("rows"), model->rowCount(), QStringLiteral("rows"));
            start = bench::nowNs();
            model->loadAll();
            ctx.report(prefix + QStringLiteral("full_ids_ms"),
                       bench::msSince(start),
                       QStringLiteral("ms"));
            start = bench::nowNs();
            model->sort(CustomerListModel::LastContact, Qt::DescendingOrder);
            paint(*model, 0, 50);
            ctx.report(prefix + QStringLiteral("by_last_contact_first_page_ms"),
                       bench::msSince(start),
                       QStringLiteral("ms"));
            start = bench::nowNs();
            model->setSearchText(QStringLiteral("müller"));
            paint(*model, 0, 50);
            ctx.report(prefix + QStringLiteral("search_first_page_ms"),
                       bench::msSince(start),
                       QStringLiteral("ms"));
            model->setSearchText(QString());
        }
        model->setScope(CustomerScope::everything());
    }

    // A search narrowing the list, then its matches sorted by a column.
    model->setFilter({});
    model->sort(CustomerListModel::Name);
    start = bench::nowNs();
    model->setSearchText(QStringLiteral("müller"));
    paint(*model, 0, 50);
    ctx.report(QStringLiteral("list.search_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    start = bench::nowNs();
    model->sort(CustomerListModel::Revenue, Qt::DescendingOrder);
    paint(*model, 0, 50);
    ctx.report(QStringLiteral("list.search_sorted_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    model->setSearchText(QString());
    model->sort(CustomerListModel::Name);
    model->loadAll();

    // Change notices at depth: an update that keeps its place, a new customer, a logged call.
    {
        const int row = rows - rows / 10;
        const qint64 id = model->idAt(row);
        qint64 t = bench::nowNs();
        bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {id}, {id}});
        ctx.report(QStringLiteral("list.update_notice_ms"), bench::msSince(t), QStringLiteral("ms"));

        CustomerRepository repo(db);
        Customer c;
        c.firstName = QStringLiteral("Bench");
        c.lastName = QStringLiteral("Neumann");
        if (repo.insert(c, Door::systemNow()).ok()) {
            t = bench::nowNs();
            bus.publish(
                {ChangeNotice::Entity::Customer, ChangeNotice::Action::Created, {c.id}, {c.id}});
            ctx.report(QStringLiteral("list.insert_notice_ms"),
                       bench::msSince(t),
                       QStringLiteral("ms"));
            (void) repo.purge(c.id);
            bus.publish(
                {ChangeNotice::Entity::Customer, ChangeNotice::Action::Deleted, {c.id}, {c.id}});
        }

        // A call logged for a customer deep in the list sorted by last contact: the insert
        // (its triggers keep the read model) and the notice that moves the row to the top.
        model->sort(CustomerListModel::LastContact, Qt::DescendingOrder);
        model->loadAll();
        const qint64 caller = model->idAt(rows / 2);
        t = bench::nowNs();
        {
            WriteTransaction tx(db);
            QSqlQuery q(db.connection());
            (void) q.exec(QStringLiteral("INSERT INTO interactions (customer_id, channel,"
                                         " direction, occurred_at) VALUES (%1, 0, 0, %2)")
                              .arg(caller)
                              .arg(QDateTime::currentSecsSinceEpoch() + 86400));
            (void) tx.commit();
        }
        ctx.report(QStringLiteral("list.log_call_write_ms"),
                   bench::msSince(t),
                   QStringLiteral("ms"));
        t = bench::nowNs();
        bus.publish(
            {ChangeNotice::Entity::Interaction, ChangeNotice::Action::Created, {}, {caller}});
        paint(*model, 0, 50);
        ctx.report(QStringLiteral("list.log_call_notice_ms"),
                   bench::msSince(t),
                   QStringLiteral("ms"));
        QSqlQuery q(db.connection());
        (void) q.exec(QStringLiteral("DELETE FROM interactions WHERE customer_id = %1 AND"
                                     " occurred_at > %2")
                          .arg(caller)
                          .arg(QDateTime::currentSecsSinceEpoch()));
    }

    // Resident memory with the whole list open (id vector complete) after scrolling through
    // deep pages: the model's share is the id vector and a bounded row cache.
    model->sort(CustomerListModel::Name);
    model->loadAll();
    deepPages(ctx, *model, QStringLiteral("list.deep_page_again"));
    ctx.report(QStringLiteral("list.id_vector_mb"),
               double(model->loadedIds()) * 8 / 1e6,
               QStringLiteral("MB"));
    const std::optional<QString> probed = bench::runProbe(QStringLiteral("list-memory"), path);
    bool ok = false;
    const double listMb = probed ? probed->toDouble(&ok) : 0;
    if (ok)
        ctx.report(QStringLiteral("list.rss_mb"), listMb, QStringLiteral("MB"));
    else
        std::fprintf(stderr, "list: the memory probe failed\n");
    // This process ran other benchmarks before (and holds their heaps): for the record only.
    ctx.report(QStringLiteral("list.bench_process_resident_mb"), residentMb(), QStringLiteral("MB"));
}
