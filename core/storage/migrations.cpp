#include "core/storage/migrations.h"

#include "core/storage/historychain.h"
#include "core/storage/permissionrepository.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace rapport::migrations {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct MigrationsTexts
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

struct Step
{
    int version;
    QString resource;
};

// The steps are the resources named NNNN_what.sql, numbered 1, 2, 3... without gaps.
const QList<Step> &steps()
{
    static const QList<Step> all = [] {
        QList<Step> list;
        const QDir dir(QStringLiteral(":/rapport/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const int version = file.section(QLatin1Char('_'), 0, 0).toInt();
            Q_ASSERT_X(version == list.size() + 1, "migrations", "numbering has a gap");
            list.append({version, dir.filePath(file)});
        }
        return list;
    }();
    return all;
}

Status run(sqlite3 *db, const QByteArray &sql, const QString &what)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return sqliteError(rc, text, what);
}

int userVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

// What a step needs beyond its SQL, in C++, inside the step's transaction.
Status afterStep(sqlite3 *db, int version)
{
    if (version == 14)
        return rechainHistory(db); // the chain moved from the changes to their digest
    if (version == 15)
        return PermissionRepository::seedDefaults(db); // the matrix, from the C++ defaults
    return {};
}

} // namespace

int latestVersion()
{
    return steps().isEmpty() ? 0 : steps().constLast().version;
}

Status migrate(sqlite3 *db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = userVersion(db);
    if (current < 0)
        return Error(Error::Kind::Damaged,
                     MigrationsTexts::tr("The database's schema version cannot be read."));
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io,
                         MigrationsTexts::tr("Migration %1 is missing from this build.")
                             .arg(step.version));
        const QString what
            = MigrationsTexts::tr("Upgrading the database to schema %1").arg(step.version);
        if (Status s = run(db, "BEGIN IMMEDIATE", what); !s)
            return s;
        Status s = run(db, file.readAll(), what);
        if (s)
            s = afterStep(db, step.version);
        if (s)
            s = run(db, "PRAGMA user_version = " + QByteArray::number(step.version), what);
        if (s)
            s = run(db, "COMMIT", what);
        if (!s) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return s;
        }
    }
    return {};
}

} // namespace rapport::migrations
