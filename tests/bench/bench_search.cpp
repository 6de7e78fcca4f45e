// Search latency per keystroke at 1M customers: names typed letter by letter, e-mail addresses,
// phone numbers in national and international form and their last digits.
#include "bench.h"
#include "benchdata.h"

#include "core/domain/textfold.h"
#include "core/services/customersearch.h"
#include "core/storage/database.h"

#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>

using namespace rapport;

namespace {

// This thread's processor time in ns: on a machine shared with other builds the wall time of a
// millisecond query is mostly waiting for a core, so the CPU time is what before/after compare.
qint64 cpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// What kind of keystroke a query is, for the breakdown of where the p95 goes.
QString kindOf(const QString &q)
{
    if (CustomerSearch::looksLikePhone(q))
        return QStringLiteral("phone");
    if (q.contains(QLatin1Char('@')))
        return QStringLiteral("email");
    const QStringList toks = CustomerSearch::tokens(q);
    const qsizetype last = toks.isEmpty() ? 0 : toks.last().size();
    const QString words = toks.size() > 1 ? QStringLiteral("words") : QStringLiteral("word");
    if (last <= 1)
        return words + QStringLiteral("_1letter");
    if (last == 2)
        return words + QStringLiteral("_2letters");
    if (last == 3)
        return words + QStringLiteral("_3letters");
    return words + QStringLiteral("_4plus");
}

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

// `name` with one typo in its longest word, of the kind `kind` picks: a letter left out, two
// swapped, one wrong, one doubled ("Jürgen Müller" -> "Jürgen Müler").
QString withTypo(const QString &name, int kind)
{
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype longest = 0;
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words.at(i).size() > words.at(longest).size())
            longest = i;
    }
    QString w = words.value(longest);
    if (w.size() < 5)
        return {};
    const qsizetype at = w.size() / 2;
    switch (kind % 4) {
    case 0:
        w.remove(at, 1);
        break;
    case 1:
        std::swap(w[at], w[at + 1]);
        if (w == words.at(longest))
            w[at] = w[at] == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
        break;
    case 2:
        w[at] = w[at] == QLatin1Char('e') ? QLatin1Char('a') : QLatin1Char('e');
        break;
    default:
        w.insert(at, w[at]);
        break;
    }
    words[longest] = w;
    return words.join(QLatin1Char(' '));
}

