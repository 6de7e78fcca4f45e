// The write door as the customer service uses it: every user action leaves its history entries
// (one batch, the signed-in user, the workspace's clock, each changed field's old and new value),
// a refused write leaves none, and nothing reaches the file around the door.
#include "core/domain/historyentry.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/storage/historyrepository.h"
#include "core/storage/sqlerror.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace rapport;

namespace {

// The entries written since `after` (an entry id), oldest first.
QList<HistoryEntry> entriesAfter(Database &db, qint64 after)
{
    Result<QList<HistoryEntry>> entries = HistoryRepository(db).since(after, 1000);
    REQUIRE(entries.ok());
    return *entries;
}

qint64 lastEntry(Database &db)
{
    Result<qint64> id = HistoryRepository(db).lastId();
    REQUIRE(id.ok());
    return *id;
}

const HistoryEntry *find(const QList<HistoryEntry> &entries,
                         const QString &operation,
                         const QString &entity,
                         qint64 entityId = 0)
{
    for (const HistoryEntry &e : entries) {
        if (e.operation == operation && e.entity == entity && (!entityId || e.entityId == entityId))
            return &e;
    }
    return nullptr;
}

int countOf(const QList<HistoryEntry> &entries, const QString &operation, const QString &entity)
{
    int n = 0;
    for (const HistoryEntry &e : entries)
        n += e.operation == operation && e.entity == entity ? 1 : 0;
    return n;
}

// Every entry of one user action: one batch (the id of its first entry), stamped with the
// signed-in user and the workspace's clock.
void checkOneAction(const QList<HistoryEntry> &entries,
                    qint64 userId,
                    const QDateTime &at,
                    qint64 customerId)
{
    REQUIRE_FALSE(entries.isEmpty());
    const qint64 batch = entries.first().id;
    for (const HistoryEntry &e : entries) {
        CHECK(e.batch == batch);
        CHECK(e.userId == std::optional<qint64>(userId));
        CHECK(e.actor.startsWith(QStringLiteral("Weber")));
        CHECK(e.at == at);
        if (e.entity != QLatin1String("tag")) // a new tag name belongs to no customer
            CHECK(e.customerId == customerId);
    }
}

QJsonArray change(const HistoryEntry &e, const char *field)
{
    return e.changeObject().value(QLatin1String(field)).toArray();
}

} // namespace

