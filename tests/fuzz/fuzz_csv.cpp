// libFuzzer target for the CSV reader (core/io/csvreader.h): any bytes go through dialect
// detection, decoding, a single pass, the chunked passes of splitCsv and the value parsers. The
// sanitizers catch memory and undefined-behaviour errors; the checks below catch broken promises
// (a reader that does not advance, chunks out of order, a chunked read that differs from the
// single pass on a file without damage).
#include "core/io/csvreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rapport::io;

namespace {

// A broken promise stops the run like a crash, naming the line of the promise.
#define check(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "fuzz_csv.cpp:%d: %s does not hold\n", __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)

struct Pass
{
    std::vector<CsvRecord> records;
    int damaged = 0;
};

Pass readAll(QByteArrayView utf8, char16_t delimiter, qint64 firstLine, const CsvDialect &dialect)
{
    Pass pass;
    CsvReader reader(utf8, delimiter, firstLine);
    qint64 last = reader.position();
    while (std::optional<rapport::Result<CsvRecord>> next = reader.next()) {
        check(reader.position() > last || reader.position() == utf8.size());
        last = reader.position();
        if (!next->ok()) {
            check(reader.errorLine() >= firstLine && reader.errorColumn() >= 1);
            check(!next->error().message().isEmpty());
            ++pass.damaged;
            continue;
        }
        check((*next)->line >= firstLine);
        for (const QString &field : (*next)->fields) {
            (void) parseDate(field, dialect.dates);
            (void) parseNumber(field, dialect.decimals);
        }
        pass.records.push_back(std::move(next->value()));
    }
    check(reader.position() == utf8.size());
    return pass;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const CsvDialect dialect = detectCsvDialect(bytes);
    for (TextEncoding encoding : {TextEncoding::Utf8,
                                  TextEncoding::Utf16LE,
                                  TextEncoding::Utf16BE,
                                  TextEncoding::Windows1252})
        (void) toUtf8(bytes, encoding);
    const QByteArray utf8 = toUtf8(bytes, dialect.encoding);
    const Pass whole = readAll(utf8, dialect.delimiter, 1, dialect);

    const std::vector<CsvChunk> chunks = splitCsv(utf8, 3);
    check(!chunks.empty() && chunks.front().offset == 0 && chunks.front().firstLine == 1);
    Pass chunked;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const qint64 end = i + 1 < chunks.size() ? chunks[i + 1].offset : utf8.size();
        check((end > chunks[i].offset || utf8.isEmpty()) && end <= utf8.size());
        if (i > 0)
            check(chunks[i].firstLine >= chunks[i - 1].firstLine);
        Pass part = readAll(QByteArrayView(utf8).sliced(chunks[i].offset, end - chunks[i].offset),
                            dialect.delimiter,
                            chunks[i].firstLine,
                            dialect);
        chunked.damaged += part.damaged;
        for (CsvRecord &r : part.records)
            chunked.records.push_back(std::move(r));
    }
    // Without damage every quote opens, closes or doubles inside a field, so splitCsv's quote
    // parity is the reader's own state: the chunks must give exactly the single pass's records.
    if (whole.damaged == 0 && chunked.damaged == 0) {
        check(whole.records.size() == chunked.records.size());
        for (std::size_t i = 0; i < whole.records.size(); ++i) {
            check(whole.records[i].line == chunked.records[i].line);
            check(whole.records[i].fields == chunked.records[i].fields);
        }
    }
    return 0;
}
