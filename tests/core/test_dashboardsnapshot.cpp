// The dashboards' snapshot (DashboardSnapshot) and its catch-up from the history
// (DashboardRepository::catchUp): what a program start gets from the saved file plus the entries
// written since equals a whole read of the base tables after every kind of write (logged calls,
// orders, customers, cases, answers, the team, imports, merges, reverts, erases, the trash), and
// every snapshot that does not belong to the file is refused before it can give a wrong number.
#include "core/io/orderfile.h"
#include "core/services/batchrevert.h"
#include "core/services/changebus.h"
#include "core/services/customermerge.h"
#include "core/services/dashboardservice.h"
#include "core/services/door.h"
#include "core/services/erasureservice.h"
#include "core/services/orderimport.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/dashboardsnapshot.h"
#include "tests/support/demodatabase.h"
#include "tests/support/tempworkspace.h"

#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::analytics;

namespace {

Status exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Error(Error::Kind::Database, q.lastError().text() + QStringLiteral(": ") + sql);
    return {};
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// `statements` as one write through the door: one user action, or a batch of `kind` (its rows
// recorded) when a kind is given.
void write(test::TempWorkspace &t, const QStringList &statements, const QString &kind = {})
{
    WriteRequest request(WriteAction::Edit);
    if (!kind.isEmpty())
        request = WriteRequest(WriteAction::Import, WriteRequest::Batch{kind, QJsonObject{}, true});
    const Status s = t->door()->write(request, [&](WriteScope &) {
        for (const QString &sql : statements) {
            if (Status e = exec(t.db(), sql); !e)
                return e;
        }
        return Status();
    });
    INFO((s.ok() ? QString() : s.error().message()).toStdString());
    REQUIRE(s.ok());
}

// Everything load() fills, compared column by column.
void requireSame(const DashboardColumns &a, const DashboardColumns &b)
{
    CHECK(a.currency == b.currency);
    CHECK(a.otherCurrencyOrders == b.otherCurrencyOrders);
    CHECK(a.otherCurrencyByCustomer == b.otherCurrencyByCustomer);
    CHECK(a.ids == b.ids);
    CHECK(a.owners == b.owners);
    CHECK(a.kinds == b.kinds);
    CHECK(a.stages == b.stages);
    CHECK(a.orderStart == b.orderStart);
    CHECK(a.orderDays == b.orderDays);
    CHECK(a.orderAmounts == b.orderAmounts);
    CHECK(a.caseCustomers == b.caseCustomers);
    CHECK(a.caseKinds == b.caseKinds);
    CHECK(a.caseOwners == b.caseOwners);
    CHECK(a.caseOpened == b.caseOpened);
    CHECK(a.caseResolved == b.caseResolved);
    CHECK(a.activityAgents == b.activityAgents);
    CHECK(a.activityChannels == b.activityChannels);
    CHECK(a.activityWeeks == b.activityWeeks);
    CHECK(a.activityKinds == b.activityKinds);
    CHECK(a.activityCounts == b.activityCounts);
    CHECK(a.activityMaxId == b.activityMaxId);
    CHECK(a.surveyCustomers == b.surveyCustomers);
    CHECK(a.surveyDays == b.surveyDays);
    CHECK(a.surveyScores == b.surveyScores);
    CHECK(a.userIds == b.userIds);
    CHECK(a.userNames == b.userNames);
    CHECK(a.teamIds == b.teamIds);
    CHECK(a.teamNames == b.teamNames);
    CHECK(a.teamMemberStart == b.teamMemberStart);
    CHECK(a.teamMembers == b.teamMembers);
}

// Every figure of two results for the same filters.
void requireSameFigures(const DashboardResult &a, const DashboardResult &b)
{
    for (std::size_t k = 0; k < a.kpis.size(); ++k) {
        INFO("kpi " << k);
        CHECK(a.kpis[k].current == b.kpis[k].current);
        CHECK(a.kpis[k].previous == b.kpis[k].previous);
    }
    CHECK(a.satisfaction.answered == b.satisfaction.answered);
    CHECK(a.satisfaction.nps == b.satisfaction.nps);
    CHECK(a.satisfaction.customers == b.satisfaction.customers);
    CHECK(a.satisfaction.value == b.satisfaction.value);
}

DashboardColumns wholeRead(Database &db)
{
    auto loaded = DashboardRepository(db).load();
    REQUIRE(loaded);
    return std::move(*loaded);
}

// A new service (a program start) on `path` with the snapshot `file`: its first refresh, waited
// for to the end (the lifetime values fitted), and the snapshot it saves.
struct Opened
{
    std::shared_ptr<const DashboardColumns> columns;
    std::shared_ptr<const DashboardResult> result;
    std::shared_ptr<const DashboardClv> clv; // as of the filters' last day
    bool fromSnapshot = false;
};

Opened open(const QString &path, const QString &file)
{
    DashboardService service(path, nullptr);
    service.setSnapshotFile(file, 0);
    QSignalSpy failed(&service, &DashboardService::failed);
    service.refresh(DashboardFilters::lastYear(test::demodb::AsOf));
    REQUIRE(QTest::qWaitFor([&] { return !service.isBusy(); }, 120'000));
    INFO((failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString());
    REQUIRE(failed.isEmpty());
    service.waitForSnapshot();
    REQUIRE(service.columns());
    REQUIRE(service.result());
    return {service.columns(),
            service.result(),
            service.lifetimeValues(test::demodb::AsOf),
            service.lastFromSnapshot()};
}

// The same lifetime values, to the bit.
void requireSameValues(const DashboardClv &a, const DashboardClv &b)
{
    CHECK(a.asOf == b.asOf);
    REQUIRE(a.fit.has_value() == b.fit.has_value());
    if (a.fit) {
        CHECK(a.fit->params.r == b.fit->params.r);
        CHECK(a.fit->params.alpha == b.fit->params.alpha);
        CHECK(a.fit->params.a == b.fit->params.a);
        CHECK(a.fit->params.b == b.fit->params.b);
        CHECK(a.fit->logLikelihood == b.fit->logLikelihood);
    }
    CHECK(a.message == b.message);
    CHECK(a.probabilityAlive == b.probabilityAlive);
    CHECK(a.lifetimeValue == b.lifetimeValue);
    CHECK(a.bought == b.bought);
}

// The header's fields (dashboardsnapshot.cpp): magic, format, schema, ..., the build key.
constexpr qint64 FormatAt = 4, SchemaAt = 8, ReadAtAt = 24, BuildAt = 112;

void patch(const QString &file, qint64 at, const QByteArray &bytes)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(at));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("the dashboards' snapshot reads back every column and its stamp",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(300, 3)).run().ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sub/d.snapshot"));
    const DashboardRepository repo(t.db());
    DashboardStamp stamp;
    DashboardColumns columns;
    {
        const DashboardRepository::ReadScope scope(t.db());
        REQUIRE(scope.begun().ok());
        columns = wholeRead(t.db());
        auto s = repo.stamp();
        REQUIRE(s);
        stamp = *s;
    }
    CHECK(stamp.mark == scalar(t.db(), QStringLiteral("SELECT max(id) FROM history")));
    CHECK(stamp.schema == t.db().schemaVersion());
    CHECK(stamp.hash.size() == 64);
    REQUIRE(DashboardSnapshot::write(file, columns, stamp).ok());
    auto read = DashboardSnapshot::read(file);
    REQUIRE(read);
    CHECK(read->stamp == stamp);
    requireSame(read->columns, columns);
    CHECK(read->clv.empty());

    // With lifetime values: given back to this build, to the bit.
    const DashboardClv values = Dashboard::lifetimeValues(columns, test::demodb::AsOf);
    REQUIRE(DashboardSnapshot::write(file, columns, stamp, {&values}).ok());
    read = DashboardSnapshot::read(file);
    REQUIRE(read);
    REQUIRE(read->clv.size() == 1);
    requireSameValues(read->clv.front(), values);

    // Nothing written since: nothing to catch up on.
    auto up = repo.catchUp(stamp);
    REQUIRE(up);
    REQUIRE(*up);
    CHECK((*up)->changes.isEmpty());
    CHECK((*up)->entries == 0);
    CHECK((*up)->stamp == stamp);

    // The default place: the cache folder, one file per database path.
    const QString here = DashboardSnapshot::defaultFile(t.path());
    CHECK(here.endsWith(QStringLiteral(".snapshot")));
    CHECK(here.contains(QStringLiteral("/dashboards/")));
    CHECK(here != DashboardSnapshot::defaultFile(dir.filePath(QStringLiteral("other.db"))));
}

TEST_CASE("a damaged, short, missing or other version's snapshot is refused",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(200, 4)).run().ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("d.snapshot"));
    const DashboardColumns columns = wholeRead(t.db());
    auto stamp = DashboardRepository(t.db()).stamp();
    REQUIRE(stamp);

