// Reading vCard 2.1, 3.0 and 4.0 address books (see vcard.h). The reader works on the raw bytes:
// lines are found with memchr and only folded lines are copied, so that a file of 100,000 contacts
// reads in a fraction of a second; values become QStrings only once their charset is known.

#include "core/io/vcard.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>

namespace rapport::io {
namespace {

char upper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

bool equalsNoCase(QByteArrayView a, const char *upperCase)
{
    const auto n = qsizetype(std::strlen(upperCase));
    if (a.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i)
        if (upper(a[i]) != upperCase[i])
            return false;
    return true;
}

bool startsWithNoCase(QByteArrayView a, const char *upperCase)
{
    const auto n = qsizetype(std::strlen(upperCase));
    return a.size() >= n && equalsNoCase(a.first(n), upperCase);
}

bool containsNoCase(QByteArrayView a, const char *upperCase)
{
    const auto n = qsizetype(std::strlen(upperCase));
    for (qsizetype i = 0; i + n <= a.size(); ++i)
        if (upper(a[i]) == upperCase[0] && equalsNoCase(a.sliced(i, n), upperCase))
            return true;
    return false;
}

QByteArrayView trimmed(QByteArrayView a)
{
    while (!a.isEmpty() && (a.front() == ' ' || a.front() == '\t'))
        a = a.sliced(1);
    while (!a.isEmpty() && (a.back() == ' ' || a.back() == '\t'))
        a.chop(1);
    return a;
}

// ---- Charsets ----------------------------------------------------------------------------------

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

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

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = upper(c);
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

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

// Splits at each `separator` not escaped with a backslash and unescapes the parts.
QStringList splitEscaped(const QString &text, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
        } else if (text[i] == separator) {
            parts.append(unescape(text.sliced(start, i - start)));
            start = i + 1;
        }
    }
    parts.append(unescape(text.sliced(start)));
    return parts;
}

QString part(const QStringList &parts, qsizetype i)
{
    return i < parts.size() ? parts[i].trimmed() : QString();
}

// ---- Lines -------------------------------------------------------------------------------------

// Hands out logical lines: physical lines joined where a line starting with a space or tab folds
// onto the one before, or where a QUOTED-PRINTABLE value ends in '=' (2.1's soft line break).
class LineReader final
{
public:
    explicit LineReader(QByteArrayView bytes)
        : m_bytes(bytes)
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

