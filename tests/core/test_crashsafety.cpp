// Crash safety and sharing of one file: a transaction whose writer died is rolled back in every
// mode (never called damage), and readers open the file while another connection writes.
#include "core/storage/bulkloader.h"
#include "core/storage/database.h"
#include "core/storage/sqlfunctions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

using namespace rapport;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q.value(0).toLongLong();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// `count` customers with ids from `firstId`, loaded and committed through the BulkLoader.
void loadCustomers(Database &db, qint64 firstId, int count)
{
    BulkBatch b;
    if (firstId == 1)
        b.users.push_back({1, "a.agent", "Anna Agent", "a.agent@example.org", 3, 1000});
    for (qint64 id = firstId; id < firstId + count; ++id) {
        const std::string n = std::to_string(id);
        BulkBatch::Customer c;
        c.id = id;
        c.lastName = c.name = b.text.add("Crash Customer " + n);
        c.sortName = b.text.add("crash customer " + n);
        c.stage = 2;
        c.ownerId = 1;
        c.createdAt = c.updatedAt = 1000 + id;
        b.customers.push_back(c);
        b.search.push_back({id, c.name, "", "", "", ""});
    }
    BulkLoader loader(db);
    REQUIRE(loader.begin().ok());
    REQUIRE(loader.insert(b).ok());
    REQUIRE(loader.finish().ok());
}

int sqliteExec(sqlite3 *db, const char *sql)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        WARN(sql << ": " << sqlite3_errmsg(db));
    return rc;
}

// A Rapport database `name` in `dir` with a hot journal beside it, as a writer that was killed in
// the middle of a transaction leaves it: the transaction (an index dropped as the bulk loader
// does, every customer's notes rewritten) was begun in rollback-journal mode with a cache so small
// that its pages went into the main file before the end, and the file and its journal were copied
// at that moment. Returns the file's hash as it was before the transaction.
QByteArray makeHotJournal(const QTemporaryDir &dir, const QString &name)
{
    const QString source = dir.filePath(QStringLiteral("source.db"));
    {
        auto db = Database::open(source, Database::Mode::Create);
        REQUIRE(db.ok());
        loadCustomers(**db, 1, 400);
    }
    sqlite3 *raw = nullptr;
    REQUIRE(
        sqlite3_open_v2(QFile::encodeName(source).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK);
    registerSqlFunctions(raw); // the triggers call Rapport's functions
    REQUIRE(sqliteExec(raw, "PRAGMA journal_mode = DELETE") == SQLITE_OK);
    const QByteArray before = fileHash(source);
    REQUIRE(sqliteExec(raw, "PRAGMA cache_size = 10") == SQLITE_OK);
    REQUIRE(sqliteExec(raw, "BEGIN IMMEDIATE") == SQLITE_OK);
    REQUIRE(sqliteExec(raw, "DROP INDEX customers_owner") == SQLITE_OK);
    REQUIRE(sqliteExec(raw, "UPDATE customers SET notes = hex(randomblob(3000))") == SQLITE_OK);
    const QString target = dir.filePath(name);
    REQUIRE(QFile::copy(source, target));
    REQUIRE(QFile::copy(source + QStringLiteral("-journal"), target + QStringLiteral("-journal")));
    REQUIRE(sqliteExec(raw, "ROLLBACK") == SQLITE_OK);
    REQUIRE(sqlite3_close(raw) == SQLITE_OK);
    // The transaction's pages did reach the main file: without the journal it is inconsistent.
    REQUIRE(fileHash(target) != before);
    REQUIRE(QFileInfo(target + QStringLiteral("-journal")).size() > 0);
    REQUIRE(QFile::remove(source));
    return before;
}

void requireRolledBack(Database &db)
{
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers")) == 400);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE notes IS NOT NULL")) == 0);
    CHECK(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'customers_owner'"))
        == 1);
    auto problems = db.check();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    CHECK_FALSE(QFile::exists(db.path() + QStringLiteral("-journal")));
}

