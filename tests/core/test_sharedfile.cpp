// A shared file: the network share detection, the word a long write leaves beside the file of
// who holds it, and how a write waits for another client's lock and names the holder.
#include "core/services/door.h"
#include "core/services/workspace.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/sqlerror.h"
#include "core/storage/writeholder.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdlib>

using namespace rapport;

namespace {

WriteHolder anna(const QDateTime &since)
{
    WriteHolder h;
    h.user = QStringLiteral("Anna Weber");
    h.machine = QStringLiteral("laptop-3");
    h.pid = 4242;
    h.what = QStringLiteral("import");
    h.since = since;
    return h;
}

} // namespace

TEST_CASE("Network file systems are told apart from local ones by their type",
          "[sharedfile][database]")
{
    for (const char *network : {"nfs",
                                "nfs4",
                                "cifs",
                                "smb3",
                                "smbfs",
                                "fuse.sshfs",
                                "sshfs",
                                "9p",
                                "fuse.rclone",
                                "davfs",
                                "fuse.davfs2",
                                "afpfs",
                                "webdav",
                                "ceph",
                                "fuse.glusterfs",
                                "lustre",
                                "NFS"}) {
        INFO(network);
        CHECK(Database::isNetworkFilesystem(network));
    }
    for (const char *local : {"ext4",
                              "xfs",
                              "btrfs",
                              "tmpfs",
                              "apfs",
                              "NTFS",
                              "zfs",
                              "overlay",
                              "vfat",
                              "exfat",
                              "fuse.gocryptfs",
                              ""}) {
        INFO(local);
        CHECK_FALSE(Database::isNetworkFilesystem(local));
    }
    // A UNC path names another machine whatever type the share reports.
    CHECK(Database::isNetworkFilesystem("NTFS", QStringLiteral("//server/share")));
    CHECK(Database::isNetworkFilesystem("NTFS", QStringLiteral("\\\\server\\share")));
    CHECK_FALSE(Database::isNetworkFilesystem("NTFS", QStringLiteral("C:/Users/anna")));

    // A file on the local disk is in WAL mode (readers beside the writer).
    test::TempWorkspace t;
    CHECK_FALSE(t.db().isOnNetworkShare());
    CHECK(t.db().journalMode() == QLatin1String("wal"));
}

TEST_CASE("The holder of a long write is named with what they do and since when",
          "[sharedfile][holder]")
{
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(10, 2)).toUTC();
    CHECK(anna(today)
              .describe(today.addSecs(60))
              .startsWith(
                  QStringLiteral("Anna Weber on laptop-3, who is importing purchases (since ")));
    CHECK(anna(today).describe(today.addSecs(60)).contains(QStringLiteral("10:02")));
    WriteHolder nobody = anna(today);
    nobody.user.clear();
    nobody.what = QStringLiteral("demo");
    CHECK(nobody.describe(today).startsWith(
        QStringLiteral("someone on laptop-3, who is loading demo data")));
    CHECK(WriteHolder::activity(QStringLiteral("something new"))
          == QStringLiteral("saving a large change"));
}

TEST_CASE("The holder file is read back, and a stale one is ignored", "[sharedfile][holder]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 5,
                                                        Qt::UTC);
    CHECK_FALSE(WriteHolder::read(db).has_value());

    REQUIRE(anna(now).write(db));
    CHECK(QFile::exists(db + QStringLiteral("-writer")));
    auto read = WriteHolder::read(db);
    REQUIRE(read.has_value());
    CHECK(read->user == QStringLiteral("Anna Weber"));
    CHECK(read->machine == QStringLiteral("laptop-3"));
    CHECK(read->pid == 4242);
    CHECK(read->what == QStringLiteral("import"));
    CHECK(read->since == now);

    SECTION("another process's file stays when one removes only one's own")
    {
        WriteHolder::remove(db, QSysInfo::machineHostName(), WriteHolder::thisProcess());
        CHECK(WriteHolder::read(db).has_value());
        WriteHolder::remove(db, QStringLiteral("laptop-4"), 4242);
        CHECK(WriteHolder::read(db).has_value());
        WriteHolder::remove(db, QStringLiteral("laptop-3"), 4242);
        CHECK_FALSE(WriteHolder::read(db).has_value());
        REQUIRE(anna(now).write(db));
        WriteHolder::remove(db);
        CHECK_FALSE(QFile::exists(db + QStringLiteral("-writer")));
    }
    SECTION("a day old: a leftover")
    {
        REQUIRE(anna(now.addDays(-2)).write(db));
        CHECK_FALSE(WriteHolder::read(db).has_value());
    }
    SECTION("its process on this machine is gone")
    {
        WriteHolder gone = anna(now);
        gone.machine = QSysInfo::machineHostName();
        gone.pid = 1 << 30; // above any pid_max
        REQUIRE(gone.write(db));
        CHECK_FALSE(WriteHolder::read(db).has_value());
        // The same pid on another machine cannot be checked from here: it counts.
        gone.machine = QStringLiteral("laptop-3");
        REQUIRE(gone.write(db));
        CHECK(WriteHolder::read(db).has_value());
        // A process of this machine that runs is the holder.
        gone.machine = QSysInfo::machineHostName();
        gone.pid = WriteHolder::thisProcess();
        REQUIRE(gone.write(db));
        CHECK(WriteHolder::read(db).has_value());
    }
    SECTION("not JSON")
    {
        QFile file(db + QStringLiteral("-writer"));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("garbage");
        file.close();
        CHECK_FALSE(WriteHolder::read(db).has_value());
    }
}

