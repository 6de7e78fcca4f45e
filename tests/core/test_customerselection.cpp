// The customer list narrowed to a selection (a dashboard's drill-down): the selection itself, the
// repository's counts, orders and keys over it, and the list model showing exactly it.
#include "core/domain/customerselection.h"
#include "core/domain/phonenumber.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/services/customersearch.h"
#include "core/storage/customerlistrepository.h"
#include "tests/support/customerlistfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rapport;
using L = test::SmallList;
using Key = CustomerListOrder::Key;
using Ids = std::vector<qint64>;

namespace {

CustomerListFilter selecting(Ids ids, const QString &label = QStringLiteral("Picked"))
{
    CustomerListFilter filter;
    filter.selection = CustomerSelection::make(label, std::move(ids));
    return filter;
}

Ids readAll(CustomerListRepository &repo,
            const CustomerListOrder &order,
            const CustomerListFilter &filter,
            int chunk)
{
    Ids ids;
    std::optional<CustomerListKey> after;
    for (int guard = 0; guard < 100; ++guard) {
        Result<CustomerIdChunk> next = repo.idChunk(order, filter, after, chunk);
        REQUIRE(next.ok());
        ids.insert(ids.end(), next->ids.begin(), next->ids.end());
        after = next->last;
        if (next->complete)
            return ids;
    }
    FAIL("the chunks did not end");
    return ids;
}

Ids modelIds(CustomerListModel &model)
{
    model.loadAll();
    Ids ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.index(row, 0).data(CustomerListModel::IdRole).toLongLong());
    return ids;
}

