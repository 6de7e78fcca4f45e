#include "core/io/csvreader.h"

#include <QCoreApplication>

#include <cstring>

// The reader works on the UTF-8 bytes: the characters that give CSV its shape (, ; tab " CR LF)
// are ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character, so a byte scan finds
// them without decoding. Only the fields become QStrings, each made once from its bytes: a
// million customers' rows parse in a fraction of a second per core (see docs/benchmarks.md).

namespace rapport::io {
namespace {

constexpr char Quote = '"';

// The number of line ends in `text` (CRLF, LF or CR each end one line).
qint64 countLineEnds(const char *text, qint64 size)
{
    qint64 lines = 0;
    for (qint64 i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == '\n')
            ++lines;
        else if (c == '\r' && (i + 1 >= size || text[i + 1] != '\n'))
            ++lines;
    }
    return lines;
}

// The 1-based column of byte `at`, counted in characters from the start of its line.
qint64 columnOf(QByteArrayView text, qint64 at)
{
    qint64 start = at;
    while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r')
        --start;
    qint64 column = 1;
    for (qint64 i = start; i < at; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) // not a continuation byte
            ++column;
    return column;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

} // namespace

CsvReader::CsvReader(QByteArrayView utf8, char16_t delimiter, qint64 firstLine)
    : m_text(utf8)
    , m_delimiter(delimiter)
    , m_line(firstLine)
{
    // A delimiter that is not ASCII, or that is a quote or a line end, cannot be told apart from
    // the bytes that shape the file: such a caller gets commas.
    if (delimiter >= 0x80 || delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n')
        m_delimiter = u',';
    // A BOM only starts a file (a chunk further in starts past line 1 and keeps what it holds).
    if (firstLine == 1 && m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_stop[static_cast<unsigned char>(Quote)] = true;
    m_stop[static_cast<unsigned char>('\r')] = true;
    m_stop[static_cast<unsigned char>('\n')] = true;
    m_stop[m_delimiter] = true;
}

qint64 CsvReader::position() const
{
    return m_pos;
}

Error CsvReader::damaged(qint64 recordLine, qint64 at, qint64 atLine, const QString &what)
{
    m_errorLine = atLine;
    m_errorColumn = columnOf(m_text, at);
    const QString where = recordLine == atLine
                              ? tr("Line %1, column %2: %3").arg(atLine).arg(m_errorColumn)
                              : tr("Line %1, column %2 (in the record that starts on line %3): %4")
                                    .arg(atLine)
                                    .arg(m_errorColumn)
                                    .arg(recordLine);
    return Error(Error::Kind::Validation, where.arg(what));
}

// Goes on after the line end that follows byte `from` (or to the end of the text), so that the
// next record starts on the next line.
void CsvReader::skipLine(qint64 from)
{
    const char *data = m_text.data();
    const qint64 size = m_text.size();
    qint64 p = from;
    while (p < size && data[p] != '\n' && data[p] != '\r')
        ++p;
    if (p < size) {
        if (data[p] == '\r' && p + 1 < size && data[p + 1] == '\n')
            ++p;
        ++p;
        ++m_line;
    }
    m_pos = p;
}

std::optional<Result<CsvRecord>> CsvReader::next()
{
    const char *const data = m_text.data();
    const qint64 size = m_text.size();
    const char delimiter = static_cast<char>(m_delimiter);

    // Blank lines hold no record.
    for (;;) {
        if (m_pos >= size)
            return std::nullopt;
        const char c = data[m_pos];
        if (c == '\n') {
            ++m_pos;
        } else if (c == '\r') {
            ++m_pos;
            if (m_pos < size && data[m_pos] == '\n')
                ++m_pos;
        } else {
            break;
        }
        ++m_line;
    }

    CsvRecord record;
    record.line = m_line;
    record.fields.reserve(m_lastFieldCount);
    qint64 p = m_pos;
    // Spaces around a quoted field ("Müller", "Hans") are how people write CSV by hand; they
    // belong to no value.
    const auto isBlank = [delimiter](char c) {
        return c == ' ' || (c == '\t' && delimiter != '\t');
    };
    for (;;) {
        qint64 text = p;
        while (text < size && isBlank(data[text]))
            ++text;
        if (text < size && data[text] == Quote)
            p = text;
        if (p < size && data[p] == Quote) {
            const qint64 open = p;
            const qint64 openLine = m_line;
            qint64 segment = ++p;
            QByteArray unescaped; // only for fields with doubled quotes
            bool escaped = false;
            for (;;) {
                const void *found = std::memchr(data + p, Quote, static_cast<size_t>(size - p));
                if (!found) {
                    m_line = openLine;
                    Error error = damaged(record.line,
                                          open,
                                          openLine,
                                          tr("a quote opens a field here and is never closed, so "
                                             "the record cannot be read."));
                    skipLine(open);
                    return Result<CsvRecord>(std::move(error));
                }
                const qint64 q = static_cast<const char *>(found) - data;
                m_line += countLineEnds(data + p, q - p);
                if (q + 1 < size && data[q + 1] == Quote) { // a doubled quote stands for one
                    unescaped.append(data + segment, q + 1 - segment);
                    p = segment = q + 2;
                    escaped = true;
                    continue;
                }
                if (escaped) {
                    unescaped.append(data + segment, q - segment);
                    record.fields.append(QString::fromUtf8(unescaped));
                } else {
                    record.fields.append(QString::fromUtf8(data + segment, q - segment));
                }
                p = q + 1;
                break;
            }
            while (p < size && isBlank(data[p]))
                ++p;
            if (p < size && data[p] != delimiter && data[p] != '\n' && data[p] != '\r') {
                Error error = damaged(record.line,
                                      p,
                                      m_line,
                                      tr("text follows the closing quote of a field; a quote "
                                         "inside a quoted field must be doubled."));
                skipLine(p);
                return Result<CsvRecord>(std::move(error));
            }
        } else {
            const qint64 start = p;
            while (p < size && !m_stop[static_cast<unsigned char>(data[p])])
                ++p;
            if (p < size && data[p] == Quote) {
                Error error = damaged(record.line,
                                      p,
                                      m_line,
                                      tr("a quote stands inside a field that does not start with "
                                         "one; a field holding quotes must be quoted as a whole, "
                                         "its quotes doubled."));
                skipLine(p);
                return Result<CsvRecord>(std::move(error));
            }
            record.fields.append(QString::fromUtf8(data + start, p - start));
        }

        if (p >= size)
            break;
        if (data[p] == delimiter) {
            ++p;
            continue;
        }
        // A line end closes the record.
        if (data[p] == '\r' && p + 1 < size && data[p + 1] == '\n')
            ++p;
        ++p;
        ++m_line;
        break;
    }
    m_pos = p;
    m_lastFieldCount = record.fields.size();
    return Result<CsvRecord>(std::move(record));
}

// One pass over the bytes keeps the quote parity (inside a quoted field after an odd number of
// quotes: doubled quotes count twice and cancel) and the line count; a cut goes after the first
// line end outside quotes at or past each target offset. A file whose quotes are damaged can be
// cut where a single pass would have been inside a field: the chunks' readers then report the
// damage at other places, but report it.
std::vector<CsvChunk> splitCsv(QByteArrayView utf8, int parts)
{
    std::vector<CsvChunk> chunks{CsvChunk{}};
    const qint64 size = utf8.size();
    if (parts <= 1 || size == 0)
        return chunks;
    const char *const data = utf8.data();
    bool quoted = false;
    qint64 line = 1;
    qint64 p = 0;
    for (int k = 1; k < parts && p < size; ++k) {
        const qint64 target = size * k / parts;
        // Up to the target: bytes above '"' (letters, digits, most punctuation, every byte of
        // a multi-byte character) are passed with one comparison.
        for (; p < target; ++p) {
            const char c = data[p];
            if (static_cast<unsigned char>(c) > static_cast<unsigned char>(Quote))
                continue;
            if (c == Quote)
                quoted = !quoted;
            else if (c == '\n' || (c == '\r' && (p + 1 >= size || data[p + 1] != '\n')))
                ++line;
        }
        // Then on to a line end outside quotes.
        for (; p < size; ++p) {
            const char c = data[p];
            if (c == Quote) {
                quoted = !quoted;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && p + 1 < size && data[p + 1] == '\n')
                    continue; // the LF ends the line
                ++line;
                if (!quoted) {
                    ++p;
                    break;
                }
            }
        }
        if (p < size)
            chunks.push_back(CsvChunk{p, line});
    }
    return chunks;
}

} // namespace rapport::io