    auto missing = DashboardSnapshot::read(file);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind() == Error::Kind::NotFound);

    const auto rewrite = [&] { REQUIRE(DashboardSnapshot::write(file, columns, *stamp).ok()); };
    const auto refused = [&] {
        auto r = DashboardSnapshot::read(file);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind() == Error::Kind::Damaged);
    };
    rewrite();
    REQUIRE(DashboardSnapshot::read(file));
    const qint64 size = QFileInfo(file).size();

    SECTION("one byte changed in the columns")
    {
        for (const qint64 at : {qint64(200), size / 2, size - 1}) {
            rewrite();
            QFile f(file);
            REQUIRE(f.open(QIODevice::ReadWrite));
            REQUIRE(f.seek(at));
            char c = 0;
            REQUIRE(f.getChar(&c));
            REQUIRE(f.seek(at));
            REQUIRE(f.putChar(char(c ^ 0x10)));
            f.close();
            refused();
        }
    }
    SECTION("cut short, or longer")
    {
        REQUIRE(QFile::resize(file, size - 8));
        refused();
        REQUIRE(QFile::resize(file, 40));
        refused();
        rewrite();
        REQUIRE(QFile::resize(file, size + 1));
        refused();
    }
    SECTION("another format version")
    {
        const quint32 other = DashboardSnapshot::FormatVersion + 1;
        patch(file, FormatAt, QByteArray(reinterpret_cast<const char *>(&other), 4));
        refused();
    }
    SECTION("not a snapshot")
    {
        patch(file, 0, QByteArrayLiteral("SQLi"));
        refused();
    }
}