Ids sortedIds(Ids ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("A selection is sorted, unique and positive, and only equal to itself",
          "[list][selection]")
{
    const CustomerSelectionPtr a = CustomerSelection::make(QStringLiteral("A"),
                                                           {5, 3, 5, -1, 0, 9, 3});
    CHECK(a->ids == Ids{3, 5, 9});
    CHECK(a->size() == 3);
    CHECK(a->contains(5));
    CHECK_FALSE(a->contains(4));
    CHECK(a->label == QStringLiteral("A"));
    const CustomerSelectionPtr b = CustomerSelection::make(QStringLiteral("A"), {3, 5, 9});
    CHECK(a->serial != b->serial);
    CHECK(CustomerSelection::make(QString(), {})->isEmpty());

    CustomerListFilter withA;
    withA.selection = a;
    CustomerListFilter withB;
    withB.selection = b;
    CHECK_FALSE(withA == withB); // the same ids, another drill-down
    CHECK(withA == CustomerListFilter(withA));
    CHECK_FALSE(withA.isEmpty());
    CHECK(withA.withoutSelection().isEmpty());
}

TEST_CASE("The repository counts, orders and keys exactly the selected customers",
          "[list][selection]")
{
    test::SmallList f;
    CustomerListRepository repo(f.db());
    // Dora is in the trash and 999 does not exist: both are left out.
    const CustomerListFilter picked = selecting({L::Ben, L::Anna, L::Acme, L::Dora, 999});
    CHECK(*repo.count(picked) == 3);

    // The orders of the whole list (test_customerlistrepository.cpp) with the others left out.
    const std::vector<std::pair<Key, Ids>> expected{
        {Key::Name, {L::Acme, L::Anna, L::Ben}},
        {Key::Stage, {L::Ben, L::Acme, L::Anna}},
        {Key::Phone, {L::Ben, L::Anna, L::Acme}},
        {Key::LastContact, {L::Acme, L::Ben, L::Anna}},
        {Key::Revenue, {L::Acme, L::Ben, L::Anna}},
    };
    for (const auto &[key, ids] : expected) {
        INFO("key " << int(key));
        const CustomerListOrder up{key, Qt::AscendingOrder};
        const CustomerListOrder down{key, Qt::DescendingOrder};
        CHECK(readAll(repo, up, picked, 1) == ids);
        CHECK(readAll(repo, up, picked, 50) == ids);
        CHECK(readAll(repo, down, picked, 2) == Ids(ids.rbegin(), ids.rend()));
        CHECK(*repo.selectedIds(up, picked) == ids);
        CHECK(*repo.selectedIds(down, picked) == Ids(ids.rbegin(), ids.rend()));
    }

    // The first page and the keyset continue within the selection.
    Result<CustomerListPage> page = repo.firstPage({}, picked, 2);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 2);
    CHECK(page->rows[0].id == L::Acme);
    CHECK(page->rows[1].id == L::Anna);
    Result<CustomerIdChunk> rest = repo.idChunk({}, picked, page->last, 10);
    REQUIRE(rest.ok());
    CHECK(rest->ids == Ids{L::Ben});
    CHECK(rest->complete);

    // A customer outside the selection has no place in it.
    CHECK(repo.keyOf(L::Anna, {}, picked)->has_value());
    CHECK_FALSE(repo.keyOf(L::Cara, {}, picked)->has_value());

    // The other filters narrow it further.
    CustomerListFilter people = picked;
    people.kind = CustomerKind::Person;
    CHECK(*repo.count(people) == 2);
    CHECK(readAll(repo, {}, people, 1) == (Ids{L::Anna, L::Ben}));
    CustomerListFilter activeVip = picked;
    activeVip.withStage(LifecycleStage::Active);
    activeVip.tagId = f.vip;
    CHECK(*repo.count(activeVip) == 1);
    CHECK(*repo.selectedIds({Key::City, Qt::AscendingOrder}, activeVip) == Ids{L::Anna});
    CustomerListFilter late = picked;
    late.tagId = f.late; // only Cara has it, and she is not selected
    CHECK(*repo.count(late) == 0);
    CHECK(readAll(repo, {}, late, 5).empty());

    // Another selection on the same connection, then the first again: each sees its own.
    const CustomerListFilter other = selecting({L::Cara, L::Zeta});
    CustomerListRepository second(f.db());
    CHECK(*second.count(other) == 2);
    CHECK(*second.selectedIds({}, other) == (Ids{L::Cara, L::Zeta}));
    CHECK(*repo.count(picked) == 3);
    CHECK(readAll(repo, {}, picked, 2) == (Ids{L::Acme, L::Anna, L::Ben}));

    // An empty selection lets nobody through.
    const CustomerListFilter none = selecting({});
    CHECK(*repo.count(none) == 0);
    CHECK(readAll(repo, {}, none, 10).empty());
    CHECK(repo.selectedIds({}, none)->empty());
    CHECK(repo.selectedIds({}, {})->empty()); // no selection: nothing to read from it
}

TEST_CASE("A search within a selection finds only selected customers", "[list][selection][search]")
{
    test::SmallList f;
    CustomerSearch search(f.db(), PhoneNormalizer());
    const auto found = [&search](const QString &text, const CustomerListFilter &filter) {
        Result<QList<SearchHit>> hits = search.find(text, 20, filter);
        REQUIRE(hits.ok());
        Ids ids;
        for (const SearchHit &hit : std::as_const(*hits))
            ids.push_back(hit.customer.id);
        return sortedIds(ids);
    };
    CHECK(found(QStringLiteral("müller"), {}) == (Ids{L::Anna, L::Ben}));
    CHECK(found(QStringLiteral("müller"), selecting({L::Anna, L::Cara})) == Ids{L::Anna});
    CHECK(found(QStringLiteral("30222"), selecting({L::Anna})).empty()); // Cara's phone
    CHECK(found(QStringLiteral("30222"), selecting({L::Cara})) == Ids{L::Cara});
}

