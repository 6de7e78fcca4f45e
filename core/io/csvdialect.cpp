#include "core/io/csvreader.h"
#include "core/io/csvvalues.h"

#include <QStringDecoder>

#include <algorithm>
#include <map>

// Telling how a file is written from its first few hundred kilobytes: the encoding from its
// bytes, the delimiter from its shape, date order and decimal mark from its values. Every guess
// can be overridden by the user; what the sample cannot tell stays Unknown.

namespace rapport::io {
namespace {

constexpr qsizetype DialectRecords = 2000; // enough records to judge, few enough to stay instant

// Windows-1252's 0x80-0x9F; 0 where the code page defines no character.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

void appendUtf8(QByteArray &out, char16_t c)
{
    if (c < 0x80) {
        out.append(static_cast<char>(c));
    } else if (c < 0x800) {
        out.append(static_cast<char>(0xC0 | (c >> 6)));
        out.append(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.append(static_cast<char>(0xE0 | (c >> 12)));
        out.append(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

QByteArray fromWindows1252(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char b : bytes) {
        const auto c = static_cast<unsigned char>(b);
        if (c < 0x80)
            out.append(b);
        else if (c < 0xA0)
            appendUtf8(out, Windows1252High[c - 0x80] ? Windows1252High[c - 0x80] : u'\uFFFD');
        else
            appendUtf8(out, c); // 0xA0-0xFF are Latin-1's
    }
    return out;
}

// Counts the well-formed multi-byte UTF-8 characters and the bytes that break UTF-8's rules. A
// character cut by the end of the sample is neither.
void utf8Census(QByteArrayView bytes, qsizetype &valid, qsizetype &invalid)
{
    valid = invalid = 0;
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned min = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4, min = 0x10000;
        if (length == 0) {
            ++invalid;
            ++i;
            continue;
        }
        if (i + length > n) { // cut by the sample's end
            bool fits = true;
            for (qsizetype k = i + 1; k < n; ++k)
                fits = fits && (s[k] & 0xC0) == 0x80;
            invalid += fits ? 0 : 1;
            break;
        }
        unsigned code = c & (0x7F >> length);
        bool ok = true;
        for (int k = 1; k < length; ++k) {
            ok = ok && (s[i + k] & 0xC0) == 0x80;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (ok && code >= min && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            ++valid;
            i += length;
        } else {
            ++invalid;
            ++i;
        }
    }
}

TextEncoding detectEncoding(QByteArrayView sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (sample.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (sample.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    // UTF-16 without a BOM: text in Latin script has a zero in every other byte.
    const qsizetype probe = std::min<qsizetype>(sample.size() & ~qsizetype(1), 4096);
    if (probe >= 4) {
        qsizetype evenZeros = 0, oddZeros = 0;
        for (qsizetype i = 0; i < probe; i += 2) {
            evenZeros += sample[i] == '\0';
            oddZeros += sample[i + 1] == '\0';
        }
        const qsizetype pairs = probe / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
            return TextEncoding::Utf16LE;
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
            return TextEncoding::Utf16BE;
    }
    qsizetype valid = 0, invalid = 0;
    utf8Census(sample, valid, invalid);
    // A few broken bytes in text that is otherwise plainly UTF-8 (a file pasted together from two
    // sources) stay UTF-8: they become U+FFFD and the import can point at them, where reading the
    // whole file as Windows-1252 would garble every accent.
    if (invalid == 0 || valid >= 4 * invalid)
        return TextEncoding::Utf8;
    return TextEncoding::Windows1252;
}

struct Shape
{
    qsizetype agreeing = 0; // records with the most common field count
    qsizetype fields = 0;   // that count
    qsizetype damaged = 0;
};

// How the sample's records look when cut at `delimiter`. The last record is left out when the
// sample does not end at a line end: the sample may have cut it.
Shape shapeWith(QByteArrayView utf8, char16_t delimiter, std::vector<CsvRecord> *records)
{
    if (!utf8.endsWith('\n') && !utf8.endsWith('\r')) {
        const qsizetype lastEnd = std::max(utf8.lastIndexOf('\n'), utf8.lastIndexOf('\r'));
        if (lastEnd > 0)
            utf8 = utf8.first(lastEnd + 1);
    }
    Shape shape;
    std::map<qsizetype, qsizetype> counts;
    CsvReader reader(utf8, delimiter);
    qsizetype seen = 0;
    while (seen++ < DialectRecords) {
        std::optional<Result<CsvRecord>> record = reader.next();
        if (!record)
            break;
        if (!record->ok()) {
            ++shape.damaged;
            continue;
        }
        ++counts[(*record)->fields.size()];
        if (records)
            records->push_back(std::move(record->value()));
    }
    for (const auto &[fields, n] : counts) {
        if (n >= shape.agreeing) {
            shape.agreeing = n;
            shape.fields = fields;
        }
    }
    return shape;
}

bool looksLikeValue(const QString &field)
{
    return detail::dateHint(field) != detail::DateHint::None
           || parseNumber(field, DecimalMark::Unknown).has_value()
           || field.contains(QLatin1Char('@'));
}

} // namespace

QByteArray toUtf8(QByteArrayView bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        return bytes.toByteArray();
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool little = encoding == TextEncoding::Utf16LE;
        if (bytes.startsWith(little ? "\xFF\xFE" : "\xFE\xFF"))
            bytes = bytes.sliced(2);
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        return text.toUtf8();
    }
    case TextEncoding::Windows1252:
        return fromWindows1252(bytes);
    }
    return bytes.toByteArray();
}

CsvDialect detectCsvDialect(QByteArrayView sample)
{
    CsvDialect dialect;
    dialect.encoding = detectEncoding(sample);
    const QByteArray utf8 = toUtf8(sample, dialect.encoding);

    // The delimiter that cuts the most records into the same number of fields (at least two);
    // damaged records count against it. A tie goes to the one giving more fields (a
    // semicolon file with one decimal comma a row cuts evenly at commas too, into fewer fields).
    Shape best;
    for (const char16_t candidate : {u',', u';', u'\t', u'|'}) {
        const Shape shape = shapeWith(utf8, candidate, nullptr);
        if (shape.fields < 2)
            continue;
        const qsizetype score = shape.agreeing - shape.damaged;
        const qsizetype bestScore = best.agreeing - best.damaged;
        if (best.fields < 2 || score > bestScore
            || (score == bestScore && shape.fields > best.fields)) {
            best = shape;
            dialect.delimiter = candidate;
        }
    }

    std::vector<CsvRecord> records;
    (void) shapeWith(utf8, dialect.delimiter, &records);
    if (records.empty())
        return dialect;

    // A header names columns: no field of the first record is a date, a number or an e-mail.
    dialect.header = std::none_of(records.front().fields.cbegin(),
                                  records.front().fields.cend(),
                                  looksLikeValue);

    qsizetype iso = 0, dayFirst = 0, monthFirst = 0, dotted = 0, ambiguous = 0;
    qsizetype point = 0, comma = 0;
    for (std::size_t r = dialect.header ? 1 : 0; r < records.size(); ++r) {
        for (const QString &field : records[r].fields) {
            if (field.isEmpty() || field.size() > 40)
                continue;
            switch (detail::dateHint(field)) {
            case detail::DateHint::Iso:
                ++iso;
                continue;
            case detail::DateHint::DayFirst:
                ++dayFirst;
                continue;
            case detail::DateHint::MonthFirst:
                ++monthFirst;
                continue;
            case detail::DateHint::AmbiguousDotted:
                ++dotted;
                continue;
            case detail::DateHint::Ambiguous:
                ++ambiguous;
                continue;
            case detail::DateHint::None:
                break;
            }
            const DecimalMark mark = detail::decimalHint(field);
            point += mark == DecimalMark::Point;
            comma += mark == DecimalMark::Comma;
        }
    }
    // A day above 12 decides; dots are only ever written day-first; ISO wins when every date is.
    if (dayFirst > monthFirst)
        dialect.dates = DateOrder::DayFirst;
    else if (monthFirst > dayFirst)
        dialect.dates = DateOrder::MonthFirst;
    else if (dotted > 0 && ambiguous == 0)
        dialect.dates = DateOrder::DayFirst;
    else if (iso > 0 && dotted == 0 && ambiguous == 0)
        dialect.dates = DateOrder::Iso;
    if (point > comma)
        dialect.decimals = DecimalMark::Point;
    else if (comma > point)
        dialect.decimals = DecimalMark::Comma;
    return dialect;
}

} // namespace rapport::io
