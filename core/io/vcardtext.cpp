#include "core/io/vcardtext.h"

#include <QStringDecoder>

#include <array>

namespace rapport::io::vcardtext {

bool containsNoCase(QByteArrayView a, QByteArrayView upperCase)
{
    const qsizetype n = upperCase.size();
    for (qsizetype i = 0; i + n <= a.size(); ++i)
        if (upper(a[i]) == upperCase[0] && equalsNoCase(a.sliced(i, n), upperCase))
            return true;
    return false;
}

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        int extra = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        char32_t code = c & (0x3F >> extra);
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

namespace {

// Windows-1252's 0x80-0x9F; the rest is ISO-8859-1. Undefined bytes become U+FFFD.
constexpr std::array<char16_t, 32> kWindows1252High{0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026,
                                                    0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
                                                    0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018,
                                                    0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD,
                                                    0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(kWindows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

} // namespace

QString decodeText(QByteArrayView bytes, QByteArrayView charset)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    const bool latin = startsWithNoCase(charset, "ISO-8859-1") && charset.size() == 10;
    if (latin || equalsNoCase(charset, "WINDOWS-1252") || equalsNoCase(charset, "CP1252")
        || equalsNoCase(charset, "LATIN1"))
        return fromWindows1252(bytes); // what "ISO-8859-1" files hold in practice
    if (!charset.isEmpty() && !equalsNoCase(charset, "UTF-8") && !equalsNoCase(charset, "UTF8")) {
        QStringDecoder decoder(charset.toByteArray().constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    // UTF-8 declared or nothing declared: many 2.1 writers wrote their ANSI code page regardless.
    return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : fromWindows1252(bytes);
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = upper(c);
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out.append(char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2])));
            i += 2;
        } else {
            out.append(c); // a stray '=' is kept as written
        }
    }
    return out;
}

// ---- Escapes and structure ---------------------------------------------------------------------

namespace {

QChar unescaped(QChar c, bool &known)
{
    known = true;
    switch (c.unicode()) {
    case u'n':
    case u'N':
        return u'\n';
    case u'\\':
    case u',':
    case u';':
    case u':': // Apple writes "http\://"
        return c;
    default:
        known = false;
        return c;
    }
}

} // namespace

QString unescape(const QString &text)
{
    if (!text.contains(u'\\'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            bool known = false;
            const QChar c = unescaped(text[i + 1], known);
            if (!known)
                out.append(u'\\');
            out.append(c);
            ++i;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

// A text value with RFC 6350's escapes (backslash, comma, semicolon, line break).
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
        case u',':
        case u';':
            out.append(u'\\');
            out.append(c);
            break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                break; // CRLF is one line break
            out.append(QStringLiteral("\\n"));
            break;
        case u'\n':
            out.append(QStringLiteral("\\n"));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

} // namespace rapport::io::vcardtext
