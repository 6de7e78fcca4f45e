#include "core/services/backupservice.h"
#include "core/services/door.h"
#include "core/storage/database.h"
#include "tests/support/fixtures.h"
#include "tests/support/fullvfs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif

using namespace rapport;

namespace {

std::unique_ptr<Database> openDb(const QString &path, Database::Mode mode = Database::Mode::Existing)
{
    auto db = Database::open(path, mode);
    if (!db)
        FAIL(db.error().message().toStdString());
    return std::move(db).value();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A database of `customers` customers at `path`.
void makeDatabase(const QString &path, int customers)
{
    auto db = openDb(path, Database::Mode::Create);
    REQUIRE(db->exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < customers; ++i)
        test::addCustomer(*db, QStringLiteral("Customer number %1 of a long list").arg(i));
    REQUIRE(db->exec(QStringLiteral("COMMIT")));
}

QStringList partialFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial-*")}, QDir::Files);
}

} // namespace

TEST_CASE("A backup taken while another connection writes is the state at one commit", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    makeDatabase(path, 2000);
    const qint64 before = [&] {
        auto db = openDb(path);
        return scalar(*db, QStringLiteral("SELECT count(*) FROM customers"));
    }();

    // Each commit adds one customer and counts itself in the settings table.
    std::atomic<bool> stop{false};
    std::atomic<int> commits{0};
    std::atomic<bool> writerFailed{false};
    QThread *writer = QThread::create([&] {
        auto db = Database::open(path, Database::Mode::Existing);
        if (!db) {
            writerFailed = true;
            return;
        }
        while (!stop) {
            const bool ok
                = (*db)->exec(QStringLiteral("BEGIN IMMEDIATE"))
                  && (*db)->exec(QStringLiteral(
                      "INSERT INTO customers (kind, name, sort_name, stage, created_at, "
                      "updated_at) VALUES (1, 'Written meanwhile', 'written meanwhile', 0, 0, 0)"))
                  && (*db)->exec(QStringLiteral(
                      "INSERT INTO settings (key, value) VALUES ('test_counter', 1) ON CONFLICT "
                      "(key) DO UPDATE SET value = value + 1"))
                  && (*db)->exec(QStringLiteral("COMMIT"));
            if (!ok) {
                writerFailed = true;
                return;
            }
            ++commits;
        }
    });
    writer->start();
    while (commits < 20 && !writerFailed)
        QThread::msleep(1);

    auto source = openDb(path);
    const BackupService service(path, dir.filePath(QStringLiteral("backups")));
    const int atStart = commits;
    int steps = 0;
    BackupOptions options;
    options.pagesPerStep = 4;
    options.pauseMs = 2;
    options.progress = [&](qint64 done, qint64 total) {
        ++steps;
        return done <= total;
    };
    const Result<QString> written = service.backUp(*source, {}, options);
    const int atEnd = commits;
    stop = true;
    writer->wait();
    delete writer;
    REQUIRE_FALSE(writerFailed);
    REQUIRE(written);
    CHECK(steps > 3);
    CHECK(atEnd > atStart); // the writer went on while the copy ran
    CHECK(QFileInfo(*written).dir().absolutePath() == QDir(service.folder()).absolutePath());
    CHECK_FALSE(QFile::exists(*written + QStringLiteral("-wal")));

    // Restored into a new place, the copy is sound and holds exactly the rows of its commits.
    const QString restored = dir.filePath(QStringLiteral("restored.db"));
    const BackupService into(restored, dir.filePath(QStringLiteral("backups")));
    REQUIRE(into.restore(*written));
    auto db = openDb(restored);
    const auto problems = db->check();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
    const qint64 counter = scalar(*db,
                                  QStringLiteral("SELECT coalesce(max(CAST(value AS INTEGER)), 0) "
                                                 "FROM settings WHERE key = 'test_counter'"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == before + counter);
    CHECK(counter >= atStart);
    CHECK(counter <= atEnd);
}

TEST_CASE("Automatic backups keep 7 daily and 4 weekly over 60 days", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.db"));
    makeDatabase(path, 3);
    auto db = openDb(path);
    QDateTime now = test::utc(2026, 3, 2, 9); // a Monday
    const BackupService service(path, dir.filePath(QStringLiteral("backups")), [&] { return now; });
    const BackupSettings settings = BackupService::settings(*db);
    CHECK(settings.keepDaily == 7);
    CHECK(settings.keepWeekly == 4);

    CHECK(service.isDue());
    for (int day = 0; day < 60; ++day) {
        now = test::utc(2026, 3, 2, 9).addDays(day);
        const Result<QString> first = service.backUpIfDue(*db, settings);
        REQUIRE(first);
        CHECK_FALSE(first->isEmpty());
        // Later the same day nothing is due.
        now = now.addSecs(6 * 3600);
        const Result<QString> again = service.backUpIfDue(*db, settings);
        REQUIRE(again);
        CHECK(again->isEmpty());
    }
    const QList<BackupEntry> kept = service.list();
    REQUIRE(kept.size() == 11);
    // The newest seven days, one each...
    for (int i = 0; i < 7; ++i)
        CHECK(kept.at(i).created.date() == test::utc(2026, 3, 2).date().addDays(59 - i));
    // ...then the newest of each of four earlier weeks.
    QSet<int> weeks;
    for (int i = 7; i < 11; ++i)
        weeks.insert(kept.at(i).created.date().weekNumber());
    CHECK(weeks.size() == 4);
    for (const BackupEntry &e : kept) {
        CHECK(e.customers == 3);
        CHECK(e.bytes > 0);
    }
    CHECK(kept.at(7).created.date() < kept.at(6).created.date());

    // The numbers come from the settings table, through the service.
    auto door = Door::open(*db, nullptr);
    REQUIRE(door);
    REQUIRE(BackupService::saveSettings(**door, {true, 2, 1}));
    // Written through the door: in the history like any other change.
    CHECK(scalar(*db,
                 QStringLiteral("SELECT count(*) FROM history WHERE entity = 'setting' AND "
                                "changes LIKE '%backup_keep_daily%'"))
          >= 1);
    const BackupSettings fewer = BackupService::settings(*db);
    CHECK(fewer.keepDaily == 2);
    CHECK(fewer.keepWeekly == 1);
    CHECK(service.rotate(fewer).size() == 8);
    CHECK(service.list(false).size() == 3);
    CHECK_FALSE(BackupService::saveSettings(**door, {true, 0, 1}));
}

TEST_CASE("A file that is not a Rapport backup is refused and nothing changes", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("target.db"));
    makeDatabase(path, 5);
    const QByteArray original = sha(path);
    const BackupService service(path, dir.filePath(QStringLiteral("backups")));

    QFile text(dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("name,email\nAnn,ann@example.com\n");
    text.close();
    QFile garbage(dir.filePath(QStringLiteral("garbage.db")));
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, '\x5a'));
    garbage.close();
    {
        auto other = Database::open(dir.filePath(QStringLiteral("empty.db")),
                                    Database::Mode::Create);
        REQUIRE(other);
        REQUIRE((*other)->exec(QStringLiteral("PRAGMA application_id = 42")));
    }

    for (const QString &name : {QStringLiteral("notes.txt"),
                                QStringLiteral("garbage.db"),
                                QStringLiteral("empty.db"),
                                QStringLiteral("missing.db")}) {
        INFO(name.toStdString());
        const auto outcome = service.restore(dir.filePath(name));
        REQUIRE_FALSE(outcome);
        CHECK(outcome.error().message().endsWith(QStringLiteral("Nothing was changed.")));
        CHECK(outcome.error().message().count(QLatin1Char('.')) >= 1);
    }
    CHECK(service.restore(dir.filePath(QStringLiteral("notes.txt"))).error().kind()
          == Error::Kind::NotRapport);
    CHECK(sha(path) == original);
    CHECK(service.list(false).isEmpty()); // not even a before-restore copy was made

    // Nor is a database restored from itself.
    CHECK_FALSE(service.restore(path));
}

