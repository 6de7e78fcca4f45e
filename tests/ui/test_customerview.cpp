#include "core/models/customerprofile.h"
#include "core/models/relatedcustomersmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/customerservice.h"
#include "core/services/interactionservice.h"
#include "core/services/noteservice.h"
#include "core/services/workspace.h"
#include "core/storage/customerrepository.h"
#include "tests/support/customerhistory.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerheader.h"
#include "ui/customerpanels.h"
#include "ui/customerview.h"
#include "ui/taskeditor.h"
#include "ui/timelinepane.h"
#include "ui/timelineview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// The history's "now", a working day at noon.
QDateTime historyNow()
{
    return QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
}

struct Fixture
{
    test::IsolatedSettings settings{QStringLiteral("customerview")};
    test::TempWorkspace tw{historyNow()};
    test::CustomerHistory h = test::CustomerHistory::build(tw.db());
    CustomerView view{tw.workspace()};

    Fixture()
    {
        // Anna, a service agent, sees every customer (Ben, a rep without a team, only his own).
        REQUIRE(tw->setCurrentUser(h.anna).ok());
        view.resize(1280, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.showCustomer(h.acme);
    }

    TimelineModel *timeline() const { return view.profile()->timeline(); }
};

// Receives the URLs QDesktopServices would hand to the desktop.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

TEST_CASE("The 360° view shows the customer's header, timeline and panels", "[ui][customerview]")
{
    Fixture f;
    CHECK(f.view.currentCustomerId() == f.h.acme);
    CHECK(f.view.title() == QStringLiteral("Acme GmbH"));
    CHECK(f.view.message().isEmpty());
    CHECK(f.view.header()->findChild<QLabel *>(QStringLiteral("customerName"))->text()
          == QStringLiteral("Acme GmbH"));
    CHECK(f.timeline()->rowCount() == 24);
    CHECK(f.view.panels()->relationshipsView()->model()->rowCount() == 4);
    CHECK(
        f.view.panels()->tabs()->tabText(CustomerPanels::Cases).contains(QStringLiteral("1 open")));
    QAbstractItemModelTester tester(f.timeline(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The primary phone and e-mail open tel: and mailto:.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("tel"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
    auto *phone = f.view.header()->findChild<QToolButton *>(QStringLiteral("phoneButton"));
    auto *mail = f.view.header()->findChild<QToolButton *>(QStringLiteral("mailButton"));
    REQUIRE(phone);
    REQUIRE(mail);
    QTest::mouseClick(phone, Qt::LeftButton);
    QTest::mouseClick(mail, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    REQUIRE(catcher.urls.size() == 2);
    CHECK(catcher.urls[0].toString() == QStringLiteral("tel:+4930123456"));
    CHECK(catcher.urls[1].toString() == QStringLiteral("mailto:info@acme.example"));
}

TEST_CASE("Clicking a related customer announces its id", "[ui][customerview]")
{
    Fixture f;
    QSignalSpy activated(&f.view, &CustomerView::customerActivated);
    QTableView *related = f.view.panels()->relationshipsView();
    const QAbstractItemModel *model = related->model();
    // Ada (Acme's CTO) is the first row; one click on her name.
    REQUIRE(model->index(0, RelatedCustomersModel::Name).data().toString()
            == QStringLiteral("Ada Lovelace"));
    const QRect cell = related->visualRect(model->index(0, RelatedCustomersModel::Name));
    REQUIRE(cell.isValid());
    QTest::mouseClick(related->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == f.h.ada);

    // A click on the relation column only selects; Enter opens the current row.
    const QRect relation = related->visualRect(model->index(3, RelatedCustomersModel::Relation));
    QTest::mouseClick(related->viewport(), Qt::LeftButton, {}, relation.center());
    CHECK(activated.size() == 1);
    QTest::keyClick(related, Qt::Key_Return);
    REQUIRE(activated.size() == 2);
    CHECK(activated.at(1).at(0).toLongLong() == f.h.supplier);

    // A person's view links to the organisation in the header.
    f.view.showCustomer(f.h.ada);
    auto *details = f.view.header()->findChild<QLabel *>(QStringLiteral("customerDetails"));
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("Acme GmbH")));
    Q_EMIT details->linkActivated(QStringLiteral("customer:%1").arg(f.h.acme));
    REQUIRE(activated.size() == 3);
    CHECK(activated.at(2).at(0).toLongLong() == f.h.acme);
}

TEST_CASE("A call logged elsewhere appears at the top of the timeline at once", "[ui][customerview]")
{
    Fixture f;
    TimelineView *list = f.view.timelinePane()->view();
    const QString before
        = f.view.header()->findChild<QLabel *>(QStringLiteral("customerName"))->text();
    CHECK(before == QStringLiteral("Acme GmbH"));

    f.tw.setNow(historyNow().addSecs(1800));
    InteractionService calls(f.tw.workspace());
    CallLog call;
    call.interaction.customerId = f.h.acme;
    call.interaction.channel = Channel::Phone;
    call.interaction.subject = QStringLiteral("Asked for the new price list");
    auto logged = calls.log(call);
    REQUIRE(logged.ok());
    CHECK(f.timeline()->rowCount() == 25);
    const QModelIndex top = list->model()->index(0, 0);
    CHECK(top.data(TimelineModel::IdRole).toLongLong() == logged->interactionId);
    CHECK(top.data(TimelineModel::TitleRole).toString()
          == QStringLiteral("Asked for the new price list"));
    // The header follows: the last contact is today.
    CHECK(f.view.profile()->overview().lastContactAt == historyNow().addSecs(1800));
    CHECK(f.view.profile()->overview().interactionCount == 9);

    // A call for another customer leaves the timeline alone.
    CallLog other;
    other.interaction.customerId = f.h.ada;
    other.interaction.channel = Channel::Email;
    other.interaction.subject = QStringLiteral("Not Acme's");
    REQUIRE(calls.log(other).ok());
    CHECK(f.timeline()->rowCount() == 25);
}

TEST_CASE("The filters narrow the timeline by kind and by channel", "[ui][customerview]")
{
    Fixture f;
    TimelinePane *pane = f.view.timelinePane();
    QToolButton *contacts = pane->groupButton(int(TimelineGroup::Interactions));
    QToolButton *tasks = pane->groupButton(int(TimelineGroup::Tasks));
    REQUIRE(contacts);
    CHECK(contacts->text().contains(QStringLiteral("8")));
    QTest::mouseClick(contacts, Qt::LeftButton);
    CHECK(f.timeline()->rowCount() == 16);
    QTest::mouseClick(tasks, Qt::LeftButton);
    CHECK(f.timeline()->rowCount() == 11);
    QTest::mouseClick(contacts, Qt::LeftButton);
    QTest::mouseClick(tasks, Qt::LeftButton);
    CHECK(f.timeline()->rowCount() == 24);

    // The channel box by keyboard: down to "Phone".
    QComboBox *channel = pane->channelFilter();
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    CHECK(channel->currentIndex() == 1);
    CHECK(f.timeline()->rowCount() == 1);
    CHECK(f.timeline()->keyAt(0).id == f.h.i1);
    // Another customer starts unfiltered. (Ada is not Ben's, and a rep sees only their own when
    // they have no team: Anna, a service agent, sees every customer.)
    REQUIRE(f.tw->setCurrentUser(f.h.anna).ok());
    f.view.showCustomer(f.h.ada);
    CHECK(channel->currentIndex() == 0);
    CHECK(f.timeline()->rowCount() == 2);
}

TEST_CASE("A note typed in the view is saved, shown on top, and undone", "[ui][customerview]")
{
    Fixture f;
    QUndoStack undo;
    f.view.setUndoStack(&undo);
    f.view.addNoteAction()->trigger();
    QLineEdit *editor = f.view.timelinePane()->noteEditor();
    CHECK(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("Wants a quote for 20 more seats"));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(editor->text().isEmpty());
    CHECK(f.timeline()->rowCount() == 25);
    CHECK(f.timeline()->keyAt(0).type == TimelineEntryType::Note);
    CHECK(f.timeline()->index(0).data(TimelineModel::TitleRole).toString()
          == QStringLiteral("Wants a quote for 20 more seats"));
    CHECK(f.timeline()->index(0).data(TimelineModel::PersonRole).toString()
          == QStringLiteral("anna"));
    REQUIRE(undo.count() == 1);
    undo.undo();
    CHECK(f.timeline()->rowCount() == 24);
    undo.redo();
    CHECK(f.timeline()->rowCount() == 25);
    CHECK(f.timeline()->keyAt(0).type == TimelineEntryType::Note);
}

TEST_CASE("A customer in the trash or gone is told clearly", "[ui][customerview]")
{
    Fixture f;
    QSignalSpy titles(&f.view, &CustomerView::titleChanged);
    CustomerService &customers = f.tw->customers();
    Customer acme = *customers.get(f.h.acme);
    REQUIRE(f.tw->setCurrentUser(f.h.ben).ok()); // Acme is his: a rep may delete his own
    REQUIRE(customers.moveToTrash(acme).ok());
    auto *banner = f.view.findChild<QLabel *>(QStringLiteral("trashBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("trash")));
    CHECK(f.view.title().contains(QStringLiteral("trash")));
    CHECK_FALSE(f.view.timelinePane()->noteEditor()->isEnabled());
    CHECK(f.timeline()->rowCount() == 24); // the history stays readable
    CHECK(titles.size() == 1);

    REQUIRE(customers.restore(acme).ok());
    CHECK_FALSE(banner->isVisible());
    CHECK(f.view.timelinePane()->noteEditor()->isEnabled());

    // Deleted for good while shown.
    REQUIRE(test::committed(f.tw.db(), [&] {
                return CustomerRepository(f.tw.db()).purge(f.h.acme);
            }).ok());
    f.tw->changes().publish(
        {ChangeNotice::Entity::Customer, ChangeNotice::Action::Deleted, {f.h.acme}, {f.h.acme}});
    CHECK(f.view.message().contains(QStringLiteral("does not exist")));
    CHECK(f.view.title() == QStringLiteral("Customer not found"));
    CHECK(f.timeline()->rowCount() == 0);

    f.view.showCustomer(987654);
    CHECK(f.view.message().contains(QStringLiteral("987654")));
    f.view.showCustomer(0);
    CHECK(f.view.message().contains(QStringLiteral("No customer")));
}

TEST_CASE("Activating case and task entries announces them", "[ui][customerview]")
{
    Fixture f;
    QSignalSpy cases(&f.view, &CustomerView::caseActivated);
    QSignalSpy tasks(&f.view, &CustomerView::taskActivated);
    TimelineView *list = f.view.timelinePane()->view();
    // Row 0 is the call-back task; Enter on it.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.at(0).at(0).toLongLong() == f.h.t1);
    // ... which opens the task's editor; close it to go on.
    auto *editor = f.view.findChild<TaskEditor *>();
    REQUIRE(editor != nullptr);
    CHECK(editor->original().id == f.h.t1);
    editor->reject();
    QTest::qWait(1);
    // Double-click on the complaint's row (row 5): a press and release, then the double click.
    const QModelIndex complaint = list->model()->index(5, 0);
    list->scrollTo(complaint);
    const QPoint at = list->visualRect(complaint).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(cases.size() == 1);
    CHECK(cases.at(0).at(0).toLongLong() == f.h.c1);

    // The cases tab: Enter on the open complaint.
    QTableView *caseList = f.view.panels()->casesView();
    f.view.panels()->tabs()->setCurrentIndex(CustomerPanels::Cases);
    caseList->setFocus();
    caseList->setCurrentIndex(caseList->model()->index(0, 0));
    QTest::keyClick(caseList, Qt::Key_Enter);
    REQUIRE(cases.size() == 2);
    CHECK(cases.at(1).at(0).toLongLong() == f.h.c1);
}

TEST_CASE("Relative days and ages in the header", "[ui][customerview]")
{
    const QDate today(2026, 6, 30);
    CHECK(CustomerHeader::relativeDay(today, today) == QStringLiteral("today"));
    CHECK(CustomerHeader::relativeDay(today.addDays(-1), today) == QStringLiteral("yesterday"));
    CHECK(CustomerHeader::relativeDay(today.addDays(1), today) == QStringLiteral("tomorrow"));
    CHECK(CustomerHeader::relativeDay(today.addDays(-5), today).contains(QStringLiteral("5")));
    CHECK(CustomerHeader::relativeDay(today.addDays(-21), today).contains(QStringLiteral("3")));
    CHECK(CustomerHeader::relativeDay(today.addDays(9), today).startsWith(QStringLiteral("in 9")));
    CHECK(CustomerHeader::age(QDate(2023, 4, 1), today).contains(QStringLiteral("3")));
    CHECK(CustomerHeader::age(QDate(2026, 6, 20), today).contains(QStringLiteral("10")));
    CHECK(CustomerHeader::age(QDate(2027, 1, 1), today).isEmpty());
}

#include "test_customerview.moc"
