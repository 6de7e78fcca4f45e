// Who may revert a batch (issue 13): the door asks what the batch's own action asked, Import for
// an import, Merge for a merge against its survivor's owner (BatchSummary::revertPermission and
// revertCustomer, which the import history's Revert… asks too). A rep or an agent may revert
// neither; a manager (merge "team") reverts their team's merges but not another team's.
#include "core/services/accountservice.h"
#include "core/services/batchrevert.h"
#include "core/services/customeraccess.h"
#include "core/services/customermerge.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/services/workspace.h"
#include "tests/support/tempworkspace.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// Team North: the manager Mia, the rep Ron, the agent Ada; team South: the rep Sue. An import
// batch (a note set on a customer nobody owns), a merge of two of Ron's customers and one of
// two of Sue's, all made before anyone signed in.
struct Batches
{
    test::TempWorkspace t;
    qint64 mia = 0, ron = 0, ada = 0, sue = 0;
    qint64 ronsSurvivor = 0, suesSurvivor = 0;
    BatchSummary importBatch, ronsMerge, suesMerge;

    Batches()
    {
        t->signOut();
        mia = user("mia", Role::Manager, {QStringLiteral("North")});
        ron = user("ron", Role::SalesRep, {QStringLiteral("North")});
        ada = user("ada", Role::ServiceAgent, {QStringLiteral("North")});
        sue = user("sue", Role::SalesRep, {QStringLiteral("South")});
        const qint64 unowned = person("Imported", std::nullopt);
        ronsSurvivor = person("Rons", ron);
        suesSurvivor = person("Sues", sue);
        importInto(unowned);
        merge(ronsSurvivor, person("Rons", ron));
        merge(suesSurvivor, person("Sues", sue));

        Result<QList<BatchSummary>> all = BatchRevert(*t->door()).batches();
        REQUIRE(all.ok());
        for (const BatchSummary &b : std::as_const(*all)) {
            if (b.kind == QLatin1String("import"))
                importBatch = b;
            else if (b.kind == QLatin1String("merge") && b.revertCustomer() == ronsSurvivor)
                ronsMerge = b;
            else if (b.kind == QLatin1String("merge") && b.revertCustomer() == suesSurvivor)
                suesMerge = b;
        }
        REQUIRE(importBatch.id);
        REQUIRE(ronsMerge.id);
        REQUIRE(suesMerge.id);
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

    qint64 person(const char *name, std::optional<qint64> owner)
    {
        Customer c;
        c.firstName = QStringLiteral("Jo");
        c.lastName = QString::fromLatin1(name);
        c.ownerId = owner;
        QList<ContactPoint> none;
        REQUIRE(t->customers().create(c, none).ok());
        return c.id;
    }

    void importInto(qint64 customer)
    {
        WriteRequest::Batch head{QStringLiteral("import"),
                                 QJsonObject{{QStringLiteral("file"), QStringLiteral("x.csv")}},
                                 true};
        const Status s
            = t->door()->write(WriteRequest(WriteAction::Import, head), [&](WriteScope &) -> Status {
                  QSqlQuery q(t.db().connection());
                  if (!q.exec(QStringLiteral("UPDATE customers SET notes = "
                                             "'from the file' WHERE id = %1")
                                  .arg(customer)))
                      return Error(Error::Kind::Database, q.lastError().text());
                  return {};
              });
        REQUIRE(s.ok());
    }

    void merge(qint64 survivor, qint64 other)
    {
        REQUIRE(CustomerMerge(*t->door()).merge({survivor, other, {}, 0, 0}).ok());
    }

    Result<qint64> revert(const BatchSummary &batch)
    {
        return BatchRevert(*t->door()).revert(batch.id, RevertChoices{});
    }
};

} // namespace

TEST_CASE("A batch's revert asks for the permission of the batch's own action",
          "[batchrevert][access]")
{
    Batches b;
    CHECK(b.importBatch.revertPermission() == Permission::Import);
    CHECK(b.importBatch.revertCustomer() == 0);
    CHECK(b.ronsMerge.revertPermission() == Permission::Merge);
    CHECK(b.ronsMerge.revertCustomer() == b.ronsSurvivor);
}

TEST_CASE("A rep and an agent may revert neither an import nor a merge", "[batchrevert][access]")
{
    Batches b;
    for (qint64 user : {b.ron, b.ada}) {
        REQUIRE(b.t->setCurrentUser(user).ok());
        const AccessPolicy &access = b.t->access();
        for (const BatchSummary *batch : {&b.importBatch, &b.ronsMerge}) {
            INFO(batch->kind.toStdString());
            const Result<qint64> refused = b.revert(*batch);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().kind() == Error::Kind::Forbidden);
            CHECK(refused.error().message() == access.refusal(batch->revertPermission()));
        }
    }
    // Nothing was reverted.
    b.t->signOut();
    CHECK_FALSE(BatchRevert(*b.t->door()).batch(b.importBatch.id)->isReverted());
    CHECK_FALSE(BatchRevert(*b.t->door()).batch(b.ronsMerge.id)->isReverted());
}

TEST_CASE("A manager reverts imports and their team's merges, not another team's",
          "[batchrevert][access]")
{
    Batches b;
    REQUIRE(b.t->setCurrentUser(b.mia).ok());
    const Result<qint64> refused = b.revert(b.suesMerge);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Forbidden);
    // The import history shows the same sentence on its disabled Revert… (CustomerAccess).
    CHECK(CustomerAccess(b.t.db())
              .check(b.t->access(), Permission::Merge, b.suesMerge.revertCustomer())
              .error()
              .kind()
          == Error::Kind::Forbidden);

    const Result<qint64> merge = b.revert(b.ronsMerge);
    INFO((merge.ok() ? QString() : merge.error().message()).toStdString());
    CHECK(merge.ok());
    const Result<qint64> imported = b.revert(b.importBatch);
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    CHECK(imported.ok());
}
