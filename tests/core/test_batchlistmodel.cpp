// The import history's list: batches newest first with their kind, who, file, counts and state,
// read again when a batch announces itself, under QAbstractItemModelTester.
#include "core/models/batchlistmodel.h"
#include "core/services/batchrevert.h"
#include "core/services/door.h"
#include "tests/support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

void importBatch(test::TempWorkspace &t, const QString &file, qint64 id)
{
    WriteRequest::Batch b{QStringLiteral("import"),
                          QJsonObject{{QStringLiteral("file"), file}},
                          true};
    REQUIRE(
        t->door()
            ->write(WriteRequest(WriteAction::Import, b),
                    [&](WriteScope &w) {
                        QSqlQuery q(t.db().connection());
                        if (!q.exec(
                                QStringLiteral("INSERT INTO customers (id, kind, name, sort_name, "
                                               "stage, created_at, updated_at) VALUES (%1, 1, "
                                               "'Firm %1', 'firm %1', 0, 1, 1)")
                                    .arg(id)))
                            return Status(Error(Error::Kind::Database, QStringLiteral("insert")));
                        w.notify(
                            {ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
                        return Status();
                    })
            .ok());
}

} // namespace

TEST_CASE("The batch list shows imports newest first and follows reverts", "[revert][model]")
{
    test::TempWorkspace t;
    BatchListModel model(*t->door(), &t->changes());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    importBatch(t, QStringLiteral("first.csv"), 1);
    importBatch(t, QStringLiteral("second.csv"), 2);
    REQUIRE(model.rowCount() == 2); // read again on the batches' Reset notices
    CHECK(model.columnCount() == BatchListModel::ColumnCount);
    CHECK(model.index(0, BatchListModel::File).data().toString() == QLatin1String("second.csv"));
    CHECK(model.index(1, BatchListModel::File).data().toString() == QLatin1String("first.csv"));
    CHECK(model.index(0, BatchListModel::Kind).data().toString()
          == QLatin1String("Customer import"));
    CHECK(model.index(0, BatchListModel::Counts).data().toString() == QLatin1String("1 created"));
    CHECK(model.index(0, BatchListModel::State).data().toString() == QLatin1String("Stands"));
    CHECK(model.headerData(BatchListModel::When, Qt::Horizontal).toString()
          == QLatin1String("When"));
    const qint64 second = model.index(0, 0).data(BatchListModel::IdRole).toLongLong();
    CHECK(model.rowOf(second) == 0);

    auto reverted = BatchRevert(*t->door()).revert(second, {});
    REQUIRE(reverted.ok());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, BatchListModel::Kind).data().toString()
          == QStringLiteral("Revert of batch %1").arg(second));
    CHECK(model.index(1, BatchListModel::State).data().toString()
          == QStringLiteral("Reverted (batch %1)").arg(*reverted));
    CHECK(model.index(1, 0).data(BatchListModel::RevertedRole).toBool());
    CHECK_FALSE(model.index(2, 0).data(BatchListModel::RevertedRole).toBool());

    // Only the kinds asked for.
    BatchListModel merges(*t->door(), &t->changes(), {QStringLiteral("merge")});
    CHECK(merges.rowCount() == 0);
}
