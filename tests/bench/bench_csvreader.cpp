// The CSV reader on a customer file of the kind issue 12 imports: 1M rows (--quick: 50k) of 10
// columns (names with diacritics, e-mail, phone, street, postal code, city, country, birthday,
// a note quoted with commas and sometimes a line break), about 100 MB, held in memory so that
// only parsing is timed. Figures: dialect detection on the first 256 KB, the split into two
// chunks, one pass on one core, and two chunks on two threads (the import's way).
//   rapport-bench --only csv [--quick]
#include "bench.h"

#include "core/io/csvreader.h"

#include <QRandomGenerator>

#include <cstdio>
#include <ctime>
#include <thread>

using namespace rapport;
using namespace rapport::io;

namespace {

QByteArray customerCsv(qint64 rows)
{
    const char *first[] = {"Jürgen", "Anaïs", "Ada", "Søren", "María José", "Zoë", "Hans", "Li"};
    const char *last[] = {"Müller", "Société", "Lovelace", "Ørsted", "García", "O'Brien", "Smith"};
    const char *cities[] = {"Köln", "Paris", "London", "København", "Sevilla", "Zürich"};
    QRandomGenerator random(42);
    QByteArray out;
    out.reserve(rows * 110);
    out += "first_name,last_name,email,phone,street,postal_code,city,country,birthday,notes\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        const char *f = first[random.bounded(int(std::size(first)))];
        const char *l = last[random.bounded(int(std::size(last)))];
        out += f;
        out += ',';
        out += l;
        out += ",customer" + QByteArray::number(i) + "@example.org,+49 30 "
               + QByteArray::number(1000000 + random.bounded(8999999)) + ','
               + QByteArray::number(random.bounded(1, 200)) + " Hauptstraße,"
               + QByteArray::number(10000 + random.bounded(89999)) + ','
               + cities[random.bounded(int(std::size(cities)))] + ",DE,"
               + QByteArray::number(1950 + random.bounded(50)) + "-0"
               + QByteArray::number(random.bounded(1, 9)) + "-1"
               + QByteArray::number(random.bounded(0, 9)) + ',';
        switch (random.bounded(4)) {
        case 0:
            out += "\"Met at the fair, wants a call\"";
            break;
        case 1:
            out += "\"Two lines:\r\nsecond \"\"quoted\"\" line\"";
            break;
        default:
            break;
        }
        out += "\r\n";
    }
    return out;
}

// The CPU time of the calling thread: the single pass's cost even when other work shares the
// cores (the wall time then says more about the neighbours than about the reader).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

qint64 readRange(QByteArrayView text, qint64 firstLine, qint64 &damaged)
{
    CsvReader reader(text, u',', firstLine);
    qint64 records = 0;
    while (std::optional<Result<CsvRecord>> next = reader.next()) {
        if (next->ok())
            ++records;
        else
            ++damaged;
    }
    return records;
}

} // namespace

RAPPORT_BENCH("csv")
{
    const qint64 rows = ctx.quick ? 50'000 : 1'000'000;
    const QByteArray file = customerCsv(rows);
    ctx.report(QStringLiteral("csv.file_mb"), double(file.size()) / 1e6, QStringLiteral("MB"));

    qint64 start = bench::nowNs();
    const CsvDialect dialect = detectCsvDialect(QByteArrayView(file).first(256 * 1024));
    ctx.report(QStringLiteral("csv.detect_ms"), bench::msSince(start), QStringLiteral("ms"));
    if (dialect.delimiter != u',' || dialect.dates != DateOrder::Iso)
        std::fprintf(stderr, "csv: the dialect was not recognised\n");

    std::vector<double> single, singleCpu, split, parallel;
    for (int run = 0; run < 3; ++run) {
        qint64 damaged = 0;
        start = bench::nowNs();
        const double cpuStart = threadCpuMs();
        const qint64 records = readRange(file, 1, damaged);
        singleCpu.push_back(threadCpuMs() - cpuStart);
        single.push_back(bench::msSince(start));
        if (records != rows + 1 || damaged != 0)
            std::fprintf(stderr, "csv: %lld records, %lld damaged\n", records, damaged);

        start = bench::nowNs();
        const std::vector<CsvChunk> chunks = splitCsv(file, 2);
        split.push_back(bench::msSince(start));
        qint64 damagedA = 0, damagedB = 0, recordsB = 0;
        const QByteArrayView all(file);
        const qint64 cut = chunks.size() > 1 ? chunks[1].offset : file.size();
        std::thread second([&] {
            if (chunks.size() > 1)
                recordsB = readRange(all.sliced(cut), chunks[1].firstLine, damagedB);
        });
        const qint64 recordsA = readRange(all.first(cut), 1, damagedA);
        second.join();
        parallel.push_back(bench::msSince(start));
        if (recordsA + recordsB != records)
            std::fprintf(stderr, "csv: the chunks gave %lld records\n", recordsA + recordsB);
    }
    const double oneCore = bench::percentile(single, 50);
    ctx.report(QStringLiteral("csv.parse_one_core_ms"), oneCore, QStringLiteral("ms"));
    ctx.report(QStringLiteral("csv.parse_one_core_mb_s"),
               double(file.size()) / 1e3 / oneCore,
               QStringLiteral("MB/s"));
    ctx.report(QStringLiteral("csv.parse_one_core_cpu_ms"),
               bench::percentile(singleCpu, 50),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("csv.split_ms"), bench::percentile(split, 50), QStringLiteral("ms"));
    ctx.report(QStringLiteral("csv.parse_two_threads_ms"),
               bench::percentile(parallel, 50),
               QStringLiteral("ms"));
}
