#include "core/models/customercasesmodel.h"
#include "core/models/customerprofile.h"
#include "core/models/customertasksmodel.h"
#include "core/models/productusagemodel.h"
#include "core/models/relatedcustomersmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/storage/customerpanelsrepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/relationshiprepository.h"
#include "core/storage/taskrepository.h"
#include "tests/support/customerhistory.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(CustomerPanelModel::IdRole).toLongLong();
    return out;
}

} // namespace

TEST_CASE("Related customers: organisation, people, then the other links", "[panels]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    CustomerPanelsRepository repo(t.db());

    // Acme: Ada works there (Bob too, but he is in the trash), it is a subsidiary of the
    // holding, a partner of Partner Ltd and a customer of Supply Co.
    auto acme = repo.related(h.acme);
    REQUIRE(acme.ok());
    REQUIRE(acme->size() == 4);
    CHECK(acme->at(0).customerId == h.ada);
    CHECK(acme->at(0).section() == RelatedCustomer::Section::People);
    CHECK(acme->at(0).relationName() == relationshipKindInverseName(RelationshipKind::WorksAt));
    CHECK(acme->at(0).role == QStringLiteral("CTO"));
    CHECK(acme->at(1).customerId == h.holding);
    CHECK(acme->at(1).relationName() == relationshipKindName(RelationshipKind::SubsidiaryOf));
    CHECK(acme->at(2).customerId == h.partner);
    CHECK(acme->at(3).customerId == h.supplier);
    CHECK(acme->at(3).relationName() == relationshipKindInverseName(RelationshipKind::Supplier));
    CHECK_FALSE(acme->at(3).outgoing);

    // Ada: her organisation first, then who referred her.
    auto ada = repo.related(h.ada);
    REQUIRE(ada.ok());
    REQUIRE(ada->size() == 2);
    CHECK(ada->at(0).customerId == h.acme);
    CHECK(ada->at(0).section() == RelatedCustomer::Section::Organisation);
    CHECK(ada->at(0).customerKind == CustomerKind::Organisation);
    CHECK(ada->at(1).customerId == h.carl);
    CHECK(ada->at(1).relationName() == relationshipKindName(RelationshipKind::ReferredBy));
}

TEST_CASE("Products bought, with the year against the year before", "[panels]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    CustomerPanelsRepository repo(t.db());
    auto products = repo.products(h.acme, h.asOf);
    REQUIRE(products.ok());
    REQUIRE(products->size() == 3);

    // Service plan: o1 and o2 (at the boundary second), 2 x 50.00, all in the last 12 months.
    const ProductUsage &service = products->at(0);
    CHECK(service.productId == h.service);
    CHECK(service.currency == QStringLiteral("EUR"));
    CHECK(service.quantity == 2);
    CHECK(service.revenueMinor == 10000);
    CHECK(service.orders == 2);
    CHECK(service.quantityLast12 == 2);
    CHECK(service.revenuePrevious12 == 0);
    CHECK(ProductUsageModel::direction(service) == ProductUsageModel::Direction::New);
    CHECK(service.firstBoughtAt == test::utc(2025, 6, 30, 12));
    CHECK(service.lastBoughtAt == test::utc(2026, 6, 1, 10));

    // Widget in EUR: o1 3 x 10.00 this year, o3 2 x 10.00 the year before (the cancelled o4
    // does not count): +50 %.
    const ProductUsage &widget = products->at(1);
    CHECK(widget.productId == h.widget);
    CHECK(widget.quantity == 5);
    CHECK(widget.revenueMinor == 5000);
    CHECK(widget.revenueLast12 == 3000);
    CHECK(widget.revenuePrevious12 == 2000);
    CHECK(widget.quantityPrevious12 == 2);
    CHECK(ProductUsageModel::direction(widget) == ProductUsageModel::Direction::Up);
    // Quarters 2024 Q3 ... 2026 Q2: o3 in 2025 Q2 (slot 3), o1 in 2026 Q2 (slot 7).
    CHECK(widget.quarterQuantity == std::array<qint64, 8>{0, 0, 0, 2, 0, 0, 0, 3});

    // Widget in USD, bought in January 2024: nothing in two years.
    const ProductUsage &dollars = products->at(2);
    CHECK(dollars.currency == QStringLiteral("USD"));
    CHECK(dollars.revenueMinor == 1500);
    CHECK(ProductUsageModel::direction(dollars) == ProductUsageModel::Direction::None);
    CHECK(dollars.quarterQuantity == std::array<qint64, 8>{});

    CHECK(CustomerPanelsRepository::quarterOf(test::utc(2026, 6, 30)) == 2026 * 4 + 1);
    CHECK(CustomerPanelsRepository::quarterOf(test::utc(2026, 1, 1)) == 2026 * 4);
}

TEST_CASE("Cases and tasks of the customer, open ones first", "[panels]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    CustomerPanelsRepository repo(t.db());
    auto cases = repo.cases(h.acme);
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 3);
    CHECK(cases->at(0).id == h.c1);
    CHECK(cases->at(0).owner == QStringLiteral("anna"));
    CHECK(cases->at(1).id == h.c2);
    CHECK(cases->at(2).id == h.c3);
    CHECK(cases->at(2).resolvedAt == test::utc(2025, 10, 3, 9));

    auto tasks = repo.tasks(h.acme);
    REQUIRE(tasks.ok());
    REQUIRE(tasks->size() == 4);
    CHECK(tasks->at(0).id == h.t1);
    CHECK(tasks->at(1).id == h.t3);
    CHECK(tasks->at(2).id == h.t2); // undated, after the dated ones
    CHECK(tasks->at(3).id == h.t4); // done
    CHECK(tasks->at(3).isDone());
}

