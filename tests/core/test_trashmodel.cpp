#include "core/models/trashmodel.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/storage/trashrepository.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace rapport;

namespace {

Customer add(CustomerService &service, const QString &last)
{
    Customer c;
    c.lastName = last;
    QList<ContactPoint> none;
    REQUIRE(service.create(c, none).ok());
    return c;
}

} // namespace

TEST_CASE("The trash lists trashed customers, newest first, and follows the change bus",
          "[trash][model]")
{
    test::TempDatabase t;
    ChangeBus bus;
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();
    Customer a = add(service, QStringLiteral("Adler"));
    Customer b = add(service, QStringLiteral("Brandt"));
    Customer c = add(service, QStringLiteral("Claus"));

    TrashModel model(t.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    REQUIRE(service.moveToTrash(a).ok());
    REQUIRE(service.moveToTrash(c).ok());
    REQUIRE(model.rowCount() == 2);
    // Same second: the later id first.
    CHECK(model.index(0, TrashModel::Name).data().toString() == QStringLiteral("Claus"));
    CHECK(model.index(1, TrashModel::Name).data().toString() == QStringLiteral("Adler"));
    CHECK(model.index(0, TrashModel::Kind).data().toString() == QStringLiteral("Person"));
    CHECK_FALSE(model.index(0, TrashModel::TrashedAt).data().toString().isEmpty());
    CHECK(model.index(0, 0).data(TrashModel::IdRole).toLongLong() == c.id);
    CHECK(model.index(0, 0).data(TrashModel::VersionRole).toInt() == c.version);
    CHECK(model.total() == 2);
    CHECK(model.rowOf(a.id) == 1);
    CHECK(model.rowOf(b.id) == -1);

    REQUIRE(service.restore(c).ok());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, TrashModel::Name).data().toString() == QStringLiteral("Adler"));
    REQUIRE(service.deleteForGood(a.id, a.version).ok());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The trash is read through its partial index", "[trash]")
{
    test::TempDatabase t;
    QSqlQuery q(t->connection());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id, kind, name, deleted_at, version "
                                  "FROM customers WHERE deleted_at IS NOT NULL "
                                  "ORDER BY deleted_at DESC, id DESC LIMIT 10")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    CHECK(plan.contains(QStringLiteral("customers_trash")));
    CHECK_FALSE(plan.contains(QStringLiteral("SCAN customers\n")));
    TrashRepository repo(t.db());
    CHECK(repo.count(CustomerScope::everything()).value() == 0);
}
