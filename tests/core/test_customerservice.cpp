#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace rapport;

TEST_CASE("Creating a customer with contact points is all or nothing", "[service][customer]")
{
    test::TempDatabase t;
    ChangeBus bus;
    QSignalSpy spy(&bus, &ChangeBus::changed);
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();

    Customer c;
    c.firstName = QStringLiteral("  Lena ");
    c.lastName = QStringLiteral("Vogel");
    QList<ContactPoint> points{
        *ContactPoint::email(QStringLiteral("lena@example.com"), ContactLabel::Home)};
    auto id = service.create(c, points);
    REQUIRE(id.ok());
    CHECK(c.firstName == QStringLiteral("Lena"));
    CHECK(points.first().customerId == *id);
    REQUIRE(spy.count() == 1);
    const auto notice = spy.takeFirst().first().value<ChangeNotice>();
    CHECK(notice.entity == ChangeNotice::Entity::Customer);
    CHECK(notice.action == ChangeNotice::Action::Created);
    CHECK(notice.ids == QList<qint64>{*id});

    Customer second;
    second.lastName = QStringLiteral("Half");
    ContactPoint broken;
    broken.kind = ContactKind::Email;
    broken.value = QStringLiteral("not-an-address");
    QList<ContactPoint> bad{broken};
    auto refused = service.create(second, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("email"));
    CHECK(second.id == 0);
    CHECK(spy.isEmpty());
    CHECK(CustomerRepository(t.db()).countLive().value() == 1);
}

TEST_CASE("Updates and the trash are announced after they commit", "[service][customer]")
{
    test::TempDatabase t;
    ChangeBus bus;
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();
    Customer c;
    c.lastName = QStringLiteral("Nilsson");
    QList<ContactPoint> none;
    REQUIRE(service.create(c, none).ok());

    QSignalSpy spy(&bus, &ChangeBus::changed);
    c.stage = LifecycleStage::Active;
    REQUIRE(service.update(c).ok());
    REQUIRE(service.moveToTrash(c).ok());
    REQUIRE(service.restore(c).ok());
    REQUIRE(spy.count() == 3);
    CHECK(spy.at(0).first().value<ChangeNotice>().action == ChangeNotice::Action::Updated);
    CHECK(spy.at(1).first().value<ChangeNotice>().action == ChangeNotice::Action::Deleted);
    CHECK(spy.at(2).first().value<ChangeNotice>().action == ChangeNotice::Action::Restored);

    Customer stale = c;
    stale.version = 1;
    CHECK(service.update(stale).error().kind() == Error::Kind::Conflict);
    CHECK(spy.count() == 3);
}
