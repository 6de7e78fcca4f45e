#pragma once

#include "bench.h"

#include <QString>

namespace rapport::bench {

// The path of a demo database with `customers` customers for read benchmarks, generated once per
// run in the scratch folder (interactions included only when asked). RAPPORT_BENCH_DB names an
// existing database to use instead, so a full-size run need not regenerate a million customers.
QString demoDatabase(const Context &ctx, qint64 customers, double interactionsPerCustomer = 0);

// A copy of `source` (and its write-ahead log, where committed pages may still lie) named `name`
// in the scratch folder, for a benchmark that writes: the other benchmarks' file keeps its
// contents. Exits with a message when the copy fails.
QString scratchCopy(const Context &ctx, const QString &source, const QString &name);

} // namespace rapport::bench