TEST_CASE("a snapshot of another history is never brought up to date",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(200, 5)).run().ok());
    t.signInAdministrator();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("d.snapshot"));
    const DashboardRepository repo(t.db());
    // A backup of the file as it is now.
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    REQUIRE(exec(t.db(), QStringLiteral("VACUUM INTO '%1'").arg(backup)).ok());
    // Later: a logged call, and the dashboards saved.
    const qint64 someone = scalar(t.db(), QStringLiteral("SELECT max(id) FROM customers"));
    write(t,
          {QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
                          " VALUES (%1, 1, 0, 1780000000)")
               .arg(someone)});
    const Opened first = open(t.path(), file);
    CHECK_FALSE(first.fromSnapshot);
    auto saved = DashboardSnapshot::read(file);
    REQUIRE(saved);
    CHECK(saved->stamp.mark == scalar(t.db(), QStringLiteral("SELECT max(id) FROM history")));
    CHECK(std::abs(saved->stamp.readAt - QDateTime::currentSecsSinceEpoch()) < 600);

    SECTION("a backup restored: the snapshot's entry is not in it")
    {
        auto db = Database::open(backup, Database::Mode::ReadOnly);
        REQUIRE(db);
        auto up = DashboardRepository(**db).catchUp(saved->stamp);
        REQUIRE(up);
        CHECK_FALSE(up->has_value());
        const Opened restored = open(backup, file);
        CHECK_FALSE(restored.fromSnapshot);
        requireSame(*restored.columns, wholeRead(**db));
        // ...and the snapshot is now the backup's.
        auto again = DashboardSnapshot::read(file);
        REQUIRE(again);
        CHECK(again->stamp.mark < saved->stamp.mark);
    }
    SECTION("a backup restored and written to since: the same entry id with another hash")
    {
        auto other = test::openWorkspace(backup);
        REQUIRE(other);
        for (int i = 0; i < 3; ++i) {
            const Status s = other->door()->write(WriteRequest(WriteAction::Edit), [&](WriteScope &) {
                return exec(other->database(),
                            QStringLiteral("UPDATE customers SET stage = %1 WHERE id = %2")
                                .arg(i % 5)
                                .arg(someone));
            });
            REQUIRE(s.ok());
        }
        REQUIRE(scalar(other->database(), QStringLiteral("SELECT max(id) FROM history"))
                >= saved->stamp.mark);
        auto up = DashboardRepository(other->database()).catchUp(saved->stamp);
        REQUIRE(up);
        CHECK_FALSE(up->has_value());
        const Opened restored = open(backup, file);
        CHECK_FALSE(restored.fromSnapshot);
        requireSame(*restored.columns, wholeRead(other->database()));
    }
    SECTION("another database")
    {
        test::TempWorkspace u;
        REQUIRE(DemoGenerator(*u->door(), test::demodb::options(200, 6)).run().ok());
        auto up = DashboardRepository(u.db()).catchUp(saved->stamp);
        REQUIRE(up);
        CHECK_FALSE(up->has_value());
        const Opened foreign = open(u.path(), file);
        CHECK_FALSE(foreign.fromSnapshot);
        requireSame(*foreign.columns, wholeRead(u.db()));
    }
    SECTION("another schema")
    {
        const qint32 schema = saved->stamp.schema - 1;
        patch(file, SchemaAt, QByteArray(reinterpret_cast<const char *>(&schema), 4));
        auto stale = DashboardSnapshot::read(file);
        REQUIRE(stale);
        auto up = repo.catchUp(stale->stamp);
        REQUIRE(up);
        CHECK_FALSE(up->has_value());
        const Opened reopened = open(t.path(), file);
        CHECK_FALSE(reopened.fromSnapshot);
        requireSame(*reopened.columns, wholeRead(t.db()));
    }
    SECTION("read whole more than a week ago: read whole again")
    {
        const qint64 old = QDateTime::currentSecsSinceEpoch()
                           - DashboardService::MaxSnapshotAgeSeconds - 60;
        patch(file, ReadAtAt, QByteArray(reinterpret_cast<const char *>(&old), 8));
        REQUIRE(DashboardSnapshot::read(file)->stamp.readAt == old);
        const Opened reopened = open(t.path(), file);
        CHECK_FALSE(reopened.fromSnapshot);
        auto again = DashboardSnapshot::read(file);
        REQUIRE(again);
        CHECK(again->stamp.readAt > old);
        CHECK(open(t.path(), file).fromSnapshot);
    }
    SECTION("damaged: read whole and saved again")
    {
        REQUIRE(QFile::resize(file, QFileInfo(file).size() - 1));
        const Opened reopened = open(t.path(), file);
        CHECK_FALSE(reopened.fromSnapshot);
        requireSame(*reopened.columns, wholeRead(t.db()));
        CHECK(DashboardSnapshot::read(file));
        CHECK(open(t.path(), file).fromSnapshot);
    }
    SECTION("the same history: used, with the lifetime values fitted before")
    {
        REQUIRE(saved->clv.size() == 2); // the period's last day and the previous period's
        const Opened reopened = open(t.path(), file);
        CHECK(reopened.fromSnapshot);
        requireSame(*reopened.columns, wholeRead(t.db()));
        requireSameFigures(*reopened.result, *first.result);
        REQUIRE(reopened.clv);
        REQUIRE(first.clv);
        requireSameValues(*reopened.clv, *first.clv);
        requireSameValues(*reopened.clv,
                          Dashboard::lifetimeValues(wholeRead(t.db()), test::demodb::AsOf));
    }
    SECTION("written by another build: the columns are used, the lifetime values fitted again")
    {
        patch(file, BuildAt, QByteArray(20, 'x'));
        auto other = DashboardSnapshot::read(file);
        REQUIRE(other);
        CHECK(other->clv.empty());
        requireSame(other->columns, saved->columns);
        const Opened reopened = open(t.path(), file);
        CHECK(reopened.fromSnapshot);
        REQUIRE(reopened.clv);
        requireSameValues(*reopened.clv, *first.clv);
    }
}

