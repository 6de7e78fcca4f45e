#include "core/services/caseservice.h"
#include "core/services/changebus.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

SupportCase newCase(qint64 customer)
{
    SupportCase c;
    c.customerId = customer;
    c.kind = CaseKind::ServiceRequest;
    c.subject = QStringLiteral("Yearly maintenance");
    c.category = QStringLiteral("Service");
    return c;
}

} // namespace

TEST_CASE("A case opened by the signed-in user is theirs and open", "[service][case]")
{
    test::TempWorkspace t;
    const qint64 agent = t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    CaseService service(t.workspace());
    QSignalSpy notices(&t->changes(), &ChangeBus::changed);

    SupportCase c = newCase(customer);
    auto id = service.open(c);
    REQUIRE(id.ok());
    CHECK(c.id == *id);
    CHECK(c.ownerId == agent);
    CHECK(c.status == CaseStatus::Open);
    CHECK(c.openedAt == t.now());
    REQUIRE(notices.count() == 1);
    const auto notice = notices.at(0).at(0).value<ChangeNotice>();
    CHECK(notice.entity == ChangeNotice::Entity::Case);
    CHECK(notice.customerIds == QList<qint64>{customer});

    SECTION("without an owner it waits in the queue as new")
    {
        test::TempWorkspace nobody;
        const qint64 other = test::addCustomer(nobody.db(), QStringLiteral("Beta"));
        SupportCase queued = newCase(other);
        REQUIRE(CaseService(nobody.workspace()).open(queued).ok());
        CHECK(queued.status == CaseStatus::New);
        CHECK_FALSE(queued.ownerId.has_value());
    }
}

TEST_CASE("A case moves through its statuses and resolving needs a resolution", "[service][case]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    CaseService service(t.workspace());
    SupportCase c = newCase(customer);
    REQUIRE(service.open(c).ok());

    REQUIRE(service.setStatus(c, CaseStatus::Waiting).ok());
    CHECK(c.status == CaseStatus::Waiting);
    CHECK(c.version == 2);

    t.advance(3600);
    const Status unresolved = service.setStatus(c, CaseStatus::Resolved);
    REQUIRE_FALSE(unresolved.ok());
    CHECK(unresolved.error().kind() == Error::Kind::Validation);
    CHECK(unresolved.error().field() == QStringLiteral("resolution"));
    CHECK(c.status == CaseStatus::Waiting); // unchanged on failure
    CHECK(service.get(c.id)->status == CaseStatus::Waiting);

    REQUIRE(service.setStatus(c, CaseStatus::Resolved, QStringLiteral("Serviced on site.")).ok());
    CHECK(c.resolvedAt == t.now());
    CHECK(c.resolution == QStringLiteral("Serviced on site."));
    auto stored = service.get(c.id);
    REQUIRE(stored.ok());
    CHECK(stored->status == CaseStatus::Resolved);
    CHECK(stored->resolvedAt == t.now());

    const QDateTime resolvedAt = c.resolvedAt;
    t.advance(86400);
    REQUIRE(service.setStatus(c, CaseStatus::Closed).ok());
    CHECK(c.resolvedAt == resolvedAt); // closing keeps when it was resolved

    const Status reopen = service.setStatus(c, CaseStatus::Open);
    REQUIRE_FALSE(reopen.ok());
    CHECK(reopen.error().field() == QStringLiteral("status"));
}

TEST_CASE("A resolved case can be reopened, which clears its resolution time", "[service][case]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    CaseService service(t.workspace());
    SupportCase c = newCase(test::addCustomer(t.db(), QStringLiteral("Acme")));
    REQUIRE(service.open(c).ok());
    REQUIRE(service.setStatus(c, CaseStatus::Resolved, QStringLiteral("Done.")).ok());
    REQUIRE(service.setStatus(c, CaseStatus::Open).ok());
    CHECK_FALSE(c.resolvedAt.isValid());
    CHECK_FALSE(service.get(c.id)->resolvedAt.isValid());

    const Status back = service.setStatus(c, CaseStatus::New);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().field() == QStringLiteral("status"));
}

TEST_CASE("The allowed moves between case statuses", "[service][case]")
{
    using S = CaseStatus;
    CHECK(CaseService::canMove(S::New, S::Open));
    CHECK(CaseService::canMove(S::New, S::Closed));
    CHECK(CaseService::canMove(S::Open, S::Waiting));
    CHECK(CaseService::canMove(S::Waiting, S::Open));
    CHECK(CaseService::canMove(S::Waiting, S::Resolved));
    CHECK(CaseService::canMove(S::Resolved, S::Open));
    CHECK(CaseService::canMove(S::Resolved, S::Closed));
    CHECK_FALSE(CaseService::canMove(S::Open, S::New));
    CHECK_FALSE(CaseService::canMove(S::Resolved, S::Waiting));
    CHECK_FALSE(CaseService::canMove(S::Closed, S::Open));
    CHECK(CaseService::reachable(S::Resolved) == QList<S>{S::Resolved, S::Open, S::Closed});
    CHECK(CaseService::reachable(S::Closed) == QList<S>{S::Closed});
}

TEST_CASE("Saving a stale case is a conflict and changes nothing", "[service][case]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    CaseService service(t.workspace());
    SupportCase mine = newCase(test::addCustomer(t.db(), QStringLiteral("Acme")));
    REQUIRE(service.open(mine).ok());
    SupportCase theirs = mine;
    theirs.priority = Priority::Urgent;
    REQUIRE(service.save(theirs).ok());

    QSignalSpy notices(&t->changes(), &ChangeBus::changed);
    mine.subject = QStringLiteral("Something else");
    const Status s = service.save(mine);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind() == Error::Kind::Conflict);
    CHECK(notices.isEmpty());
    auto stored = service.get(mine.id);
    CHECK(stored->subject == QStringLiteral("Yearly maintenance"));
    CHECK(stored->priority == Priority::Urgent);
}

TEST_CASE("Case validation names the field at fault", "[service][case]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    CaseService service(t.workspace());
    SupportCase c = newCase(test::addCustomer(t.db(), QStringLiteral("Acme")));
    c.subject = QStringLiteral("   ");
    auto id = service.open(c);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().field() == QStringLiteral("subject"));

    c = newCase(0);
    id = service.open(c);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().field() == QStringLiteral("customerId"));
    CHECK(test::rowCount(t.db(), "cases") == 0);
}
