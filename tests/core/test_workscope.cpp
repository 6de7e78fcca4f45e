// The work lists within the reader's scope (issue 13): "my day" (MyDayModel, TaskService, the
// due-task watcher), "my open cases" (MyCasesModel) and the trash (TrashModel) list only what
// the signed-in user's View scope reaches, chosen in SQL, with counts that match plain SQL; a
// rep limited to "own" sees their own customers' work only, their team's with "team", an agent
// everything. Owners changing under the lists move rows in and out without a reset.
#include "core/models/mycasesmodel.h"
#include "core/models/mydaymodel.h"
#include "core/models/trashmodel.h"
#include "core/services/accountservice.h"
#include "core/services/caseservice.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/services/duetaskwatcher.h"
#include "core/services/taskservice.h"
#include "core/services/workspace.h"
#include "core/storage/caserepository.h"
#include "core/storage/taskrepository.h"
#include "core/storage/trashrepository.h"
#include "tests/support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <set>

using namespace rapport;

namespace {

// Team North: the reps Ron and Tom, the agent Ada; team South: the rep Sue. A live customer and
// a trashed one owned by each of Ron, Tom and Sue and by nobody. Ron and Ada each have, about
// every live customer, a follow-up overdue, one due later today and one next week, and one
// follow-up about no customer; each owns an open case about every live customer. Reps may only
// see their own customers ("own", narrowed by the administrator) unless a test widens it.
struct Office
{
    test::TempWorkspace t;
    qint64 ron = 0, tom = 0, sue = 0, ada = 0;
    qint64 rons = 0, toms = 0, sues = 0, nobodys = 0;            // live customers
    qint64 ronsOld = 0, tomsOld = 0, suesOld = 0, nobodyOld = 0; // in the trash

    Office()
    {
        t->signOut(); // nobody, on a database without passwords: everything allowed to set up
        ron = user("ron", Role::SalesRep, {QStringLiteral("North")});
        tom = user("tom", Role::SalesRep, {QStringLiteral("North")});
        sue = user("sue", Role::SalesRep, {QStringLiteral("South")});
        ada = user("ada", Role::ServiceAgent, {QStringLiteral("North")});
        rons = person("Ron's", ron);
        toms = person("Tom's", tom);
        sues = person("Sue's", sue);
        nobodys = person("Nobody's", std::nullopt);
        ronsOld = trashed("Ron's old", ron);
        tomsOld = trashed("Tom's old", tom);
        suesOld = trashed("Sue's old", sue);
        nobodyOld = trashed("Nobody's old", std::nullopt);
        const QDateTime now = t.now();
        for (qint64 assignee : {ron, ada}) {
            for (qint64 customer : {rons, toms, sues, nobodys}) {
                task("overdue", customer, assignee, now.addSecs(-3600));
                task("soon", customer, assignee, now.addSecs(3600));
                task("next week", customer, assignee, now.addDays(7));
                supportCase(customer, assignee);
            }
            task("call back", 0, assignee, QDateTime());
        }
        REQUIRE(t->accounts().setLevel(Role::SalesRep, Permission::View, AccessLevel::Own).ok());
    }

    qint64 user(const char *login, Role role, QStringList teams)
    {
        NewUser u;
        u.login = QString::fromLatin1(login);
        u.displayName = u.login;
        u.role = role;
        u.teams = std::move(teams);
        Result<qint64> id = t->accounts().addUser(u);
        REQUIRE(id.ok());
        return *id;
    }

    Customer make(const char *name, std::optional<qint64> owner)
    {
        Customer c;
        c.lastName = QString::fromUtf8(name);
        c.stage = LifecycleStage::Active;
        c.ownerId = owner;
        QList<ContactPoint> none;
        REQUIRE(t->customers().create(c, none).ok());
        return c;
    }
    qint64 person(const char *name, std::optional<qint64> owner) { return make(name, owner).id; }
    qint64 trashed(const char *name, std::optional<qint64> owner)
    {
        Customer c = make(name, owner);
        REQUIRE(t->customers().moveToTrash(c).ok());
        return c.id;
    }

    void task(const char *title, qint64 customer, qint64 assignee, const QDateTime &due)
    {
        Task task;
        task.title = QString::fromLatin1(title);
        if (customer)
            task.customerId = customer;
        task.assigneeId = assignee;
        task.dueAt = due;
        REQUIRE(t->tasks().create(task).ok());
    }

    void supportCase(qint64 customer, qint64 owner)
    {
        SupportCase c;
        c.customerId = customer;
        c.kind = CaseKind::ServiceRequest;
        c.subject = QStringLiteral("Help");
        c.ownerId = owner;
        REQUIRE(t->cases().open(c).ok());
    }

    // Gives `customer` to `owner` in one door write and announces it, as an edit would.
    void give(qint64 customer, std::optional<qint64> owner)
    {
        const Status s = t->write({WriteAction::Edit}, [&](WriteScope &w) -> Status {
            QSqlQuery q(t.db().connection());
            q.prepare(QStringLiteral("UPDATE customers SET owner_id = ? WHERE id = ?"));
            q.addBindValue(owner ? QVariant(*owner) : QVariant());
            q.addBindValue(customer);
            if (!q.exec())
                return Error(Error::Kind::Database, q.lastError().text());
            w.notify({ChangeNotice::Entity::Customer,
                      ChangeNotice::Action::Updated,
                      {customer},
                      {customer}});
            return {};
        });
        REQUIRE(s.ok());
    }

