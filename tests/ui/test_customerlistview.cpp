#include "core/domain/customer.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "tests/support/customerlistfixture.h"
#include "tests/ui/isolatedsettings.h"
#include "tests/ui/shownlist.h"
#include "ui/customerfilterbar.h"
#include "ui/customerlistview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace rapport;
using L = test::SmallList;

namespace {

using Shown = test::ShownList;

using test::waitForRows;

} // namespace

TEST_CASE("Typing in the search field narrows the list to the match", "[ui][list]")
{
    Shown s;
    CHECK(s.view.countLabel()->text() == QStringLiteral("5 customers"));
    s.view.focusSearch();
    CHECK(s.view.searchField()->hasFocus());

    QTest::keyClicks(s.view.searchField(), QStringLiteral("cara ad"));
    REQUIRE(waitForRows(s.model, 1));
    CHECK(s.model.idAt(0) == L::Cara);
    CHECK(s.view.countLabel()->text() == QStringLiteral("1 match"));

    // Enter opens the best match.
    QSignalSpy activated(&s.view, &CustomerListView::customerActivated);
    QTest::keyClick(s.view.searchField(), Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated[0][0].toLongLong() == L::Cara);

    // The last digits a caller reads out find them too; Enter right after typing searches first.
    s.view.searchField()->clear();
    QTest::keyClicks(s.view.searchField(), QStringLiteral("30 111"));
    QTest::keyClick(s.view.searchField(), Qt::Key_Enter);
    REQUIRE(activated.size() == 2);
    CHECK(activated[1][0].toLongLong() == L::Anna);

    // Escape clears the search: every customer again.
    QTest::keyClick(s.view.searchField(), Qt::Key_Escape);
    REQUIRE(waitForRows(s.model, 5));
    CHECK(s.view.searchField()->text().isEmpty());
    CHECK(s.view.countLabel()->text() == QStringLiteral("5 customers"));

    // Nothing found: zero rows and a line saying so.
    QTest::keyClicks(s.view.searchField(), QStringLiteral("xyzzy"));
    REQUIRE(waitForRows(s.model, 0));
    CHECK(s.view.countLabel()->text() == QStringLiteral("0 matches"));
}

TEST_CASE("Down in the search field walks into the matches", "[ui][list]")
{
    Shown s;
    s.view.setSearchDelay(0);
    s.view.focusSearch();
    QTest::keyClicks(s.view.searchField(), QStringLiteral("muller"));
    QTest::keyClick(s.view.searchField(), Qt::Key_Down);
    CHECK(s.view.table()->hasFocus());
    CHECK(s.model.rowCount() == 2);
    CHECK(s.view.currentCustomerId() == L::Anna);
    QTest::keyClick(s.view.table(), Qt::Key_Down);
    CHECK(s.view.currentCustomerId() == L::Ben);
}

TEST_CASE("Letters typed in the list go to the search field", "[ui][list]")
{
    // Not Qt's type-to-find, which would walk every row of a million-customer list on the GUI
    // thread.
    Shown s;
    s.view.setSearchDelay(0);
    s.view.table()->setFocus();
    s.view.table()->setCurrentIndex(s.model.index(0, 0));
    QTest::keyClicks(s.view.table(), QStringLiteral("cara"));
    CHECK(s.view.searchField()->hasFocus());
    CHECK(s.view.searchField()->text() == QStringLiteral("cara"));
    REQUIRE(waitForRows(s.model, 1));
    CHECK(s.model.idAt(0) == L::Cara);
    // Arrows and Enter still work in the table.
    s.view.searchField()->clear();
    REQUIRE(waitForRows(s.model, 5));
    s.view.table()->setFocus();
    s.view.table()->setCurrentIndex(s.model.index(0, 0));
    QTest::keyClick(s.view.table(), Qt::Key_Down);
    CHECK(s.view.table()->hasFocus());
    CHECK(s.view.table()->currentIndex().row() == 1);
}

