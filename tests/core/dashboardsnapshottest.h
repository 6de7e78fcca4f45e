#pragma once

// What the dashboard snapshot tests share (test_dashboardsnapshot.cpp, test_dashboardcatchup.cpp):
// writes through the door, the columns and figures compared, a service started from a snapshot.
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

namespace rapport::test::dashsnap {

using namespace rapport::analytics;

inline Status exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Error(Error::Kind::Database, q.lastError().text() + QStringLiteral(": ") + sql);
    return {};
}

inline qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// `statements` as one write through the door: one user action, or a batch of `kind` (its rows
// recorded) when a kind is given.
inline void write(test::TempWorkspace &t, const QStringList &statements, const QString &kind = {})
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
inline void requireSame(const DashboardColumns &a, const DashboardColumns &b)
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
inline void requireSameFigures(const DashboardResult &a, const DashboardResult &b)
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

inline DashboardColumns wholeRead(Database &db)
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

// Refreshes a service kept open on the workspace (notices from its bus) for the last year to the
// demo's day, and requires its columns to equal a whole read of the database.
inline void refreshedAsWhole(DashboardService &service, test::TempWorkspace &t)
{
    service.refresh(DashboardFilters::lastYear(test::demodb::AsOf));
    REQUIRE(QTest::qWaitFor([&] { return !service.isBusy(); }, 120'000));
    REQUIRE(service.columns());
    requireSame(*service.columns(), wholeRead(t.db()));
}

inline Opened open(const QString &path, const QString &file)
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
inline void requireSameValues(const DashboardClv &a, const DashboardClv &b)
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
    CHECK(a.inputs == b.inputs);
}

// The header's fields (dashboardsnapshot.cpp): magic, format, schema, ..., the build key.
inline constexpr qint64 FormatAt = 4, SchemaAt = 8, ReadAtAt = 24, BuildAt = 112;

inline void patch(const QString &file, qint64 at, const QByteArray &bytes)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(at));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace rapport::test::dashsnap
