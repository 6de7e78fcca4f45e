// The CDNOW sample (../shared/datasets/cdnow beside the project) imported through the real import
// path, summarised as of the end of the 39-week calibration period, and fitted: the published
// table must come out to its printed precision.
#include "core/analytics/bgnbd.h"
#include "core/analytics/gammagamma.h"
#include "core/services/orderimport.h"
#include "core/storage/clvrepository.h"
#include "tests/support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTextStream>

#include <catch2/catch.hpp>

#include <cmath>

using namespace rapport;
using namespace rapport::analytics;

namespace {

QString datasetDir()
{
    return QStringLiteral(RAPPORT_CDNOW_DIR);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

TEST_CASE("CDNOW sample: import, summary as of 1997-09-30, the published BG/NBD table",
          "[clv][cdnow]")
{
    const QString dir = datasetDir();
    if (!QFile::exists(dir + QStringLiteral("/CDNOW_sample.txt"))) {
        WARN("CDNOW data set not found at " << dir.toStdString()
                                            << ": the published-table test is skipped");
        return;
    }
    test::TempDatabase t;
    auto imported = OrderImport(t.db()).runFile(dir + QStringLiteral("/CDNOW_sample.txt"),
                                                OrderFileFormat::Cdnow,
                                                {});
    REQUIRE(imported);
    CHECK(imported->orders == 6919);
    CHECK(imported->customersCreated == 2357);

    auto summary = ClvRepository(t.db()).summary(QDate(1997, 9, 30), QStringLiteral("USD"));
    REQUIRE(summary);
    REQUIRE(summary->size() == 2357);

    // Per customer against cdnow_customers_summary.csv (ID is the sample id; the database keys
    // customers by the master id, the file's first column).
    QHash<QString, int> sampleId;
    {
        QFile sample(dir + QStringLiteral("/CDNOW_sample.txt"));
        REQUIRE(sample.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&sample);
        while (!in.atEnd()) {
            const QStringList cols = in.readLine().simplified().split(u' ');
            if (cols.size() == 5)
                sampleId.insert(cols[0], cols[1].toInt());
        }
    }
    QHash<int, std::array<double, 3>> published;
    {
        QFile csv(dir + QStringLiteral("/cdnow_customers_summary.csv"));
        REQUIRE(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&csv);
        in.readLine();
        while (!in.atEnd()) {
            const QStringList cols = in.readLine().split(u',');
            if (cols.size() == 4)
                published.insert(cols[0].toInt(),
                                 {cols[1].toDouble(), cols[2].toDouble(), cols[3].toDouble()});
        }
    }
    REQUIRE(published.size() == 2357);
    QHash<qint64, QString> keyOf;
    {
        QSqlQuery q(t->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, external_key FROM customers")));
        while (q.next())
            keyOf.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    int mismatches = 0, noRepeat = 0;
    for (std::size_t i = 0; i < summary->size(); ++i) {
        const int id = sampleId.value(keyOf.value(summary->customerIds[i]));
        const auto expected = published.value(id, {-1, -1, -1});
        const bool same = summary->x[i] == expected[0] && rounded(summary->tx[i], 2) == expected[1]
                          && rounded(summary->T[i], 2) == expected[2];
        if (!same && ++mismatches <= 5)
            UNSCOPED_INFO("sample customer " << id << ": " << summary->x[i] << " " << summary->tx[i]
                                             << " " << summary->T[i]);
        noRepeat += summary->x[i] == 0 ? 1 : 0;
    }
    CHECK(mismatches == 0);
    CHECK(noRepeat == 1411);

    auto fit = BgNbd::fit({summary->x, summary->tx, summary->T});
    REQUIRE(fit);
    CHECK(fit->converged);
    // FHL 2005, table: r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.4.
    CHECK(rounded(fit->params.r, 3) == 0.243);
    CHECK(rounded(fit->params.alpha, 3) == 4.414);
    CHECK(rounded(fit->params.a, 3) == 0.793);
    CHECK(rounded(fit->params.b, 3) == 2.426);
    CHECK(rounded(fit->logLikelihood, 1) == -9582.4);

    // Gamma-Gamma on the 946 repeat buyers' mean repeat spend (Fader and Hardie's note: p 6.25,
    // q 3.74, gamma 15.44 in dollars; the summary counts cents).
    auto spend = GammaGamma::fit(summary->x, summary->repeatSpend);
    REQUIRE(spend);
    CHECK(spend->customers == 946);
    CHECK(rounded(spend->params.p, 2) == 6.25);
    CHECK(rounded(spend->params.q, 2) == 3.74);
    CHECK(rounded(spend->params.gamma / 100, 2) == 15.44);
}
