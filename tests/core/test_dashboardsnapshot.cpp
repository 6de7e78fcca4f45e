// The dashboards' snapshot (DashboardSnapshot): every column and the lifetime values read back,
// and every snapshot that does not belong to the file refused before it can give a wrong number
// (damaged, short, long, not a snapshot, another format, schema, database or build, a backup
// restored, read whole too long ago). The catch-up's exactness: test_dashboardcatchup.cpp.
#include "tests/core/dashboardsnapshottest.h"

#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::analytics;
using namespace rapport::test::dashsnap;

TEST_CASE("the dashboards' snapshot reads back every column and its stamp",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(300, 3)).run().ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sub/d.snapshot"));
    const DashboardRepository repo(t.db());
    DashboardStamp stamp;
    DashboardColumns columns;
    {
        const DashboardRepository::ReadScope scope(t.db());
        REQUIRE(scope.begun().ok());
        columns = wholeRead(t.db());
        auto s = repo.stamp();
        REQUIRE(s);
        stamp = *s;
    }
    CHECK(stamp.mark == scalar(t.db(), QStringLiteral("SELECT max(id) FROM history")));
    CHECK(stamp.schema == t.db().schemaVersion());
    CHECK(stamp.hash.size() == 64);
    REQUIRE(DashboardSnapshot::write(file, columns, stamp).ok());
    auto read = DashboardSnapshot::read(file);
    REQUIRE(read);
    CHECK(read->stamp == stamp);
    requireSame(read->columns, columns);
    CHECK(read->clv.empty());

    // With lifetime values: given back to this build, to the bit.
    const DashboardClv values = Dashboard::lifetimeValues(columns, test::demodb::AsOf);
    REQUIRE(DashboardSnapshot::write(file, columns, stamp, {&values}).ok());
    read = DashboardSnapshot::read(file);
    REQUIRE(read);
    REQUIRE(read->clv.size() == 1);
    requireSameValues(read->clv.front(), values);

    // Nothing written since: nothing to catch up on.
    auto up = repo.catchUp(stamp);
    REQUIRE(up);
    REQUIRE(*up);
    CHECK((*up)->changes.isEmpty());
    CHECK((*up)->entries == 0);
    CHECK((*up)->stamp == stamp);

    // The default place: the cache folder, one file per database path.
    const QString here = DashboardSnapshot::defaultFile(t.path());
    CHECK(here.endsWith(QStringLiteral(".snapshot")));
    CHECK(here.contains(QStringLiteral("/dashboards/")));
    CHECK(here != DashboardSnapshot::defaultFile(dir.filePath(QStringLiteral("other.db"))));
}

TEST_CASE("a damaged, short, missing or other version's snapshot is refused",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(200, 4)).run().ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("d.snapshot"));
    const DashboardColumns columns = wholeRead(t.db());
    auto stamp = DashboardRepository(t.db()).stamp();
    REQUIRE(stamp);

    auto missing = DashboardSnapshot::read(file);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind() == Error::Kind::NotFound);

    const auto rewrite = [&] { REQUIRE(DashboardSnapshot::write(file, columns, *stamp).ok()); };
    const auto refused = [&] {
        auto r = DashboardSnapshot::read(file);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind() == Error::Kind::Damaged);
    };
    rewrite();
    REQUIRE(DashboardSnapshot::read(file));
    const qint64 size = QFileInfo(file).size();

    SECTION("one byte changed in the columns")
    {
        for (const qint64 at : {qint64(200), size / 2, size - 1}) {
            rewrite();
            QFile f(file);
            REQUIRE(f.open(QIODevice::ReadWrite));
            REQUIRE(f.seek(at));
            char c = 0;
            REQUIRE(f.getChar(&c));
            REQUIRE(f.seek(at));
            REQUIRE(f.putChar(char(c ^ 0x10)));
            f.close();
            refused();
        }
    }
    SECTION("cut short, or longer")
    {
        REQUIRE(QFile::resize(file, size - 8));
        refused();
        REQUIRE(QFile::resize(file, 40));
        refused();
        rewrite();
        REQUIRE(QFile::resize(file, size + 1));
        refused();
    }
    SECTION("another format version")
    {
        const quint32 other = DashboardSnapshot::FormatVersion + 1;
        patch(file, FormatAt, QByteArray(reinterpret_cast<const char *>(&other), 4));
        refused();
    }
    SECTION("not a snapshot")
    {
        patch(file, 0, QByteArrayLiteral("SQLi"));
        refused();
    }
}

