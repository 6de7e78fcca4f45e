#pragma once

#include "core/demo/demogenerator.h"
#include "tests/support/tempdatabase.h"

#include <QByteArray>
#include <QDate>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

// What the demo generator's tests share: the options they run with, small query helpers, a
// content hash for the determinism checks, and one demo database of 3,000 customers made once
// for the tests that only read it.
namespace rapport::test::demodb {

extern const QDate AsOf; // 2025-06-30
extern const qint64 End; // its last second, UTC
constexpr qint64 Day = 86400;

DemoOptions options(qint64 customers, quint64 seed = 7);

QSqlQuery query(Database &db, const QString &sql); // fails the test when the SQL fails
double scalar(Database &db, const QString &sql);
std::vector<double> column(Database &db, const QString &sql);
// Share of the total held by the largest `fraction` of `n` holders (values sorted descending).
double topShare(std::vector<double> values, double fraction, std::size_t n);

// A hash over every row of the tables demo data fills, in id order.
QByteArray contentHash(Database &db);
// Every index, trigger, view and table with its SQL, sorted.
QStringList schemaObjects(Database &db);

struct Generated
{
    TempDatabase db;
    QStringList schemaBefore;
    DemoSummary summary;
};
// The 3,000-customer demo database (seed 7, as of AsOf), made on first use.
Generated &generated();

} // namespace rapport::test::demodb
