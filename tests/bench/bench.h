#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace rapport::bench {

// What a benchmark gets: the size to run at and a way to report figures. Each figure is printed
// as one JSON object per line: {"name": ..., "value": ..., "unit": ...}.
struct Context
{
    bool quick = false; // --quick: small sizes, seconds not minutes
    QString workDir;    // a scratch folder for databases
    void report(const QString &name, double value, const QString &unit) const;
};

struct Benchmark
{
    const char *name;
    std::function<void(const Context &)> run;
};

std::vector<Benchmark> &registry();

struct Registrar
{
    Registrar(const char *name, std::function<void(const Context &)> run)
    {
        registry().push_back({name, std::move(run)});
    }
};

// A probe measures in a fresh child process (`rapport-bench --probe NAME ARG`) what the
// benchmark's own process would distort, such as the resident memory of one open view after
// other benchmarks grew the heap. It prints its figure on stdout and returns an exit code.
using Probe = std::function<int(const QString &argument)>;
std::vector<std::pair<QString, Probe>> &probes();

struct ProbeRegistrar
{
    ProbeRegistrar(const QString &name, Probe probe)
    {
        probes().emplace_back(name, std::move(probe));
    }
};

// Runs the probe in a child process; what it printed (trimmed), or std::nullopt if it failed.
std::optional<QString> runProbe(const QString &name, const QString &argument);

// Milliseconds since `start` on a steady clock.
double msSince(qint64 startNs);
qint64 nowNs();
// The p-th percentile (0..100) of the samples (sorted in place).
double percentile(std::vector<double> &samples, double p);

} // namespace rapport::bench

#define RAPPORT_BENCH_CAT2(a, b) a##b
#define RAPPORT_BENCH_CAT(a, b) RAPPORT_BENCH_CAT2(a, b)
// Defines a benchmark: RAPPORT_BENCH("search") { ...ctx.report(...); }
#define RAPPORT_BENCH(NAME) \
    static void RAPPORT_BENCH_CAT(benchBody, __LINE__)(const ::rapport::bench::Context &ctx); \
    static ::rapport::bench::Registrar RAPPORT_BENCH_CAT(benchReg, \
                                                         __LINE__)(NAME, \
                                                                   &RAPPORT_BENCH_CAT(benchBody, \
                                                                                      __LINE__)); \
    static void RAPPORT_BENCH_CAT(benchBody, __LINE__)(const ::rapport::bench::Context &ctx)