TEST_CASE("A restore over a database another connection has open is refused", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    makeDatabase(path, 5);
    const BackupService service(path, dir.filePath(QStringLiteral("backups")));
    QString backup;
    {
        auto db = openDb(path);
        auto written = service.backUp(*db);
        REQUIRE(written);
        backup = *written;
        test::addCustomer(*db, QStringLiteral("After the backup"));
    }

    {
        auto other = openDb(path); // another window on the same file
        const auto refused = service.restore(backup);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message().contains(QStringLiteral("open in another window")));
        CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM customers")) == 6);
        CHECK(service.list(false).size() == 1); // no before-restore copy either
    }

    // Once it is closed the restore goes through, and what was there is kept first.
    const auto restored = service.restore(backup);
    REQUIRE(restored);
    CHECK_FALSE(restored->currentWasDamaged);
    REQUIRE(QFile::exists(restored->savedCurrentAs));
    auto db = openDb(path);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == 5);
    const QList<BackupEntry> entries = service.list();
    REQUIRE(entries.size() == 2);
    const auto saved = std::find_if(entries.cbegin(), entries.cend(), [](const BackupEntry &e) {
        return e.beforeRestore;
    });
    REQUIRE(saved != entries.cend());
    CHECK(saved->customers == 6);
    CHECK(db->check()->isEmpty());
}

