// The customer list model's filters, search and the details a change notice repaints, on the
// hand-checked small list (tests/support/customerlistfixture.h).
#include "core/domain/money.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "tests/core/customerlistmodelfixture.h"
#include "tests/support/customerlistfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <vector>

using namespace rapport;
using namespace rapport::test::customerlistmodel;

namespace {

using L = test::SmallList;

std::vector<qint64> ids(std::initializer_list<qint64> list)
{
    return std::vector<qint64>(list);
}

} // namespace

TEST_CASE("Filters narrow the list and its count, in any order", "[model][filter]")
{
    test::SmallList f;
    ChangeBus bus;
    CustomerListModel model(f.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &CustomerListModel::countChanged);
    CHECK(modelIds(model) == ids({L::Acme, L::Cara, L::Anna, L::Ben, L::Zeta}));

    CustomerListFilter active;
    active.withStage(LifecycleStage::Active);
    model.setFilter(active);
    CHECK(model.filter() == active);
    CHECK(model.rowCount() == 3);
    REQUIRE_FALSE(counts.isEmpty());
    CHECK(counts.last().at(0).toInt() == 3);
    CHECK(modelIds(model) == ids({L::Cara, L::Anna, L::Zeta}));

    model.sort(CustomerListModel::Revenue, Qt::DescendingOrder);
    CHECK(modelIds(model) == ids({L::Cara, L::Anna, L::Zeta}));
    model.sort(CustomerListModel::City, Qt::AscendingOrder);
    CHECK(modelIds(model) == ids({L::Cara, L::Anna, L::Zeta}));
    model.sort(CustomerListModel::LastContact, Qt::DescendingOrder);
    CHECK(modelIds(model) == ids({L::Anna, L::Zeta, L::Cara}));

    CustomerListFilter zoesActiveOrganisations = active;
    zoesActiveOrganisations.ownerId = f.zoe;
    zoesActiveOrganisations.kind = CustomerKind::Organisation;
    model.setFilter(zoesActiveOrganisations);
    CHECK(modelIds(model) == ids({L::Zeta}));

    CustomerListFilter late;
    late.tagId = f.late; // past the tag bits: looked up in customer_tags
    model.setFilter(late);
    CHECK(modelIds(model) == ids({L::Cara}));
    CHECK(counts.last().at(0).toInt() == 1);

    // A customer that stops passing the filter leaves it; one that starts passing comes in.
    model.setFilter(active);
    model.sort(CustomerListModel::Name);
    f.exec(QStringLiteral("UPDATE customers SET stage = 0 WHERE id = %1").arg(L::Anna));
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {L::Anna}, {}});
    CHECK(modelIds(model) == ids({L::Cara, L::Zeta}));
    f.exec(QStringLiteral("UPDATE customers SET stage = 2 WHERE id = %1").arg(L::Ben));
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {L::Ben}, {}});
    CHECK(modelIds(model) == ids({L::Cara, L::Ben, L::Zeta}));
    CHECK(counts.last().at(0).toInt() == 3);

    model.setFilter({});
    CHECK(model.rowCount() == 5);
    const QList<CustomerListChoice> owners = model.owners();
    REQUIRE(owners.size() == 3);
    CHECK(owners.front().name == QStringLiteral("anna Berg")); // case does not count
    CHECK(owners.front().id == f.anna);
    CHECK(model.tags().size() == 2);
}

