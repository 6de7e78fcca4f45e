// Live updates between processes: how long a change committed by another process takes to reach
// this process's change bus (LiveChanges polling PRAGMA data_version), and the dashboards'
// refresh after a call logged and an order placed elsewhere (the columns kept current from the
// notices instead of read again: DashboardRepository::update()).
#include "bench.h"
#include "benchdata.h"

#include "core/analytics/dashboard.h"
#include "core/services/changebus.h"
#include "core/services/dashboardservice.h"
#include "core/services/door.h"
#include "core/services/livechanges.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <vector>

namespace {

using namespace rapport;

std::unique_ptr<Workspace> openWorkspace(const QString &path, Database::Mode mode)
{
    auto w = Workspace::open(path, mode);
    if (!w) {
        std::fprintf(stderr, "live: %s\n", qPrintable(w.error().message()));
        return nullptr;
    }
    return std::move(w).value();
}

// One row written through the door; its id.
qint64 insert(Workspace &w, const QString &sql, const QVariantList &values)
{
    qint64 id = 0;
    const Status s = w.write({WriteAction::Create}, [&](WriteScope &) -> Status {
        QSqlQuery q(w.database().connection());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec())
            return Error(Error::Kind::Database, q.lastError().text());
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s) {
        std::fprintf(stderr, "live: %s\n", qPrintable(s.error().message()));
        return 0;
    }
    return id;
}

qint64 anyCustomer(Workspace &w, int nth)
{
    QSqlQuery q(w.database().connection());
    q.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 1 "
                          "OFFSET %1")
               .arg(nth));
    return q.next() ? q.value(0).toLongLong() : 0;
}

const QString InsertCustomer = QStringLiteral(
    "INSERT INTO customers (kind, name, sort_name, stage, created_at, updated_at) "
    "VALUES (0, ?, ?, 2, 0, 0)");
const QString InsertCall = QStringLiteral(
    "INSERT INTO interactions (customer_id, channel, direction, occurred_at) "
    "VALUES (?, 0, 1, strftime('%s', 'now'))");
const QString InsertOrder = QStringLiteral(
    "INSERT INTO orders (customer_id, ordered_at, status, currency, total_minor) "
    "VALUES (?, strftime('%s', 'now'), 1, 'EUR', 4999)");

// The other process: `count` customers created through the door at random intervals, each
// printed with the steady clock's time right after its commit ("id ns").
bench::ProbeRegistrar writer(QStringLiteral("live-writer"), [](const QString &argument) {
    const QString path = argument.section(QLatin1Char('|'), 0, 0);
    const int count = argument.section(QLatin1Char('|'), 1, 1).toInt();
    auto w = openWorkspace(path, Database::Mode::Existing);
    if (!w)
        return 2;
    QRandomGenerator random(7);
    for (int i = 0; i < count; ++i) {
        QThread::msleep(50 + random.bounded(200));
        const QString name = QStringLiteral("Live %1").arg(i);
        const qint64 id = insert(*w, InsertCustomer, {name, name.toLower()});
        const qint64 at = bench::nowNs();
        if (!id)
            return 2;
        std::printf("%lld %lld\n", static_cast<long long>(id), static_cast<long long>(at));
        std::fflush(stdout);
    }
    return 0;
});

// The other process: one call logged (or one order placed) for a customer ("call|PATH|ID",
// "order|PATH|ID"); prints the steady clock's time right after the commit.
bench::ProbeRegistrar oneWrite(QStringLiteral("live-one"), [](const QString &argument) {
    const QString what = argument.section(QLatin1Char('|'), 0, 0);
    const QString path = argument.section(QLatin1Char('|'), 1, 1);
    const qint64 customer = argument.section(QLatin1Char('|'), 2, 2).toLongLong();
    auto w = openWorkspace(path, Database::Mode::Existing);
    if (!w)
        return 2;
    const qint64 id = insert(*w,
                             what == QLatin1String("order") ? InsertOrder : InsertCall,
                             {customer});
    const qint64 at = bench::nowNs();
    if (!id)
        return 2;
    std::printf("%lld\n", static_cast<long long>(at));
    return 0;
});

