#include "core/storage/caserepository.h"
#include "core/storage/interactionrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rapport;

namespace {

Interaction makeInteraction(qint64 customer, const QDateTime &at)
{
    Interaction i;
    i.customerId = customer;
    i.occurredAt = at;
    return i;
}

QList<qint64> ids(const QList<Interaction> &interactions)
{
    QList<qint64> result;
    for (const Interaction &i : interactions)
        result << i.id;
    return result;
}

} // namespace

TEST_CASE("An interaction round-trips every field", "[repo][interaction]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 agent = test::addUser(t.db(), QStringLiteral("agent"), Role::ServiceAgent);
    SupportCase c;
    c.customerId = customer;
    c.subject = QStringLiteral("Noise");
    c.openedAt = test::utc(2024, 1, 1);
    REQUIRE(CaseRepository(t.db()).insert(c).ok());
    InteractionRepository repo(t.db());

    Interaction i = makeInteraction(customer, test::utc(2024, 1, 2, 10, 11, 12));
    i.channel = Channel::Visit;         // the highest schema code
    i.direction = Direction::Outbound;  // the highest schema code
    i.outcome = Outcome::NotInterested; // the highest schema code
    i.durationSeconds = 3600;
    i.agentId = agent;
    i.subject = QStringLiteral("On-site check");
    i.notes = QStringLiteral("Found the loose panel.");
    i.caseId = c.id;
    auto id = repo.insert(i);
    REQUIRE(id.ok());
    CHECK(i.id == *id);
    CHECK(i.version == 1);

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->customerId == customer);
    CHECK(back->channel == Channel::Visit);
    CHECK(back->direction == Direction::Outbound);
    CHECK(back->occurredAt == i.occurredAt);
    CHECK(back->durationSeconds == 3600);
    CHECK(back->agentId == agent);
    CHECK(back->subject == i.subject);
    CHECK(back->notes == i.notes);
    CHECK(back->outcome == Outcome::NotInterested);
    CHECK(back->caseId == c.id);
    CHECK(back->version == 1);

    Interaction bare = makeInteraction(customer, test::utc(2024, 1, 3));
    REQUIRE(repo.insert(bare).ok());
    auto bareBack = repo.get(bare.id);
    REQUIRE(bareBack.ok());
    CHECK(bareBack->channel == Channel::Phone);
    CHECK(bareBack->direction == Direction::Inbound);
    CHECK(bareBack->outcome == Outcome::Completed);
    CHECK(bareBack->subject.isEmpty());
    CHECK(bareBack->notes.isEmpty());
    CHECK_FALSE(bareBack->agentId.has_value());
    CHECK_FALSE(bareBack->caseId.has_value());
}

TEST_CASE("Updating an interaction checks its version", "[repo][interaction]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    InteractionRepository repo(t.db());
    Interaction i = makeInteraction(customer, test::utc(2024, 1, 2));
    REQUIRE(repo.insert(i).ok());
    Interaction stale = i;

    i.outcome = Outcome::FollowUp;
    i.notes = QStringLiteral("Call again on Monday.");
    REQUIRE(repo.update(i).ok());
    CHECK(i.version == 2);
    CHECK(repo.get(i.id)->outcome == Outcome::FollowUp);

    stale.outcome = Outcome::Sale;
    Status conflict = repo.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind() == Error::Kind::Conflict);
    CHECK(repo.get(i.id)->outcome == Outcome::FollowUp);

    Interaction orphan = makeInteraction(9999, test::utc(2024, 1, 2));
    auto refused = repo.insert(orphan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);

    REQUIRE(repo.remove(i.id).ok());
    CHECK(repo.get(i.id).error().kind() == Error::Kind::NotFound);
    CHECK(repo.update(i).error().kind() == Error::Kind::NotFound);
    CHECK(repo.remove(i.id).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("A customer's timeline pages newest first without skipping ties", "[repo][interaction]")
{
    test::TempDatabase t;
    const qint64 customer = test::addCustomer(t.db(), QStringLiteral("Acme"));
    const qint64 other = test::addCustomer(t.db(), QStringLiteral("Other"));
    InteractionRepository repo(t.db());
    // Seven interactions, three of them in the same second, inserted out of order.
    const QList<QDateTime> times{test::utc(2024, 1, 5),
                                 test::utc(2024, 1, 1),
                                 test::utc(2024, 1, 3),
                                 test::utc(2024, 1, 3),
                                 test::utc(2024, 1, 3),
                                 test::utc(2024, 1, 7),
                                 test::utc(2024, 1, 2)};
    QList<Interaction> saved;
    for (const QDateTime &at : times) {
        Interaction i = makeInteraction(customer, at);
        REQUIRE(repo.insert(i).ok());
        saved << i;
    }
    Interaction foreign = makeInteraction(other, test::utc(2024, 1, 4));
    REQUIRE(repo.insert(foreign).ok());

    std::sort(saved.begin(), saved.end(), [](const Interaction &a, const Interaction &b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt > b.occurredAt : a.id > b.id;
    });
    QList<qint64> expected;
    for (const Interaction &i : saved)
        expected << i.id;

    QList<qint64> paged;
    std::optional<InteractionCursor> cursor;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = repo.listForCustomer(customer, 3, cursor);
        REQUIRE(page.ok());
        if (page->isEmpty())
            break;
        CHECK(page->size() <= 3);
        paged << ids(*page);
        cursor = InteractionCursor::after(page->last());
    }
    CHECK(paged == expected);

    // Strictly before a time: {time, 0}.
    auto before = repo.listForCustomer(customer, 10, InteractionCursor{test::utc(2024, 1, 3), 0});
    REQUIRE(before.ok());
    REQUIRE(before->size() == 2);
    CHECK(before->at(0).occurredAt == test::utc(2024, 1, 2));
    CHECK(before->at(1).occurredAt == test::utc(2024, 1, 1));
}

TEST_CASE("The timeline query walks the customer index", "[repo][interaction]")
{
    test::TempDatabase t;
    QSqlQuery q(t->connection());
    REQUIRE(q.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM interactions WHERE customer_id = 1 AND "
                       "(occurred_at, id) < (5, 9) ORDER BY occurred_at DESC, id DESC LIMIT 20")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("interactions_customer")));
    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
}
