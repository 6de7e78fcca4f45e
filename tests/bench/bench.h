#pragma once

#include <QString>

#include <functional>
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