// Runs `loop` until `done` or `ms` pass.
template<typename Done>
bool spin(Done done, int ms)
{
    const qint64 start = bench::nowNs();
    while (!done()) {
        if (bench::msSince(start) > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

} // namespace

RAPPORT_BENCH("live-latency")
{
    const QString path = QDir(ctx.workDir).filePath(QStringLiteral("live.db"));
    auto here = openWorkspace(path, Database::Mode::Create);
    if (!here)
        return;
    QHash<qint64, qint64> seen; // customer id -> when its notice arrived
    QObject::connect(&here->changes(),
                     &ChangeBus::changed,
                     &here->changes(),
                     [&](const ChangeNotice &n) {
                         const qint64 at = bench::nowNs();
                         if (n.entity == ChangeNotice::Entity::Customer
                             && n.action == ChangeNotice::Action::Created)
                             for (qint64 id : n.ids)
                                 seen.insert(id, at);
                     });
    const int count = ctx.quick ? 20 : 100;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--probe"),
                 QStringLiteral("live-writer"),
                 path + QLatin1Char('|') + QString::number(count)});
    QHash<qint64, qint64> committed;
    QByteArray pending;
    spin(
        [&] {
            pending += child.readAllStandardOutput();
            for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0; pending.remove(0, nl + 1)) {
                const QList<QByteArray> parts = pending.left(nl).split(' ');
                if (parts.size() == 2)
                    committed.insert(parts[0].toLongLong(), parts[1].toLongLong());
            }
            return child.state() == QProcess::NotRunning && seen.size() >= committed.size();
        },
        120'000);
    std::vector<double> latencies;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        if (seen.contains(it.key()))
            latencies.push_back(double(seen.value(it.key()) - it.value()) / 1e6);
    }
    ctx.report(QStringLiteral("live.writes"), double(committed.size()), QString());
    ctx.report(QStringLiteral("live.seen"), double(latencies.size()), QString());
    ctx.report(QStringLiteral("live.poll_interval_ms"),
               here->live().interval(),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("live.latency_p50_ms"),
               bench::percentile(latencies, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("live.latency_p99_ms"),
               bench::percentile(latencies, 99),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("live.latency_max_ms"),
               bench::percentile(latencies, 100),
               QStringLiteral("ms"));

    // What a poll costs while nobody writes (the timer's price).
    const int polls = 2000;
    const qint64 start = bench::nowNs();
    for (int i = 0; i < polls; ++i)
        (void) here->live().poll();
    ctx.report(QStringLiteral("live.idle_poll_us"),
               bench::msSince(start) * 1000.0 / polls,
               QStringLiteral("us"));
}

RAPPORT_BENCH("live-dashboard")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    // The writes go into a copy: RAPPORT_BENCH_DB names a database others read.
    const QString source = bench::demoDatabase(ctx, customers, 10);
    const QString path = QDir(ctx.workDir).filePath(QStringLiteral("live-dashboard.db"));
    QFile::remove(path);
    if (!QFile::copy(source, path)) {
        std::fprintf(stderr, "live-dashboard: cannot copy %s\n", qPrintable(source));
        return;
    }
    auto here = openWorkspace(path, Database::Mode::Existing);
    if (!here)
        return;
    DashboardService service(path, &here->changes());
    std::shared_ptr<const analytics::DashboardResult> last;
    int deliveries = 0;
    QObject::connect(&service, &DashboardService::resultReady, &service, [&](auto result) {
        last = result;
        ++deliveries;
    });
    // As the dashboard view does: a stale result is computed again at once.
    QObject::connect(&service, &DashboardService::staleChanged, &service, [&](bool stale) {
        if (stale && last)
            service.refresh(last->filters);
    });
    const auto filters = analytics::DashboardFilters::lastYear(QDate(2026, 6, 30));
    qint64 start = bench::nowNs();
    service.refresh(filters);
    if (!spin([&] { return !service.isBusy() && deliveries > 0; }, 600'000))
        return;
    ctx.report(QStringLiteral("live.dashboard_first_open_seconds"),
               bench::msSince(start) / 1000.0,
               QStringLiteral("s"));
    ctx.report(QStringLiteral("live.dashboard_read_seconds"),
               service.lastLoadSeconds(),
               QStringLiteral("s"));

    const qint64 customer = anyCustomer(*here, int(customers / 2));
    for (const char *what : {"call", "order"}) {
        const int before = deliveries;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--probe"),
                     QStringLiteral("live-one"),
                     QString::fromLatin1(what) + QLatin1Char('|') + path + QLatin1Char('|')
                         + QString::number(customer)});
        if (!child.waitForFinished(60'000) || child.exitCode() != 0)
            return;
        const qint64 committed = child.readAllStandardOutput().trimmed().toLongLong();
        qint64 firstAt = 0;
        QMetaObject::Connection first
            = QObject::connect(&service, &DashboardService::resultReady, &service, [&] {
                  if (!firstAt)
                      firstAt = bench::nowNs();
              });
        if (!spin([&] { return deliveries > before && !service.isBusy() && !service.isStale(); },
                  600'000))
            return;
        QObject::disconnect(first);
        const QString name = QStringLiteral("live.dashboard_after_%1_").arg(QLatin1String(what));
        ctx.report(name + QStringLiteral("panels_seconds"),
                   double(firstAt - committed) / 1e9,
                   QStringLiteral("s"));
        ctx.report(name + QStringLiteral("all_seconds"),
                   double(bench::nowNs() - committed) / 1e9,
                   QStringLiteral("s"));
        ctx.report(name + QStringLiteral("update_seconds"),
                   service.lastLoadSeconds(),
                   QStringLiteral("s"));
    }
    QFile::remove(path);
}
