#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "tests/support/tempdatabase.h"

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
