// A drill-down's figure (what put each customer into a selection): carried by the selection,
// shown by the list model as its Figure column and sorted by it, largest first by default, the
// other columns still sorting.
#include "core/domain/customerselection.h"
#include "core/domain/money.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/util/displayformat.h"
#include "tests/support/customerlistfixture.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace rapport;
using L = test::SmallList;
using Ids = std::vector<qint64>;

namespace {

Ids modelIds(CustomerListModel &model)
{
    model.loadAll();
    Ids ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.index(row, 0).data(CustomerListModel::IdRole).toLongLong());
    return ids;
}

std::vector<double> figures(CustomerListModel &model)
{
    std::vector<double> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.push_back(
            model.index(row, CustomerListModel::Figure).data(CustomerListModel::FigureRole).toDouble());
    return values;
}

CustomerListFilter withFigure(const CustomerFigure &figure)
{
    CustomerListFilter filter;
    // Cara 500 EUR, Anna 120.50, Acme 0, Ben 120.50 (a tie with Anna), Zeta twice (first counts).
    filter.selection = CustomerSelection::make(QStringLiteral("Revenue ranks 1–5"),
                                               {L::Cara, L::Anna, L::Acme, L::Ben, L::Zeta, L::Zeta},
                                               {50'000, 12'050, 0, 12'050, 7'000, 1},
                                               figure);
    return filter;
}

} // namespace

TEST_CASE("A selection carries a figure per customer, sorted with its ids", "[selection][figure]")
{
    const CustomerFigure days{QStringLiteral("Days since last purchase"),
                              CustomerFigure::Kind::Days,
                              {}};
    const CustomerSelectionPtr s = CustomerSelection::make(QStringLiteral("Lost"),
                                                           {9, 3, 0, 5, 3},
                                                           {90, 30, 1, 50, 31},
                                                           days);
    CHECK(s->ids == Ids{3, 5, 9});
    CHECK(s->values == std::vector<double>{30, 50, 90}); // of the two 3s the first
    REQUIRE(s->hasFigure());
    CHECK(s->valueOf(5) == 50.0);
    CHECK_FALSE(s->valueOf(4).has_value());
    CHECK(s->figure == days);
    // Without a label, or values that are not parallel, there is no figure; the ids stay.
    CHECK_FALSE(CustomerSelection::make(QStringLiteral("A"), {1, 2}, {1, 2}, {})->hasFigure());
    const CustomerSelectionPtr odd = CustomerSelection::make(QStringLiteral("A"), {2, 1}, {1}, days);
    CHECK_FALSE(odd->hasFigure());
    CHECK(odd->ids == Ids{1, 2});
    CHECK_FALSE(CustomerSelection::make(QStringLiteral("A"), {1})->valueOf(1).has_value());
}

