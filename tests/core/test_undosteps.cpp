// The core steps behind undo and redo of calls, cases and survey answers: each is a write through
// the door (so it has its history), and each refuses with a Conflict, changing nothing, when the
// rows changed since the step before.

#include "core/services/caseservice.h"
#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/interactionservice.h"
#include "core/services/surveyservice.h"
#include "core/services/taskservice.h"
#include "core/storage/historyrepository.h"
#include "core/storage/interactionrepository.h"
#include "core/storage/taskrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

qint64 historyCount(test::TempWorkspace &t, const char *entity, const char *operation)
{
    HistoryFilter filter;
    filter.entity = QLatin1String(entity);
    filter.operation = QLatin1String(operation);
    Result<qint64> n = HistoryRepository(t.db()).count(filter);
    REQUIRE(n.ok());
    return *n;
}

void requireChainIntact(test::TempWorkspace &t)
{
    auto broken = HistoryRepository(t.db()).verify();
    REQUIRE(broken.ok());
    CHECK_FALSE(broken->has_value());
}

struct Notices
{
    explicit Notices(Workspace &w)
    {
        QObject::connect(&w.changes(), &ChangeBus::changed, &context, [this](const ChangeNotice &n) {
            all << n;
        });
    }
    int count(ChangeNotice::Entity entity, ChangeNotice::Action action, qint64 id) const
    {
        int n = 0;
        for (const ChangeNotice &notice : all)
            n += notice.entity == entity && notice.action == action && notice.ids.contains(id);
        return n;
    }
    QObject context;
    QList<ChangeNotice> all;
};

// A complaint call with a follow-up task and the case it opens, logged.
CallLog loggedComplaint(test::TempWorkspace &t, qint64 customer)
{
    CallLog log;
    log.interaction.customerId = customer;
    log.interaction.notes = QStringLiteral("The pump leaks again.");
    log.interaction.outcome = Outcome::Complaint;
    log.newCase = SupportCase{};
    log.newCase->kind = CaseKind::Complaint;
    log.followUp = Task{};
    log.followUp->title = QStringLiteral("Send a technician");
    REQUIRE(InteractionService(t.workspace()).log(log).ok());
    return log;
}

} // namespace

TEST_CASE("A logged call is taken back whole and written back with its ids", "[undo][calllog]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    InteractionService service(t.workspace());
    const CallLog log = loggedComplaint(t, customer);
    const qint64 callId = log.interaction.id;
    const qint64 taskId = log.followUp->id;
    const qint64 caseId = log.newCase->id;
    CHECK(historyCount(t, "interaction", "create") == 1);
    Notices notices(t.workspace());

    REQUIRE(service.remove(log).ok());
    CHECK(test::rowCount(t.db(), "interactions") == 0);
    CHECK(test::rowCount(t.db(), "tasks") == 0);
    CHECK(test::rowCount(t.db(), "cases") == 0);
    CHECK(historyCount(t, "interaction", "delete") == 1);
    CHECK(historyCount(t, "task", "delete") == 1);
    CHECK(historyCount(t, "case", "delete") == 1);
    CHECK(notices.count(ChangeNotice::Entity::Interaction, ChangeNotice::Action::Deleted, callId)
          == 1);
    CHECK(notices.count(ChangeNotice::Entity::Task, ChangeNotice::Action::Deleted, taskId) == 1);
    CHECK(notices.count(ChangeNotice::Entity::Case, ChangeNotice::Action::Deleted, caseId) == 1);

    t.advance(60); // a redo later: the rows come back as they were, not stamped anew
    REQUIRE(service.reinstate(log).ok());
    auto call = service.get(callId);
    REQUIRE(call.ok());
    CHECK(call->notes == log.interaction.notes);
    CHECK(call->occurredAt == log.interaction.occurredAt);
    CHECK(call->caseId == caseId);
    auto task = TaskRepository(t.db()).get(taskId);
    REQUIRE(task.ok());
    CHECK(task->title == QStringLiteral("Send a technician"));
    CHECK(task->caseId == caseId);
    CHECK(task->createdAt == log.followUp->createdAt);
    auto supportCase = CaseService(t.workspace()).get(caseId);
    REQUIRE(supportCase.ok());
    CHECK(supportCase->kind == CaseKind::Complaint);
    CHECK(supportCase->openedAt == log.newCase->openedAt);
    CHECK(historyCount(t, "interaction", "create") == 2);
    CHECK(historyCount(t, "task", "create") == 2);
    CHECK(historyCount(t, "case", "create") == 2);
    CHECK(notices.count(ChangeNotice::Entity::Interaction, ChangeNotice::Action::Created, callId)
          == 1);

    // Undo again after the redo: the versions written back are the ones the log expects.
    REQUIRE(service.remove(log).ok());
    CHECK(test::rowCount(t.db(), "interactions") == 0);
    CHECK(historyCount(t, "interaction", "delete") == 2);
    requireChainIntact(t);
}

