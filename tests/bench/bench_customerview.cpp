// Opening a customer's 360° view at 1M customers / 10M interactions: the header facts, the
// timeline keys and its first page of details, and the side panels (related customers, products,
// cases, tasks), as CustomerProfile::open() and a view painting its first rows do. One customer
// gets a history of 1,000 timeline entries first; those rows are written in a transaction that is
// rolled back at the end, so a database given with RAPPORT_BENCH_DB is left as it was.
//   rapport-bench --only customer_view [--quick]
#include "bench.h"
#include "benchdata.h"

#include "core/models/customercasesmodel.h"
#include "core/models/customerprofile.h"
#include "core/models/customertasksmodel.h"
#include "core/models/productusagemodel.h"
#include "core/models/relatedcustomersmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/changebus.h"
#include "core/storage/caserepository.h"
#include "core/storage/customeroverviewrepository.h"
#include "core/storage/customerpanelsrepository.h"
#include "core/storage/database.h"
#include "core/storage/interactionrepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/taskrepository.h"
#include "core/storage/timelinerepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

using namespace rapport;

namespace {

constexpr int BigHistory = 1000;
// The rows a view paints at once.
constexpr int PaintedRows = 30;

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Asks the painted rows of every model for what a view shows.
void paint(const CustomerProfile &profile)
{
    const TimelineModel *timeline = profile.timeline();
    for (int row = 0; row < std::min(PaintedRows, timeline->rowCount()); ++row) {
        const QModelIndex index = timeline->index(row);
        for (int role : {int(TimelineModel::TitleRole),
                         int(TimelineModel::FactsRole),
                         int(TimelineModel::TextRole),
                         int(TimelineModel::PersonRole),
                         int(TimelineModel::DayStartRole)})
            (void) index.data(role);
    }
    for (const QAbstractItemModel *model :
         {static_cast<const QAbstractItemModel *>(profile.related()),
          static_cast<const QAbstractItemModel *>(profile.products()),
          static_cast<const QAbstractItemModel *>(profile.cases()),
          static_cast<const QAbstractItemModel *>(profile.tasks())}) {
        for (int row = 0; row < std::min(PaintedRows, model->rowCount()); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                (void) model->index(row, column).data();
        }
    }
}

double openAndPaint(CustomerProfile &profile, qint64 id)
{
    const qint64 start = bench::nowNs();
    profile.open(id);
    paint(profile);
    return bench::msSince(start);
}

// Gives `customerId` more history until its timeline holds BigHistory entries, mixed as a busy
// account's is: mostly contacts, then orders, notes, cases and tasks.
bool growHistory(Database &db, qint64 customerId, const QDateTime &asOf)
{
    TimelineRepository timeline(db);
    Result<std::vector<TimelineKey>> keys = timeline.keys(customerId);
    if (!keys)
        return false;
    InteractionRepository interactions(db);
    OrderRepository orders(db);
    CaseRepository cases(db);
    TaskRepository tasks(db);
    NoteRepository notes(db);
    QList<qint64> products;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM products ORDER BY id LIMIT 20"));
        while (q.next())
            products << q.value(0).toLongLong();
    }
    QRandomGenerator random(7);
    const qint64 span = 3 * 365 * 24 * 3600;
    int entries = int(keys->size());
    for (int i = 0; entries < BigHistory; ++i) {
        const QDateTime at = asOf.addSecs(-3600 - qint64(random.bounded(quint32(span))));
        const int kind = int(random.bounded(100));
        if (kind < 10 && !products.isEmpty()) {
            Order o;
            o.customerId = customerId;
            o.orderedAt = at;
            o.status = OrderStatus::Fulfilled;
            o.currency = QStringLiteral("EUR");
            for (int line = 0; line < 1 + int(random.bounded(3)); ++line)
                o.lines << OrderLine{0,
                                     products[qsizetype(random.bounded(int(products.size())))],
                                     1 + random.bounded(5),
                                     qint64(random.bounded(1000, 50000))};
            if (!orders.insert(o))
                return false;
            entries += 1;
        } else if (kind < 13) {
            SupportCase c;
            c.customerId = customerId;
            c.subject = QStringLiteral("Bench case %1").arg(i);
            c.openedAt = at;
            c.status = CaseStatus::Resolved;
            c.resolvedAt = at.addDays(2);
            if (!cases.insert(c))
                return false;
            entries += 2; // opened and resolved
        } else if (kind < 16) {
            Task t;
            t.customerId = customerId;
            t.title = QStringLiteral("Bench task %1").arg(i);
            t.createdAt = at;
            t.dueAt = at.addDays(7);
            if (!tasks.insert(t))
                return false;
            entries += 1;
        } else if (kind < 22) {
            CustomerNote n;
            n.customerId = customerId;
            n.body = QStringLiteral("Bench note %1: asked about the maintenance contract.").arg(i);
            n.createdAt = at;
            if (!notes.insert(n, at))
                return false;
            entries += 1;
        } else {
            Interaction row;
            row.customerId = customerId;
            row.channel = Channel(random.bounded(8));
            row.direction = Direction(random.bounded(2));
            row.occurredAt = at;
            row.durationSeconds = row.channel == Channel::Phone ? random.bounded(60, 900) : 0;
            row.subject = QStringLiteral("Bench contact %1").arg(i);
            row.notes = i % 4 == 0 ? QStringLiteral("Discussed the delivery schedule.") : QString();
            if (!interactions.insert(row))
                return false;
            entries += 1;
        }
    }
    return true;
}

} // namespace