TEST_CASE("Choosing a filter narrows the count", "[ui][list]")
{
    Shown s;
    QComboBox *stage = s.view.filterBar()->stageBox();
    stage->setFocus();
    // Any stage, Lead, Prospect, Active.
    QTest::keyClick(stage, Qt::Key_Down);
    QTest::keyClick(stage, Qt::Key_Down);
    QTest::keyClick(stage, Qt::Key_Down);
    CHECK(stage->currentText() == lifecycleStageName(LifecycleStage::Active));
    CHECK(s.model.rowCount() == 3);
    CHECK(s.view.countLabel()->text() == QStringLiteral("3 customers"));
    CHECK(s.view.countLabel()->toolTip() == QStringLiteral("3 customers match the filters"));

    // Anyone's, Nobody's.
    QComboBox *owner = s.view.filterBar()->ownerBox();
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Down);
    CHECK(s.model.rowCount() == 1);
    CHECK(s.model.idAt(0) == L::Cara);
    CHECK(s.view.countLabel()->toolTip() == QStringLiteral("1 customer matches the filters"));

    // The filters hold while searching.
    s.view.setSearchDelay(0);
    s.view.focusSearch();
    QTest::keyClicks(s.view.searchField(), QStringLiteral("muller"));
    REQUIRE(waitForRows(s.model, 0));
    s.view.searchField()->clear();
    REQUIRE(waitForRows(s.model, 1));

    // The tag list offers the tags; one filter among the others.
    QComboBox *tag = s.view.filterBar()->tagBox();
    CHECK(tag->findText(QStringLiteral("vip")) > 0);
    s.view.filterBar()->clear();
    CHECK(s.model.rowCount() == 5);
    tag->setCurrentIndex(tag->findText(QStringLiteral("vip")));
    CHECK(s.model.rowCount() == 2);
}

TEST_CASE("Enter or a double click on a row opens its customer", "[ui][list]")
{
    Shown s;
    QSignalSpy activated(&s.view, &CustomerListView::customerActivated);
    QTableView *table = s.view.table();
    const int row = s.model.rowOf(L::Ben);
    table->setFocus();
    table->setCurrentIndex(s.model.index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated[0][0].toLongLong() == L::Ben);

    const int zeta = s.model.rowOf(L::Zeta);
    const QRect cell = table->visualRect(s.model.index(zeta, CustomerListModel::City));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(activated.size() == 2);
    CHECK(activated[1][0].toLongLong() == L::Zeta);
}

TEST_CASE("Columns chosen in the header menu and the sort are kept", "[ui][list]")
{
    test::IsolatedSettings settings(QStringLiteral("listview"));
    QByteArray state;
    {
        Shown s;
        QHeaderView *header = s.view.table()->horizontalHeader();
        // Choose Email off in the header's menu, from the menu's own event loop.
        QTimer::singleShot(0, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            REQUIRE(menu != nullptr);
            for (QAction *action : menu->actions()) {
                if (action->text() == QStringLiteral("E-mail"))
                    action->trigger();
                if (action->text() == QStringLiteral("Name"))
                    CHECK_FALSE(action->isEnabled());
            }
            menu->close();
        });
        Q_EMIT header->customContextMenuRequested(QPoint(20, 5));
        CHECK(header->isSectionHidden(CustomerListModel::Email));
        header->resizeSection(CustomerListModel::City, 211);
        s.view.table()->sortByColumn(CustomerListModel::Revenue, Qt::DescendingOrder);
        CHECK(s.model.sortColumn() == CustomerListModel::Revenue);
        // Searching does not change the order kept.
        s.view.setSearchDelay(0);
        s.view.focusSearch();
        QTest::keyClicks(s.view.searchField(), QStringLiteral("muller"));
        REQUIRE(waitForRows(s.model, 2));
        QSettings kept;
        s.view.saveSettings(kept);
        state = s.view.saveState();
    }
    Shown again;
    QSettings kept;
    again.view.restoreSettings(kept);
    QHeaderView *header = again.view.table()->horizontalHeader();
    CHECK(header->isSectionHidden(CustomerListModel::Email));
    CHECK(header->sectionSize(CustomerListModel::City) == 211);
    CHECK(again.model.sortColumn() == CustomerListModel::Revenue);
    CHECK(again.model.sortOrder() == Qt::DescendingOrder);
    CHECK(again.model.idAt(0) == L::Cara);
    CHECK(header->sortIndicatorSection() == CustomerListModel::Revenue);

    // A state before a model is set waits for it; nonsense is refused.
    CustomerListView later;
    REQUIRE(later.restoreState(state));
    later.setModel(&again.model);
    CHECK(later.table()->horizontalHeader()->isSectionHidden(CustomerListModel::Email));
    CHECK_FALSE(later.restoreState(QByteArray("not a state")));
    later.setModel(nullptr);
}

