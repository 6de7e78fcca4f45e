#pragma once

#include "core/util/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rapport {

class Database;

// What `rapport-cli info` and the desktop's database properties show about an open database.
struct DatabaseInfo
{
    QString path;
    int schemaVersion = 0;
    int latestSchemaVersion = 0; // what this build of Rapport knows
    QString journalMode;
    qint64 fileBytes = 0;                    // the database file plus its write-ahead log
    QList<QPair<QString, qint64>> rowCounts; // per table, in schema order

    qint64 rows(const QString &table) const;
};

// Reads the facts; counting rows visits each table's smallest index (about a second at 10M rows).
Result<DatabaseInfo> readDatabaseInfo(const Database &db);

} // namespace rapport
