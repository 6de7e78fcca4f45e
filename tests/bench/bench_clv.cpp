// Customer lifetime value: the BG/NBD fit on the CDNOW sample (imported through the real import
// path; the target is under 0.2 s) and the whole analysis at 1M demo customers (the fit under
// 10 s), each part timed: the purchase summary query, the BG/NBD fit, the Gamma-Gamma fit, the
// scores.
#include "bench.h"
#include "benchdata.h"

#include "core/analytics/bgnbd.h"
#include "core/analytics/clv.h"
#include "core/analytics/gammagamma.h"
#include "core/services/orderimport.h"
#include "core/storage/clvrepository.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

namespace {

using namespace rapport;
using namespace rapport::analytics;

double seconds(qint64 start)
{
    return bench::msSince(start) / 1000.0;
}

// Times the parts of the analysis on `db` as of `asOf`; `prefix` names the figures. The fits are
// repeated `repeats` times and the fastest kept (the work is deterministic).
void analyse(const bench::Context &ctx,
             Database &db,
             const QDate &asOf,
             const QString &currency,
             const QString &prefix,
             int repeats)
{
    const auto name = [&](const char *part) {
        return QString(prefix + QLatin1Char('.') + QLatin1String(part));
    };
    qint64 start = bench::nowNs();
    auto summary = ClvRepository(db).summary(asOf, currency);
    const double summarySeconds = seconds(start);
    if (!summary) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(prefix), qPrintable(summary.error().message()));
        return;
    }
    const RfmColumns columns{summary->x, summary->tx, summary->T};
    double fitSeconds = 1e9, spendSeconds = 1e9;
    Result<BgNbdFit> fit = Error(Error::Kind::Cancelled, QString());
    Result<GammaGammaFit> spend = Error(Error::Kind::Cancelled, QString());
    for (int i = 0; i < repeats; ++i) {
        start = bench::nowNs();
        fit = BgNbd::fit(columns);
        fitSeconds = std::min(fitSeconds, seconds(start));
        start = bench::nowNs();
        spend = GammaGamma::fit(summary->x, summary->repeatSpend);
        spendSeconds = std::min(spendSeconds, seconds(start));
    }
    if (!fit) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(prefix), qPrintable(fit.error().message()));
        return;
    }
    start = bench::nowNs();
    const ClvScores scores = scoreCustomers(fit->params,
                                            spend ? &spend->params : nullptr,
                                            columns,
                                            summary->repeatSpend,
                                            52,
                                            ClvOptions{});
    const double scoreSeconds = seconds(start);
    std::set<std::tuple<double, double, double>> histories;
    for (std::size_t i = 0; i < summary->size(); ++i)
        histories.emplace(summary->x[i], summary->tx[i], summary->T[i]);

    ctx.report(name("customers"), double(summary->size()), QStringLiteral("customers"));
    ctx.report(name("distinct_histories"), double(histories.size()), QStringLiteral("rows"));
    ctx.report(name("summary_seconds"), summarySeconds, QStringLiteral("s"));
    ctx.report(name("bgnbd_fit_seconds"), fitSeconds, QStringLiteral("s"));
    ctx.report(name("gammagamma_fit_seconds"), spendSeconds, QStringLiteral("s"));
    ctx.report(name("scores_seconds"), scoreSeconds, QStringLiteral("s"));
    ctx.report(name("total_seconds"),
               summarySeconds + fitSeconds + spendSeconds + scoreSeconds,
               QStringLiteral("s"));
    ctx.report(name("r"), fit->params.r, QString());
    ctx.report(name("alpha"), fit->params.alpha, QString());
    ctx.report(name("a"), fit->params.a, QString());
    ctx.report(name("b"), fit->params.b, QString());
    ctx.report(name("log_likelihood"), fit->logLikelihood, QString());
    ctx.report(name("bgnbd_iterations"), fit->iterations, QString());
    if (spend) {
        ctx.report(name("p"), spend->params.p, QString());
        ctx.report(name("q"), spend->params.q, QString());
        ctx.report(name("gamma"), spend->params.gamma, QString());
    }
}

RAPPORT_BENCH("clv")
{
    // The CDNOW sample, as the published table has it.
    const QString sample = QStringLiteral(RAPPORT_CDNOW_DIR "/CDNOW_sample.txt");
    if (QFile::exists(sample)) {
        const QString path = QDir(ctx.workDir).filePath(QStringLiteral("cdnow.db"));
        QFile::remove(path);
        auto db = Database::open(path, Database::Mode::Create);
        if (!db) {
            std::fprintf(stderr, "clv: %s\n", qPrintable(db.error().message()));
            return;
        }
        const qint64 start = bench::nowNs();
        auto imported = OrderImport(**db).runFile(sample, OrderFileFormat::Cdnow, {});
        if (!imported) {
            std::fprintf(stderr, "clv: %s\n", qPrintable(imported.error().message()));
            return;
        }
        ctx.report(QStringLiteral("clv.cdnow.import_seconds"), seconds(start), QStringLiteral("s"));
        analyse(ctx, **db, QDate(1997, 9, 30), QStringLiteral("USD"), QStringLiteral("clv.cdnow"), 5);
    } else {
        std::fprintf(stderr, "clv: no CDNOW sample at %s; skipped\n", qPrintable(sample));
    }

    // Demo customers (1M; --quick 20k).
    const qint64 customers = ctx.quick ? 20'000 : 1'000'000;
    auto db = Database::open(bench::demoDatabase(ctx, customers), Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "clv: %s\n", qPrintable(db.error().message()));
        return;
    }
    auto currency = ClvRepository(**db).mainCurrency();
    analyse(ctx,
            **db,
            QDate(2026, 6, 30),
            currency ? *currency : QStringLiteral("EUR"),
            QStringLiteral("clv.demo"),
            1);
}

} // namespace