TEST_CASE("The list shows a drill-down's figure as a column, sorted by it, largest first",
          "[model][selection][figure]")
{
    test::SmallList f;
    ChangeBus bus;
    CustomerListModel model(f.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(model.hasFigure());
    CHECK(model.headerData(CustomerListModel::Figure, Qt::Horizontal).toString()
          == QStringLiteral("Drill-down figure"));

    const CustomerFigure revenue{QStringLiteral("Revenue in period"),
                                 CustomerFigure::Kind::Money,
                                 QStringLiteral("EUR")};
    model.setFilter(withFigure(revenue));
    REQUIRE(model.hasFigure());
    CHECK(model.sortColumn() == CustomerListModel::Figure);
    CHECK(model.sortOrder() == Qt::DescendingOrder);
    // Equal figures by name: Anna Müller before Ben Müller.
    CHECK(modelIds(model) == (Ids{L::Cara, L::Anna, L::Ben, L::Zeta, L::Acme}));
    CHECK(figures(model) == std::vector<double>{50'000, 12'050, 12'050, 7'000, 0});
    CHECK(model.headerData(CustomerListModel::Figure, Qt::Horizontal).toString()
          == QStringLiteral("Revenue in period"));
    CHECK(model.index(0, CustomerListModel::Figure).data().toString()
          == Money{50'000, QStringLiteral("EUR")}.format());
    CHECK(model.index(0, CustomerListModel::Figure).data(Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));

    // The other way round, then another column, then the figure again.
    model.sort(CustomerListModel::Figure, Qt::AscendingOrder);
    CHECK(figures(model) == std::vector<double>{0, 7'000, 12'050, 12'050, 50'000});
    model.sort(CustomerListModel::Name, Qt::AscendingOrder);
    CHECK(model.sortColumn() == CustomerListModel::Name);
    CHECK(modelIds(model) == (Ids{L::Acme, L::Cara, L::Anna, L::Ben, L::Zeta}));
    CHECK(model.index(0, CustomerListModel::Figure).data().toString()
          == Money{0, QStringLiteral("EUR")}.format());
    model.sort(CustomerListModel::Figure, Qt::DescendingOrder);
    CHECK(modelIds(model) == (Ids{L::Cara, L::Anna, L::Ben, L::Zeta, L::Acme}));

    // Narrowed by a filter: still by the figure.
    CustomerListFilter people = model.filter();
    people.kind = CustomerKind::Person;
    model.setFilter(people);
    CHECK(model.sortColumn() == CustomerListModel::Figure);
    CHECK(modelIds(model) == (Ids{L::Cara, L::Anna, L::Ben}));

    // A search within the selection: best match first, or by the figure when asked.
    model.setSearchText(QStringLiteral("müller"));
    CHECK(model.rowCount() == 2);
    model.sort(CustomerListModel::Figure, Qt::AscendingOrder);
    CHECK(model.sortColumn() == CustomerListModel::Figure);
    CHECK(figures(model) == std::vector<double>{12'050, 12'050});
    model.setSearchText(QString());
    CHECK(model.sortColumn() == CustomerListModel::Figure);
    CHECK(model.sortOrder() == Qt::DescendingOrder);

    // A rename keeps the row where its figure puts it.
    f.exec(QStringLiteral("UPDATE customers SET name = 'Aaron Adams', sort_name = 'aaron adams'"
                          " WHERE id = %1")
               .arg(L::Cara));
    bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {L::Cara}, {}});
    CHECK(modelIds(model) == (Ids{L::Cara, L::Anna, L::Ben}));
    CHECK(model.index(0, CustomerListModel::Name).data().toString() == QStringLiteral("Aaron Adams"));

    // Kinds format as they should.
    CustomerListFilter scores;
    scores.selection = CustomerSelection::make(QStringLiteral("Vulnerable"),
                                               {L::Anna, L::Cara},
                                               {4, 9},
                                               {QStringLiteral("Survey score"),
                                                CustomerFigure::Kind::Score,
                                                {}});
    model.setFilter(scores);
    CHECK(model.index(0, CustomerListModel::Figure).data().toString() == QStringLiteral("9"));
    CustomerListFilter days;
    days.selection = CustomerSelection::make(QStringLiteral("Lost"),
                                             {L::Anna},
                                             {1234},
                                             {QStringLiteral("Days since last purchase"),
                                              CustomerFigure::Kind::Days,
                                              {}});
    model.setFilter(days);
    CHECK(model.index(0, CustomerListModel::Figure).data().toString()
          == display::count(1234));

    // A selection without a figure, or none: the column is empty and the list sorted by name.
    model.setFilter({});
    CHECK_FALSE(model.hasFigure());
    CHECK(model.sortColumn() == CustomerListModel::Name);
    CHECK(model.index(0, CustomerListModel::Figure).data().toString().isEmpty());
    model.sort(CustomerListModel::Figure, Qt::DescendingOrder); // nothing to sort by
    CHECK(model.sortColumn() == CustomerListModel::Name);
}
