// Logging a call, commit to visible: the quick log's write (interaction, sometimes a follow-up
// task or a case, in one transaction) through InteractionService, the commit, and the change
// notices delivered to the models listening on the bus as in the desktop: the customer list (last
// contact), the 360° view of the caller (timeline and header facts), "my day" and "my open
// cases". At 1M customers and 10M
// interactions, ~500 calls for random customers.
//
// The calls are written to a scratch copy of the benchmark database (RAPPORT_BENCH_DB or the
// generated one), so the database other benchmarks read keeps its size and contents.
#include "bench.h"
#include "benchdata.h"

#include "core/models/customerlistmodel.h"
#include "core/models/customerprofile.h"
#include "core/models/mycasesmodel.h"
#include "core/models/mydaymodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/changebus.h"
#include "core/services/interactionservice.h"
#include "core/services/workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace rapport;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench call: %s\n", qPrintable(message));
    std::exit(2);
}

qint64 scalar(const Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        fail(QStringLiteral("cannot read: %1").arg(QString::fromLatin1(sql)));
    return q.value(0).toLongLong();
}

} // namespace

RAPPORT_BENCH("call")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const int calls = ctx.quick ? 100 : 500;
    const QString source = bench::demoDatabase(ctx, customers, 10);
    const qint64 copyStart = bench::nowNs();
    const QString path = bench::scratchCopy(ctx, source, QStringLiteral("calllog.db"));
    const double copyMs = bench::msSince(copyStart);

    auto opened = Workspace::open(path, Database::Mode::Existing);
    if (!opened)
        fail(opened.error().message());
    Workspace &workspace = **opened;
    const Database &db = workspace.database();
    const qint64 maxId = scalar(db, "SELECT max(id) FROM customers");
    const qint64 interactions = scalar(db, "SELECT max(id) FROM interactions");

    // What the desktop has open while an agent takes calls.
    CustomerListModel list(db, &workspace.changes());
    list.loadAll(); // the whole id vector, as after the list has been open a moment
    CustomerProfile profile(db, &workspace.changes());
    MyDayModel myDay(workspace);
    MyCasesModel myCases(workspace);
    InteractionService service(workspace);

    std::mt19937_64 random(7);
    std::uniform_int_distribution<qint64> pick(1, maxId);
    std::vector<double> all, withTask, plain;
    int tasks = 0, cases = 0, shown = 0;
    for (int i = 0; i < calls; ++i) {
        const qint64 customer = pick(random);
        profile.open(customer); // the caller's 360° view is open (not timed)
        const int rowsBefore = profile.timeline()->rowCount();

        CallLog log;
        log.interaction.customerId = customer;
        log.interaction.durationSeconds = 60 + i % 600;
        log.interaction.notes = QStringLiteral("Benchmark call %1: asked about the order.").arg(i);
        if (i % 3 == 0) {
            Task task;
            task.title = QStringLiteral("Call back");
            task.dueAt = workspace.now().addSecs(3600 * (i % 30 - 10)); // some land in my day
            log.followUp = task;
            ++tasks;
        }
        if (i % 25 == 0) {
            log.newCase = SupportCase{};
            log.newCase->subject = QStringLiteral("Benchmark complaint %1").arg(i);
            ++cases;
        }

        const qint64 start = bench::nowNs();
        Result<LoggedCall> logged = service.log(log); // commit + notices to every listener
        const double ms = bench::msSince(start);
        if (!logged)
            fail(logged.error().message());
        all.push_back(ms);
        (log.followUp ? withTask : plain).push_back(ms);
        // Visible: the new call is at the top of the caller's timeline (a follow-up due later
        // may stand above it).
        const TimelineModel *timeline = profile.timeline();
        bool found = false;
        for (int row = 0; row < std::min(4, timeline->rowCount()) && !found; ++row) {
            const QModelIndex index = timeline->index(row, 0);
            found = index.data(TimelineModel::GroupRole).toInt() == int(TimelineGroup::Interactions)
                    && index.data(TimelineModel::IdRole).toLongLong() == logged->interactionId;
        }
        if (found && timeline->rowCount() > rowsBefore)
            ++shown;
    }
    if (shown != calls)
        fail(QStringLiteral("only %1 of %2 calls showed in the timeline").arg(shown).arg(calls));

    ctx.report(QStringLiteral("call.customers"), double(maxId), QStringLiteral("customers"));
    ctx.report(QStringLiteral("call.interactions_before"),
               double(interactions),
               QStringLiteral("interactions"));
    ctx.report(QStringLiteral("call.calls"), double(calls), QStringLiteral("calls"));
    ctx.report(QStringLiteral("call.with_task"), double(tasks), QStringLiteral("calls"));
    ctx.report(QStringLiteral("call.with_case"), double(cases), QStringLiteral("calls"));
    ctx.report(QStringLiteral("call.scratch_copy_ms"), copyMs, QStringLiteral("ms"));
    ctx.report(QStringLiteral("call.log_commit_p50_ms"),
               bench::percentile(all, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("call.log_commit_p99_ms"),
               bench::percentile(all, 99),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("call.log_commit_max_ms"),
               bench::percentile(all, 100),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("call.log_with_task_p99_ms"),
               bench::percentile(withTask, 99),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("call.log_plain_p99_ms"),
               bench::percentile(plain, 99),
               QStringLiteral("ms"));
}