    static bool isQuotedPrintable(QByteArrayView line)
    {
        const qsizetype colon = line.indexOf(':');
        return colon > 0 && containsNoCase(line.first(colon), "QUOTED-PRINTABLE");
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    qint64 m_line = 0;
    QByteArray m_buffer;
};

// ---- Properties --------------------------------------------------------------------------------

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

Name nameOf(QByteArrayView name)
{
    static constexpr std::pair<const char *, Name> names[]{{"BEGIN", Name::Begin},
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
    for (const auto &[text, value] : names)
        if (upper(name.isEmpty() ? 0 : name[0]) == text[0] && equalsNoCase(name, text))
            return value;
    return Name::Other;
}

struct Property
{
    Name name = Name::Other;
    QByteArrayView group, value, charset, omitYear;
    QStringList types;
    bool quotedPrintable = false, binary = false, text = false, preferred = false;
};

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
    const QString lower = QString::fromUtf8(type).toLower();
    if (lower == u"pref")
        p.preferred = true;
    else if (!p.types.contains(lower))
        p.types.append(lower);
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
            addType(p, param);
        return;
    }
    const QByteArrayView key = trimmed(param.first(eq));
    const QByteArrayView value = unquoted(param.sliced(eq + 1));
    if (equalsNoCase(key, "TYPE")) {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value.size(); ++i) // TYPE=work,voice (and "work,voice")
            if (i == value.size() || value[i] == ',') {
                addType(p, value.sliced(start, i - start));
                start = i + 1;
            }
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

// Splits "group.NAME;param;param:value"; false when the line has no ':' (not a property).
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

QString decodeValue(const Property &p)
{
    if (p.quotedPrintable) // =0D=0A is a line break like the others
        return decodeText(decodeQuotedPrintable(p.value).replace("\r\n", "\n"), p.charset);
    return decodeText(p.value, p.charset);
}

QDate parseBirthday(QStringView text, QByteArrayView omitYear)
{
    text = text.trimmed();
    if (const qsizetype t = text.indexOf(u'T'); t >= 0)
        text = text.first(t);
    if (text.startsWith(u"--"))
        return {}; // month and day without a year: not a date Rapport can hold
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
        else if (c != u'-')
            return {};
    if (digits.size() != 8)
        return {};
    const int year = QStringView(digits).first(4).toInt();
    if (!omitYear.isEmpty() && QByteArray::number(year) == omitYear)
        return {}; // Apple's stand-in year for a birthday given without one
    return QDate(year,
                 QStringView(digits).sliced(4, 2).toInt(),
                 QStringView(digits).sliced(6, 2).toInt());
}

QString phoneNumber(QString value)
{
    value = value.trimmed();
    if (value.startsWith(u"tel:", Qt::CaseInsensitive)) {
        value.remove(0, 4);
        if (const qsizetype semicolon = value.indexOf(u';'); semicolon >= 0)
            value.truncate(semicolon); // ;ext=, ;phone-context=
    }
    return value.trimmed();
}

// Apple's labels: "_$!<Other>!$_" for its own, free text for the user's.
QString labelType(const QString &label)
{
    QString text = label.trimmed();
    if (text.startsWith(u"_$!<") && text.endsWith(u">!$_"))
        text = text.sliced(4, text.size() - 8);
    return text.toLower();
}

// A card being read: the contact, and the item group of each typed value so that an
// X-ABLabel anywhere in the card can add its label to the values of its group.
struct OpenCard
{
    enum List { Phones, Emails, Urls, Addresses };
    struct Grouped
    {
        QByteArray group;
        List list;
        size_t index;
    };

    VCardContact contact;
    std::vector<Grouped> grouped;
    QHash<QByteArray, QString> labels;
    bool open = false;

    QStringList &typesOf(const Grouped &g)
    {
        switch (g.list) {
        case Phones:
            return contact.phones[g.index].types;
        case Emails:
            return contact.emails[g.index].types;
        case Urls:
            return contact.urls[g.index].types;
        case Addresses:
            break;
        }
        return contact.addresses[g.index].types;
    }