TEST_CASE("A selection shows exactly its customers under a chip whose ✕ brings the list back",
          "[ui][list][selection]")
{
    Shown s;
    QSignalSpy changed(&s.view, &CustomerListView::selectionChanged);
    CustomerFilterBar *bar = s.view.filterBar();
    CHECK_FALSE(bar->selectionChip()->isVisible());
    CHECK(s.view.windowTitle() == QStringLiteral("Customers"));

    // A filter and a search before: the selection clears both.
    bar->stageBox()->setCurrentIndex(3);
    REQUIRE(s.model.rowCount() == 3);
    s.view.setSearchDelay(0);
    QTest::keyClicks(s.view.searchField(), QStringLiteral("cara"));
    REQUIRE(waitForRows(s.model, 1));

    s.view.showSelection(QStringLiteral("RFM segment: At risk"), {L::Ben, L::Acme, L::Anna});
    CHECK(changed.size() == 1);
    REQUIRE(s.view.selection());
    CHECK(s.view.selection()->size() == 3);
    CHECK(s.view.searchField()->text().isEmpty());
    CHECK(bar->stageBox()->currentIndex() == 0);
    REQUIRE(s.model.rowCount() == 3);
    CHECK(s.model.idAt(0) == L::Acme);
    CHECK(s.model.idAt(1) == L::Anna);
    CHECK(s.model.idAt(2) == L::Ben);
    CHECK(bar->selectionChip()->isVisible());
    CHECK(bar->selectionLabel()->text() == QStringLiteral("RFM segment: At risk · 3 customers"));
    CHECK(s.view.countLabel()->text() == QStringLiteral("3 customers"));
    CHECK(s.view.countLabel()->toolTip() == QStringLiteral("3 selected customers"));
    CHECK(s.view.windowTitle() == QStringLiteral("RFM segment: At risk · 3 customers"));
    CHECK(s.view.table()->hasFocus());
    CHECK(s.view.currentCustomerId() == L::Acme);

    // The boxes narrow it further; the chip stays.
    bar->kindBox()->setCurrentIndex(1); // persons
    CHECK(s.model.rowCount() == 2);
    CHECK(s.view.countLabel()->text() == QStringLiteral("2 of 3"));
    CHECK(s.view.countLabel()->toolTip()
          == QStringLiteral("2 of 3 selected customers match the filters"));
    CHECK(bar->selectionChip()->isVisible());
    CHECK(s.view.selection());

    // Render it for a look (RAPPORT_SHOT_DIR set: a PNG there).
    if (const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(50); // the layout takes the new texts in from the event loop
        CHECK(s.view.grab().save(dir + QStringLiteral("/list-selection.png")));
    }

    // The chip's ✕: every customer again, the boxes back at "any".
    QTest::mouseClick(bar->selectionCloseButton(), Qt::LeftButton);
    CHECK(changed.size() == 2);
    CHECK_FALSE(s.view.selection());
    CHECK(s.model.rowCount() == 5);
    CHECK(bar->kindBox()->currentIndex() == 0);
    CHECK_FALSE(bar->selectionChip()->isVisible());
    CHECK(s.view.countLabel()->text() == QStringLiteral("5 customers"));
    CHECK(s.view.windowTitle() == QStringLiteral("Customers"));

    // Escape in the table does the same; without a selection it leaves the list alone.
    s.view.showSelection(QStringLiteral("Cohort 2026-01, month 3"), {L::Zeta});
    REQUIRE(s.model.rowCount() == 1);
    QTest::keyClick(s.view.table(), Qt::Key_Escape);
    CHECK_FALSE(s.view.selection());
    CHECK(s.model.rowCount() == 5);
    QTest::keyClick(s.view.table(), Qt::Key_Escape);
    CHECK(s.model.rowCount() == 5);

    // An empty selection shows nobody, and says so.
    s.view.showSelection(QStringLiteral("Nobody"), {});
    CHECK(s.model.rowCount() == 0);
    CHECK(bar->selectionLabel()->text() == QStringLiteral("Nobody · 0 customers"));
    CHECK(s.view.countLabel()->toolTip() == QStringLiteral("0 selected customers"));
    bar->clear();
    CHECK(s.model.rowCount() == 5);
    CHECK_FALSE(s.view.selection());
}

