#pragma once

// The text layer under the vCard reader and writer: case-blind byte comparisons, charsets
// (UTF-8, Windows-1252 and what QStringDecoder knows), quoted-printable, and vCard's backslash
// escapes. Internal to core/io.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstring>

namespace rapport::io::vcardtext {

inline char upper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

inline bool equalsNoCase(QByteArrayView a, const char *upperCase)
{
    const auto n = qsizetype(std::strlen(upperCase));
    if (a.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i)
        if (upper(a[i]) != upperCase[i])
            return false;
    return true;
}

inline bool startsWithNoCase(QByteArrayView a, const char *upperCase)
{
    const auto n = qsizetype(std::strlen(upperCase));
    return a.size() >= n && equalsNoCase(a.first(n), upperCase);
}

bool containsNoCase(QByteArrayView a, const char *upperCase);

inline QByteArrayView trimmed(QByteArrayView a)
{
    while (!a.isEmpty() && (a.front() == ' ' || a.front() == '\t'))
        a = a.sliced(1);
    while (!a.isEmpty() && (a.back() == ' ' || a.back() == '\t'))
        a.chop(1);
    return a;
}

bool isValidUtf8(QByteArrayView bytes);

// Decodes a value in the declared charset (empty: none declared). Undeclared or UTF-8 text that
// is not valid UTF-8 is read as Windows-1252, and so is ISO-8859-1 (what such files hold).
QString decodeText(QByteArrayView bytes, QByteArrayView charset);

QByteArray decodeQuotedPrintable(QByteArrayView in);

// \n \N \\ \, \; and Apple's \: become what they stand for; other backslashes stay.
QString unescape(const QString &text);

// Splits at each separator not escaped with a backslash, and unescapes the parts.
QStringList splitEscaped(const QString &text, QChar separator);

// A text value with RFC 6350's escapes (backslash, comma, semicolon, line break).
QString escaped(const QString &text);

} // namespace rapport::io::vcardtext