// Runs `open` in a child process that cannot write to `dir` (the tests may run as root, whom
// permissions do not stop: the child then becomes nobody) and returns what it reported.
template<typename Open>
std::string inChildThatCannotWrite(const QTemporaryDir &dir, Open open)
{
    const QByteArray folder = QFile::encodeName(dir.path());
    QDir entries(dir.path());
    for (const QString &f : entries.entryList(QDir::Files))
        REQUIRE(::chmod(QFile::encodeName(entries.filePath(f)).constData(), 0444) == 0);
    REQUIRE(::chmod(folder.constData(), 0555) == 0);
    int pipeEnds[2];
    REQUIRE(::pipe(pipeEnds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(pipeEnds[0]);
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(3);
        const std::string said = open();
        const ssize_t written = ::write(pipeEnds[1], said.data(), said.size());
        ::_exit(written == ssize_t(said.size()) ? 0 : 4);
    }
    ::close(pipeEnds[1]);
    std::string said;
    char buffer[512];
    ssize_t n = 0;
    while ((n = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0)
        said.append(buffer, std::size_t(n));
    ::close(pipeEnds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::chmod(folder.constData(), 0755);
    for (const QString &f : entries.entryList(QDir::Files))
        ::chmod(QFile::encodeName(entries.filePath(f)).constData(), 0644);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return said;
}

} // namespace

TEST_CASE("A file whose writer died mid-transaction opens in every mode, rolled back",
          "[database][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const auto mode :
         {Database::Mode::Create, Database::Mode::Existing, Database::Mode::ReadOnly}) {
        const QString name = QStringLiteral("hot-%1.db").arg(int(mode));
        makeHotJournal(dir, name);
        auto db = Database::open(dir.filePath(name), mode);
        INFO("mode " << int(mode));
        REQUIRE(db.ok());
        CHECK((*db)->isReadOnly() == (mode == Database::Mode::ReadOnly));
        requireRolledBack(**db);
    }
}

TEST_CASE("A read-only file left with an unfinished change says so and what to do",
          "[database][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    makeHotJournal(dir, QStringLiteral("shared.db"));
    const QByteArray before = fileHash(path);
    const QByteArray journalBefore = fileHash(path + QStringLiteral("-journal"));
    const std::string said = inChildThatCannotWrite(dir, [&] {
        std::string out;
        for (const auto mode : {Database::Mode::ReadOnly, Database::Mode::Existing}) {
            auto db = Database::open(path, mode);
            out += db.ok() ? "opened"
                           : std::to_string(int(db.error().kind())) + " "
                                 + db.error().message().toStdString();
            out += '\n';
        }
        return out;
    });
    INFO(said);
    const std::string kindIo = std::to_string(int(Error::Kind::Io)) + " ";
    CHECK(said.find("opened") == std::string::npos);
    CHECK(said.find("damaged") == std::string::npos);
    // Both modes give the same sentence: what happened, and what to do.
    const std::string sentence = kindIo + QDir::toNativeSeparators(path).toStdString()
                                 + " was left with an unfinished change by a program that "
                                   "stopped; opening it once with permission to write";
    CHECK(said.find(sentence) == 0);
    CHECK(said.find(sentence, 1) != std::string::npos);
    // Nothing was touched, and where writing is allowed the file opens, rolled back.
    CHECK(fileHash(path) == before);
    CHECK(fileHash(path + QStringLiteral("-journal")) == journalBefore);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    requireRolledBack(**db);
}

TEST_CASE("Others read beside a load into a database in use, and a second writer waits",
          "[database][crash][bulkloader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    auto writer = Database::open(path, Database::Mode::Create);
    REQUIRE(writer.ok());
    loadCustomers(**writer, 1, 50);

    BulkBatch b;
    for (qint64 id = 51; id <= 90; ++id) {
        BulkBatch::Customer c;
        c.id = id;
        c.lastName = c.name = b.text.add("Later " + std::to_string(id));
        c.sortName = c.name;
        c.ownerId = 1;
        b.customers.push_back(c);
        b.search.push_back({id, c.name, "", "", "", ""});
    }
    BulkLoader loader(**writer);
    REQUIRE(loader.begin().ok());
    REQUIRE(loader.insert(b).ok());
    // The file keeps its log: readers read the last commit beside the writer.
    CHECK((*writer)->journalMode().toStdString() == "wal");
    for (const auto mode : {Database::Mode::ReadOnly, Database::Mode::Existing}) {
        auto reader = Database::open(path, mode);
        INFO("mode " << int(mode));
        REQUIRE(reader.ok());
        CHECK(scalar(**reader, QStringLiteral("SELECT count(*) FROM customers")) == 50);
        if (mode == Database::Mode::Existing) {
            // A second writer waits on the busy timeout, then hears one sentence.
            sqlite3_busy_timeout((*reader)->handle(), 200);
            const Status s = (*reader)->exec(QStringLiteral("BEGIN IMMEDIATE"));
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().message().contains(QStringLiteral("another program is writing")));
        }
    }
    REQUIRE(loader.finish().ok());
    auto after = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(after.ok());
    CHECK(scalar(**after, QStringLiteral("SELECT count(*) FROM customers")) == 90);
}

