#include "core/services/customersearch.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlfunctions.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace rapport;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void sqliteExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    registerSqlFunctions(db);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Opening `path` must fail with `kind` and leave the file byte for byte as it was.
void requireRefused(const QString &path, Database::Mode mode, Error::Kind kind)
{
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path, mode);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind() == kind);
    CHECK_FALSE(opened.error().message().isEmpty());
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

} // namespace

TEST_CASE("A fresh database is at the latest schema and marked as Rapport's", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.db"));
    auto db = Database::open(path, Database::Mode::Create);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == migrations::latestVersion());
    CHECK(migrations::latestVersion() >= 2);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Database::ApplicationId);
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("A database at schema 1 is upgraded and its rows become searchable", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        registerSqlFunctions(raw);
        REQUIRE(migrations::migrate(raw, 1).ok());
        sqlite3_close(raw);
    }
    sqliteExec(path,
               "INSERT INTO customers (id, kind, first_name, last_name, name, sort_name, "
               "stage, created_at, updated_at) VALUES (7, 0, 'Zoë', 'Brandtner', "
               "'Zoë Brandtner', 'brandtner zoe', 2, 0, 0);"
               "INSERT INTO contact_points (customer_id, kind, label, value) "
               "VALUES (7, 0, 2, '+4915112345678');");

    auto db = Database::open(path, Database::Mode::Existing);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == migrations::latestVersion());
    CustomerSearch search(**db, PhoneNormalizer(QStringLiteral("DE")));
    auto byName = search.find(QStringLiteral("zoe brandt"));
    REQUIRE(byName.ok());
    REQUIRE(byName->size() == 1);
    CHECK(byName->first().customer.id == 7);
    auto byPhone = search.find(QStringLiteral("12345678"));
    REQUIRE(byPhone.ok());
    REQUIRE(byPhone->size() == 1);
    CHECK(byPhone->first().customer.id == 7);
}

TEST_CASE("Foreign, newer and damaged files are refused and left untouched", "[migrations]")
{
    QTemporaryDir dir;

    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.db"));
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        writeFile(path, bytes);
        requireRefused(path, Database::Mode::Existing, Error::Kind::NotRapport);
        requireRefused(path, Database::Mode::Create, Error::Kind::NotRapport);
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("text.db"));
        writeFile(path, "name,email\nAnn,ann@example.com\n");
        requireRefused(path, Database::Mode::Create, Error::Kind::NotRapport);
        requireRefused(path, Database::Mode::ReadOnly, Error::Kind::NotRapport);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        sqliteExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        requireRefused(path, Database::Mode::Create, Error::Kind::NotRapport);
        requireRefused(path, Database::Mode::ReadOnly, Error::Kind::NotRapport);
    }
    SECTION("a database from a newer Rapport")
    {
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            REQUIRE(db.ok());
        }
        sqliteExec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 9999;");
        requireRefused(path, Database::Mode::Existing, Error::Kind::TooNew);
        requireRefused(path, Database::Mode::ReadOnly, Error::Kind::TooNew);
    }
    SECTION("a truncated Rapport database")
    {
        const QString path = dir.filePath(QStringLiteral("cut.db"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            REQUIRE(db.ok());
            REQUIRE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        sqliteExec(path, "PRAGMA journal_mode = DELETE;");
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QByteArray head = f.read(1024);
        f.close();
        writeFile(path, head + QByteArray(512, '\x5a'));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (db.ok()) {
            auto problems = (*db)->check();
            CHECK((!problems.ok() || !problems->isEmpty()));
        } else {
            CHECK_FALSE(db.error().message().isEmpty());
        }
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("Missing files and folders get a clear refusal", "[migrations]")
{
    QTemporaryDir dir;
    auto missingFile = Database::open(dir.filePath(QStringLiteral("none.db")),
                                      Database::Mode::Existing);
    REQUIRE_FALSE(missingFile.ok());
    CHECK(missingFile.error().kind() == Error::Kind::Io);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.db"))));

    auto missingFolder = Database::open(dir.filePath(QStringLiteral("no/such/x.db")),
                                        Database::Mode::Create);
    REQUIRE_FALSE(missingFolder.ok());
    CHECK(missingFolder.error().message().contains(QStringLiteral("does not exist")));

    const QString ro = dir.filePath(QStringLiteral("ro"));
    REQUIRE(QDir().mkpath(ro));
    QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(ro).isWritable()) { // root may write anywhere
        auto readOnly = Database::open(ro + QStringLiteral("/x.db"), Database::Mode::Create);
        REQUIRE_FALSE(readOnly.ok());
        CHECK(readOnly.error().message().contains(QStringLiteral("not writable")));
    }
    QFile::setPermissions(ro,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("An empty file becomes a Rapport database", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    writeFile(path, {});
    auto db = Database::open(path, Database::Mode::Existing);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == migrations::latestVersion());
}