    // The owners whose customers `scope` reaches, as an SQL list ("all" for every customer).
    static QString ownerTest(const QString &column, const CustomerScope &scope)
    {
        if (scope.isEverything())
            return QStringLiteral("1");
        QStringList ids;
        for (qint64 owner : scope.owners)
            ids << QString::number(owner);
        return QStringLiteral("%1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(t.db().connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    // What plain SQL says the signed-in user's lists hold.
    qint64 sqlOpenTasks()
    {
        const CustomerScope scope = t->access().scope(Permission::View);
        return count(QStringLiteral("SELECT count(*) FROM tasks t LEFT JOIN customers c"
                                    " ON c.id = t.customer_id WHERE t.assignee_id = %1"
                                    " AND t.done_at IS NULL AND (t.customer_id IS NULL OR %2)")
                         .arg(*t->currentUserId())
                         .arg(ownerTest(QStringLiteral("c.owner_id"), scope)));
    }
    qint64 sqlOpenCases()
    {
        const CustomerScope scope = t->access().scope(Permission::View);
        return count(QStringLiteral("SELECT count(*) FROM cases k JOIN customers c"
                                    " ON c.id = k.customer_id WHERE k.owner_id = %1"
                                    " AND k.status IN (0, 1, 2) AND %2")
                         .arg(*t->currentUserId())
                         .arg(ownerTest(QStringLiteral("c.owner_id"), scope)));
    }
    qint64 sqlTrash()
    {
        const CustomerScope scope = t->access().scope(Permission::View);
        return count(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL"
                                    " AND %1")
                         .arg(ownerTest(QStringLiteral("owner_id"), scope)));
    }
};

std::set<qint64> customersOf(const MyDayModel &model)
{
    std::set<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.insert(model.customerIdAt(row));
    return out;
}

std::set<qint64> customersOf(const MyCasesModel &model)
{
    std::set<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.insert(model.customerIdAt(row));
    return out;
}

std::set<qint64> idsOf(const TrashModel &model)
{
    std::set<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.insert(model.entry(row).id);
    return out;
}

} // namespace

TEST_CASE("A rep limited to own sees only their customers' follow-ups, cases and trash",
          "[workscope][myday][trash]")
{
    Office o;
    REQUIRE(o.t->setCurrentUser(o.ron).ok());
    REQUIRE(o.t->access().scope(Permission::View) == CustomerScope::ownedBy({o.ron}));

    MyDayModel day(o.t.workspace());
    QAbstractItemModelTester dayTester(&day, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Today: Ron's customer's overdue and later-today follow-ups, and the one about nobody.
    CHECK(customersOf(day) == std::set<qint64>{o.rons, 0});
    CHECK(day.rowCount() == 3);
    CHECK(day.overdueCount() == 1);
    CHECK(day.dueTodayCount() == 1);
    CHECK(day.undatedCount() == 1);
    day.setFilter(MyDayModel::Filter::Upcoming);
    CHECK(customersOf(day) == std::set<qint64>{o.rons});
    CHECK(day.upcomingCount() == 1);
    day.setFilter(MyDayModel::Filter::AllOpen);
    CHECK(day.rowCount() == 4);
    CHECK(day.rowCount() == o.sqlOpenTasks());

    // The service's lists and the due-task announcements keep to the same scope.
    TaskService &tasks = o.t->tasks();
    CHECK(tasks.myDay()->size() == 3);
    CHECK(tasks.upcoming()->size() == 1);
    CHECK(tasks.allOpen()->size() == o.sqlOpenTasks());
    DueTaskWatcher watcher(o.t.workspace());
    QSignalSpy due(&watcher, &DueTaskWatcher::taskDue);
    o.t.advance(2 * 3600); // the "soon" follow-ups fall due
    watcher.check();
    REQUIRE(due.size() == 1);
    CHECK(due.first().first().value<TaskListItem>().task.customerId == o.rons);

    MyCasesModel cases(o.t.workspace());
    QAbstractItemModelTester casesTester(&cases,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(customersOf(cases) == std::set<qint64>{o.rons});
    CHECK(cases.rowCount() == o.sqlOpenCases());

    TrashModel trash(o.t.db(), &o.t->changes());
    QAbstractItemModelTester trashTester(&trash,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(trash.total() == 4); // every customer until the reader's scope is set
    trash.setScope(o.t->access().scope(Permission::View));
    CHECK(idsOf(trash) == std::set<qint64>{o.ronsOld});
    CHECK(trash.total() == 1);
    CHECK(trash.total() == o.sqlTrash());

    // The repositories, asked directly: nothing at all for a scope that reaches nobody.
    TaskRepository taskRepo(o.t.db());
    CHECK(
        taskRepo.agenda(o.ron, TaskService::farFuture(), true, CustomerScope::nothing())->isEmpty());
    CaseRepository caseRepo(o.t.db());
    CHECK(caseRepo.workQueue(o.ron, CustomerScope::nothing())->isEmpty());
    CHECK(TrashRepository(o.t.db()).count(CustomerScope::nothing()).value() == 0);
}

TEST_CASE("A rep with team sees the team's customers' work, and an agent sees everything",
          "[workscope][myday][trash]")
{
    Office o;
    SECTION("a rep with team: Ron's and Tom's")
    {
        REQUIRE(o.t->accounts().setLevel(Role::SalesRep, Permission::View, AccessLevel::Team));
        REQUIRE(o.t->setCurrentUser(o.ron).ok());
        MyDayModel day(o.t.workspace());
        QAbstractItemModelTester tester(&day, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(customersOf(day) == std::set<qint64>{o.rons, o.toms, 0});
        CHECK(day.overdueCount() == 2);
        day.setFilter(MyDayModel::Filter::AllOpen);
        CHECK(day.rowCount() == 7);
        CHECK(day.rowCount() == o.sqlOpenTasks());
        MyCasesModel cases(o.t.workspace());
        CHECK(customersOf(cases) == std::set<qint64>{o.rons, o.toms});
        TrashModel trash(o.t.db(), &o.t->changes());
        trash.setScope(o.t->access().scope(Permission::View));
        CHECK(idsOf(trash) == std::set<qint64>{o.ronsOld, o.tomsOld});
        CHECK(trash.total() == o.sqlTrash());
    }
    SECTION("an agent: every customer, the unowned one too")
    {
        REQUIRE(o.t->setCurrentUser(o.ada).ok());
        REQUIRE(o.t->access().scope(Permission::View).isEverything());
        MyDayModel day(o.t.workspace());
        QAbstractItemModelTester tester(&day, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(customersOf(day) == std::set<qint64>{o.rons, o.toms, o.sues, o.nobodys, 0});
        CHECK(day.overdueCount() == 4);
        CHECK(day.dueTodayCount() == 4);
        day.setFilter(MyDayModel::Filter::AllOpen);
        CHECK(day.rowCount() == 13);
        CHECK(day.rowCount() == o.sqlOpenTasks());
        MyCasesModel cases(o.t.workspace());
        CHECK(cases.rowCount() == 4);
        CHECK(cases.rowCount() == o.sqlOpenCases());
        TrashModel trash(o.t.db(), &o.t->changes());
        trash.setScope(o.t->access().scope(Permission::View));
        CHECK(trash.total() == 4);
    }
}

TEST_CASE("A customer changing hands moves its follow-ups and cases in and out, row by row",
          "[workscope][myday]")
{
    Office o;
    REQUIRE(o.t->setCurrentUser(o.ron).ok());
    MyDayModel day(o.t.workspace());
    QAbstractItemModelTester dayTester(&day, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MyCasesModel cases(o.t.workspace());
    QAbstractItemModelTester casesTester(&cases,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy dayReset(&day, &QAbstractItemModel::modelReset);
    QSignalSpy casesReset(&cases, &QAbstractItemModel::modelReset);
    REQUIRE(day.rowCount() == 3);

    // Sue's customer given to Ron: its follow-ups and its case arrive.
    o.give(o.sues, o.ron);
    CHECK(customersOf(day) == std::set<qint64>{o.rons, o.sues, 0});
    CHECK(day.rowCount() == 5);
    CHECK(customersOf(cases) == std::set<qint64>{o.rons, o.sues});
    // Ron's own given to Tom: they leave.
    o.give(o.rons, o.tom);
    CHECK(customersOf(day) == std::set<qint64>{o.sues, 0});
    CHECK(customersOf(cases) == std::set<qint64>{o.sues});
    CHECK(dayReset.isEmpty());
    CHECK(casesReset.isEmpty());

    // Another user signed in: their lists, in their scope.
    REQUIRE(o.t->setCurrentUser(o.ada).ok());
    CHECK(customersOf(cases) == std::set<qint64>{o.rons, o.toms, o.sues, o.nobodys});
}

TEST_CASE("A case is opened by id only within the reader's scope", "[workscope][cases]")
{
    Office o;
    REQUIRE(o.t->setCurrentUser(o.ron).ok());
    MyCasesModel mine(o.t.workspace());
    REQUIRE(mine.rowCount() == 1);
    CHECK(o.t->cases().item(mine.caseIdAt(0)).ok());

    REQUIRE(o.t->setCurrentUser(o.ada).ok());
    MyCasesModel adas(o.t.workspace());
    qint64 suesCase = 0;
    for (int row = 0; row < adas.rowCount(); ++row) {
        if (adas.customerIdAt(row) == o.sues)
            suesCase = adas.caseIdAt(row);
    }
    REQUIRE(suesCase);
    REQUIRE(o.t->setCurrentUser(o.ron).ok());
    const Result<CaseListItem> refused = o.t->cases().item(suesCase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Forbidden);
    CHECK(refused.error().message().contains(QStringLiteral("only for the customers you own")));
}
