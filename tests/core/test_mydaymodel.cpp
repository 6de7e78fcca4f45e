#include "core/models/mydaymodel.h"
#include "core/services/changebus.h"
#include "core/services/interactionservice.h"
#include "core/services/taskservice.h"
#include "core/util/displayformat.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QStringList titles(const MyDayModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, MyDayModel::Title).data().toString();
    return out;
}

} // namespace

TEST_CASE("My day: overdue and today's follow-ups, then undated, following the bus",
          "[model][myday]")
{
    test::TempWorkspace t; // 10:00 local time
    const qint64 me = t.addUser(QStringLiteral("a.agent"));
    const qint64 colleague = t.addUser(QStringLiteral("b.agent"), Role::ServiceAgent, false);
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    TaskService tasks(t.workspace());
    const auto add = [&](const char *title, const QDateTime &due, qint64 assignee = 0) {
        Task task;
        task.title = QString::fromLatin1(title);
        task.dueAt = due;
        task.customerId = acme;
        if (assignee)
            task.assigneeId = assignee;
        REQUIRE(tasks.create(task).ok());
        return task;
    };
    const QDateTime now = t.now();
    Task overdue = add("overdue", now.addDays(-3));
    Task afternoon = add("afternoon", now.addSecs(5 * 3600));
    add("undated", QDateTime());
    add("next week", now.addDays(7));
    add("colleague's", now.addSecs(-60), colleague);

    MyDayModel model(t.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(titles(model)
          == QStringList{QStringLiteral("overdue"),
                         QStringLiteral("afternoon"),
                         QStringLiteral("undated")});
    CHECK(model.index(0, MyDayModel::Due).data(MyDayModel::OverdueRole).toBool());
    CHECK(model.index(0, MyDayModel::Due).data().toString() == QStringLiteral("3 days overdue"));
    CHECK_FALSE(model.index(1, MyDayModel::Due).data(MyDayModel::OverdueRole).toBool());
    CHECK(model.index(1, MyDayModel::Due).data().toString().startsWith(QStringLiteral("Today")));
    CHECK(model.index(2, MyDayModel::Due).data().toString() == QStringLiteral("No due date"));
    CHECK(model.index(0, MyDayModel::Customer).data().toString() == QStringLiteral("Acme"));
    CHECK(model.customerIdAt(0) == acme);
    CHECK(model.overdueCount() == 1);
    CHECK(model.dueTodayCount() == 1);
    CHECK(model.undatedCount() == 1);

    SECTION("a task done leaves without a reset")
    {
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        REQUIRE(tasks.markDone(overdue).ok());
        CHECK(removed.count() == 1);
        CHECK(reset.isEmpty());
        CHECK(titles(model) == QStringList{QStringLiteral("afternoon"), QStringLiteral("undated")});
        REQUIRE(tasks.reopen(overdue).ok());
        CHECK(titles(model).first() == QStringLiteral("overdue"));
    }
    SECTION("a follow-up logged with a call for today arrives in order")
    {
        InteractionService calls(t.workspace());
        CallLog log;
        log.interaction.customerId = acme;
        log.followUp = Task{};
        log.followUp->title = QStringLiteral("call back at noon");
        log.followUp->dueAt = now.addSecs(2 * 3600);
        REQUIRE(calls.log(log).ok());
        CHECK(titles(model).at(1) == QStringLiteral("call back at noon"));
    }
    SECTION("a task moved to tomorrow leaves; one moved to today arrives")
    {
        afternoon.dueAt = now.addDays(1);
        REQUIRE(tasks.update(afternoon).ok());
        CHECK(titles(model) == QStringList{QStringLiteral("overdue"), QStringLiteral("undated")});
        afternoon.dueAt = now.addSecs(-1800);
        REQUIRE(tasks.update(afternoon).ok());
        CHECK(titles(model).at(1) == QStringLiteral("afternoon"));
    }
    SECTION("the clock turns a task overdue, and a new day brings its tasks")
    {
        t.advance(6 * 3600); // 16:00: "afternoon" (15:00) is overdue now
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        CHECK(changed.count() == 1);
        CHECK(model.index(1, MyDayModel::Due).data(MyDayModel::OverdueRole).toBool());
        CHECK(model.overdueCount() == 2);
        t.advance(7 * 86400);
        model.refresh();
        CHECK(titles(model).contains(QStringLiteral("next week")));
    }
    SECTION("upcoming and all open, following the bus")
    {
        model.setFilter(MyDayModel::Filter::Upcoming);
        CHECK(titles(model) == QStringList{QStringLiteral("next week")});
        const QString due = model.index(0, MyDayModel::Due).data().toString();
        CHECK(due.contains(display::date(now.addDays(7).toLocalTime().date())));
        CHECK(due.endsWith(display::time(now.toLocalTime().time())));
        CHECK(model.upcomingCount() == 1);
        afternoon.dueAt = now.addDays(1);
        REQUIRE(tasks.update(afternoon).ok()); // moved to tomorrow: it arrives here
        CHECK(titles(model)
              == QStringList{QStringLiteral("afternoon"), QStringLiteral("next week")});
        CHECK(model.index(0, MyDayModel::Due).data().toString()
              == QStringLiteral("Tomorrow ") + display::time(now.toLocalTime().time()));
        CHECK(model.rowOfTask(afternoon.id) == 0);
        model.setFilter(MyDayModel::Filter::AllOpen);
        CHECK(titles(model)
              == QStringList{QStringLiteral("overdue"),
                             QStringLiteral("afternoon"),
                             QStringLiteral("next week"),
                             QStringLiteral("undated")});
        REQUIRE(tasks.markDone(overdue).ok());
        CHECK(model.rowCount() == 3);
        model.setFilter(MyDayModel::Filter::Today);
        CHECK(titles(model) == QStringList{QStringLiteral("undated")});
    }
    SECTION("without undated tasks")
    {
        model.setIncludeUndated(false);
        CHECK(model.rowCount() == 2);
    }
    SECTION("another user signed in: their day")
    {
        REQUIRE(t->setCurrentUser(colleague).ok());
        CHECK(titles(model) == QStringList{QStringLiteral("colleague's")});
    }
    (void) me;
}

TEST_CASE("My day's times never show seconds, in any locale", "[model][myday]")
{
    const QLocale before;
    QLocale::setDefault(QLocale::c()); // its short time format carries seconds
    test::TempWorkspace t;             // 10:00 local time
    t.addUser(QStringLiteral("a.agent"));
    Task task;
    task.title = QStringLiteral("Call back");
    task.dueAt = t.now().addSecs(3600 + 43);
    REQUIRE(TaskService(t.workspace()).create(task).ok());
    MyDayModel model(t.workspace());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, MyDayModel::Due).data().toString() == QStringLiteral("Today 11:00"));
    QLocale::setDefault(before);
}
