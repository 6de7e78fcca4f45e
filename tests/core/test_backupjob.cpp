#include "core/services/backupjob.h"
#include "core/storage/database.h"
#include "tests/support/fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

BackupJob::Outcome runJob(BackupJob *job)
{
    QSignalSpy done(job, &BackupJob::finished);
    job->start();
    REQUIRE(done.wait(30'000));
    return done.first().first().value<BackupJob::Outcome>();
}

} // namespace

TEST_CASE("Opening checks back up a sound database once a day, off the calling thread",
          "[backup][job]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.db"));
    auto db = Database::open(path, Database::Mode::Create);
    REQUIRE(db);
    test::addCustomer(**db, QStringLiteral("Ann"));
    const QString root = dir.filePath(QStringLiteral("backups"));

    std::unique_ptr<BackupJob> first(BackupJob::openChecks(path, true, nullptr));
    first->setBackupsRoot(root);
    QSignalSpy progress(first.get(), &BackupJob::progress);
    const BackupJob::Outcome a = runJob(first.get());
    CHECK(a.ok);
    CHECK(a.problems.isEmpty());
    REQUIRE_FALSE(a.written.isEmpty());
    CHECK(QFile::exists(a.written));
    CHECK_FALSE(progress.isEmpty());

    // The next open the same day: checked, nothing due.
    std::unique_ptr<BackupJob> second(BackupJob::openChecks(path, true, nullptr));
    second->setBackupsRoot(root);
    const BackupJob::Outcome b = runJob(second.get());
    CHECK(b.ok);
    CHECK(b.written.isEmpty());
    CHECK(BackupService(path, root).list(false).size() == 1);

    // A backup to a chosen file.
    std::unique_ptr<BackupJob> chosen(
        BackupJob::backUp(path, dir.filePath(QStringLiteral("mine.db")), nullptr));
    const BackupJob::Outcome c = runJob(chosen.get());
    CHECK(c.ok);
    CHECK(c.written == QFileInfo(dir.filePath(QStringLiteral("mine.db"))).absoluteFilePath());
}

TEST_CASE("Opening checks report a failed quick check and do not back the file up", "[backup][job]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.db"));
    qint64 pageSize = 0, leaf = 0;
    {
        auto db = Database::open(path, Database::Mode::Create);
        REQUIRE(db);
        REQUIRE((*db)->exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 600; ++i)
            test::addCustomer(**db, QStringLiteral("Customer %1 with a longer name").arg(i));
        REQUIRE((*db)->exec(QStringLiteral("COMMIT")));
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT pageno, (SELECT page_size FROM pragma_page_size) "
                                      "FROM dbstat WHERE name = 'customers' AND pagetype = "
                                      "'leaf' ORDER BY pageno LIMIT 1 OFFSET 3")));
        REQUIRE(q.next());
        leaf = q.value(0).toLongLong();
        pageSize = q.value(1).toLongLong();
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek((leaf - 1) * pageSize));
    f.write(QByteArray(int(pageSize), '\x07'));
    f.close();

    const QString root = dir.filePath(QStringLiteral("backups"));
    std::unique_ptr<BackupJob> job(BackupJob::openChecks(path, true, nullptr));
    job->setBackupsRoot(root);
    const BackupJob::Outcome outcome = runJob(job.get());
    CHECK_FALSE(outcome.ok);
    CHECK((!outcome.problems.isEmpty() || !outcome.message.isEmpty()));
    CHECK(outcome.written.isEmpty());
    CHECK(BackupService(path, root).list(false).isEmpty());
}

TEST_CASE("A worker's long statement stops when the connection is interrupted", "[backup][job]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.db"));
    REQUIRE(Database::open(path, Database::Mode::Create));
    std::atomic<const Database *> live{nullptr};
    std::atomic<bool> failed{false};
    QElapsedTimer clock;
    QThread *worker = QThread::create([&] {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db)
            return;
        live = db->get();
        // Seconds of work, unless interrupted.
        QSqlQuery q((*db)->connection());
        failed = !q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                        "FROM n WHERE i < 2000000000) SELECT count(*) FROM n"));
        live = nullptr;
    });
    worker->start();
    while (!live)
        QThread::msleep(1);
    QThread::msleep(50);
    clock.start();
    live.load()->interrupt();
    REQUIRE(worker->wait(10'000));
    delete worker;
    CHECK(failed);
    CHECK(clock.elapsed() < 2'000);
}
