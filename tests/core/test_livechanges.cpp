// LiveChanges: what another connection commits to the same file reaches this workspace's bus and
// models within 2 s, as the notices a local write publishes; its own writes are not published
// twice.
#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/historyentry.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/services/livechanges.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/support/tempworkspace.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

constexpr int WithinMs = 2000;

std::unique_ptr<Workspace> openOther(const QString &path)
{
    auto opened = Workspace::open(path, Database::Mode::Existing);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    return std::move(opened).value();
}

qint64 addCustomer(Workspace &w, const QString &last)
{
    Customer c;
    c.firstName = QStringLiteral("Ada");
    c.lastName = last;
    c.stage = LifecycleStage::Active;
    QList<ContactPoint> points;
    auto id = w.customers().create(c, points);
    if (!id)
        FAIL(id.error().message().toStdString());
    return *id;
}

// Waits for a notice that `match` accepts among those `spy` caught.
template<typename Match>
bool waitForNotice(QSignalSpy &spy, Match match, int ms = WithinMs)
{
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (match(args.at(0).value<ChangeNotice>()))
                    return true;
            }
            return false;
        },
        ms);
}

// The list shows `rows` within the 2 s (the timer runs meanwhile).
bool rowsWithin(const CustomerListModel &list, int rows)
{
    return QTest::qWaitFor([&] { return list.rowCount() == rows; }, WithinMs);
}

HistoryEntry entry(qint64 id,
                   qint64 batch,
                   const char *op,
                   const char *entity,
                   qint64 entityId,
                   qint64 customer,
                   const char *changes = "{}")
{
    HistoryEntry e;
    e.id = id;
    e.batch = batch;
    e.operation = QString::fromLatin1(op);
    e.entity = QString::fromLatin1(entity);
    e.entityId = entityId;
    e.customerId = customer;
    e.changes = QString::fromLatin1(changes);
    return e;
}

} // namespace

TEST_CASE("Live changes: one notice per entity and action of a batch", "[live]")
{
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    const QList<HistoryEntry> entries{
        // A call logged with a follow-up task: one batch.
        entry(10, 10, "create", "interaction", 501, 7),
        entry(11, 10, "create", "task", 88, 7),
        // A customer edit: the customer, two contact points, a tag.
        entry(12, 12, "update", "customer", 7, 7),
        entry(13, 12, "update", "contact_point", 31, 7),
        entry(14, 12, "create", "contact_point", 32, 7),
        entry(15, 12, "update", "contact_point", 31, 7),
        entry(16, 12, "create", "customer_tag", 3, 7),
        // Two customers to the trash, one restored; a link between two customers.
        entry(17, 17, "trash", "customer", 8, 8),
        entry(18, 17, "trash", "customer", 9, 9),
        entry(19, 19, "restore", "customer", 5, 5),
        entry(20, 20, "create", "relationship", 4, 5, R"({"from_id":[null,5],"to_id":[null,6]})"),
        entry(21, 21, "create", "order_line", 70, 5, R"({"order_id":[null,44]})"),
    };
    const QList<ChangeNotice> notices = LiveChanges::noticesFor(entries);
    REQUIRE(notices.size() == 9);
    const auto is =
        [](const ChangeNotice &n, Entity e, Action a, QList<qint64> ids, QList<qint64> customers) {
            return n.entity == e && n.action == a && n.ids == ids && n.customerIds == customers;
        };
    CHECK(is(notices[0], Entity::Interaction, Action::Created, {501}, {7}));
    CHECK(is(notices[1], Entity::Task, Action::Created, {88}, {7}));
    CHECK(is(notices[2], Entity::Customer, Action::Updated, {7}, {7})); // with the tag
    CHECK(is(notices[3], Entity::ContactPoint, Action::Updated, {31}, {7}));
    CHECK(is(notices[4], Entity::ContactPoint, Action::Created, {32}, {7}));
    CHECK(is(notices[5], Entity::Customer, Action::Deleted, {8, 9}, {8, 9}));
    CHECK(is(notices[6], Entity::Customer, Action::Restored, {5}, {5}));
    CHECK(is(notices[7], Entity::Relationship, Action::Created, {4}, {5, 6}));
    CHECK(is(notices[8], Entity::Order, Action::Updated, {44}, {5}));

    // Another client's team, membership or permission change: one User notice without ids (any
    // user's access may have changed), as AccountService publishes in this process.
    const QList<ChangeNotice> teams = LiveChanges::noticesFor(
        {entry(30, 30, "create", "team", 3, 0),
         entry(31, 30, "create", "user_team", 12, 0),
         entry(32, 30, "update", "permission", 4, 0)});
    REQUIRE(teams.size() == 1);
    CHECK(is(teams[0], Entity::User, Action::Updated, {}, {}));

    // A batch head (an import, the demo load) anywhere: one Reset for everything read.
    QList<HistoryEntry> withImport = entries;
    withImport.append(entry(22, 22, "batch", "import", 0, 0));
    const QList<ChangeNotice> reset = LiveChanges::noticesFor(withImport);
    REQUIRE(reset.size() == 1);
    CHECK(reset[0].entity == Entity::Everything);
    CHECK(reset[0].action == Action::Reset);
    // A setting (the currency, the phone region) changes what everything shows.
    const QList<ChangeNotice> setting = LiveChanges::noticesFor(
        {entry(30, 30, "update", "setting", 0, 0, R"({"value":["EUR","USD"]})")});
    REQUIRE(setting.size() == 1);
    CHECK(setting[0].action == Action::Reset);
}

