#include "core/storage/databaseinfo.h"

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct DatabaseInfoTexts
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseInfo)
};

} // namespace

qint64 DatabaseInfo::rows(const QString &table) const
{
    for (const auto &[name, count] : rowCounts) {
        if (name == table)
            return count;
    }
    return 0;
}

Result<DatabaseInfo> readDatabaseInfo(const Database &db)
{
    DatabaseInfo info;
    info.path = db.path();
    info.schemaVersion = db.schemaVersion();
    info.latestSchemaVersion = migrations::latestVersion();
    info.journalMode = db.journalMode();
    info.fileBytes = QFileInfo(db.path()).size();
    const QFileInfo wal(db.path() + QStringLiteral("-wal"));
    if (wal.exists())
        info.fileBytes += wal.size();

    // The user's tables; FTS5 keeps its data in shadow tables named after the index.
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_search_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "ORDER BY rootpage")))
        return sqlError(tables, DatabaseInfoTexts::tr("Listing the tables"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(db.connection());
        // The name comes from sqlite_schema, never from the user; quoted as an identifier.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !count.next())
            return sqlError(count, DatabaseInfoTexts::tr("Counting the rows of %1").arg(name));
        info.rowCounts.append({name, count.value(0).toLongLong()});
    }
    return info;
}

} // namespace rapport