TEST_CASE("a snapshot brought up to date from the history equals a whole read after random "
          "writes, imports, merges, reverts and erases",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(400, 8)).run().ok());
    t.signInAdministrator();
    Database &db = t.db();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("d.snapshot"));
    REQUIRE_FALSE(open(t.path(), file).fromSnapshot); // the first start reads whole, saves
    REQUIRE(DashboardSnapshot::read(file));

    const qint64 users = scalar(db, QStringLiteral("SELECT max(id) FROM users"));
    const qint64 june = QDateTime(test::demodb::AsOf, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    const QString currency = wholeRead(db).currency;
    QRandomGenerator random(23);
    const auto someone = [&] {
        const std::vector<qint64> &ids = wholeRead(db).ids;
        return ids[std::size_t(random.bounded(int(ids.size())))];
    };
    const auto agent = [&] {
        const int n = random.bounded(int(users) + 1); // 0: nobody
        return n == 0 ? QStringLiteral("NULL") : QString::number(n);
    };
    const auto call = [&] {
        return QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                              "occurred_at, agent_id) VALUES (%1, %2, 1, %3, %4)")
            .arg(someone())
            .arg(random.bounded(8))
            .arg(june - random.bounded(3 * 365) * 86400)
            .arg(agent());
    };
    int fromSnapshot = 0, whole = 0;
    for (int round = 0; round < 18; ++round) {
        INFO("round " << round);
        QStringList statements;
        for (int i = random.bounded(1, 4); i > 0; --i)
            statements << call();
        switch (round % 9) {
        case 1: { // orders: new (one in another currency), one cancelled, one moved in time
            for (int i = 0; i < 3; ++i)
                statements << QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, "
                                             "currency, total_minor) VALUES (%1, %2, %3, '%4', %5)")
                                  .arg(someone())
                                  .arg(june - random.bounded(900) * 86400)
                                  .arg(random.bounded(4))
                                  .arg(i == 0 ? QStringLiteral("USD") : currency)
                                  .arg(random.bounded(-500, 40000));
            statements << QStringLiteral("UPDATE orders SET status = 2 WHERE id = (SELECT min(id) "
                                         "FROM orders WHERE status IN (0, 1))")
                       << QStringLiteral("UPDATE orders SET ordered_at = ordered_at - 400 * 86400 "
                                         "WHERE id = (SELECT max(id) FROM orders WHERE "
                                         "customer_id = %1)")
                              .arg(someone());
            break;
        }
        case 2: // owner, stage, kind
            statements << QStringLiteral("UPDATE customers SET owner_id = %1, stage = %2 "
                                         "WHERE id = %3")
                              .arg(agent())
                              .arg(random.bounded(5))
                              .arg(someone())
                       << QStringLiteral("UPDATE customers SET kind = 1 - kind WHERE id = %1")
                              .arg(someone());
            break;
        case 3: // a new customer with an order (the same write)
            write(t,
                  {QStringLiteral("INSERT INTO customers (kind, name, sort_name, stage, owner_id, "
                                  "created_at, updated_at) VALUES (0, 'New', 'new', 2, %1, %2, "
                                  "%2)")
                       .arg(agent())
                       .arg(june),
                   QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency, "
                                  "total_minor) VALUES ((SELECT max(id) FROM customers), %1, 1, "
                                  "'%2', 1999)")
                       .arg(june)
                       .arg(currency)});
            break;
        case 4: // a case, an answer, a renamed user, a logged call undone
            statements << QStringLiteral("INSERT INTO cases (customer_id, kind, subject, "
                                         "opened_at, owner_id) VALUES (%1, 0, 'Broken', %2, %3)")
                              .arg(someone())
                              .arg(june)
                              .arg(agent())
                       << QStringLiteral("INSERT INTO surveys (customer_id, answered_at, score) "
                                         "VALUES (%1, %2, %3)")
                              .arg(someone())
                              .arg(june - 86400)
                              .arg(random.bounded(11))
                       << QStringLiteral(
                              "UPDATE users SET display_name = 'Renamed %1' WHERE id = 1")
                              .arg(round)
                       << QStringLiteral("DELETE FROM interactions WHERE id = (SELECT max(id) FROM "
                                         "interactions)");
            break;
        case 5: // an import (its rows recorded), then a purchase file (a bulk load: no rows)
            write(t,
                  {QStringLiteral(
                       "INSERT INTO customers (kind, name, sort_name, stage, created_at, "
                       "updated_at) VALUES (1, 'Imported', 'imported', 1, %1, %1)")
                       .arg(june),
                   QStringLiteral("UPDATE customers SET stage = 3 WHERE id = %1").arg(someone())},
                  QStringLiteral("import"));
            {
                const QByteArray text = QByteArrayLiteral(" 00001 20260101  1   11.77\r\n"
                                                          " 00002 20260112  1   12.00\r\n");
                auto records = OrderFileParser::parse(QByteArrayView(text), OrderFileFormat::Cdnow);
                REQUIRE(records);
                OrderImport::Options options;
                options.source = QStringLiteral("CDNOW %1").arg(round);
                options.fileName = QStringLiteral("p%1.txt").arg(round);
                REQUIRE(OrderImport(*t->door()).run(*records, options).ok());
            }
            break;
        case 6: { // a merge, then reverted
            const qint64 a = someone();
            const qint64 b = scalar(db,
                                    QStringLiteral("SELECT max(id) FROM customers WHERE deleted_at "
                                                   "IS NULL AND id <> %1 AND kind = (SELECT kind "
                                                   "FROM customers WHERE id = %1)")
                                        .arg(a));
            auto merged = CustomerMerge(*t->door()).merge({a, b, {}, 0, 0});
            INFO((merged ? QString() : merged.error().message()).toStdString());
            REQUIRE(merged);
            if (round > 9) {
                t.advance(60);
                REQUIRE(BatchRevert(*t->door()).revert(merged->batch, RevertChoices{}).ok());
            }
            break;
        }
        case 7: { // a customer into the trash, another erased
            statements << QStringLiteral("UPDATE customers SET deleted_at = %1 WHERE id = %2")
                              .arg(june)
                              .arg(someone());
            write(t, statements);
            statements.clear();
            auto erased = ErasureService(*t->door()).erase(someone());
            INFO((erased ? QString() : erased.error().message()).toStdString());
            REQUIRE(erased);
            break;
        }
        case 8: // a team and its member
            statements << QStringLiteral("INSERT INTO teams (name, created_at, updated_at) VALUES "
                                         "('Team %1', %2, %2)")
                              .arg(round)
                              .arg(june)
                       << QStringLiteral("INSERT INTO user_teams (user_id, team_id) VALUES (1, "
                                         "(SELECT max(id) FROM teams))");
            break;
        default:
            break;
        }
        if (!statements.isEmpty())
            write(t, statements);
        t.advance(30);

        // A program start: the saved columns plus the history since equal a whole read, and so
        // does every figure.
        const Opened started = open(t.path(), file);
        fromSnapshot += started.fromSnapshot ? 1 : 0;
        whole += started.fromSnapshot ? 0 : 1;
        requireSame(*started.columns, wholeRead(db));
        DashboardService fresh(t.path(), nullptr);
        fresh.refresh(DashboardFilters::lastYear(test::demodb::AsOf));
        REQUIRE(QTest::qWaitFor([&] { return !fresh.isBusy(); }, 120'000));
        REQUIRE(fresh.result());
        requireSameFigures(*started.result, *fresh.result());
        auto values = fresh.lifetimeValues(test::demodb::AsOf);
        REQUIRE(values);
        REQUIRE(started.clv);
        requireSameValues(*started.clv, *values);
    }
    // Ordinary writes are caught up on; batches (imports, merges, erases) read whole.
    CHECK(fromSnapshot >= 9);
    CHECK(whole >= 4);
}