TEST_CASE("The list model shows exactly a selection, sorted, filtered and kept up to date",
          "[model][selection]")
{
    test::SmallList f;
    int all = 5;
    SECTION("a selection large next to the list, read by keyset") {}
    SECTION("a selection small next to the list, read whole from the selection")
    {
        // 120 more customers (named after everyone else) make four a small share of the list.
        f.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)"
            " INSERT INTO customers (kind, name, sort_name, stage, created_at, updated_at)"
            " SELECT 0, 'Zz ' || i, 'zz ' || printf('%03d', i), 0, 0, 0 FROM n"));
        all = 125;
    }
    ChangeBus bus;
    CustomerListModel model(f.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &CustomerListModel::countChanged);
    CHECK(model.rowCount() == all);

    const CustomerListFilter picked = selecting({L::Acme, L::Anna, L::Ben, L::Cara});
    model.setFilter(picked);
    CHECK(model.selection() == picked.selection.get());
    CHECK(model.rowCount() == 4);
    REQUIRE_FALSE(counts.isEmpty());
    CHECK(counts.last().at(0).toInt() == 4);
    CHECK(modelIds(model) == (Ids{L::Acme, L::Cara, L::Anna, L::Ben}));
    CHECK(model.index(1, CustomerListModel::Name).data().toString() == QStringLiteral("Cara Adams"));

    // Two columns, both ways. Revenue: Anna and Cara 500 EUR, Acme and Ben none (ties by id).
    model.sort(CustomerListModel::Revenue, Qt::DescendingOrder);
    CHECK(modelIds(model) == (Ids{L::Cara, L::Anna, L::Ben, L::Acme}));
    model.sort(CustomerListModel::Revenue, Qt::AscendingOrder);
    CHECK(modelIds(model) == (Ids{L::Acme, L::Ben, L::Anna, L::Cara}));
    model.sort(CustomerListModel::LastContact, Qt::AscendingOrder);
    CHECK(modelIds(model) == (Ids{L::Acme, L::Ben, L::Cara, L::Anna}));
    model.sort(CustomerListModel::Stage, Qt::AscendingOrder);
    CHECK(modelIds(model) == (Ids{L::Ben, L::Acme, L::Cara, L::Anna}));
    model.sort(CustomerListModel::Name);

    // The other filters and the search narrow it.
    CustomerListFilter people = picked;
    people.kind = CustomerKind::Person;
    model.setFilter(people);
    CHECK(modelIds(model) == (Ids{L::Cara, L::Anna, L::Ben}));
    CustomerListFilter activePeople = people;
    activePeople.withStage(LifecycleStage::Active);
    model.setFilter(activePeople);
    CHECK(modelIds(model) == (Ids{L::Cara, L::Anna}));
    model.setFilter(picked);
    model.setSearchText(QStringLiteral("müller"));
    CHECK(sortedIds(modelIds(model)) == (Ids{L::Anna, L::Ben}));
    model.setSearchText(QString());
    CHECK(model.rowCount() == 4);

    // A selected customer deleted meanwhile disappears; a change to one outside stays outside.
    f.exec(QStringLiteral("UPDATE customers SET deleted_at = 9 WHERE id = %1").arg(L::Ben));
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Deleted, {L::Ben}, {}});
    CHECK(modelIds(model) == (Ids{L::Acme, L::Cara, L::Anna}));
    CHECK(counts.last().at(0).toInt() == 3);
    f.exec(QStringLiteral("UPDATE customers SET name = 'Aaa AG', sort_name = 'aaa ag'"
                          " WHERE id = %1")
               .arg(L::Zeta));
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {L::Zeta}, {}});
    CHECK(modelIds(model) == (Ids{L::Acme, L::Cara, L::Anna}));
    // A selected one renamed moves to its new place.
    f.exec(QStringLiteral("UPDATE customers SET name = 'Zora Adams', sort_name = 'zora adams'"
                          " WHERE id = %1")
               .arg(L::Cara));
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {L::Cara}, {}});
    CHECK(modelIds(model) == (Ids{L::Acme, L::Anna, L::Cara}));

    // Deleted before the selection is shown: left out from the start.
    model.setFilter(selecting({L::Ben, L::Zeta}));
    CHECK(modelIds(model) == Ids{L::Zeta});

    // An empty selection shows nobody; no selection, everyone again.
    model.setFilter(selecting({}));
    CHECK(model.rowCount() == 0);
    CHECK(model.isComplete());
    model.setFilter({});
    CHECK(model.rowCount() == all - 1); // Ben is in the trash now
}
