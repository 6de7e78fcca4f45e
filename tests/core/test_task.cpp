#include "core/domain/task.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Task validTask()
{
    Task t;
    t.title = QStringLiteral("Call back about the offer");
    t.customerId = 5;
    t.dueAt = test::utc(2024, 3, 10, 9);
    t.createdAt = test::utc(2024, 3, 1, 9);
    return t;
}

QString brokenField(const Task &t)
{
    const Status s = t.validate();
    if (s.ok())
        return QStringLiteral("<valid>");
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK_FALSE(s.error().message().isEmpty());
    return s.error().field();
}

} // namespace

TEST_CASE("A task is validated field by field", "[domain][task]")
{
    CHECK(validTask().validate().ok());

    Task t = validTask();
    t.title.clear();
    CHECK(brokenField(t) == QStringLiteral("title"));
    t.title = QString(201, QLatin1Char('t'));
    CHECK(brokenField(t) == QStringLiteral("title"));
    t = validTask();
    t.notes = QString(20001, QLatin1Char('n'));
    CHECK(brokenField(t) == QStringLiteral("notes"));
    t = validTask();
    t.customerId = 0;
    CHECK(brokenField(t) == QStringLiteral("customerId"));
    t = validTask();
    t.caseId = -2;
    CHECK(brokenField(t) == QStringLiteral("caseId"));
    t = validTask();
    t.assigneeId = 0;
    CHECK(brokenField(t) == QStringLiteral("assigneeId"));
    t = validTask();
    t.priority = static_cast<Priority>(9);
    CHECK(brokenField(t) == QStringLiteral("priority"));
    t = validTask();
    t.doneAt = t.createdAt.addSecs(-1);
    CHECK(brokenField(t) == QStringLiteral("doneAt"));

    t = validTask();
    t.customerId.reset(); // a task on its own is fine
    t.dueAt = QDateTime();
    CHECK(brokenField(t) == QStringLiteral("<valid>"));
}

TEST_CASE("A task is overdue while it is open past its due time", "[domain][task]")
{
    Task t = validTask();
    const QDateTime before = t.dueAt.addSecs(-1);
    const QDateTime after = t.dueAt.addSecs(1);
    CHECK_FALSE(t.isOverdue(before));
    CHECK(t.isOverdue(after));
    t.doneAt = after;
    CHECK(t.isDone());
    CHECK_FALSE(t.isOverdue(after.addDays(1)));
    t.doneAt = QDateTime();
    t.dueAt = QDateTime();
    CHECK_FALSE(t.isOverdue(after));
}
