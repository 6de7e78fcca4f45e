#include "core/services/backupservice.h"
#include "core/storage/database.h"
#include "tests/support/fixtures.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

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

// A database of `customers` customers; returns the leaf pages of the customers table and the
// page size.
std::pair<QList<qint64>, qint64> makeDatabase(const QString &path, int customers)
{
    auto db = openDb(path, Database::Mode::Create);
    REQUIRE(db->exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < customers; ++i)
        test::addCustomer(*db, QStringLiteral("Customer number %1 of a long list").arg(i));
    REQUIRE(db->exec(QStringLiteral("COMMIT")));
    QList<qint64> leaves;
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'customers' AND "
                                  "pagetype = 'leaf' ORDER BY pageno")));
    while (q.next())
        leaves << q.value(0).toLongLong();
    return {leaves, scalar(*db, QStringLiteral("PRAGMA page_size"))};
}

void overwritePage(const QString &path, qint64 page, qint64 pageSize, qint64 from = 0)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray junk(int(pageSize - from), '\0');
    for (char &c : junk)
        c = char(QRandomGenerator::global()->bounded(256));
    REQUIRE(f.seek((page - 1) * pageSize + from));
    REQUIRE(f.write(junk) == junk.size());
}

} // namespace

TEST_CASE("Salvage saves the readable rows of a file with garbage pages", "[backup][salvage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    const auto [leaves, pageSize] = makeDatabase(path, 2000);
    REQUIRE(leaves.size() > 10);
    // Three leaves in the middle of the customers table become noise.
    const QList<qint64> hit{leaves.at(leaves.size() / 3),
                            leaves.at(leaves.size() / 2),
                            leaves.at(leaves.size() / 2 + 1)};
    for (qint64 page : hit)
        overwritePage(path, page, pageSize);

    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(db); // its schema is intact; its rows are not
        const auto quick = BackupService::quickCheck(**db);
        CHECK((!quick || !quick->isEmpty()));
    }

    const QString saved = dir.filePath(QStringLiteral("saved.db"));
    const BackupService service(path, dir.filePath(QStringLiteral("backups")));
    const Result<SalvageReport> report = service.salvage(saved);
    REQUIRE(report);
    const auto customers = std::find_if(report->tables.cbegin(),
                                        report->tables.cend(),
                                        [](const SalvagedTable &t) {
                                            return t.name == QLatin1String("customers");
                                        });
    REQUIRE(customers != report->tables.cend());
    CHECK(customers->saved < 2000);
    CHECK(customers->saved > 2000 - 3 * 100); // a leaf holds a few dozen rows
    CHECK(customers->lost != 0);
    if (customers->lost > 0)
        CHECK(customers->saved + customers->lost >= 2000);
    CHECK_FALSE(report->complete());
    // Derived tables are rebuilt by the new file, not copied.
    for (const SalvagedTable &t : report->tables) {
        CHECK(t.name != QLatin1String("customer_list"));
        CHECK(t.name != QLatin1String("customer_search"));
    }

    auto db = openDb(saved);
    const auto problems = db->check();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == customers->saved);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customer_list")) == customers->saved);
    CHECK(scalar(*db,
                 QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search "
                                "MATCH 'list'"))
          == customers->saved);

    // Salvage never writes over a file.
    CHECK_FALSE(service.salvage(saved));
}

TEST_CASE("A damaged file is offered its latest backup, and kept aside", "[backup][salvage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.db"));
    const auto [leaves, pageSize] = makeDatabase(path, 50);
    Q_UNUSED(leaves);
    const BackupService service(path, dir.filePath(QStringLiteral("backups")));
    {
        auto db = openDb(path);
        REQUIRE(service.backUp(*db));
    }
    // The schema page after the header is noise: SQLite calls the file damaged.
    overwritePage(path, 1, pageSize, 100);
    const auto opened = Database::open(path, Database::Mode::Existing);
    REQUIRE_FALSE(opened);
    CHECK(BackupService::isDamagedRapportFile(path, opened.error()));
    CHECK_FALSE(BackupService::isDamagedRapportFile(dir.filePath(QStringLiteral("none.db")),
                                                    opened.error()));

    const QList<BackupEntry> backups = service.list();
    REQUIRE(backups.size() == 1);
    const auto restored = service.restore(backups.first().path);
    REQUIRE(restored);
    CHECK(restored->currentWasDamaged);
    CHECK(QFile::exists(restored->savedCurrentAs));
    CHECK(restored->savedCurrentAs.startsWith(path + QStringLiteral(".damaged-")));
    auto db = openDb(path);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == 50);
    CHECK(db->check()->isEmpty());
}
