// Search latency per keystroke at 1M customers: names typed letter by letter, e-mail addresses,
// phone numbers in national and international form and their last digits.
#include "bench.h"
#include "benchdata.h"

#include "core/services/customersearch.h"
#include "core/storage/database.h"

#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace rapport;

namespace {

// Real values from the database to type, spread over the id range.
QStringList samples(const Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    QStringList out;
    if (q.exec(QString::fromLatin1(sql))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace

RAPPORT_BENCH("search")
{
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    const QString path = bench::demoDatabase(ctx, customers);
    auto db = Database::open(path, Database::Mode::Existing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        std::exit(2);
    }
    CustomerSearch search(**db, PhoneNormalizer(QStringLiteral("DE")));

    QStringList queries;
    const QStringList names = samples(**db,
                                      "SELECT name FROM customers WHERE id % 997 = 1 LIMIT 60");
    for (const QString &name : names) {
        for (int i = 1; i <= name.size(); ++i)
            queries << name.left(i); // every keystroke
    }
    const QStringList emails = samples(**db,
                                       "SELECT value FROM contact_points WHERE kind = 1 "
                                       "AND id % 1009 = 3 LIMIT 40");
    for (const QString &e : emails)
        queries << e << e.section(QLatin1Char('@'), 0, 0);
    const QStringList phones = samples(**db,
                                       "SELECT value FROM contact_points WHERE kind = 0 "
                                       "AND id % 1013 = 5 LIMIT 60");
    for (const QString &p : phones)
        queries << p << p.right(7) << QStringLiteral("0") + p.mid(3);

    std::vector<double> text, phone;
    std::vector<std::pair<double, QString>> slowest;
    qint64 found = 0;
    for (const QString &q : std::as_const(queries)) {
        const qint64 start = bench::nowNs();
        auto hits = search.find(q);
        const double ms = bench::msSince(start);
        if (!hits) {
            std::fprintf(stderr, "%s\n", qPrintable(hits.error().message()));
            std::exit(2);
        }
        found += hits->isEmpty() ? 0 : 1;
        slowest.emplace_back(ms, q);
        (CustomerSearch::looksLikePhone(q) ? phone : text).push_back(ms);
    }
    // The slowest queries, on stderr: where a gap comes from.
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    for (std::size_t i = 0; i < std::min<std::size_t>(8, slowest.size()); ++i)
        std::fprintf(stderr,
                     "search: %7.2f ms  \"%s\"\n",
                     slowest[i].first,
                     qPrintable(slowest[i].second));
    std::vector<double> all = text;
    all.insert(all.end(), phone.begin(), phone.end());
    ctx.report(QStringLiteral("search.customers"), double(customers), QStringLiteral("customers"));
    ctx.report(QStringLiteral("search.queries"), double(queries.size()), QStringLiteral("queries"));
    ctx.report(QStringLiteral("search.found_share"),
               double(found) / double(queries.size()),
               QStringLiteral("ratio"));
    ctx.report(QStringLiteral("search.p50_ms"), bench::percentile(all, 50), QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.p95_ms"), bench::percentile(all, 95), QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.text_p95_ms"),
               bench::percentile(text, 95),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.phone_p95_ms"),
               bench::percentile(phone, 95),
               QStringLiteral("ms"));
}