TEST_CASE("A new database is built with the rollback journal, and an open meanwhile keeps it",
          "[database][crash][bulkloader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto writer = Database::open(path, Database::Mode::Create);
    REQUIRE(writer.ok());
    BulkLoader loader(**writer);
    REQUIRE(loader.begin().ok());
    // Nobody has anything to read yet, and every page would be written twice through the log.
    CHECK((*writer)->journalMode().toStdString() == "delete");
    {
        // Changing the journal mode needs the file to itself: the open keeps the file's mode
        // instead of failing, and reads.
        auto other = Database::open(path, Database::Mode::Existing);
        REQUIRE(other.ok());
        CHECK((*other)->journalMode().toStdString() == "delete");
        CHECK(scalar(**other, QStringLiteral("SELECT count(*) FROM customers")) == 0);
    }
    loader.rollback();
    // Alone again, the file goes back to its log.
    CHECK((*writer)->journalMode().toStdString() == "wal");
}

TEST_CASE("A file held by a writer past the busy timeout is busy, not damaged", "[database][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("held.db"));
    {
        auto db = Database::open(path, Database::Mode::Create);
        REQUIRE(db.ok());
        loadCustomers(**db, 1, 20);
    }
    // A writer with the rollback journal whose pages no longer fit in its cache holds the
    // exclusive lock until it commits, its -journal beside the file.
    sqlite3 *raw = nullptr;
    REQUIRE(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK);
    registerSqlFunctions(raw);
    REQUIRE(sqliteExec(raw, "PRAGMA journal_mode = DELETE") == SQLITE_OK);
    REQUIRE(sqliteExec(raw, "BEGIN EXCLUSIVE") == SQLITE_OK);
    REQUIRE(sqliteExec(raw, "UPDATE customers SET notes = 'held'") == SQLITE_OK);
    REQUIRE(QFile::exists(path + QStringLiteral("-journal")));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind() == Error::Kind::Database);
    CHECK(db.error().message().contains(QStringLiteral("another program is writing")));
    CHECK_FALSE(db.error().message().contains(QStringLiteral("damaged")));
    REQUIRE(sqliteExec(raw, "COMMIT") == SQLITE_OK);
    REQUIRE(sqlite3_close(raw) == SQLITE_OK);
    auto after = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(after.ok());
    CHECK(scalar(**after, QStringLiteral("SELECT count(*) FROM customers WHERE notes = 'held'"))
          == 20);
}