TEST_CASE("A call is not taken back when its rows changed since", "[undo][calllog]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    InteractionService service(t.workspace());
    const CallLog log = loggedComplaint(t, customer);
    const qint64 deletesBefore = historyCount(t, "interaction", "delete");

    SECTION("its follow-up task was edited")
    {
        Task task = *TaskRepository(t.db()).get(log.followUp->id);
        task.title = QStringLiteral("Send Bernd, he knows the pump");
        REQUIRE(TaskService(t.workspace()).update(task).ok());
        const Status undone = service.remove(log);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.error().kind() == Error::Kind::Conflict);
        CHECK(undone.error().message().contains(QStringLiteral("Send a technician")));
    }
    SECTION("the call itself was edited")
    {
        InteractionRepository calls(t.db());
        Interaction call = *calls.get(log.interaction.id);
        call.notes = QStringLiteral("The pump leaks again. Photo sent.");
        REQUIRE(t->write({WriteAction::Edit, customer}, [&](WriteScope &) {
                     return calls.update(call);
                 }).ok());
        CHECK(service.remove(log).error().kind() == Error::Kind::Conflict);
    }
    SECTION("another call was logged on the case it opened")
    {
        CallLog again;
        again.interaction.customerId = customer;
        again.interaction.notes = QStringLiteral("Asked when the technician comes.");
        again.interaction.caseId = log.newCase->id;
        REQUIRE(service.log(again).ok());
        const Status undone = service.remove(log);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.error().kind() == Error::Kind::Conflict);
        CHECK(test::rowCount(t.db(), "interactions") == 2);
    }
    SECTION("the case was resolved")
    {
        SupportCase c = *CaseService(t.workspace()).get(log.newCase->id);
        REQUIRE(CaseService(t.workspace())
                    .setStatus(c, CaseStatus::Resolved, QStringLiteral("Seal replaced."))
                    .ok());
        CHECK(service.remove(log).error().kind() == Error::Kind::Conflict);
    }
    // Nothing was deleted, and the refused step left no history.
    CHECK(test::rowCount(t.db(), "cases") == 1);
    CHECK(test::rowCount(t.db(), "tasks") == 1);
    CHECK(service.get(log.interaction.id).ok());
    CHECK(historyCount(t, "interaction", "delete") == deletesBefore);
    CHECK(historyCount(t, "case", "delete") == 0);
}

TEST_CASE("A call is not written back over an id taken meanwhile", "[undo][calllog]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    InteractionService service(t.workspace());
    const CallLog log = loggedComplaint(t, customer);
    REQUIRE(service.remove(log).ok());

    // The next call logged takes the free number again (INTEGER PRIMARY KEY reuses the highest).
    CallLog other;
    other.interaction.customerId = customer;
    other.interaction.notes = QStringLiteral("Ordered filters.");
    REQUIRE(service.log(other).ok());
    REQUIRE(other.interaction.id == log.interaction.id);

    const Status redone = service.reinstate(log);
    REQUIRE_FALSE(redone.ok());
    CHECK(redone.error().kind() == Error::Kind::Conflict);
    CHECK(service.get(other.interaction.id)->notes == QStringLiteral("Ordered filters."));
    CHECK(test::rowCount(t.db(), "cases") == 0); // all or nothing: the case did not come back
    CHECK(test::rowCount(t.db(), "interactions") == 1);
}

