#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace rapport {

// What could be read from one table of a damaged file.
struct SalvagedTable
{
    QString name;
    qint64 saved = 0;
    // Rows that could not be read: the rowids in the unreadable ranges that were skipped (an
    // upper bound: some of those ids may never have been used). -1: the table could not be read
    // at all, or its end was unreadable, so how many are missing is unknown.
    qint64 lost = 0;
    // Rows read but left out because they referred to a row that was lost (a call of a customer
    // whose row was unreadable); references that may be empty were emptied instead.
    qint64 orphans = 0;
};

struct SalvageReport
{
    QList<SalvagedTable> tables; // the tables a user's data lives in, in schema order
    qint64 saved() const;
    bool complete() const; // nothing was found missing
};

// Reads what can be read of the damaged Rapport database at `damaged` into a new Rapport database
// at `newPath` (which must not exist): a fresh file at the current schema, then each table row by
// row in rowid order; an unreadable stretch is skipped by seeking further and further ahead until
// rows can be read again. The tables the database derives from others (the customer list, the
// search index, the name terms) are rebuilt by the new file's triggers, not copied. The damaged
// file is only read. The new file passes `check`: rows that refer to a lost row are left out. On failure the new file is removed. SQLite 3.40's library has no
// sqlite3_recover, hence the walk by hand.
Result<SalvageReport> salvageDatabase(const QString &damaged,
                                      const QString &newPath,
                                      const std::function<bool(int table, int tables)> &progress
                                      = {});

} // namespace rapport
