#pragma once

// The line and property layer of the vCard reader: logical lines (folds and 2.1's soft line
// breaks undone) and properties (group, name, parameters, value bytes), with their values decoded.
// Internal to core/io; vcardreader.cpp builds contacts from it.

#include "core/io/vcardtext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <cstring>

namespace rapport::io::vcardparse {

using vcardtext::containsNoCase;
using vcardtext::equalsNoCase;
using vcardtext::startsWithNoCase;

// Hands out logical lines: physical lines joined where a line starting with a space or tab folds
// onto the one before, or where a QUOTED-PRINTABLE value ends in '=' (2.1's soft line break).
class LineReader final
{
public:
    LineReader(QByteArrayView bytes, qint64 firstLine)
        : m_bytes(bytes)
        , m_line(firstLine - 1)
    {}

    bool atEnd() const { return m_pos >= m_bytes.size(); }

    // The next logical line and the physical line it starts on; empty at the end.
    QByteArrayView next(qint64 &line)
    {
        line = m_line + 1;
        const QByteArrayView first = physical();
        bool qp = isQuotedPrintable(first);
        if (!(qp && softBreak(first)) && !folded())
            return first;
        m_buffer.clear();
        m_buffer.append(first);
        for (;;) {
            if (qp && softBreak(m_buffer)) {
                m_buffer.chop(1);
                m_buffer.append(physical());
            } else if (folded()) {
                m_buffer.append(physical().sliced(1));
            } else {
                break;
            }
        }
        return m_buffer;
    }

private:
    QByteArrayView physical()
    {
        const char *start = m_bytes.data() + m_pos;
        const qsizetype left = m_bytes.size() - m_pos;
        const void *newline = std::memchr(start, '\n', size_t(left));
        qsizetype length = newline ? static_cast<const char *>(newline) - start : left;
        m_pos += newline ? length + 1 : length;
        ++m_line;
        if (length > 0 && start[length - 1] == '\r')
            --length;
        return QByteArrayView(start, length);
    }

    bool folded() const { return !atEnd() && (m_bytes[m_pos] == ' ' || m_bytes[m_pos] == '\t'); }

    // A '=' at the end of a quoted-printable line joins the next line, unless that one closes
    // or opens a card (a writer that ended a value with a stray '=' must not swallow END:VCARD).
    bool softBreak(QByteArrayView text) const
    {
        if (text.isEmpty() || text.back() != '=' || atEnd())
            return false;
        const QByteArrayView rest = m_bytes.sliced(m_pos);
        return !startsWithNoCase(rest, "END:VCARD") && !startsWithNoCase(rest, "BEGIN:VCARD");
    }

    // Whether the line's parameters say ENCODING=QUOTED-PRINTABLE (or 2.1's bare QUOTED-PRINTABLE).
    // Quoted parameter values do not count, and the parameters end at the first ':' outside
    // quotes, as the property parser reads them: a 4.0 TYPE="...;encoding=quoted-printable:..."
    // must not make the reader join the next line onto a value that ends in '='.
    static bool isQuotedPrintable(QByteArrayView line)
    {
        qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        if (!containsNoCase(line.first(colon), "QUOTED-PRINTABLE"))
            return false; // the usual case, decided fast
        const qsizetype unquoted = outsideQuotes(line, ':');
        if (unquoted >= 0)
            colon = unquoted; // else an unbalanced quote: the first ':' after all
        const QByteArrayView header = line.first(colon);
        constexpr qsizetype length = 16;
        bool quoted = false;
        for (qsizetype i = 0; i + length <= header.size(); ++i) {
            if (header[i] == '"')
                quoted = !quoted;
            if (quoted || i == 0 || !equalsNoCase(header.sliced(i, length), "QUOTED-PRINTABLE"))
                continue;
            const QByteArrayView before = header.first(i);
            const bool starts = before.endsWith(';')
                                || (i >= 9 && equalsNoCase(before.last(9), "ENCODING="));
            if (starts && (i + length == header.size() || header[i + length] == ';'))
                return true;
        }
        return false;
    }

    // The first `c` outside double quotes, or -1 (none, or the quotes do not close before it).
    static qsizetype outsideQuotes(QByteArrayView line, char c)
    {
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == '"')
                quoted = !quoted;
            else if (!quoted && line[i] == c)
                return i;
        }
        return -1;
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    qint64 m_line = 0;
    QByteArray m_buffer;
};

// The properties Rapport reads; the others are skipped.
enum class Name {
    Other,
    Begin,
    End,
    Version,
    Uid,
    Fn,
    N,
    Org,
    Title,
    Bday,
    Categories,
    Note,
    Url,
    Tel,
    Email,
    Adr,
    Label,
    Kind,
    ShowAs
};

struct Property
{
    Name name = Name::Other;
    QByteArrayView group, value, charset, omitYear;
    QStringList types;
    bool quotedPrintable = false, binary = false, text = false, preferred = false;
};

// Splits "group.NAME;param;param:value"; false when the line has no ':' (not a property).
bool parseProperty(QByteArrayView line, Property &p);

// The value as text: quoted-printable undone, then decoded from its charset (not unescaped).
QString decodeValue(const Property &p);

// A structured value (N, ADR, ORG, CATEGORIES) split at each unescaped `separator`; each part
// decoded, unescaped and trimmed.
QVarLengthArray<QString, 8> splitValue(const Property &p, char separator);

// BDAY as a date: YYYY-MM-DD or YYYYMMDD (a time after it ignored); none for --MMDD, text, or
// Apple's stand-in year.
QDate parseBirthday(const Property &p);

// A type as Rapport keeps it: lower case, trimmed, without the double quotes, commas and control
// characters that a parameter value cannot hold (so that the writer can write it back as it is).
QString typeName(const QString &text);

} // namespace rapport::io::vcardparse