TEST_CASE("Opening a case is taken back and written back with its id", "[undo][case]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    CaseService cases(t.workspace());
    SupportCase c;
    c.customerId = customer;
    c.subject = QStringLiteral("Yearly maintenance");
    REQUIRE(cases.open(c).ok());

    REQUIRE(cases.remove(c).ok());
    CHECK(test::rowCount(t.db(), "cases") == 0);
    CHECK(historyCount(t, "case", "delete") == 1);
    REQUIRE(cases.reinstate(c).ok());
    CHECK(cases.get(c.id)->subject == QStringLiteral("Yearly maintenance"));
    CHECK(historyCount(t, "case", "create") == 2);

    // A task for the case since: removing the case would take it along, so it is refused.
    Task task;
    task.customerId = customer;
    task.caseId = c.id;
    task.title = QStringLiteral("Book the technician");
    REQUIRE(TaskService(t.workspace()).create(task).ok());
    const Status undone = cases.remove(c);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().kind() == Error::Kind::Conflict);
    CHECK(test::rowCount(t.db(), "cases") == 1);
    CHECK(test::rowCount(t.db(), "tasks") == 1);
    requireChainIntact(t);
}

TEST_CASE("A case's status change is walked back and forth with its resolution", "[undo][case]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    CaseService cases(t.workspace());
    SupportCase before;
    before.customerId = customer;
    before.subject = QStringLiteral("Pump leaks");
    REQUIRE(cases.open(before).ok());
    REQUIRE(before.status == CaseStatus::Open);

    t.advance(3600);
    SupportCase after = before;
    REQUIRE(cases.setStatus(after, CaseStatus::Closed, QStringLiteral("Replaced the seal.")).ok());
    const QDateTime resolvedAt = after.resolvedAt;
    CHECK(resolvedAt == t.now());
    const qint64 updates = historyCount(t, "case", "update");

    t.advance(60);
    // Undo: closed is final for a save, but an undo walks the move back.
    REQUIRE(cases.restoreState(after, before).ok());
    auto stored = cases.get(before.id);
    REQUIRE(stored.ok());
    CHECK(stored->status == CaseStatus::Open);
    CHECK(stored->resolution.isEmpty());
    CHECK_FALSE(stored->resolvedAt.isValid());
    CHECK(stored->version == before.version);
    CHECK(historyCount(t, "case", "update") == updates + 1);

    // Redo: the resolution and its time as they were first saved.
    REQUIRE(cases.restoreState(before, after).ok());
    stored = cases.get(before.id);
    CHECK(stored->status == CaseStatus::Closed);
    CHECK(stored->resolution == QStringLiteral("Replaced the seal."));
    CHECK(stored->resolvedAt == resolvedAt);
    CHECK(historyCount(t, "case", "update") == updates + 2);

    // Someone changes the case meanwhile: the undo is refused and their change stays.
    SupportCase theirs = *stored;
    theirs.priority = Priority::High;
    REQUIRE(cases.save(theirs).ok());
    const Status undone = cases.restoreState(after, before);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().kind() == Error::Kind::Conflict);
    CHECK(cases.get(before.id)->priority == Priority::High);
    CHECK(cases.get(before.id)->status == CaseStatus::Closed);
    CHECK(historyCount(t, "case", "update") == updates + 3);
    requireChainIntact(t);
}

TEST_CASE("A survey answer's adding and removing are undone through the door", "[undo][survey]")
{
    test::TempWorkspace t;
    const qint64 ada = t.addPerson(QStringLiteral("Ada"),
                                   QStringLiteral("Lovelace"),
                                   QStringLiteral("030 1234567"));
    SurveyService surveys(t.workspace());
    SurveyAnswer answer;
    answer.customerId = ada;
    answer.score = 9;
    answer.comment = QStringLiteral("Quick delivery.");
    REQUIRE(surveys.add(answer).ok());
    CHECK(historyCount(t, "survey", "create") == 1);

    REQUIRE(surveys.remove(answer).ok());
    CHECK(test::rowCount(t.db(), "surveys") == 0);
    CHECK(historyCount(t, "survey", "delete") == 1);
    REQUIRE(surveys.reinstate(answer).ok());
    auto back = surveys.get(answer.id);
    REQUIRE(back.ok());
    CHECK(back->score == 9);
    CHECK(back->answeredAt == answer.answeredAt);
    CHECK(historyCount(t, "survey", "create") == 2);

    // An answer that is not as expected (here: another score) is not deleted.
    SurveyAnswer stale = answer;
    stale.score = 3;
    const Status removed = surveys.remove(stale);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().kind() == Error::Kind::Conflict);
    CHECK(test::rowCount(t.db(), "surveys") == 1);
    // Written back twice: the id is taken.
    CHECK(surveys.reinstate(answer).error().kind() == Error::Kind::Conflict);
    CHECK(historyCount(t, "survey", "delete") == 1);
    requireChainIntact(t);
}