TEST_CASE("Wide windows give their room to names and e-mails, stages fit, the filters stay put",
          "[ui][list]")
{
    Shown s;
    QHeaderView *header = s.view.table()->horizontalHeader();
    s.view.resize(1280, 800);
    QTest::qWait(20);
    const int name = header->sectionSize(CustomerListModel::Name);
    const int organisation = header->sectionSize(CustomerListModel::Organisation);
    const int email = header->sectionSize(CustomerListModel::Email);
    const int revenue = header->sectionSize(CustomerListModel::Revenue);
    s.view.resize(1600, 1000);
    QTest::qWait(20);
    const int grown = header->sectionSize(CustomerListModel::Name)
                      + header->sectionSize(CustomerListModel::Organisation)
                      + header->sectionSize(CustomerListModel::Email) - name - organisation - email;
    CHECK(grown >= 300);
    CHECK(header->sectionSize(CustomerListModel::Name) > name);
    CHECK(header->sectionSize(CustomerListModel::Email) > email);
    CHECK(header->sectionSize(CustomerListModel::Revenue) == revenue);
    CHECK(std::abs(header->length() - s.view.table()->viewport()->width()) <= 1);
    s.view.resize(1280, 800); // and back
    QTest::qWait(20);
    CHECK(header->sectionSize(CustomerListModel::Name) == name);
    CHECK(header->sectionSize(CustomerListModel::Organisation) == organisation);
    CHECK(header->sectionSize(CustomerListModel::Email) == email);

    // Every stage's name fits its column.
    const QFontMetrics metrics = s.view.table()->fontMetrics();
    for (int stage = 0; stage < int(lifecycleStageKeys.size()); ++stage)
        CHECK(metrics.horizontalAdvance(lifecycleStageName(LifecycleStage(stage))) + 12
              <= header->sectionSize(CustomerListModel::Stage));

    // A count of another width moves neither the search field nor the filters.
    const QRect search = s.view.searchField()->geometry();
    const QRect filters = s.view.filterBar()->geometry();
    s.view.setSearchDelay(0);
    s.view.focusSearch();
    QTest::keyClicks(s.view.searchField(), QStringLiteral("muller"));
    REQUIRE(waitForRows(s.model, 2));
    CHECK(s.view.countLabel()->text() == QStringLiteral("2 matches"));
    QTest::qWait(20);
    CHECK(s.view.searchField()->geometry() == search);
    CHECK(s.view.filterBar()->geometry() == filters);
}