    // Adds each group's label to its values' types (before "pref", which stays last).
    void applyLabels()
    {
        for (const Grouped &g : grouped) {
            const auto label = labels.constFind(g.group);
            if (label == labels.constEnd())
                continue;
            const QString type = labelType(*label);
            QStringList &types = typesOf(g);
            if (type.isEmpty() || types.contains(type))
                continue;
            const bool pref = !types.isEmpty() && types.back() == u"pref";
            types.insert(pref ? types.size() - 1 : types.size(), type);
        }
    }
};

void addValue(OpenCard &card, OpenCard::List list, Property &p, QString value)
{
    if (value.isEmpty())
        return;
    std::vector<VCardValue> &values = list == OpenCard::Phones   ? card.contact.phones
                                      : list == OpenCard::Emails ? card.contact.emails
                                                                 : card.contact.urls;
    values.push_back(VCardValue{std::move(p.types), std::move(value), p.preferred});
    if (!p.group.isEmpty())
        card.grouped.push_back({p.group.toByteArray(), list, values.size() - 1});
}

void readProperty(OpenCard &card, Property &p)
{
    VCardContact &c = card.contact;
    if (p.binary)
        return; // PHOTO, LOGO, KEY: nothing Rapport keeps
    switch (p.name) {
    case Name::Version:
        c.version = decodeValue(p).trimmed();
        break;
    case Name::Uid:
        if (c.uid.isEmpty())
            c.uid = unescape(decodeValue(p)).trimmed();
        break;
    case Name::Kind:
        c.kind = decodeValue(p).trimmed().toLower();
        break;
    case Name::ShowAs:
        if (equalsNoCase(trimmed(p.value), "COMPANY") && c.kind.isEmpty())
            c.kind = QStringLiteral("org");
        break;
    case Name::Fn:
        if (c.formattedName.isEmpty())
            c.formattedName = unescape(decodeValue(p)).trimmed();
        break;
    case Name::N:
        if (c.familyName.isEmpty() && c.givenName.isEmpty()) {
            const QStringList parts = splitEscaped(decodeValue(p), u';');
            c.familyName = part(parts, 0);
            c.givenName = part(parts, 1);
            c.additionalNames = part(parts, 2);
            c.prefixes = part(parts, 3);
            c.suffixes = part(parts, 4);
        }
        break;
    case Name::Org:
        if (c.organisation.isEmpty()) {
            QStringList parts = splitEscaped(decodeValue(p), u';');
            c.organisation = part(parts, 0);
            QStringList units;
            for (qsizetype i = 1; i < parts.size(); ++i)
                if (!parts[i].trimmed().isEmpty())
                    units.append(parts[i].trimmed());
            c.unit = units.join(QStringLiteral(", "));
        }
        break;
    case Name::Title:
        if (c.title.isEmpty())
            c.title = unescape(decodeValue(p)).trimmed();
        break;
    case Name::Bday:
        if (!c.birthday.isValid() && !p.text)
            c.birthday = parseBirthday(decodeValue(p), p.omitYear);
        break;
    case Name::Categories:
        for (const QString &category : splitEscaped(decodeValue(p), u','))
            if (!category.trimmed().isEmpty() && !c.categories.contains(category.trimmed()))
                c.categories.append(category.trimmed());
        break;
    case Name::Note: {
        const QString note = unescape(decodeValue(p)).trimmed();
        if (!note.isEmpty())
            c.note = c.note.isEmpty() ? note : c.note + u'\n' + note;
        break;
    }
    case Name::Url:
        addValue(card, OpenCard::Urls, p, unescape(decodeValue(p)).trimmed());
        break;
    case Name::Tel:
        addValue(card, OpenCard::Phones, p, phoneNumber(unescape(decodeValue(p))));
        break;
    case Name::Email:
        addValue(card, OpenCard::Emails, p, unescape(decodeValue(p)).trimmed());
        break;
    case Name::Adr: {
        const QStringList parts = splitEscaped(decodeValue(p), u';');
        VCardAddress a{std::move(p.types),
                       part(parts, 0),
                       part(parts, 1),
                       part(parts, 2),
                       part(parts, 3),
                       part(parts, 4),
                       part(parts, 5),
                       part(parts, 6),
                       p.preferred};
        const bool empty = a.poBox.isEmpty() && a.extended.isEmpty() && a.street.isEmpty()
                           && a.locality.isEmpty() && a.region.isEmpty() && a.postalCode.isEmpty()
                           && a.country.isEmpty();
        if (!empty) {
            c.addresses.push_back(std::move(a));
            if (!p.group.isEmpty())
                card.grouped.push_back(
                    {p.group.toByteArray(), OpenCard::Addresses, c.addresses.size() - 1});
        }
        break;
    }
    case Name::Label:
        if (!p.group.isEmpty())
            card.labels.insert(p.group.toByteArray(), unescape(decodeValue(p)));
        break;
    case Name::Other:
    case Name::Begin:
    case Name::End:
        break;
    }
}

} // namespace