TEST_CASE("A full disk during a backup leaves nothing behind and says so", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.db"));
    makeDatabase(path, 500);
    auto db = openDb(path);
    const BackupService service(path, dir.filePath(QStringLiteral("backups")));
    const QString target = dir.filePath(QStringLiteral("out/backup.db"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("out"))));

    SECTION("a write refused by the file layer")
    {
        // An older backup at the target stays as it was.
        REQUIRE(service.backUp(*db, target));
        const QByteArray older = sha(target);
        test::addCustomer(*db, QStringLiteral("Newer"));
        test::FullDiskVfs full(64 * 1024);
        BackupOptions options;
        options.vfs = test::FullDiskVfs::name();
        const Result<QString> written = service.backUp(*db, target, options);
        REQUIRE_FALSE(written);
        CHECK(full.refusedWrites() > 0);
        CHECK(written.error().message()
              == QStringLiteral(
                  "The backup could not be written: the disk is full. Nothing was changed."));
        CHECK(sha(target) == older);
        CHECK(partialFiles(dir.filePath(QStringLiteral("out"))).isEmpty());
        CHECK(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size() == 1);
    }
#ifdef Q_OS_LINUX
    SECTION("a real, tiny filesystem (root only; skipped elsewhere)")
    {
        const QString mountPoint = dir.filePath(QStringLiteral("tiny"));
        REQUIRE(QDir().mkpath(mountPoint));
        if (geteuid() != 0
            || ::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=96k")
                   != 0) {
            WARN("Cannot mount a small tmpfs here; the file-layer section covers a full disk.");
            return;
        }
        const auto unmount = qScopeGuard(
            [&] { ::umount(QFile::encodeName(mountPoint).constData()); });
        const Result<QString> written = service.backUp(*db,
                                                       mountPoint + QStringLiteral("/backup.db"));
        REQUIRE_FALSE(written);
        CHECK(written.error().message().contains(QStringLiteral("the disk is full")));
        CHECK(QDir(mountPoint).entryList(QDir::Files).isEmpty());
    }
#endif
}

TEST_CASE("A cancelled backup removes its partial file", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    makeDatabase(path, 300);
    auto db = openDb(path);
    const BackupService service(path, dir.filePath(QStringLiteral("backups")));
    BackupOptions options;
    options.pagesPerStep = 2;
    options.progress = [](qint64 done, qint64) { return done < 6; };
    const auto written = service.backUp(*db, dir.filePath(QStringLiteral("x.db")), options);
    REQUIRE_FALSE(written);
    CHECK(written.error().kind() == Error::Kind::Cancelled);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.db"))));
    CHECK(partialFiles(dir.path()).isEmpty());
}

TEST_CASE("A backup restores into a place where there is no database yet", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("source.db"));
    makeDatabase(path, 4);
    const BackupService source(path, dir.filePath(QStringLiteral("backups")));
    QString backup;
    {
        auto db = openDb(path);
        auto written = source.backUp(*db);
        REQUIRE(written);
        backup = *written;
    }
    for (const QString &name : {QStringLiteral("new.db"), QStringLiteral("empty.db")}) {
        INFO(name.toStdString());
        const QString target = dir.filePath(name);
        if (name == QLatin1String("empty.db")) {
            QFile empty(target);
            REQUIRE(empty.open(QIODevice::WriteOnly));
        }
        const BackupService into(target, dir.filePath(QStringLiteral("backups")));
        const auto restored = into.restore(backup);
        REQUIRE(restored);
        CHECK(restored->savedCurrentAs.isEmpty());
        auto db = openDb(target);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == 4);
    }
}
