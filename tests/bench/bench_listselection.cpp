// The customer list narrowed to a dashboard's drill-down at scale (1M customers; --quick: 20k):
// a selection of a fifth of the customers (200,000 at full size) from setting it to the first rows
// painted, a page deep in it, its whole id vector, other orders, a filter and a search on top;
// and a small selection (1.2%), which is read whole from the selection.
//   rapport-bench --only list-selection [--quick]; RAPPORT_BENCH_DB=FILE reuses a demo database.
#include "bench.h"
#include "benchdata.h"

#include "core/domain/customerselection.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/storage/customerselectiontable.h"
#include "core/storage/database.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

using namespace rapport;

namespace {

void paint(const CustomerListModel &model, int first, int rows)
{
    const int end = std::min(first + rows, model.rowCount());
    for (int row = first; row < end; ++row) {
        for (int column = 0; column < CustomerListModel::ColumnCount; ++column)
            (void) model.index(row, column).data(Qt::DisplayRole);
    }
}

// Every `every`-th live customer, picked at random (a segment is spread over the whole list).
std::vector<qint64> sample(Database &db, int every, quint32 seed)
{
    std::vector<qint64> ids;
    QRandomGenerator random(seed);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM customer_list WHERE live = 1")))
        return ids;
    while (q.next()) {
        if (random.bounded(every) == 0)
            ids.push_back(q.value(0).toLongLong());
    }
    return ids;
}

void deepPages(const bench::Context &ctx, CustomerListModel &model, const QString &prefix)
{
    QRandomGenerator random(42);
    std::vector<double> samples;
    const int pages = std::max(1, model.rowCount() / CustomerListModel::RowsPerPage);
    for (int i = 0; i < 200; ++i) {
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

} // namespace

RAPPORT_BENCH("list-selection")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const QString path = bench::demoDatabase(ctx, customers, 10);
    auto opened = Database::open(path, Database::Mode::Existing);
    if (!opened) {
        std::fprintf(stderr, "list-selection: %s\n", qUtf8Printable(opened.error().message()));
        return;
    }
    Database &db = **opened;
    ChangeBus bus;
    CustomerListModel model(db, &bus);
    paint(model, 0, 50);

    const std::vector<qint64> fifth = sample(db, 5, 7);
    const QString big = QStringLiteral("list.selection_%1k").arg(fifth.size() / 1000);
    ctx.report(big + QStringLiteral("_ids"), double(fifth.size()), QStringLiteral("ids"));

    // Filling the connection's table alone (another selection of the same ids).
    {
        CustomerSelectionTable table(db);
        const CustomerSelectionPtr alone = CustomerSelection::make(QStringLiteral("alone"), fifth);
        const qint64 t = bench::nowNs();
        (void) table.hold(alone.get());
        ctx.report(big + QStringLiteral("_fill_table_ms"), bench::msSince(t), QStringLiteral("ms"));
    }

    // What a click on a dashboard costs: make the selection, show it, paint the first 50 rows.
    qint64 start = bench::nowNs();
    CustomerListFilter filter;
    filter.selection = CustomerSelection::make(QStringLiteral("RFM segment"), fifth);
    model.setFilter(filter);
    paint(model, 0, 50);
    ctx.report(big + QStringLiteral("_first_page_ms"), bench::msSince(start), QStringLiteral("ms"));
    ctx.report(big + QStringLiteral("_rows"), model.rowCount(), QStringLiteral("rows"));

    // A page far down before the id vector is complete (the scroll bar dragged to 90%).
    start = bench::nowNs();
    paint(model, model.rowCount() / 10 * 9, CustomerListModel::RowsPerPage);
    ctx.report(big + QStringLiteral("_page_at_90pct_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    start = bench::nowNs();
    model.loadAll();
    ctx.report(big + QStringLiteral("_rest_of_ids_ms"), bench::msSince(start), QStringLiteral("ms"));
    deepPages(ctx, model, big + QStringLiteral("_deep_page"));

    // Other orders: keyset by last contact; stage, read whole from the selection.
    start = bench::nowNs();
    model.sort(CustomerListModel::LastContact, Qt::DescendingOrder);
    paint(model, 0, 50);
    ctx.report(big + QStringLiteral("_sort_last_contact_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    start = bench::nowNs();
    model.sort(CustomerListModel::Stage, Qt::AscendingOrder);
    paint(model, 0, 50);
    ctx.report(big + QStringLiteral("_sort_stage_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    model.sort(CustomerListModel::Name);

    // A filter on top (active persons) and a search within the selection.
    CustomerListFilter narrowed = filter;
    narrowed.withStage(LifecycleStage::Active);
    narrowed.kind = CustomerKind::Person;
    start = bench::nowNs();
    model.setFilter(narrowed);
    paint(model, 0, 50);
    ctx.report(big + QStringLiteral("_filtered_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    ctx.report(big + QStringLiteral("_filtered_rows"), model.rowCount(), QStringLiteral("rows"));
    model.setFilter(filter);
    start = bench::nowNs();
    model.setSearchText(QStringLiteral("müller"));
    paint(model, 0, 50);
    ctx.report(big + QStringLiteral("_search_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    model.setSearchText(QString());

    // A small selection: read whole from the selection, sorted.
    const std::vector<qint64> few = sample(db, 80, 11);
    const QString small = QStringLiteral("list.selection_%1k").arg(few.size() / 1000);
    CustomerListFilter smallFilter;
    start = bench::nowNs();
    smallFilter.selection = CustomerSelection::make(QStringLiteral("Cohort cell"), few);
    model.setFilter(smallFilter);
    paint(model, 0, 50);
    ctx.report(small + QStringLiteral("_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
    ctx.report(small + QStringLiteral("_rows"), model.rowCount(), QStringLiteral("rows"));
    deepPages(ctx, model, small + QStringLiteral("_deep_page"));

    // Back to every customer.
    start = bench::nowNs();
    model.setFilter({});
    paint(model, 0, 50);
    ctx.report(QStringLiteral("list.selection_cleared_first_page_ms"),
               bench::msSince(start),
               QStringLiteral("ms"));
}
