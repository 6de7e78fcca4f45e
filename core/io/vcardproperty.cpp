#include "core/io/vcardproperty.h"

#include <array>
#include <utility>

namespace rapport::io::vcardparse {

using namespace vcardtext;

// A type as Rapport keeps it: lower case, trimmed, without the double quotes, commas and control
// characters that a parameter value cannot hold (so that the writer can write it back as it is).
QString typeName(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c == u'"' || c == u',' || c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = u' ';
    return out.trimmed().toLower();
}

namespace {

Name nameOf(QByteArrayView name)
{
    static constexpr std::pair<QByteArrayView, Name> names[]{{"BEGIN", Name::Begin},
                                                             {"END", Name::End},
                                                             {"VERSION", Name::Version},
                                                             {"UID", Name::Uid},
                                                             {"FN", Name::Fn},
                                                             {"N", Name::N},
                                                             {"ORG", Name::Org},
                                                             {"TITLE", Name::Title},
                                                             {"BDAY", Name::Bday},
                                                             {"CATEGORIES", Name::Categories},
                                                             {"NOTE", Name::Note},
                                                             {"URL", Name::Url},
                                                             {"TEL", Name::Tel},
                                                             {"EMAIL", Name::Email},
                                                             {"ADR", Name::Adr},
                                                             {"X-ABLABEL", Name::Label},
                                                             {"KIND", Name::Kind},
                                                             {"X-ABSHOWAS", Name::ShowAs}};
    if (name.isEmpty())
        return Name::Other;
    const char first = upper(name[0]);
    for (const auto &[text, value] : names)
        if (text.size() == name.size() && text[0] == first && equalsNoCase(name, text))
            return value;
    return Name::Other;
}

QByteArrayView unquoted(QByteArrayView v)
{
    v = trimmed(v);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        v = v.sliced(1, v.size() - 2);
    return v;
}

void addType(Property &p, QByteArrayView type)
{
    type = unquoted(type);
    if (type.isEmpty())
        return;
    if (equalsNoCase(type, "PREF")) {
        p.preferred = true;
        return;
    }
    // The common types are shared strings: a big file holds them a million times.
    static const std::pair<QByteArrayView, QString> common[]{{"WORK", QStringLiteral("work")},
                                                             {"HOME", QStringLiteral("home")},
                                                             {"CELL", QStringLiteral("cell")},
                                                             {"VOICE", QStringLiteral("voice")},
                                                             {"INTERNET",
                                                              QStringLiteral("internet")},
                                                             {"FAX", QStringLiteral("fax")},
                                                             {"OTHER", QStringLiteral("other")},
                                                             {"MAIN", QStringLiteral("main")},
                                                             {"PAGER", QStringLiteral("pager")},
                                                             {"MOBILE", QStringLiteral("mobile")}};
    QString lower;
    for (const auto &[text, shared] : common)
        if (equalsNoCase(type, text))
            lower = shared;
    if (lower.isNull())
        lower = typeName(decodeText(type, {}));
    if (lower == u"pref")
        p.preferred = true;
    else if (!lower.isEmpty() && !p.types.contains(lower))
        p.types.append(lower);
}

// TYPE=work,voice (and "work,voice", which RFC 6350's own examples write).
void addTypes(Property &p, QByteArrayView list)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= list.size(); ++i)
        if (i == list.size() || list[i] == ',') {
            addType(p, list.sliced(start, i - start));
            start = i + 1;
        }
}

