#pragma once

// What the customer import's tests share (test_customerimport.cpp and the files beside it): an
// import run on a CSV in memory, its result, and reading the database back.

#include "core/io/importmapping.h"
#include "core/io/importsource.h"
#include "core/services/customerimport.h"
#include "core/services/door.h"
#include "core/services/historyservice.h"
#include "tests/support/demodatabase.h"
#include "tests/support/tempworkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

namespace rapport::test::customerimport {

inline QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        out << values.join(u'|');
    }
    return out;
}

inline HistoryFilter batchFilter(qint64 batch)
{
    HistoryFilter f;
    f.batch = batch;
    return f;
}

inline qint64 count(Database &db, const char *sql)
{
    return qint64(demodb::scalar(db, QLatin1String(sql)));
}

inline io::ImportSource source(const QByteArray &bytes,
                               const QString &name = QStringLiteral("people.csv"))
{
    auto s = io::ImportSource::fromBytes(bytes, name);
    if (!s)
        FAIL(s.error().message().toStdString());
    return *s;
}

struct Run
{
    explicit Run(test::TempWorkspace &workspace)
        : t(workspace)
    {}
    test::TempWorkspace &t;
    CustomerImportOptions options;
    bool dry = false;
    qint64 bulkThreshold = 5000;
    CustomerImport::Progress progress;

    Result<CustomerImportResult> operator()(const QByteArray &csv)
    {
        const io::ImportSource s = source(csv);
        const io::ImportMapping m = io::suggestMapping(s.headers());
        CustomerImport import(*t->door());
        import.setBulkThreshold(bulkThreshold);
        return dry ? import.dryRun(s, m, options, progress) : import.run(s, m, options, progress);
    }
};

inline CustomerImportResult ok(Result<CustomerImportResult> r)
{
    if (!r)
        FAIL(r.error().message().toStdString());
    return std::move(r).value();
}

inline const ImportRowReport *lineOf(const CustomerImportResult &r, qint64 line)
{
    for (const ImportRowReport &row : r.report)
        if (row.line == line)
            return &row;
    return nullptr;
}

inline const QByteArray people
    = "First name,Last name,E-mail,Phone,City,Country,Tags,External id\n"
      "Ada,Lovelace,ADA@example.org,030 1234567,Berlin,DE,vip ::: math,A1\n"
      "Alan,Turing,alan@example.org,+44 20 7946 0018,London,GB,math,A2\n"
      "Grace,Hopper,grace@example.org,,,,navy;cobol,A3\n";

} // namespace rapport::test::customerimport