TEST_CASE("Live changes: a write on another connection reaches this bus and list", "[live]")
{
    test::TempWorkspace here;
    for (int i = 0; i < 3; ++i)
        addCustomer(here.workspace(), QStringLiteral("Here%1").arg(i));
    here->live().setInterval(50);
    std::unique_ptr<Workspace> there = openOther(here.path());

    CustomerListModel list(here.db(), &here->changes());
    CHECK(rowsWithin(list, 3));
    QSignalSpy notices(&here->changes(), &ChangeBus::changed);

    const qint64 id = addCustomer(*there, QStringLiteral("There"));
    REQUIRE(waitForNotice(notices, [id](const ChangeNotice &n) {
        return n.entity == ChangeNotice::Entity::Customer
               && n.action == ChangeNotice::Action::Created && n.ids == QList<qint64>{id};
    }));
    CHECK(rowsWithin(list, 4));

    // Moved to the trash over there: gone here.
    CustomerService &thereService = there->customers();
    Result<Customer> trashed = thereService.get(id);
    REQUIRE(trashed);
    REQUIRE(thereService.moveToTrash(*trashed));
    CHECK(rowsWithin(list, 3));

    // This workspace's own write is published once (by its door), not again when the other
    // side's next write makes it read the history.
    notices.clear();
    const qint64 mine = addCustomer(here.workspace(), QStringLiteral("Mine"));
    const qint64 theirs = addCustomer(*there, QStringLiteral("Theirs"));
    REQUIRE(
        waitForNotice(notices, [theirs](const ChangeNotice &n) { return n.ids.contains(theirs); }));
    int aboutMine = 0;
    for (const QList<QVariant> &args : std::as_const(notices))
        aboutMine += args.at(0).value<ChangeNotice>().ids.contains(mine) ? 1 : 0;
    CHECK(aboutMine == 1);
    CHECK(rowsWithin(list, 5));
    CHECK(here->live().lastSeen() > 0);
}

TEST_CASE("Live changes: a write that leaves no history publishes nothing", "[live]")
{
    test::TempWorkspace here;
    here->live().stop();
    auto other = Database::open(here.path(), Database::Mode::Existing);
    REQUIRE(other);
    const Result<qint64> before = here.db().dataVersion();
    REQUIRE(before);
    // A derived table nobody records (no door on this connection, not a captured table).
    REQUIRE((*other)->exec(QStringLiteral("CREATE TABLE scratch (x)")));
    const Result<qint64> after = here.db().dataVersion();
    REQUIRE(after);
    CHECK(*after != *before);
    QSignalSpy notices(&here->changes(), &ChangeBus::changed);
    const Result<int> published = here->live().poll();
    REQUIRE(published);
    CHECK(*published == 0);
    CHECK(notices.isEmpty());
    // Nothing moved since: the next poll does not even read the history.
    CHECK(*here->live().poll() == 0);
}

#ifdef RAPPORT_CLI_PATH
TEST_CASE("Live changes: an import by rapport-cli in another process shows in the open list",
          "[live]")
{
    test::TempWorkspace here;
    for (int i = 0; i < 2; ++i)
        addCustomer(here.workspace(), QStringLiteral("Here%1").arg(i));
    CustomerListModel list(here.db(), &here->changes());
    CHECK(rowsWithin(list, 2));
    qint64 shown = 0;
    QObject::connect(&list, &CustomerListModel::countChanged, &list, [&](int n) { shown = n; });
    QSignalSpy notices(&here->changes(), &ChangeBus::changed);

    QTemporaryDir dir;
    const QString orders = dir.filePath(QStringLiteral("orders.txt"));
    QFile file(orders);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(" customer_id  date number_of_cds  dollar_value\n"
               " 00001 19970101  1   11.77\n 00002 19970112  2   24.00\n"
               " 00003 19970301  1   9.99\n 00001 19970302  1   5.00\n");
    file.close();
    QProcess cli;
    cli.start(QStringLiteral(RAPPORT_CLI_PATH),
              {QStringLiteral("import-orders"),
               QStringLiteral("--db"),
               here.path(),
               QStringLiteral("--format"),
               QStringLiteral("cdnow"),
               orders});
    REQUIRE(cli.waitForFinished(60'000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);

    REQUIRE(waitForNotice(notices, [](const ChangeNotice &n) {
        return n.entity == ChangeNotice::Entity::Everything
               && n.action == ChangeNotice::Action::Reset;
    }));
    CHECK(rowsWithin(list, 5));
    CHECK(shown == 5); // what the count beside the list says
}
#endif