TEST_CASE("A batch write leaves word of its holder beside the file while it holds the lock",
          "[sharedfile][door]")
{
    test::TempWorkspace t;
    t->door()->setActor(
        Actor{std::nullopt, QStringLiteral("Anna Weber"), QStringLiteral("laptop-3")});
    std::optional<WriteHolder> during;
    const WriteRequest request(WriteAction::Import,
                               WriteRequest::Batch{QStringLiteral("import"), {}, false});
    REQUIRE(t->write(request, [&](WriteScope &) -> Status {
        during = WriteHolder::read(t.path());
        return {};
    }));
    REQUIRE(during.has_value());
    CHECK(during->user == QStringLiteral("Anna Weber"));
    CHECK(during->machine == QStringLiteral("laptop-3"));
    CHECK(during->pid == WriteHolder::thisProcess());
    CHECK(during->what == QStringLiteral("import"));
    CHECK(std::abs(during->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK_FALSE(QFile::exists(WriteHolder::pathFor(t.path())));

    SECTION("a failed batch removes it too")
    {
        const Status failed = t->write(request, [&](WriteScope &) -> Status {
            return Error(Error::Kind::Validation, QStringLiteral("no"));
        });
        CHECK_FALSE(failed.ok());
        CHECK_FALSE(QFile::exists(WriteHolder::pathFor(t.path())));
    }
    SECTION("a short write leaves none, and removes one left by a writer that is done")
    {
        REQUIRE(anna(t.now()).write(t.path()));
        std::optional<WriteHolder> shortWrite = anna(t.now());
        REQUIRE(t->write(WriteRequest(WriteAction::Settings), [&](WriteScope &) -> Status {
            shortWrite = WriteHolder::read(t.path());
            return {};
        }));
        CHECK_FALSE(shortWrite.has_value());
        CHECK_FALSE(QFile::exists(WriteHolder::pathFor(t.path())));
    }
}

TEST_CASE("A write waits for another client's lock, tells who holds it, and names them when it "
          "gives up",
          "[sharedfile][door]")
{
    test::TempWorkspace t;
    auto other = Database::open(t.path(), Database::Mode::Existing);
    REQUIRE(other);
    REQUIRE((*other)->exec(QStringLiteral("BEGIN IMMEDIATE")));
    REQUIRE(anna(QDateTime::currentDateTimeUtc()).write(t.path()));

    QList<BusyWait> waits;
    SECTION("given up after the observer's limit")
    {
        t->door()->setBusyObserver([&](const BusyWait &wait) {
            waits << wait;
            return wait.waitedMs < 300;
        });
        const Status s = t->setSetting(QStringLiteral("phone_region"), QStringLiteral("FR"));
        REQUIRE_FALSE(s.ok());
        INFO(s.error().message().toStdString());
        CHECK(s.error().message().contains(
            QStringLiteral("still busy with Anna Weber on laptop-3, who is importing purchases")));
        REQUIRE(waits.size() >= 2);
        CHECK(waits.last().waitedMs >= 300);
        CHECK(waits.first().holder.has_value());
        CHECK(waits.first().message().startsWith(
            QStringLiteral("Waiting for Anna Weber on laptop-3, who is importing purchases")));
        // Nothing was written, and the next busy error knows nobody.
        CHECK(SettingsRepository(t.db()).value(QStringLiteral("phone_region"))
              != QStringLiteral("FR"));
        CHECK(
            sqliteError(SQLITE_BUSY, QStringLiteral("database is locked"), QStringLiteral("Saving"))
                .message()
                .contains(QStringLiteral("another program is writing")));
    }
    SECTION("saved once the holder is done")
    {
        t->door()->setBusyObserver([&](const BusyWait &wait) {
            waits << wait;
            if (waits.size() == 3) {
                WriteHolder::remove(t.path());
                REQUIRE((*other)->exec(QStringLiteral("COMMIT")));
            }
            return wait.waitedMs < 10'000;
        });
        REQUIRE(t->setSetting(QStringLiteral("phone_region"), QStringLiteral("FR")));
        CHECK(waits.size() == 3);
        CHECK(SettingsRepository(t.db()).value(QStringLiteral("phone_region"))
              == QStringLiteral("FR"));
    }
    SECTION("an unknown holder is waited for all the same")
    {
        WriteHolder::remove(t.path());
        t->door()->setBusyObserver([&](const BusyWait &wait) {
            waits << wait;
            return wait.waitedMs < 200;
        });
        const Status s = t->setSetting(QStringLiteral("phone_region"), QStringLiteral("FR"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message().contains(QStringLiteral("another program is writing")));
        REQUIRE_FALSE(waits.isEmpty());
        CHECK_FALSE(waits.first().holder.has_value());
        CHECK(waits.first().message()
              == QStringLiteral("Waiting for another user who is saving a change…"));
    }
}

TEST_CASE("The busy sentence names the holder once when a busy handler knew them",
          "[sharedfile][sqlerror]")
{
    setBusyHolder(QStringLiteral("Anna Weber on laptop-3, who is importing purchases"));
    const Error named = sqliteError(SQLITE_BUSY,
                                    QStringLiteral("database is locked"),
                                    QStringLiteral("Saving"));
    CHECK(named.message()
          == QStringLiteral("Saving failed: the database is still busy with Anna Weber on "
                            "laptop-3, who is importing purchases; try again when they are done."));
    CHECK(sqliteError(SQLITE_BUSY, QStringLiteral("database is locked"), QStringLiteral("Saving"))
              .message()
          == QStringLiteral("Saving failed: another program is writing to the database; try "
                            "again."));
}
