#include "core/services/changebus.h"
#include "core/services/interactionservice.h"
#include "core/storage/caserepository.h"
#include "core/storage/taskrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

struct Notices
{
    explicit Notices(Workspace &w)
    {
        QObject::connect(&w.changes(), &ChangeBus::changed, &context, [this](const ChangeNotice &n) {
            all << n;
        });
    }
    const ChangeNotice *find(ChangeNotice::Entity entity) const
    {
        for (const ChangeNotice &n : all) {
            if (n.entity == entity)
                return &n;
        }
        return nullptr;
    }
    QObject context;
    QList<ChangeNotice> all;
};

CallLog call(qint64 customer, const QString &notes)
{
    CallLog log;
    log.interaction.customerId = customer;
    log.interaction.notes = notes;
    log.interaction.durationSeconds = 185;
    return log;
}

} // namespace

TEST_CASE("A call with its follow-up is logged in one go and announced", "[service][calllog]")
{
    test::TempWorkspace t;
    const qint64 agent = t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = t.addPerson(QStringLiteral("Ada"),
                                        QStringLiteral("Lovelace"),
                                        QStringLiteral("030 1234567"));
    Notices notices(t.workspace());
    InteractionService service(t.workspace());

    CallLog log = call(customer,
                       QStringLiteral("Asked about the invoice.\nWill check with billing."));
    log.interaction.outcome = Outcome::FollowUp;
    Task followUp;
    followUp.title = QStringLiteral("Call Ada back about the invoice");
    followUp.dueAt = t.now().addDays(1);
    log.followUp = followUp;
    auto logged = service.log(log);
    REQUIRE(logged.ok());
    CHECK(logged->interactionId > 0);
    CHECK(logged->taskId > 0);
    CHECK(logged->caseId == 0);

    auto saved = service.get(logged->interactionId);
    REQUIRE(saved.ok());
    CHECK(saved->agentId == agent);
    CHECK(saved->durationSeconds == 185);
    CHECK(saved->occurredAt == t.now().addSecs(-185)); // when the call began
    CHECK(saved->subject == QStringLiteral("Asked about the invoice."));
    CHECK(saved->outcome == Outcome::FollowUp);
    CHECK(log.interaction.id == logged->interactionId);

    auto task = TaskRepository(t.db()).get(logged->taskId);
    REQUIRE(task.ok());
    CHECK(task->customerId == customer);
    CHECK(task->assigneeId == agent);
    CHECK(task->createdAt == t.now());
    CHECK(task->dueAt == t.now().addDays(1));

    const ChangeNotice *interaction = notices.find(ChangeNotice::Entity::Interaction);
    REQUIRE(interaction);
    CHECK(interaction->action == ChangeNotice::Action::Created);
    CHECK(interaction->ids == QList<qint64>{logged->interactionId});
    CHECK(interaction->customerIds == QList<qint64>{customer});
    const ChangeNotice *taskNotice = notices.find(ChangeNotice::Entity::Task);
    REQUIRE(taskNotice);
    CHECK(taskNotice->ids == QList<qint64>{logged->taskId});
    CHECK(taskNotice->customerIds == QList<qint64>{customer});
}

TEST_CASE("A call can open a case that it and its follow-up belong to", "[service][calllog]")
{
    test::TempWorkspace t;
    const qint64 agent = t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    Notices notices(t.workspace());
    InteractionService service(t.workspace());

    CallLog log = call(customer, QStringLiteral("The pump leaks again."));
    log.interaction.outcome = Outcome::Complaint;
    log.newCase = SupportCase{};
    log.newCase->kind = CaseKind::Complaint;
    log.newCase->priority = Priority::High;
    log.followUp = Task{};
    log.followUp->title = QStringLiteral("Send a technician");
    auto logged = service.log(log);
    REQUIRE(logged.ok());
    REQUIRE(logged->caseId > 0);

    auto c = CaseRepository(t.db()).get(logged->caseId);
    REQUIRE(c.ok());
    CHECK(c->customerId == customer);
    CHECK(c->subject == QStringLiteral("The pump leaks again.")); // from the notes
    CHECK(c->description == QStringLiteral("The pump leaks again."));
    CHECK(c->status == CaseStatus::Open); // owned, so someone works on it
    CHECK(c->ownerId == agent);
    CHECK(c->openedAt == t.now());
    CHECK(service.get(logged->interactionId)->caseId == logged->caseId);
    CHECK(TaskRepository(t.db()).get(logged->taskId)->caseId == logged->caseId);
    const ChangeNotice *caseNotice = notices.find(ChangeNotice::Entity::Case);
    REQUIRE(caseNotice);
    CHECK(caseNotice->customerIds == QList<qint64>{customer});
}