TEST_CASE("The panel models pass the model tester and follow change notices", "[panels][model]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    ChangeBus bus;
    RelatedCustomersModel related(t.db(), &bus);
    ProductUsageModel products(t.db(), &bus);
    CustomerCasesModel cases(t.db(), &bus);
    CustomerTasksModel tasks(t.db(), &bus);
    products.setAsOf(h.asOf);
    tasks.setAsOf(h.asOf);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester t1(&related, Mode::Fatal);
    QAbstractItemModelTester t2(&products, Mode::Fatal);
    QAbstractItemModelTester t3(&cases, Mode::Fatal);
    QAbstractItemModelTester t4(&tasks, Mode::Fatal);

    related.setCustomer(h.acme);
    products.setCustomer(h.acme);
    cases.setCustomer(h.acme);
    tasks.setCustomer(h.acme);
    CHECK(ids(related) == QList<qint64>{h.ada, h.holding, h.partner, h.supplier});
    CHECK(related.index(0, RelatedCustomersModel::Name).data().toString()
          == QStringLiteral("Ada Lovelace"));
    CHECK(ids(products) == QList<qint64>{h.service, h.widget, h.widget});
    CHECK(
        products.index(1, ProductUsageModel::Trend).data().toString().contains(QStringLiteral("50")));
    CHECK(products.index(0, ProductUsageModel::Product)
              .data(ProductUsageModel::QuartersRole)
              .toList()
              .size()
          == 8);
    CHECK(ids(cases) == QList<qint64>{h.c1, h.c2, h.c3});
    CHECK(cases.openCount() == 1);
    CHECK(ids(tasks) == QList<qint64>{h.t1, h.t3, h.t2, h.t4});
    CHECK(tasks.index(3, 0).data(CustomerTasksModel::StateRole).toInt()
          == int(CustomerTasksModel::State::Done));
    tasks.setAsOf(test::utc(2026, 7, 3));
    CHECK(tasks.index(0, 0).data(CustomerTasksModel::StateRole).toInt()
          == int(CustomerTasksModel::State::Overdue));

    // Bob comes back from the trash: he joins Acme's people.
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();
    Customer bob = *service.get(h.bob);
    REQUIRE(service.restore(bob).ok());
    CHECK(ids(related) == QList<qint64>{h.bob, h.ada, h.holding, h.partner, h.supplier}); // by name

    // A task done elsewhere moves down the list.
    TaskRepository taskRepo(t.db());
    Task first = *taskRepo.get(h.t1);
    first.doneAt = test::utc(2026, 6, 30, 9);
    REQUIRE(taskRepo.update(first).ok());
    bus.publish({ChangeNotice::Entity::Task, ChangeNotice::Action::Updated, {h.t1}, {h.acme}});
    CHECK(ids(tasks) == QList<qint64>{h.t3, h.t2, h.t1, h.t4});

    // Notices for other customers leave the lists alone.
    QSignalSpy resets(&cases, &QAbstractItemModel::modelReset);
    bus.publish({ChangeNotice::Entity::Case, ChangeNotice::Action::Created, {1}, {h.ada}});
    CHECK(resets.isEmpty());
    bus.publish({ChangeNotice::Entity::Case, ChangeNotice::Action::Created, {1}, {h.acme}});
    CHECK(resets.size() == 1);
}

TEST_CASE("The customer profile opens a customer, one in the trash, and one that is gone",
          "[panels][profile]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    ChangeBus bus;
    CustomerProfile profile(t.db(), &bus);
    profile.setAsOf(h.asOf);
    QSignalSpy changed(&profile, &CustomerProfile::overviewChanged);

    CHECK(profile.open(h.acme) == CustomerProfile::State::Live);
    CHECK(profile.overview().name == QStringLiteral("Acme GmbH"));
    CHECK(profile.timeline()->rowCount() == 24);
    CHECK(profile.related()->rowCount() == 4);
    CHECK(profile.products()->rowCount() == 3);
    CHECK(profile.cases()->rowCount() == 3);
    CHECK(profile.tasks()->rowCount() == 4);

    // A new task for Acme refreshes the header facts.
    TaskRepository tasks(t.db());
    Task urgent;
    urgent.customerId = h.acme;
    urgent.title = QStringLiteral("Send contract today");
    urgent.dueAt = test::utc(2026, 6, 30, 16);
    urgent.createdAt = test::wallClock();
    REQUIRE(tasks.insert(urgent).ok());
    bus.publish({ChangeNotice::Entity::Task, ChangeNotice::Action::Created, {urgent.id}, {h.acme}});
    CHECK(changed.size() == 1);
    REQUIRE(profile.overview().nextFollowUp.has_value());
    CHECK(profile.overview().nextFollowUp->taskId == urgent.id);
    CHECK(profile.tasks()->rowCount() == 5);

    // Moved to the trash while shown.
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();
    Customer acme = *service.get(h.acme);
    REQUIRE(service.moveToTrash(acme).ok());
    CHECK(profile.state() == CustomerProfile::State::InTrash);
    CHECK(profile.timeline()->rowCount() == 25); // the history stays readable

    CHECK(profile.open(h.bob) == CustomerProfile::State::InTrash);
    REQUIRE(CustomerRepository(t.db()).purge(h.bob).ok());
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Deleted, {h.bob}, {h.bob}});
    CHECK(profile.state() == CustomerProfile::State::Gone);
    CHECK_FALSE(profile.errorMessage().isEmpty());

    CHECK(profile.open(987654) == CustomerProfile::State::Gone);
    CHECK(profile.timeline()->rowCount() == 0);
    CHECK(profile.related()->rowCount() == 0);
    CHECK(profile.open(0) == CustomerProfile::State::Empty);
}
