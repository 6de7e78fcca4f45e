// TEMPORARY: a tiny CSV reader and vCard stub so the customer import links and its tests run
// before the csv and vcard branches are merged. Removed at that merge.
#include "core/io/csvreader.h"
#include "core/io/vcard.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace rapport::io {

CsvDialect detectCsvDialect(QByteArrayView sample)
{
    CsvDialect d;
    if (sample.startsWith("\xEF\xBB\xBF"))
        d.encoding = TextEncoding::Utf8Bom;
    const QByteArrayView first = sample.first(std::max<qsizetype>(0, sample.indexOf('\n')) ? sample.indexOf('\n') : sample.size());
    const qsizetype commas = first.count(','), semis = first.count(';'), tabs = first.count('\t');
    d.delimiter = semis > commas && semis >= tabs ? u';' : tabs > commas ? u'\t' : u',';
    return d;
}

QByteArray toUtf8(QByteArrayView bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8Bom && bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.sliced(3).toByteArray();
    if (encoding == TextEncoding::Windows1252) {
        QStringDecoder dec("windows-1252");
        return QString(dec(bytes)).toUtf8();
    }
    return bytes.toByteArray();
}

CsvReader::CsvReader(QByteArrayView utf8, char16_t delimiter, qint64 firstLine)
    : m_text(utf8)
    , m_delimiter(delimiter)
    , m_line(firstLine)
{}

std::optional<Result<CsvRecord>> CsvReader::next()
{
    while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
        if (m_text[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_text.size())
        return std::nullopt;
    CsvRecord r;
    r.line = m_line;
    QByteArray field;
    bool quoted = false;
    const char delim = char(m_delimiter);
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (quoted) {
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                ++m_pos;
                continue;
            }
            if (c == '\n')
                ++m_line;
            field += c;
            ++m_pos;
            continue;
        }
        if (c == '"') {
            quoted = true;
            ++m_pos;
            continue;
        }
        if (c == delim) {
            r.fields.append(QString::fromUtf8(field));
            field.clear();
            ++m_pos;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            break;
        }
        field += c;
        ++m_pos;
    }
    r.fields.append(QString::fromUtf8(field));
    if (quoted)
        return Result<CsvRecord>(Error(Error::Kind::Validation, QStringLiteral("Line %1: a quote is left open.").arg(r.line)));
    return Result<CsvRecord>(std::move(r));
}

qint64 CsvReader::position() const
{
    return m_pos;
}

std::vector<CsvChunk> splitCsv(QByteArrayView utf8, int parts)
{
    std::vector<CsvChunk> out{CsvChunk{0, 1}};
    // Cuts only where no quote is open: counts quotes from the start.
    const qint64 step = utf8.size() / std::max(parts, 1);
    qint64 line = 1;
    bool quoted = false;
    qint64 nextCut = step;
    for (qint64 i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n') {
            ++line;
            if (!quoted && i + 1 >= nextCut && i + 1 < utf8.size()) {
                out.push_back(CsvChunk{i + 1, line});
                nextCut = i + 1 + step;
            }
        }
    }
    return out;
}

std::optional<QDate> parseDate(QStringView text, DateOrder order)
{
    QDate d = QDate::fromString(text.toString(), Qt::ISODate);
    if (d.isValid())
        return d;
    const QString t = text.toString();
    const QStringList parts = t.split(QRegularExpression(QStringLiteral("[./-]")));
    if (parts.size() != 3)
        return std::nullopt;
    const int a = parts[0].toInt(), b = parts[1].toInt(), y = parts[2].toInt();
    d = order == DateOrder::MonthFirst ? QDate(y, a, b) : QDate(y, b, a);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<double> parseNumber(QStringView text, DecimalMark)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

VCardFile readVCards(QByteArrayView)
{
    return {};
}

QByteArray writeVCards(const std::vector<VCardContact> &)
{
    return {};
}

} // namespace rapport::io