RAPPORT_BENCH("customer_view")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const QString path = bench::demoDatabase(ctx, customers, 10);
    auto opened = Database::open(path, Database::Mode::Existing);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        std::exit(2);
    }
    Database &db = **opened;
    const qint64 maxId = scalar(db, QStringLiteral("SELECT max(id) FROM customers"));
    const QDateTime asOf(QDate(2026, 6, 30), QTime(18, 0), Qt::UTC);

    // The big customer: the organisation with the most orders among some in the middle of the
    // id range (it has people, cases and tasks too), whose history then grows to 1,000 entries.
    const qint64 big = scalar(db,
                              QStringLiteral(
                                  "SELECT o.customer_id FROM orders o JOIN customers c "
                                  "ON c.id = o.customer_id WHERE c.kind = 1 AND EXISTS "
                                  "(SELECT 1 FROM relationships r WHERE r.to_id = c.id) "
                                  "AND o.customer_id BETWEEN %1 AND %2 "
                                  "GROUP BY o.customer_id ORDER BY count(*) DESC LIMIT 1")
                                  .arg(maxId / 2)
                                  .arg(maxId / 2 + 20'000));
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")) || !growHistory(db, big, asOf)) {
        std::fprintf(stderr, "customer_view: could not add the big history\n");
        std::exit(2);
    }

    ChangeBus bus;
    CustomerProfile profile(db, &bus);
    profile.setAsOf(asOf);

    // The big customer, the first time (its pages not in SQLite's cache yet), then again.
    const double bigFirst = openAndPaint(profile, big);
    // The open time first: tools that read the first "360" row take the figure the target is on.
    ctx.report(QStringLiteral("360_view.open_1000_first_ms"), bigFirst, QStringLiteral("ms"));
    ctx.report(QStringLiteral("360_view.timeline_entries"),
               profile.timeline()->totalCount(),
               QStringLiteral("entries"));
    // What the big customer's view holds, to show that the figures measure real work.
    std::fprintf(stderr,
                 "customer_view: customer %lld (%s): %d timeline rows, %d related, %d products, "
                 "%d cases, %d tasks, %lld orders, state %d\n",
                 big,
                 qUtf8Printable(profile.overview().name),
                 profile.timeline()->rowCount(),
                 profile.related()->rowCount(),
                 profile.products()->rowCount(),
                 profile.cases()->rowCount(),
                 profile.tasks()->rowCount(),
                 profile.overview().orderCount,
                 int(profile.state()));

    // Other customers at random, with the big one every tenth time.
    QRandomGenerator random(42);
    std::vector<double> all, bigOnly, others;
    for (int i = 0; i < 300; ++i) {
        const bool isBig = i % 10 == 0;
        const qint64 id = isBig ? big : 1 + qint64(random.bounded(quint32(maxId)));
        const double ms = openAndPaint(profile, id);
        all.push_back(ms);
        (isBig ? bigOnly : others).push_back(ms);
    }
    ctx.report(QStringLiteral("360_view.open_ms"), bench::percentile(all, 50), QStringLiteral("ms"));
    ctx.report(QStringLiteral("360_view.open_p95_ms"),
               bench::percentile(all, 95),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("360_view.open_other_p50_ms"),
               bench::percentile(others, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("360_view.open_other_max_ms"),
               bench::percentile(others, 100),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("360_view.open_1000_ms"),
               bench::percentile(bigOnly, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("360_view.open_1000_max_ms"),
               bench::percentile(bigOnly, 100),
               QStringLiteral("ms"));

    // Where the time of the big one goes, part by part (median of 20).
    {
        CustomerOverviewRepository overview(db);
        TimelineRepository timeline(db);
        CustomerPanelsRepository panels(db);
        std::vector<double> head, keys, page, side;
        for (int i = 0; i < 20; ++i) {
            qint64 t = bench::nowNs();
            (void) overview.read(big, asOf);
            head.push_back(bench::msSince(t));
            t = bench::nowNs();
            Result<std::vector<TimelineKey>> k = timeline.keys(big);
            keys.push_back(bench::msSince(t));
            t = bench::nowNs();
            if (k)
                (void) timeline.details(std::span(k->data(), std::min<std::size_t>(k->size(), 50)));
            page.push_back(bench::msSince(t));
            t = bench::nowNs();
            (void) panels.related(big);
            (void) panels.products(big, asOf);
            (void) panels.cases(big);
            (void) panels.tasks(big);
            side.push_back(bench::msSince(t));
        }
        ctx.report(QStringLiteral("360_view.part_overview_ms"),
                   bench::percentile(head, 50),
                   QStringLiteral("ms"));
        ctx.report(QStringLiteral("360_view.part_timeline_keys_ms"),
                   bench::percentile(keys, 50),
                   QStringLiteral("ms"));
        ctx.report(QStringLiteral("360_view.part_timeline_page_ms"),
                   bench::percentile(page, 50),
                   QStringLiteral("ms"));
        ctx.report(QStringLiteral("360_view.part_panels_ms"),
                   bench::percentile(side, 50),
                   QStringLiteral("ms"));
    }

    // Scrolling the big timeline from top to bottom: one page of details per 50 rows.
    {
        profile.open(big);
        const TimelineModel *timeline = profile.timeline();
        std::vector<double> pages;
        for (int row = 0; row < timeline->rowCount(); row += TimelineModel::RowsPerFetch) {
            const qint64 t = bench::nowNs();
            (void) timeline->index(row).data(TimelineModel::TitleRole);
            pages.push_back(bench::msSince(t));
        }
        ctx.report(QStringLiteral("360_view.scroll_page_p50_ms"),
                   bench::percentile(pages, 50),
                   QStringLiteral("ms"));
        ctx.report(QStringLiteral("360_view.scroll_page_max_ms"),
                   bench::percentile(pages, 100),
                   QStringLiteral("ms"));
    }

    // A call logged for the shown customer: from the notice to the row on top of the timeline
    // and the header read again.
    {
        InteractionRepository interactions(db);
        std::vector<double> samples;
        for (int i = 0; i < 20; ++i) {
            Interaction call;
            call.customerId = big;
            call.channel = Channel::Phone;
            call.occurredAt = asOf.addSecs(60 * (i + 1) - 24 * 3600);
            call.subject = QStringLiteral("Logged call %1").arg(i);
            if (!interactions.insert(call))
                break;
            const qint64 t = bench::nowNs();
            bus.publish({ChangeNotice::Entity::Interaction,
                         ChangeNotice::Action::Created,
                         {call.id},
                         {big}});
            (void) profile.timeline()->index(0).data(TimelineModel::TitleRole);
            samples.push_back(bench::msSince(t));
        }
        ctx.report(QStringLiteral("360_view.notice_to_row_p50_ms"),
                   bench::percentile(samples, 50),
                   QStringLiteral("ms"));
    }
    (void) db.exec(QStringLiteral("ROLLBACK"));
}
