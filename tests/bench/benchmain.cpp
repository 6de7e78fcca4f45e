// rapport-bench: runs the registered benchmarks and prints one JSON object per figure.
// usage: rapport-bench [--quick] [--only NAME] [--dir FOLDER]
#include "bench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace rapport::bench {

std::vector<Benchmark> &registry()
{
    static std::vector<Benchmark> all;
    return all;
}

void Context::report(const QString &name, double value, const QString &unit) const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("value"), std::round(value * 1000.0) / 1000.0},
                  {QStringLiteral("unit"), unit}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

std::vector<std::pair<QString, Probe>> &probes()
{
    static std::vector<std::pair<QString, Probe>> all;
    return all;
}

std::optional<QString> runProbe(const QString &name, const QString &argument)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--probe"), name, argument});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double msSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e6;
}

double percentile(std::vector<double> &samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double rank = p / 100.0 * double(samples.size() - 1);
    const auto lo = std::size_t(std::floor(rank));
    const auto hi = std::min(samples.size() - 1, lo + 1);
    return samples[lo] + (samples[hi] - samples[lo]) * (rank - double(lo));
}

} // namespace rapport::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rapport-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rapport benchmarks (JSON lines on stdout)"));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Run at small sizes."));
    const QCommandLineOption
        only(QStringLiteral("only"),
             QStringLiteral("Run only the benchmark of that name, or those whose names start so."),
             QStringLiteral("name"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Scratch folder for databases (default: temp)."),
                                 QStringLiteral("folder"));
    QCommandLineOption probe(QStringLiteral("probe"),
                             QStringLiteral("Run one probe in this process (used by benchmarks)."),
                             QStringLiteral("name"));
    probe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({quick, only, dir, probe});
    parser.process(app);

    if (parser.isSet(probe)) {
        for (const auto &[name, run] : rapport::bench::probes()) {
            if (name == parser.value(probe))
                return run(parser.positionalArguments().value(0));
        }
        std::fprintf(stderr, "rapport-bench: no probe %s.\n", qUtf8Printable(parser.value(probe)));
        return 2;
    }

    QTemporaryDir scratch(parser.isSet(dir) ? parser.value(dir) + QStringLiteral("/bench-XXXXXX")
                                            : QString());
    if (!scratch.isValid()) {
        std::fprintf(stderr, "rapport-bench: cannot create a scratch folder.\n");
        return 2;
    }
    rapport::bench::Context ctx;
    ctx.quick = parser.isSet(quick);
    ctx.workDir = scratch.path();
    // A name that is a benchmark's whole name runs that one alone (clv, not clv-days too).
    const QString filter = parser.value(only);
    const auto &all = rapport::bench::registry();
    const bool whole = std::any_of(all.begin(), all.end(), [&](const auto &b) {
        return QString::fromLatin1(b.name) == filter;
    });
    for (const auto &b : all) {
        const QString name = QString::fromLatin1(b.name);
        if (!filter.isEmpty() && (whole ? name != filter : !name.startsWith(filter)))
            continue;
        std::fprintf(stderr, "running %s...\n", b.name);
        b.run(ctx);
    }
    return 0;
}