// Times every query, with close matches looked for or not, alternating which goes first.
void timeBoth(CustomerSearch &search,
              const QString &q,
              int round,
              std::vector<double> &exactOnly,
              std::vector<double> &withClose)
{
    for (int pass = 0; pass < 2; ++pass) {
        const bool close = (pass + round) % 2 == 1;
        search.setCloseMatches(close);
        const qint64 start = bench::nowNs();
        auto hits = search.find(q);
        const double ms = bench::msSince(start);
        if (!hits) {
            std::fprintf(stderr, "%s\n", qPrintable(hits.error().message()));
            std::exit(2);
        }
        (close ? withClose : exactOnly).push_back(ms);
    }
    search.setCloseMatches(true);
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

    std::vector<double> text, phone, cpu;
    std::vector<std::pair<double, QString>> slowest, slowestCpu;
    std::map<QString, std::vector<double>> cpuByKind;
    qint64 found = 0;
    for (const QString &q : std::as_const(queries)) {
        const qint64 start = bench::nowNs();
        const qint64 cpuStart = cpuNs();
        auto hits = search.find(q);
        const double cpuMs = double(cpuNs() - cpuStart) / 1e6;
        const double ms = bench::msSince(start);
        if (!hits) {
            std::fprintf(stderr, "%s\n", qPrintable(hits.error().message()));
            std::exit(2);
        }
        found += hits->isEmpty() ? 0 : 1;
        slowest.emplace_back(ms, q);
        slowestCpu.emplace_back(cpuMs, q);
        cpu.push_back(cpuMs);
        cpuByKind[kindOf(q)].push_back(cpuMs);
        (CustomerSearch::looksLikePhone(q) ? phone : text).push_back(ms);
    }
    // The slowest queries, on stderr: where a gap comes from.
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    std::sort(slowestCpu.begin(), slowestCpu.end(), std::greater<>());
    for (std::size_t i = 0; i < std::min<std::size_t>(8, slowest.size()); ++i)
        std::fprintf(stderr,
                     "search: %7.2f ms  \"%s\"   (cpu) %7.2f ms  \"%s\"\n",
                     slowest[i].first,
                     qPrintable(slowest[i].second),
                     slowestCpu[i].first,
                     qPrintable(slowestCpu[i].second));
    for (auto &[kind, samples] : cpuByKind) {
        const std::size_t n = samples.size();
        std::fprintf(stderr,
                     "search cpu by kind: %-16s n=%4zu p50 %6.2f p95 %6.2f ms\n",
                     qPrintable(kind),
                     n,
                     bench::percentile(samples, 50),
                     bench::percentile(samples, 95));
    }
    ctx.report(QStringLiteral("search.cpu_p50_ms"),
               bench::percentile(cpu, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.cpu_p95_ms"),
               bench::percentile(cpu, 95),
               QStringLiteral("ms"));
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

    // The same keystrokes with the search exact and prefix only (as before close matches) and
    // with close matches, each query both ways in one run: what the fallback costs the queries
    // that find something.
    std::vector<double> exactOnly, withClose;
    for (qsizetype i = 0; i < queries.size(); ++i)
        timeBoth(search, queries.at(i), int(i), exactOnly, withClose);
    ctx.report(QStringLiteral("search.exact_only_p50_ms"),
               bench::percentile(exactOnly, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.exact_only_p95_ms"),
               bench::percentile(exactOnly, 95),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.with_close_p50_ms"),
               bench::percentile(withClose, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.with_close_p95_ms"),
               bench::percentile(withClose, 95),
               QStringLiteral("ms"));

    // Names with a typo, typed letter by letter: the keystrokes before the typo find the name
    // exactly, those after it need the close matches. Found: the whole typed name brings back a
    // customer of the name meant among the first 20.
    const QStringList meant = samples(**db,
                                      "SELECT name FROM customers WHERE kind = 0"
                                      " AND deleted_at IS NULL AND id % 991 = 7 LIMIT 80");
    std::vector<double> typo, typoWhole, typoCpu;
    std::vector<std::pair<double, QString>> slowestTypos;
    int typed = 0, typoFound = 0;
    for (qsizetype n = 0; n < meant.size(); ++n) {
        const QString wrong = withTypo(meant.at(n), int(n));
        if (wrong.isEmpty())
            continue;
        ++typed;
        for (qsizetype i = 1; i <= wrong.size(); ++i) {
            const QString q = wrong.left(i);
            const qint64 start = bench::nowNs();
            const qint64 cpuStart = cpuNs();
            auto hits = search.find(q);
            typoCpu.push_back(double(cpuNs() - cpuStart) / 1e6);
            const double ms = bench::msSince(start);
            if (!hits) {
                std::fprintf(stderr, "%s\n", qPrintable(hits.error().message()));
                std::exit(2);
            }
            typo.push_back(ms);
            slowestTypos.emplace_back(ms, q);
            if (i == wrong.size()) {
                typoWhole.push_back(ms);
                const QString folded = foldText(meant.at(n));
                typoFound += std::any_of(hits->cbegin(),
                                         hits->cend(),
                                         [&](const SearchHit &h) {
                                             return foldText(h.customer.name) == folded;
                                         })
                                 ? 1
                                 : 0;
            }
        }
    }
    std::sort(slowestTypos.begin(), slowestTypos.end(), std::greater<>());
    for (std::size_t i = 0; i < std::min<std::size_t>(5, slowestTypos.size()); ++i)
        std::fprintf(stderr,
                     "search (typo): %7.2f ms  \"%s\"\n",
                     slowestTypos[i].first,
                     qPrintable(slowestTypos[i].second));
    ctx.report(QStringLiteral("search.typo_queries"),
               double(typo.size()),
               QStringLiteral("queries"));
    ctx.report(QStringLiteral("search.typo_p50_ms"),
               bench::percentile(typo, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.typo_p95_ms"),
               bench::percentile(typo, 95),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.typo_cpu_p50_ms"),
               bench::percentile(typoCpu, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.typo_cpu_p95_ms"),
               bench::percentile(typoCpu, 95),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.typo_whole_name_p95_ms"),
               bench::percentile(typoWhole, 95),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("search.typo_found_share"),
               typed ? double(typoFound) / double(typed) : 0.0,
               QStringLiteral("ratio"));
}
