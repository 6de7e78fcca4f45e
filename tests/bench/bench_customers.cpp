// Customer inserts through CustomerRepository against the same rows through the raw sqlite3 C API,
// into the same schema (FTS triggers included), each in one transaction, in one run.
#include "bench.h"

#include "core/services/door.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace rapport;

namespace {

std::vector<Customer> makeCustomers(qint64 n)
{
    static const char *const firsts[] = {"Anna",
                                         "Jürgen",
                                         "Zoë",
                                         "Łukasz",
                                         "Émilie",
                                         "Sven",
                                         "María",
                                         "Jan",
                                         "Ingrid",
                                         "Luca",
                                         "Olivia",
                                         "Noah"};
    static const char *const lasts[] = {"Müller",
                                        "Schmidt",
                                        "Dubois",
                                        "Kowalski",
                                        "García",
                                        "Rossi",
                                        "Jansen",
                                        "Lindström",
                                        "Smith",
                                        "Novák"};
    std::vector<Customer> out;
    out.reserve(std::size_t(n));
    for (qint64 i = 0; i < n; ++i) {
        Customer c;
        c.firstName = QString::fromUtf8(firsts[i % 12]);
        c.lastName = QString::fromUtf8(lasts[(i / 12) % 10]) + QString::number(i);
        c.stage = LifecycleStage(i % 5);
        c.source = QStringLiteral("web");
        c.acquiredOn = QDate(2024, 1, 1).addDays(i % 900);
        out.push_back(std::move(c));
    }
    return out;
}

// A new database; `bare` drops the search-index triggers so that only the insert path itself is
// measured, without the FTS5 work that both paths otherwise share.
std::unique_ptr<Database> freshDatabase(const bench::Context &ctx, const QString &name, bool bare)
{
    const QString path = QDir(ctx.workDir).filePath(name);
    QFile::remove(path);
    auto db = Database::open(path, Database::Mode::Create);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        std::exit(2);
    }
    if (bare) {
        for (const char *trigger :
             {"customers_search_insert", "customers_search_update", "customers_search_delete"})
            (void) (*db)->exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger));
    }
    return std::move(db).value();
}

double viaRepository(const bench::Context &ctx, std::vector<Customer> rows, bool bare)
{
    auto db = freshDatabase(ctx, QStringLiteral("insert-repo.db"), bare);
    CustomerRepository repo(*db);
    const qint64 start = bench::nowNs();
    WriteTransaction tx(*db);
    for (Customer &c : rows) {
        if (auto id = repo.insert(c, Door::systemNow()); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message()));
            std::exit(2);
        }
    }
    if (!tx.commit())
        std::exit(2);
    return bench::msSince(start) / 1000.0;
}

void bindText(sqlite3_stmt *stmt, int i, const QString &s)
{
    if (s.isEmpty()) {
        sqlite3_bind_null(stmt, i);
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

double viaCApi(const bench::Context &ctx, const std::vector<Customer> &rows, bool bare)
{
    auto db = freshDatabase(ctx, QStringLiteral("insert-raw.db"), bare);
    sqlite3 *h = db->handle();
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        h,
        "INSERT INTO customers (kind, first_name, last_name, name, sort_name, stage, "
        "owner_id, source, acquired_on, notes, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        -1,
        &stmt,
        nullptr);
    const qint64 start = bench::nowNs();
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Customer &c : rows) {
        sqlite3_bind_int(stmt, 1, int(c.kind));
        bindText(stmt, 2, c.firstName);
        bindText(stmt, 3, c.lastName);
        bindText(stmt, 4, c.displayName());
        bindText(stmt, 5, c.sortName());
        sqlite3_bind_int(stmt, 6, int(c.stage));
        sqlite3_bind_null(stmt, 7);
        bindText(stmt, 8, c.source);
        bindText(stmt, 9, c.acquiredOn.toString(Qt::ISODate));
        sqlite3_bind_null(stmt, 10);
        sqlite3_bind_int64(stmt, 11, now);
        sqlite3_bind_int64(stmt, 12, now);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            std::fprintf(stderr, "%s\n", sqlite3_errmsg(h));
            std::exit(2);
        }
        sqlite3_reset(stmt);
    }
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = bench::msSince(start) / 1000.0;
    sqlite3_finalize(stmt);
    return seconds;
}

} // namespace

RAPPORT_BENCH("insert")
{
    const qint64 n = ctx.quick ? 20'000 : 200'000;
    const std::vector<Customer> rows = makeCustomers(n);
    ctx.report(QStringLiteral("insert.rows"), double(n), QStringLiteral("rows"));
    for (const bool bare : {false, true}) {
        const QString prefix = bare ? QStringLiteral("insert.no_fts.") : QStringLiteral("insert.");
        const double raw = viaCApi(ctx, rows, bare);
        const double repo = viaRepository(ctx, rows, bare);
        ctx.report(prefix + QStringLiteral("raw_c_api_rows_per_s"),
                   double(n) / raw,
                   QStringLiteral("rows/s"));
        ctx.report(prefix + QStringLiteral("repository_rows_per_s"),
                   double(n) / repo,
                   QStringLiteral("rows/s"));
        ctx.report(prefix + QStringLiteral("repository_vs_raw"),
                   raw / repo,
                   QStringLiteral("ratio"));
    }
}
