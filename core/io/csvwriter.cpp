#include "core/io/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rapport::io {
namespace {

struct CsvWriterTexts
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

bool dangerous(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True when `cell` is zero or more quotes and then a dangerous character.
bool quotesThenDangerous(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i < cell.size() && dangerous(cell[i]);
}

} // namespace

bool csvNeedsNeutralizing(QStringView cell)
{
    return !cell.isEmpty()
           && (dangerous(cell[0]) || (cell[0] == u'\'' && quotesThenDangerous(cell)));
}

QString csvNeutralized(const QString &cell)
{
    if (!csvNeedsNeutralizing(cell))
        return cell;
    return QString(QLatin1Char('\'') + cell);
}

QString csvUnneutralized(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && quotesThenDangerous(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

CsvWriter::CsvWriter(QIODevice &device, CsvWriteOptions options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(BufferBytes + 4096);
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::append(const QString &text)
{
    const QString neutral = m_options.neutralize ? csvNeutralized(text) : text;
    bool quote = false;
    for (QChar c : neutral) {
        if (c == u'"' || c == u'\n' || c == u'\r' || c == QLatin1Char(m_options.delimiter)) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer += neutral.toUtf8();
        return;
    }
    m_buffer += '"';
    QByteArray utf8 = neutral.toUtf8();
    utf8.replace("\"", "\"\"");
    m_buffer += utf8;
    m_buffer += '"';
}

Status CsvWriter::write(const QStringList &fields)
{
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            m_buffer += "\xEF\xBB\xBF";
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += m_options.delimiter;
        append(fields.at(i));
    }
    m_buffer += "\r\n";
    ++m_records;
    return flushIfFull();
}

Status CsvWriter::flushIfFull()
{
    return m_buffer.size() >= BufferBytes ? finish() : Status();
}

Status CsvWriter::finish()
{
    if (m_buffer.isEmpty())
        return {};
    if (m_device.write(m_buffer) != m_buffer.size())
        return Error(Error::Kind::Io,
                     CsvWriterTexts::tr("The file could not be written: %1.")
                         .arg(m_device.errorString()));
    m_buffer.clear();
    return {};
}

} // namespace rapport::io