TEST_CASE("a snapshot of another history is never brought up to date",
          "[dashboard][dashboardsnapshot]")
{
    test::TempWorkspace t;
    REQUIRE(DemoGenerator(*t->door(), test::demodb::options(200, 5)).run().ok());
    t.signInAdministrator();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("d.snapshot"));
    const DashboardRepository repo(t.db());
    // A backup of the file as it is now.
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    REQUIRE(exec(t.db(), QStringLiteral("VACUUM INTO '%1'").arg(backup)).ok());
    // Later: a logged call, and the dashboards saved.
    const qint64 someone = scalar(t.db(), QStringLiteral("SELECT max(id) FROM customers"));
    write(t,
          {QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
                          " VALUES (%1, 1, 0, 1780000000)")
               .arg(someone)});
    const Opened first = open(t.path(), file);
    CHECK_FALSE(first.fromSnapshot);
    auto saved = DashboardSnapshot::read(file);
    REQUIRE(saved);
    CHECK(saved->stamp.mark == scalar(t.db(), QStringLiteral("SELECT max(id) FROM history")));
    CHECK(std::abs(saved->stamp.readAt - QDateTime::currentSecsSinceEpoch()) < 600);

    SECTION("a backup restored: the snapshot's entry is not in it")
    {
        auto db = Database::open(backup, Database::Mode::ReadOnly);
        REQUIRE(db);
        auto up = DashboardRepository(**db).catchUp(saved->stamp);
        REQUIRE(up);
        CHECK_FALSE(up->has_value());
        const Opened restored = open(backup, file);
        CHECK_FALSE(restored.fromSnapshot);
        requireSame(*restored.columns, wholeRead(**db));
        // ...and the snapshot is now the backup's.
        auto again = DashboardSnapshot::read(file);
        REQUIRE(again);
        CHECK(again->stamp.mark < saved->stamp.mark);
    }
    SECTION("a backup restored and written to since: the same entry id with another hash")
    {
        auto other = test::openWorkspace(backup);
        REQUIRE(other);
        for (int i = 0; i < 3; ++i) {
            const Status s = other->door()->write(WriteRequest(WriteAction::Edit), [&](WriteScope &) {
                return exec(other->database(),
                            QStringLiteral("UPDATE customers SET stage = %1 WHERE id = %2")
                                .arg(i % 5)
                                .arg(someone));
            });
            REQUIRE(s.ok());
        }
        REQUIRE(scalar(other->database(), QStringLiteral("SELECT max(id) FROM history"))
                >= saved->stamp.mark);
        auto up = DashboardRepository(other->database()).catchUp(saved->stamp);
        REQUIRE(up);
        CHECK_FALSE(up->has_value());
        const Opened restored = open(backup, file);
        CHECK_FALSE(restored.fromSnapshot);
        requireSame(*restored.columns, wholeRead(other->database()));
    }
    SECTION("another database")
    {
        test::TempWorkspace u;
        REQUIRE(DemoGenerator(*u->door(), test::demodb::options(200, 6)).run().ok());
        auto up = DashboardRepository(u.db()).catchUp(saved->stamp);
        REQUIRE(up);
        CHECK_FALSE(up->has_value());
        const Opened foreign = open(u.path(), file);
        CHECK_FALSE(foreign.fromSnapshot);
        requireSame(*foreign.columns, wholeRead(u.db()));
    }
    SECTION("another schema")
    {
        const qint32 schema = saved->stamp.schema - 1;
        patch(file, SchemaAt, QByteArray(reinterpret_cast<const char *>(&schema), 4));
        auto stale = DashboardSnapshot::read(file);
        REQUIRE(stale);
        auto up = repo.catchUp(stale->stamp);
        REQUIRE(up);
        CHECK_FALSE(up->has_value());
        const Opened reopened = open(t.path(), file);
        CHECK_FALSE(reopened.fromSnapshot);
        requireSame(*reopened.columns, wholeRead(t.db()));
    }
    SECTION("read whole more than a week ago: read whole again")
    {
        const qint64 old = QDateTime::currentSecsSinceEpoch()
                           - DashboardService::MaxSnapshotAgeSeconds - 60;
        patch(file, ReadAtAt, QByteArray(reinterpret_cast<const char *>(&old), 8));
        REQUIRE(DashboardSnapshot::read(file)->stamp.readAt == old);
        const Opened reopened = open(t.path(), file);
        CHECK_FALSE(reopened.fromSnapshot);
        auto again = DashboardSnapshot::read(file);
        REQUIRE(again);
        CHECK(again->stamp.readAt > old);
        CHECK(open(t.path(), file).fromSnapshot);
    }
    SECTION("damaged: read whole and saved again")
    {
        REQUIRE(QFile::resize(file, QFileInfo(file).size() - 1));
        const Opened reopened = open(t.path(), file);
        CHECK_FALSE(reopened.fromSnapshot);
        requireSame(*reopened.columns, wholeRead(t.db()));
        CHECK(DashboardSnapshot::read(file));
        CHECK(open(t.path(), file).fromSnapshot);
    }
    SECTION("the same history: used, with the lifetime values fitted before")
    {
        REQUIRE(saved->clv.size() == 2); // the period's last day and the previous period's
        const Opened reopened = open(t.path(), file);
        CHECK(reopened.fromSnapshot);
        requireSame(*reopened.columns, wholeRead(t.db()));
        requireSameFigures(*reopened.result, *first.result);
        REQUIRE(reopened.clv);
        REQUIRE(first.clv);
        requireSameValues(*reopened.clv, *first.clv);
        requireSameValues(*reopened.clv,
                          Dashboard::lifetimeValues(wholeRead(t.db()), test::demodb::AsOf));
    }
    SECTION("written by another build: the columns are used, the lifetime values fitted again")
    {
        patch(file, BuildAt, QByteArray(20, 'x'));
        auto other = DashboardSnapshot::read(file);
        REQUIRE(other);
        CHECK(other->clv.empty());
        requireSame(other->columns, saved->columns);
        const Opened reopened = open(t.path(), file);
        CHECK(reopened.fromSnapshot);
        REQUIRE(reopened.clv);
        requireSameValues(*reopened.clv, *first.clv);
    }
}
