// Reading vCard 2.1, 3.0 and 4.0 address books (see vcard.h). The reader works on the raw bytes:
// lines are found with memchr and only folded lines are copied, so that a file of 100,000 contacts
// reads in a fraction of a second; values become QStrings only once their charset is known.

#include "core/io/vcard.h"
#include "core/io/vcardtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace rapport::io {
namespace {

using namespace vcardtext;

QString part(const QVarLengthArray<QString, 8> &parts, qsizetype i)
{
    return i < parts.size() ? parts[i] : QString();
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

    // ENCODING=QUOTED-PRINTABLE or 2.1's bare ;QUOTED-PRINTABLE (not a TYPE of that name).
    static bool isQuotedPrintable(QByteArrayView line)
    {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArrayView header = line.first(colon);
        if (!containsNoCase(header, "QUOTED-PRINTABLE"))
            return false; // the usual case, decided fast
        constexpr qsizetype length = 16;
        for (qsizetype i = 1; i + length <= header.size(); ++i) {
            if (!equalsNoCase(header.sliced(i, length), "QUOTED-PRINTABLE"))
                continue;
            const QByteArrayView before = header.first(i);
            const bool starts = before.endsWith(';')
                                || (i >= 9 && equalsNoCase(before.last(9), "ENCODING="));
            if (starts && (i + length == header.size() || header[i + length] == ';'))
                return true;
        }
        return false;
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
        lower = typeName(QString::fromUtf8(type));
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

// The value's bytes with quoted-printable undone (`buffer` holds them then).
QByteArrayView valueBytes(const Property &p, QByteArray &buffer)
{
    if (!p.quotedPrintable)
        return p.value;
    buffer = decodeQuotedPrintable(p.value).replace("\r\n", "\n"); // =0D=0A: a line break
    return buffer;
}

QString decodeValue(const Property &p)
{
    QByteArray buffer;
    return decodeText(valueBytes(p, buffer), p.charset);
}

// A structured value (N, ADR, ORG, CATEGORIES) split at each unescaped `separator`; each part
// decoded, unescaped and trimmed. Split on the bytes so that only the parts are allocated.
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
    return typeName(text);
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
            if (type.isEmpty() || type == u"pref" || types.contains(type))
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
    case Name::Version: {
        static const QString known[]{QStringLiteral("2.1"),
                                     QStringLiteral("3.0"),
                                     QStringLiteral("4.0")};
        c.version = decodeValue(p).trimmed();
        for (const QString &version : known)
            if (c.version == version)
                c.version = version; // shared, not one copy per contact
        break;
    }
    case Name::Uid:
        if (c.uid.isEmpty())
            c.uid = unescape(decodeValue(p)).trimmed();
        break;
    case Name::Kind:
        c.kind = unescape(decodeValue(p)).trimmed().toLower();
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
            const auto parts = splitValue(p, ';');
            c.familyName = part(parts, 0);
            c.givenName = part(parts, 1);
            c.additionalNames = part(parts, 2);
            c.prefixes = part(parts, 3);
            c.suffixes = part(parts, 4);
        }
        break;
    case Name::Org:
        if (c.organisation.isEmpty()) {
            const auto parts = splitValue(p, ';');
            c.organisation = part(parts, 0);
            for (qsizetype i = 1; i < parts.size(); ++i)
                if (!parts[i].isEmpty())
                    c.unit += (c.unit.isEmpty() ? QString() : QStringLiteral(", ")) + parts[i];
        }
        break;
    case Name::Title:
        if (c.title.isEmpty())
            c.title = unescape(decodeValue(p)).trimmed();
        break;
    case Name::Bday:
        if (!c.birthday.isValid() && !p.text)
            c.birthday = parseBirthday(p);
        break;
    case Name::Categories:
        for (const QString &category : splitValue(p, ','))
            if (!category.isEmpty() && !c.categories.contains(category))
                c.categories.append(category);
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
        const auto parts = splitValue(p, ';');
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
    // A guess at the number of cards, so that the contacts are not moved as the vector grows.
    file.contacts.reserve(size_t(bytes.count("BEGIN:VCARD")) + 1);
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