TEST_CASE("A search text shows the matches best first, a column sorts them", "[model][search]")
{
    test::SmallList f;
    ChangeBus bus;
    CustomerListModel model(f.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &CustomerListModel::countChanged);

    model.setSearchText(QStringLiteral("müller"));
    CHECK(model.isSearching());
    CHECK_FALSE(model.isSearchCapped());
    CHECK(model.sortColumn() == -1); // best match first
    CHECK(modelIds(model) == ids({L::Anna, L::Ben}));
    CHECK(counts.last().at(0).toInt() == 2);
    CHECK(cell(model, 0, CustomerListModel::Organisation) == QStringLiteral("Zeta AG"));

    // A column sorts the matches; -1 goes back to the best first.
    model.sort(CustomerListModel::City, Qt::AscendingOrder);
    CHECK(model.sortColumn() == CustomerListModel::City);
    CHECK(modelIds(model) == ids({L::Ben, L::Anna}));
    model.sort(CustomerListModel::City, Qt::DescendingOrder); // reversed in place
    CHECK(modelIds(model) == ids({L::Anna, L::Ben}));
    model.sort(-1);
    CHECK(modelIds(model) == ids({L::Anna, L::Ben}));

    // A person is found by the organisation they work at, after the organisation itself.
    model.setSearchText(QStringLiteral("acme"));
    CHECK(modelIds(model) == ids({L::Acme, L::Ben}));

    // The filter applies to the matches.
    CustomerListFilter people;
    people.kind = CustomerKind::Person;
    model.setFilter(people);
    CHECK(modelIds(model) == ids({L::Ben}));
    model.setSearchText(QStringLiteral("+49 30 222"));
    CHECK(modelIds(model) == ids({L::Cara}));

    // Query syntax and SQL are only text.
    model.setSearchText(QStringLiteral("\"; DROP TABLE customers; -- OR *"));
    CHECK(model.rowCount() == 0);
    CHECK(counts.last().at(0).toInt() == 0);

    // An empty text brings back the list, filtered, in the order it had.
    model.setSearchText(QString());
    CHECK_FALSE(model.isSearching());
    CHECK(model.sortColumn() == CustomerListModel::Name);
    CHECK(modelIds(model) == ids({L::Cara, L::Anna, L::Ben}));

    // While searching, a match moved to the trash goes; an edit repaints in place.
    model.setFilter({});
    model.setSearchText(QStringLiteral("müller"));
    f.exec(QStringLiteral("UPDATE customers SET deleted_at = 9 WHERE id = %1").arg(L::Ben));
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Deleted, {L::Ben}, {}});
    CHECK(modelIds(model) == ids({L::Anna}));
}

TEST_CASE("A logged call repaints the last contact at once, an order the revenue", "[model]")
{
    test::SmallList f;
    ChangeBus bus;
    CustomerListModel model(f.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = model.rowOf(L::Ben);
    CHECK(cell(model, row, CustomerListModel::LastContact).isEmpty()); // cached, blank
    CHECK(cell(model, row, CustomerListModel::Revenue).isEmpty());
    CHECK(cell(model, model.rowOf(L::Anna), CustomerListModel::Revenue)
          == Money{500, QStringLiteral("EUR")}.format(QLocale()));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    f.exec(QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
                          " VALUES (%1, 0, 0, %2)")
               .arg(L::Ben)
               .arg(now.toSecsSinceEpoch()));
    bus.publish({ChangeNotice::Entity::Interaction, ChangeNotice::Action::Created, {99}, {L::Ben}});
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].value<QModelIndex>().row() == row);
    CHECK(cell(model, row, CustomerListModel::LastContact)
          == QLocale().toString(now.toLocalTime().date(), QLocale::ShortFormat));

    f.exec(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency,"
                          " total_minor) VALUES (%1, %2, 1, 'EUR', 123456)")
               .arg(L::Ben)
               .arg(now.toSecsSinceEpoch()));
    bus.publish({ChangeNotice::Entity::Order, ChangeNotice::Action::Created, {77}, {L::Ben}});
    CHECK(cell(model, row, CustomerListModel::Revenue)
          == Money{123456, QStringLiteral("EUR")}.format(QLocale()));

    // Sorted by the changed column, the row moves to its new place.
    model.sort(CustomerListModel::LastContact, Qt::DescendingOrder);
    CHECK(model.rowOf(L::Ben) == 0);
    f.exec(QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
                          " VALUES (%1, 0, 0, %2)")
               .arg(L::Acme)
               .arg(now.toSecsSinceEpoch() + 60));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    bus.publish({ChangeNotice::Entity::Interaction, ChangeNotice::Action::Created, {}, {L::Acme}});
    CHECK(moved.size() == 1);
    CHECK(modelIds(model) == ids({L::Acme, L::Ben, L::Anna, L::Zeta, L::Cara}));

    // Renaming an organisation repaints its people; sorted by organisation, they move.
    model.sort(CustomerListModel::Organisation, Qt::AscendingOrder);
    f.exec(QStringLiteral("UPDATE customers SET name = 'Aaron AG', sort_name = 'aaron ag'"
                          " WHERE id = %1")
               .arg(L::Zeta));
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {L::Zeta}, {}});
    CHECK(modelIds(model) == ids({L::Acme, L::Zeta, L::Cara, L::Anna, L::Ben}));
    CHECK(cell(model, model.rowOf(L::Anna), CustomerListModel::Organisation)
          == QStringLiteral("Aaron AG"));
}