TEST_CASE("Each customer action through the door leaves its history in one batch",
          "[door][history][customer]")
{
    test::TempWorkspace t;
    // An administrator: she trashes and deletes a customer below, which a service agent may not.
    const qint64 anna = t.addUser(QStringLiteral("anna.weber"), Role::Administrator);
    CustomerService &service = t->customers();
    QSignalSpy notices(&t->changes(), &ChangeBus::changed);

    // Create: the customer, its tags and its contact points, in one batch.
    qint64 mark = lastEntry(t.db());
    Customer c;
    c.firstName = QStringLiteral("Lena");
    c.lastName = QStringLiteral("Vogel");
    c.tags = {QStringLiteral("newsletter")};
    QList<ContactPoint> points{
        *ContactPoint::email(QStringLiteral("lena@example.com"), ContactLabel::Home)};
    Result<qint64> id = service.create(c, points);
    REQUIRE(id.ok());
    QList<HistoryEntry> created = entriesAfter(t.db(), mark);
    checkOneAction(created, anna, t.now(), *id);
    const HistoryEntry *customer
        = find(created, QStringLiteral("create"), QStringLiteral("customer"), *id);
    REQUIRE(customer);
    CHECK(change(*customer, "last_name") == QJsonArray{QJsonValue(), QStringLiteral("Vogel")});
    CHECK(change(*customer, "first_name") == QJsonArray{QJsonValue(), QStringLiteral("Lena")});
    const HistoryEntry *point = find(created,
                                     QStringLiteral("create"),
                                     QStringLiteral("contact_point"),
                                     points.first().id);
    REQUIRE(point);
    CHECK(change(*point, "value") == QJsonArray{QJsonValue(), QStringLiteral("lena@example.com")});
    CHECK(find(created, QStringLiteral("create"), QStringLiteral("customer_tag")));
    CHECK(notices.count() == 1);

    // An edit of two fields: one entry, those fields old and new, the tags left alone.
    t.advance(60);
    mark = lastEntry(t.db());
    c.notes = QStringLiteral("Prefers e-mail");
    c.stage = LifecycleStage::Active;
    REQUIRE(service.update(c).ok());
    QList<HistoryEntry> edited = entriesAfter(t.db(), mark);
    checkOneAction(edited, anna, t.now(), *id);
    REQUIRE(edited.size() == 1);
    CHECK(edited.first().batch != created.first().batch);
    CHECK(edited.first().operation == QStringLiteral("update"));
    CHECK(edited.first().entity == QStringLiteral("customer"));
    CHECK(edited.first().entityId == *id);
    CHECK(change(edited.first(), "notes")
          == QJsonArray{QJsonValue(), QStringLiteral("Prefers e-mail")});
    CHECK(change(edited.first(), "stage")
          == QJsonArray{int(LifecycleStage::Lead), int(LifecycleStage::Active)});
    CHECK(change(edited.first(), "updated_at")
          == QJsonArray{t.now().addSecs(-60).toSecsSinceEpoch(), t.now().toSecsSinceEpoch()});
    CHECK_FALSE(edited.first().changeObject().contains(QLatin1String("last_name")));

    // To the trash and back: named as such, at the workspace's time.
    t.advance(60);
    mark = lastEntry(t.db());
    REQUIRE(service.moveToTrash(c).ok());
    QList<HistoryEntry> trashed = entriesAfter(t.db(), mark);
    checkOneAction(trashed, anna, t.now(), *id);
    REQUIRE(trashed.size() == 1);
    CHECK(trashed.first().operation == QStringLiteral("trash"));
    CHECK(change(trashed.first(), "deleted_at")
          == QJsonArray{QJsonValue(), t.now().toSecsSinceEpoch()});
    CHECK(c.deletedAt == t.now());

    t.advance(60);
    mark = lastEntry(t.db());
    REQUIRE(service.restore(c).ok());
    QList<HistoryEntry> restored = entriesAfter(t.db(), mark);
    checkOneAction(restored, anna, t.now(), *id);
    REQUIRE(restored.size() == 1);
    CHECK(restored.first().operation == QStringLiteral("restore"));
    CHECK(restored.first().batch != trashed.first().batch);

    // Deleted for good: the customer and everything of it, in one batch.
    REQUIRE(service.moveToTrash(c).ok());
    t.advance(60);
    mark = lastEntry(t.db());
    REQUIRE(service.deleteForGood(c.id, c.version).ok());
    QList<HistoryEntry> deleted = entriesAfter(t.db(), mark);
    checkOneAction(deleted, anna, t.now(), *id);
    const HistoryEntry *gone
        = find(deleted, QStringLiteral("delete"), QStringLiteral("customer"), *id);
    REQUIRE(gone);
    CHECK(change(*gone, "last_name") == QJsonArray{QStringLiteral("Vogel"), QJsonValue()});
    CHECK(countOf(deleted, QStringLiteral("delete"), QStringLiteral("contact_point")) == 1);
    CHECK(countOf(deleted, QStringLiteral("delete"), QStringLiteral("customer_tag")) == 1);
    CHECK(notices.count() == 6);

    // A write refused by validation leaves nothing and tells nobody.
    mark = lastEntry(t.db());
    Customer nameless;
    Result<qint64> refused = service.create(nameless, points);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);
    CHECK(service.update(c).error().kind() == Error::Kind::NotFound); // deleted for good
    CHECK(lastEntry(t.db()) == mark);
    CHECK(notices.count() == 6);

    // Around the door: a bare INSERT in autocommit on the workspace's connection is refused
    // with the door's sentence, and nothing of it stays.
    const qint64 tagsBefore = test::rowCount(t.db(), "tags");
    QSqlQuery bare(t.db().connection());
    CHECK_FALSE(bare.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('around the door')")));
    CHECK(sqlError(bare, QStringLiteral("Saving the tag"))
              .message()
              .contains(QStringLiteral("bypassed Rapport's write door")));
    bare.finish();
    CHECK(test::rowCount(t.db(), "tags") == tagsBefore);
    CHECK(lastEntry(t.db()) == mark);

    // The chain holds after all of that.
    Result<std::optional<HistoryBreak>> verified = HistoryRepository(t.db()).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->has_value());
}

TEST_CASE("A permission check that refuses gives its sentence and nothing is written",
          "[door][permission][customer]")
{
    test::TempWorkspace t;
    t.addUser(QStringLiteral("anna.weber"));
    CustomerService &service = t->customers();
    Customer c;
    c.lastName = QStringLiteral("Nilsson");
    QList<ContactPoint> none;
    REQUIRE(service.create(c, none).ok());

    REQUIRE(t->door());
    const QString sentence = QStringLiteral("Only a manager may move customers to the trash.");
    std::optional<qint64> asked;
    t->door()->setPermissionCheck([&](const Actor &actor, const WriteRequest &request) -> Status {
        if (request.action != WriteAction::Delete)
            return {};
        asked = request.customerId;
        CHECK(actor.name == QStringLiteral("Weber"));
        return Error(Error::Kind::Validation, sentence);
    });
    QSignalSpy notices(&t->changes(), &ChangeBus::changed);
    const qint64 mark = lastEntry(t.db());
    const Customer before = c;
    Status s = service.moveToTrash(c);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message() == sentence);
    CHECK(asked == std::optional<qint64>(c.id));
    CHECK(c.version == before.version);
    CHECK_FALSE(service.get(c.id)->isDeleted());
    CHECK(lastEntry(t.db()) == mark);
    CHECK(notices.isEmpty());

    // An edit is still allowed, and recorded.
    c.notes = QStringLiteral("Allowed");
    REQUIRE(service.update(c).ok());
    CHECK(lastEntry(t.db()) > mark);
    CHECK(notices.count() == 1);
}