void applyParameter(Property &p, QByteArrayView param)
{
    const qsizetype eq = param.indexOf('=');
    if (eq < 0) { // 2.1's bare parameters: TEL;WORK;VOICE, PHOTO;BASE64, NOTE;QUOTED-PRINTABLE
        param = trimmed(param);
        if (equalsNoCase(param, "QUOTED-PRINTABLE"))
            p.quotedPrintable = true;
        else if (equalsNoCase(param, "BASE64") || equalsNoCase(param, "B"))
            p.binary = true;
        else if (!equalsNoCase(param, "8BIT") && !equalsNoCase(param, "7BIT"))
            addTypes(p, param);
        return;
    }
    const QByteArrayView key = trimmed(param.first(eq));
    const QByteArrayView value = unquoted(param.sliced(eq + 1));
    if (equalsNoCase(key, "TYPE")) {
        addTypes(p, value);
    } else if (equalsNoCase(key, "ENCODING")) {
        p.quotedPrintable = equalsNoCase(value, "QUOTED-PRINTABLE");
        p.binary = equalsNoCase(value, "B") || equalsNoCase(value, "BASE64");
    } else if (equalsNoCase(key, "CHARSET")) {
        p.charset = value;
    } else if (equalsNoCase(key, "PREF")) {
        p.preferred = p.preferred || value == "1"; // 4.0: PREF=1 is the most preferred
    } else if (equalsNoCase(key, "VALUE")) {
        p.text = equalsNoCase(value, "TEXT");
    } else if (equalsNoCase(key, "X-APPLE-OMIT-YEAR")) {
        p.omitYear = value;
    }
}

} // namespace

bool parseProperty(QByteArrayView line, Property &p)
{
    qsizetype colon = -1;
    qsizetype nameEnd = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == ':') {
            colon = i;
            break;
        } else if (c == ';' && nameEnd < 0) {
            nameEnd = i;
        }
    }
    if (colon < 0) { // an unbalanced quote: take the first ':' after all
        colon = line.indexOf(':');
        nameEnd = std::min(nameEnd < 0 ? colon : nameEnd, colon);
    }
    if (colon <= 0)
        return false;
    if (nameEnd < 0)
        nameEnd = colon;
    QByteArrayView name = trimmed(line.first(nameEnd));
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        p.group = name.first(dot);
        name = name.sliced(dot + 1);
    }
    p.name = nameOf(name);
    p.value = line.sliced(colon + 1);
    if (p.name == Name::Other)
        return true; // its parameters do not matter
    qsizetype start = nameEnd + 1;
    quoted = false;
    for (qsizetype i = start; i <= colon; ++i) {
        if (i < colon && line[i] == '"') {
            quoted = !quoted;
        } else if (i == colon || (!quoted && line[i] == ';')) {
            if (i > start)
                applyParameter(p, line.sliced(start, i - start));
            start = i + 1;
        }
    }
    if (p.preferred)
        p.types.append(QStringLiteral("pref")); // last, so that the order survives a round trip
    return true;
}

namespace {

// The value's bytes with quoted-printable undone (`buffer` holds them then).
QByteArrayView valueBytes(const Property &p, QByteArray &buffer)
{
    if (!p.quotedPrintable)
        return p.value;
    buffer = decodeQuotedPrintable(p.value).replace("\r\n", "\n"); // =0D=0A: a line break
    return buffer;
}

} // namespace

QString decodeValue(const Property &p)
{
    QByteArray buffer;
    return decodeText(valueBytes(p, buffer), p.charset);
}

// Split on the bytes, so that only the parts are allocated.
QVarLengthArray<QString, 8> splitValue(const Property &p, char separator)
{
    QByteArray buffer;
    const QByteArrayView bytes = valueBytes(p, buffer);
    QVarLengthArray<QString, 8> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i < bytes.size() && bytes[i] == '\\') {
            ++i; // the escaped character, whatever it is
        } else if (i == bytes.size() || bytes[i] == separator) {
            parts.append(unescape(decodeText(bytes.sliced(start, i - start), p.charset)).trimmed());
            start = i + 1;
        }
    }
    return parts;
}

QDate parseBirthday(const Property &p)
{
    QByteArray buffer;
    QByteArrayView text = trimmed(valueBytes(p, buffer));
    if (const qsizetype t = text.indexOf('T'); t >= 0)
        text = text.first(t);
    if (text.startsWith("--"))
        return {}; // month and day without a year: not a date Rapport can hold
    std::array<int, 8> digits{};
    size_t count = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9' && count < digits.size())
            digits[count++] = c - '0';
        else if (c != '-')
            return {};
    }
    if (count != 8)
        return {};
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    if (!p.omitYear.isEmpty() && QByteArray::number(year) == p.omitYear)
        return {}; // Apple's stand-in year for a birthday given without one
    return QDate(year, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
}

} // namespace rapport::io::vcardparse