TEST_CASE("the lifetime values kept survive changes that leave every order alone",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(300, 9)).run().ok());
    t.signInAdministrator();
    DashboardService service(t.path(), &t->changes());
    const DashboardFilters filters = DashboardFilters::lastYear(test::demodb::AsOf);
    const auto refreshed = [&] {
        service.refresh(filters);
        REQUIRE(QTest::qWaitFor([&] { return !service.isBusy(); }, 120'000));
        REQUIRE(service.columns());
        requireSame(*service.columns(), wholeRead(t.db()));
    };
    refreshed();
    // The notices say only "a call was logged" (the writes here publish none): what else
    // changed, the service learns from the history.
    const auto told = [&] {
        ChangeNotice call;
        call.entity = ChangeNotice::Entity::Interaction;
        call.action = ChangeNotice::Action::Created;
        t->changes().publish(call);
    };
    const auto fitted = service.lifetimeValues(test::demodb::AsOf);
    REQUIRE(fitted);
    const qint64 someone = scalar(t.db(), QStringLiteral("SELECT max(id) FROM customers"));

    // A new stage and owner, a call, a case: the same models.
    write(t,
          {QStringLiteral(
               "UPDATE customers SET stage = (stage + 1) % 5, owner_id = 1 WHERE id = %1")
               .arg(someone),
           QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
                          " VALUES (%1, 1, 0, 1780000000)")
               .arg(someone),
           QStringLiteral(
               "INSERT INTO cases (customer_id, kind, subject, opened_at) VALUES (%1, 0, "
               "'Late', 1780000000)")
               .arg(someone)});
    told();
    CHECK(service.isStale());
    refreshed();
    CHECK(service.lifetimeValues(test::demodb::AsOf) == fitted);

    // An order: fitted again, to the bit what a fit over a whole read gives.
    write(t,
          {QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency, "
                          "total_minor) VALUES (%1, 1780000000, 1, '%2', 12345)")
               .arg(someone)
               .arg(service.columns()->currency)});
    told();
    refreshed();
    const auto refitted = service.lifetimeValues(test::demodb::AsOf);
    REQUIRE(refitted);
    CHECK(refitted != fitted);
    requireSameValues(*refitted, Dashboard::lifetimeValues(wholeRead(t.db()), test::demodb::AsOf));
}