TEST_CASE("A call that cannot be saved whole leaves nothing behind", "[service][calllog]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("a.agent"));
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    Notices notices(t.workspace());
    InteractionService service(t.workspace());
    CallLog log = call(customer, QStringLiteral("Left a message."));
    log.newCase = SupportCase{};
    log.newCase->subject = QStringLiteral("Late delivery");
    log.followUp = Task{};

    SECTION("a follow-up without a title is refused before anything is written")
    {
        auto logged = service.log(log);
        REQUIRE_FALSE(logged.ok());
        CHECK(logged.error().kind() == Error::Kind::Validation);
        CHECK(logged.error().field() == QStringLiteral("followUp.title"));
    }
    SECTION("a follow-up for a user that is gone fails after the call was written: rolled back")
    {
        log.followUp->title = QStringLiteral("Call back");
        log.followUp->assigneeId = 4242; // no such user: the foreign key refuses the task
        auto logged = service.log(log);
        REQUIRE_FALSE(logged.ok());
        CHECK(logged.error().field().startsWith(QStringLiteral("followUp.")));
    }
    SECTION("a case without a subject names the case's field")
    {
        log.interaction.notes.clear();
        log.newCase->subject.clear();
        log.followUp->title = QStringLiteral("Call back");
        auto logged = service.log(log);
        REQUIRE_FALSE(logged.ok());
        CHECK(logged.error().field() == QStringLiteral("case.subject"));
    }
    CHECK(test::rowCount(t.db(), "interactions") == 0);
    CHECK(test::rowCount(t.db(), "tasks") == 0);
    CHECK(test::rowCount(t.db(), "cases") == 0);
    CHECK(notices.all.isEmpty());
    CHECK(log.interaction.id == 0); // the caller's values stay as they were
}

TEST_CASE("A call for no customer is refused with the field named", "[service][calllog]")
{
    test::TempWorkspace t;
    InteractionService service(t.workspace());
    CallLog log = call(0, QStringLiteral("Who was that?"));
    auto logged = service.log(log);
    REQUIRE_FALSE(logged.ok());
    CHECK(logged.error().field() == QStringLiteral("customerId"));
}

TEST_CASE("Without a signed-in user a call is logged without an agent", "[service][calllog]")
{
    test::TempWorkspace t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    InteractionService service(t.workspace());
    CallLog log = call(customer, QString());
    log.followUp = Task{};
    log.followUp->title = QStringLiteral("Call back");
    auto logged = service.log(log);
    REQUIRE(logged.ok());
    CHECK_FALSE(service.get(logged->interactionId)->agentId.has_value());
    CHECK(service.get(logged->interactionId)->subject.isEmpty());
    CHECK_FALSE(TaskRepository(t.db()).get(logged->taskId)->assigneeId.has_value());
}

TEST_CASE("A subject from notes is their first line, shortened at a word", "[service][calllog]")
{
    CHECK(InteractionService::subjectFromNotes(QStringLiteral("  Hello\nworld ")) == u"Hello");
    const QString long_ = QStringLiteral("word ").repeated(30);
    const QString subject = InteractionService::subjectFromNotes(long_);
    CHECK(subject.size() <= 80);
    CHECK(subject.endsWith(QChar(0x2026)));
    CHECK(subject.startsWith(QStringLiteral("word word")));
    CHECK(InteractionService::subjectFromNotes(QString()).isEmpty());
}
