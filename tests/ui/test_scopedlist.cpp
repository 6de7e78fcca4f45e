// The customer list of a reader whose role shows only some customers (a rep's scope): the scope
// is not a filter the user set, so the list never offers to clear it or names it as one.
#include "core/domain/permission.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "tests/support/customerlistfixture.h"
#include "tests/ui/isolatedsettings.h"
#include "tests/ui/shownlist.h"
#include "ui/customerfilterbar.h"
#include "ui/customerlistview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace rapport;
using L = test::SmallList;

TEST_CASE("A rep's scope is no filter: Clear Filters stays off and a search names no filters",
          "[ui][list][scope]")
{
    test::IsolatedSettings settings(QStringLiteral("scopedlist"));
    L f;
    ChangeBus bus;
    CustomerListModel model(f.db(), &bus);
    // As the main window does: the scope first, then the view.
    model.setScope(CustomerScope::ownedBy({f.zoe}));
    CustomerListView view;
    view.setModel(&model);
    view.resize(1400, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(test::waitForRows(model, 2)); // Zeta AG and Anna Müller

    auto *clear = view.filterBar()->findChild<QToolButton *>(QStringLiteral("clearFilters"));
    REQUIRE(clear);
    CHECK_FALSE(clear->isEnabled());
    CHECK(view.filterBar()->activeFilters().isEmpty());
    CHECK(view.countLabel()->toolTip().isEmpty()); // not "2 customers match the filters"

    view.setSearchDelay(0);
    view.focusSearch();
    QTest::keyClicks(view.searchField(), QStringLiteral("muller"));
    REQUIRE(test::waitForRows(model, 1));
    CHECK(model.idAt(0) == L::Anna);
    // No "Only matches within the filters are shown" and no "Search all customers".
    CHECK(view.emptyNote()->isHidden());
    // Ctrl+K has nothing to take away.
    CHECK_FALSE(view.searchAllCustomers());
    CHECK(model.rowCount() == 1);

    // A filter the rep chooses is one: it can be cleared, and the scope stays.
    view.searchField()->clear();
    REQUIRE(test::waitForRows(model, 2));
    QComboBox *stage = view.filterBar()->stageBox();
    stage->setCurrentIndex(stage->findText(lifecycleStageName(LifecycleStage::Active)));
    CHECK(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK_FALSE(clear->isEnabled());
    REQUIRE(test::waitForRows(model, 2));
    CHECK_FALSE(model.filter().scope.isEverything());
}
