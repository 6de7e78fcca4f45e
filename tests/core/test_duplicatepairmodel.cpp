#include "core/models/duplicatepairmodel.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

DuplicatePair pair(qint64 a, qint64 b, double score)
{
    DuplicatePair p;
    p.a.id = a;
    p.a.name = QStringLiteral("Customer %1").arg(a);
    p.a.city = QStringLiteral("Berlin");
    p.b.id = b;
    p.b.name = QStringLiteral("Customer %1").arg(b);
    p.score = score;
    DuplicateEvidence name;
    name.similarity = 0.93;
    DuplicateEvidence email;
    email.kind = DuplicateEvidence::Kind::Email;
    email.detail = QStringLiteral("x@example.com");
    p.evidence = {name, email};
    return p;
}

} // namespace

TEST_CASE("The duplicate pair model shows the pairs and drops the ones dealt with", "[duplicates]")
{
    DuplicatePairModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setPairs({pair(1, 2, 0.97), pair(1, 3, 0.9), pair(4, 5, 0.85), pair(2, 3, 0.81)});
    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == DuplicatePairModel::ColumnCount);
    const QModelIndex first = model.index(0, DuplicatePairModel::First);
    CHECK(model.data(first).toString() == QLatin1String("Customer 1, Berlin"));
    CHECK(model.data(model.index(0, DuplicatePairModel::Second)).toString()
          == QLatin1String("Customer 2"));
    CHECK(model.data(model.index(0, DuplicatePairModel::Score))
              .toString()
              .contains(QLatin1String("97")));
    const QString why = model.data(model.index(0, DuplicatePairModel::Evidence)).toString();
    CHECK(why.contains(QLatin1String("93")));
    CHECK(why.contains(QLatin1String("x@example.com")));
    CHECK(model.data(first, DuplicatePairModel::FirstIdRole).toLongLong() == 1);
    CHECK(model.data(first, DuplicatePairModel::SecondIdRole).toLongLong() == 2);
    CHECK(model.data(first, DuplicatePairModel::ScoreRole).toDouble() == 0.97);
    CHECK(model.rowOf(3, 2) == 3);
    CHECK(model.rowOf(3, 4) == -1);

    model.removePair(2);
    CHECK(model.rowCount() == 3);
    // Customer 3 was merged away: its pairs go.
    model.removeCustomer(3);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.pair(0).b.id == 2);
    model.setPairs({});
    CHECK(model.rowCount() == 0);
}
