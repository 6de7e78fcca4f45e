#pragma once

// The text layer under the vCard reader and writer: case-blind byte comparisons, charsets
// (UTF-8, Windows-1252 and what QStringDecoder knows), quoted-printable, and vCard's backslash
// escapes. Internal to core/io.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace rapport::io::vcardtext {

inline char upper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

// `upperCase` is written in upper case.
inline bool equalsNoCase(QByteArrayView a, QByteArrayView upperCase)
{
    const qsizetype n = upperCase.size();
    if (a.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i)
        if (upper(a[i]) != upperCase[i])
            return false;
    return true;
}

inline bool startsWithNoCase(QByteArrayView a, QByteArrayView upperCase)
{
    const qsizetype n = upperCase.size();
    return a.size() >= n && equalsNoCase(a.first(n), upperCase);
}

bool containsNoCase(QByteArrayView a, QByteArrayView upperCase);

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

// A text value with RFC 6350's escapes (backslash, comma, semicolon, line break).
QString escaped(const QString &text);

} // namespace rapport::io::vcardtext
