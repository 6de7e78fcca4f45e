#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("A new database is created at the latest schema in WAL mode", "[database]")
{
    test::TempDatabase t;
    CHECK(t->schemaVersion() == migrations::latestVersion());
    CHECK(t->journalMode() == QStringLiteral("wal"));
    auto problems = t->check();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

#ifdef RAPPORT_CLI_PATH
// The user trial of 2026-12-07: with the desktop app open, a worker opening a second connection
// read the file's header with a QFile and closed it, which dropped every POSIX lock the process
// held on the file; the next rapport-cli then believed it was alone, checkpointed the WAL and
// deleted it under the app.
TEST_CASE("A second connection in this process leaves the first one's locks in place",
          "[database][sharedfile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locks.db"));
    Result<std::unique_ptr<Database>> first = Database::open(path, Database::Mode::Create);
    REQUIRE(first.ok());
    QSqlQuery q((*first)->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE t(x)")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customers")));
    q.finish(); // idle, as the desktop is between two reads
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    {
        Result<std::unique_ptr<Database>> second = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(second.ok());
    }
    // Another process comes and goes: it must see that this one still has the file open.
    QProcess cli;
    cli.start(QStringLiteral(RAPPORT_CLI_PATH),
              {QStringLiteral("info"), QStringLiteral("--db"), path});
    REQUIRE(cli.waitForFinished(60'000));
    CHECK(cli.exitCode() == 0);
    CHECK(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(QFile::exists(path + QStringLiteral("-shm")));
}
#endif
