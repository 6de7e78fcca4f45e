#pragma once

// Reading CSV files (RFC 4180) as people's spreadsheets and other programs write them.
// Interface agreed for issue 12; the reader is implemented in csvreader.cpp.

#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace rapport::io {

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
enum class DateOrder { Unknown, Iso, DayFirst, MonthFirst }; // 2024-03-07, 07.03.2024, 03/07/2024
enum class DecimalMark { Unknown, Point, Comma };            // 1,234.50 or 1.234,50

// How a file is written: detected from its first bytes and values, and overridable by the user.
struct CsvDialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    char16_t delimiter = u','; // ',', ';' or '\t'
    bool header = true;        // the first record names the columns
    DateOrder dates = DateOrder::Unknown;
    DecimalMark decimals = DecimalMark::Unknown;
};

// Guesses the dialect from a sample of the file's first bytes (a few hundred KB): the encoding
// (BOMs; valid UTF-8 or Windows-1252), then the delimiter (the one giving the most records with
// the same field count), then date order and decimal mark from the values (a day above 12 decides;
// ISO wins when every date is ISO). What cannot be told stays Unknown.
CsvDialect detectCsvDialect(QByteArrayView sample);

// Decodes `bytes` from `encoding` to UTF-8 (Utf8Bom: the BOM dropped). Windows-1252's undefined
// bytes become U+FFFD.
QByteArray toUtf8(QByteArrayView bytes, TextEncoding encoding);

// One record: its fields and where it starts (1-based physical line; a quoted line break
// makes a record span lines).
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
};

// A reader over UTF-8 text (the whole file decoded, or a chunk that starts at a record start):
// quotes, doubled quotes, line breaks inside quotes, CRLF or LF or CR line ends. A damaged record
// (a quote left open to the end of the text, a quote in the middle of an unquoted field) is
// reported with its line and column and reading goes on with the next record; nothing is
// dropped silently. Blank lines hold no record and are passed over (their lines still count).
// The delimiter must be an ASCII character; a UTF-8 BOM at the start of line 1 is skipped.
class CsvReader final
{
public:
    CsvReader(QByteArrayView utf8, char16_t delimiter, qint64 firstLine = 1);
    // The next record, or nullopt at the end. On a damaged record returns an Error (its message
    // names line and column) and the next call continues after it.
    std::optional<Result<CsvRecord>> next();
    // Bytes consumed so far (for progress).
    qint64 position() const;
    // Where the last damaged record went wrong: its 1-based line and column (counted in
    // characters), for reports that keep them in columns of their own; 0 before any error.
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

private:
    Error damaged(qint64 recordLine, qint64 at, qint64 atLine, const QString &what);
    void skipLine(qint64 from);

    QByteArrayView m_text;
    char16_t m_delimiter;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
    qsizetype m_lastFieldCount = 8;
    std::array<bool, 256> m_stop{}; // the bytes that end an unquoted field
};

// Offsets at which `utf8` can be cut into about `parts` chunks that each start at a record start
// (for parsing on several threads); the first offset is 0. Also returns each chunk's first line.
struct CsvChunk
{
    qint64 offset = 0;
    qint64 firstLine = 1;
};
std::vector<CsvChunk> splitCsv(QByteArrayView utf8, int parts);

// Values as people write them in a cell, read with the dialect's conventions: nullopt when the
// text is not such a value.
std::optional<QDate> parseDate(QStringView text, DateOrder order);
std::optional<double> parseNumber(QStringView text, DecimalMark mark);

} // namespace rapport::io
