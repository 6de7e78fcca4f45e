// ImportReportModel, the import wizard's table of rejected rows and updates, under the model
// tester.
#include "core/services/customerimport.h"
#include "ui/importreportmodel.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

#include <memory>

using namespace rapport;

TEST_CASE("The import report model passes the model tester", "[wizard]")
{
    auto result = std::make_shared<CustomerImportResult>();
    result->report = {{2, {}, RowOutcome::Created, {}, 10},
                      {3, QStringLiteral("E-mail"), RowOutcome::Rejected, QStringLiteral("bad"), 0},
                      {4, {}, RowOutcome::Updated, QStringLiteral("Changed: notes, tags."), 7},
                      {5, QStringLiteral("Phone"), RowOutcome::Rejected, QStringLiteral("bad"), 0}};
    result->changes.insert(4,
                           {{QStringLiteral("notes"),
                             QStringLiteral("old\nnote"),
                             QStringLiteral("new")},
                            {QStringLiteral("tags"), {}, QStringLiteral("VIP")}});
    ImportReportModel rejected(RowOutcome::Rejected);
    QAbstractItemModelTester tester(&rejected,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    rejected.setResult(result);
    REQUIRE(rejected.rowCount() == 2);
    CHECK(rejected.index(1, ImportReportModel::LineColumn).data().toString() == QStringLiteral("5"));
    CHECK(rejected.index(1, ImportReportModel::SecondColumn).data().toString()
          == QStringLiteral("Phone"));
    ImportReportModel updates(RowOutcome::Updated);
    QAbstractItemModelTester updatesTester(&updates,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    updates.setNameLookup([](qint64 id) { return id == 7 ? QStringLiteral("Ada") : QString(); });
    updates.setResult(result);
    REQUIRE(updates.rowCount() == 2);
    CHECK(updates.columnCount() == 4);
    CHECK(updates.index(0, ImportReportModel::SecondColumn).data().toString()
          == QStringLiteral("Ada"));
    CHECK(updates.index(0, ImportReportModel::ChangeColumn).data().toString()
          == QStringLiteral("old note → new"));
    CHECK(updates.index(1, ImportReportModel::ReasonColumn).data().toString()
          == QStringLiteral("tags"));
    CHECK(updates.index(1, ImportReportModel::ChangeColumn).data().toString()
          == QStringLiteral("added: VIP"));
    rejected.setResult(nullptr);
    CHECK(rejected.rowCount() == 0);
}