VCardFile readVCards(QByteArrayView bytes)
{
    VCardFile file;
    const auto problem = [&file](qint64 line, QString message) {
        file.problems.push_back(VCardProblem{line, std::move(message)});
    };

    QByteArray converted;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes[0] == '\xFF';
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        converted = QString(utf16.decode(bytes.sliced(2))).toUtf8();
        bytes = converted;
    }
    if (!bytes.contains('\n') && bytes.contains('\r')) { // classic Mac OS line ends
        converted = bytes.toByteArray().replace('\r', '\n');
        bytes = converted;
    }
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (std::all_of(bytes.begin(), bytes.end(), blank)) {
        problem(1, QCoreApplication::translate("VCardReader", "The file is empty."));
        return file;
    }

    const auto nameOrNone = [](const VCardContact &c) {
        const QString name = vCardDisplayName(c);
        return name.isEmpty() ? QCoreApplication::translate("VCardReader", "no name") : name;
    };
    LineReader lines(bytes);
    OpenCard card;
    qint64 strayFirst = 0, strayLast = 0; // a run of lines outside any card
    const auto endStrayRun = [&] {
        if (strayFirst == 0)
            return;
        problem(strayFirst,
                strayFirst == strayLast
                    ? QCoreApplication::translate("VCardReader",
                                                  "Line %1 is not inside any vCard (BEGIN:VCARD "
                                                  "... END:VCARD) and was skipped.")
                          .arg(strayFirst)
                    : QCoreApplication::translate("VCardReader",
                                                  "Lines %1 to %2 are not inside any vCard "
                                                  "(BEGIN:VCARD ... END:VCARD) and were skipped.")
                          .arg(strayFirst)
                          .arg(strayLast));
        strayFirst = strayLast = 0;
    };
    bool anyCard = false;
    while (!lines.atEnd()) {
        qint64 lineNumber = 0;
        const QByteArrayView line = lines.next(lineNumber);
        if (trimmed(line).isEmpty())
            continue; // blank lines also end 2.1's unfolded BASE64 blocks
        Property p;
        const bool isProperty = parseProperty(line, p);
        const bool marker = isProperty && equalsNoCase(trimmed(p.value), "VCARD");
        if (marker && p.name == Name::Begin) {
            endStrayRun();
            if (card.open)
                problem(card.contact.line,
                        QCoreApplication::translate("VCardReader",
                                                    "The card at line %1 (%2) has no END:VCARD "
                                                    "before the next card begins at line %3; it "
                                                    "was not read.")
                            .arg(card.contact.line)
                            .arg(nameOrNone(card.contact))
                            .arg(lineNumber));
            card = OpenCard{};
            card.open = anyCard = true;
            card.contact.line = lineNumber;
        } else if (!card.open) {
            if (strayFirst == 0)
                strayFirst = lineNumber;
            strayLast = lineNumber;
        } else if (marker && p.name == Name::End) {
            card.open = false;
            card.applyLabels();
            VCardContact &c = card.contact;
            if (c.formattedName.isEmpty() && c.familyName.isEmpty() && c.givenName.isEmpty()
                && c.organisation.isEmpty() && c.emails.empty())
                problem(c.line,
                        QCoreApplication::translate("VCardReader",
                                                    "The card at line %1 has no name: no FN, N, "
                                                    "ORG or e-mail address; it was not read.")
                            .arg(c.line));
            else
                file.contacts.push_back(std::move(c));
        } else if (isProperty) {
            readProperty(card, p);
        }
    }
    endStrayRun();
    if (card.open)
        problem(card.contact.line,
                QCoreApplication::translate("VCardReader",
                                            "The card at line %1 (%2) has no END:VCARD before "
                                            "the file ends; the file may be cut short. The card "
                                            "was not read.")
                    .arg(card.contact.line)
                    .arg(nameOrNone(card.contact)));
    if (!anyCard) {
        file.problems.clear();
        problem(1,
                QCoreApplication::translate("VCardReader",
                                            "This is not a vCard file: no line in it says "
                                            "BEGIN:VCARD."));
    }
    return file;
}

} // namespace rapport::io
