// Writing vCard 4.0 (RFC 6350): what Rapport's exports hand to address books. Everything the
// reader keeps is written so that reading the output back gives the same contacts.

#include "core/io/vcard.h"
#include "core/io/vcardtext.h"

namespace rapport::io {
namespace {

using vcardtext::escaped;

// A URI value (URL, UID) is not escaped, but a backslash and a line break are, for the reader's
// sake (it unescapes these too, as Apple escapes URLs).
QString uriValue(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\')
            out.append(QStringLiteral("\\\\"));
        else if (c == u'\n' || (c == u'\r' && !(i + 1 < text.size() && text[i + 1] == u'\n')))
            out.append(QStringLiteral("\\n"));
        else if (c != u'\r')
            out.append(c);
    }
    return out;
}

// A parameter value: a comma separates values and a double quote cannot be written, so both
// become spaces; one with ':' or ';' goes inside quotes.
QString parameterValue(const QString &text)
{
    QString out;
    for (QChar c : text)
        out.append(c == u',' || c == u'"' || c.unicode() < 0x20 ? QChar(u' ') : c);
    if (out.contains(u':') || out.contains(u';'))
        return u'"' + out + u'"';
    return out;
}

QString typeParameters(const QStringList &types, bool preferred)
{
    QStringList written;
    for (const QString &type : types) {
        if (type == u"pref")
            preferred = true;
        else if (!type.isEmpty())
            written.append(parameterValue(type));
    }
    QString out;
    if (!written.isEmpty())
        out = QStringLiteral(";TYPE=") + written.join(u',');
    if (preferred)
        out += QStringLiteral(";PREF=1");
    return out;
}

// A number a tel: URI can carry as it stands (RFC 3966's digits and visual separators).
bool telUriSafe(const QString &number)
{
    if (number.isEmpty())
        return false;
    for (QChar c : number)
        if (!c.isDigit() && c != u'+' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return false;
    return true;
}

class CardWriter final
{
public:
    explicit CardWriter(QByteArray &out)
        : m_out(out)
    {}

    // Writes one content line, folded at 75 octets without splitting a UTF-8 sequence.
    void line(const QString &content)
    {
        const QByteArray bytes = content.toUtf8();
        qsizetype pos = 0;
        qsizetype room = 75;
        while (bytes.size() - pos > room) {
            qsizetype cut = pos + room;
            while (cut > pos && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80)
                --cut; // a continuation byte: the sequence starts earlier
            m_out.append(bytes.constData() + pos, cut - pos);
            m_out.append("\r\n ");
            pos = cut;
            room = 74; // the leading space counts
        }
        m_out.append(bytes.constData() + pos, bytes.size() - pos);
        m_out.append("\r\n");
    }

    void text(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            line(QLatin1StringView(name) + u':' + escaped(value));
    }

    void structured(const char *name, const QStringList &parts)
    {
        QStringList out;
        for (const QString &part : parts)
            out.append(escaped(part));
        while (!out.isEmpty() && out.back().isEmpty())
            out.removeLast();
        if (!out.isEmpty())
            line(QLatin1StringView(name) + u':' + out.join(u';'));
    }

private:
    QByteArray &m_out;
};

void writeCard(CardWriter &w, const VCardContact &c)
{
    w.line(QStringLiteral("BEGIN:VCARD"));
    w.line(QStringLiteral("VERSION:4.0"));
    if (!c.kind.isEmpty())
        w.line(QStringLiteral("KIND:") + escaped(c.kind));
    if (!c.uid.isEmpty())
        w.line(QStringLiteral("UID:") + uriValue(c.uid));
    w.line(QStringLiteral("FN:") + escaped(vCardDisplayName(c))); // 4.0 requires FN
    w.structured("N", {c.familyName, c.givenName, c.additionalNames, c.prefixes, c.suffixes});
    if (!c.unit.isEmpty())
        w.line(QStringLiteral("ORG:") + escaped(c.organisation) + u';' + escaped(c.unit));
    else
        w.text("ORG", c.organisation);
    w.text("TITLE", c.title);
    if (c.birthday.isValid() && c.birthday.year() >= 1 && c.birthday.year() <= 9999)
        w.line(QStringLiteral("BDAY:") + c.birthday.toString(QStringLiteral("yyyyMMdd")));
    for (const VCardValue &phone : c.phones) {
        if (phone.value.isEmpty())
            continue;
        const QString params = typeParameters(phone.types, phone.preferred);
        if (telUriSafe(phone.value))
            w.line(QStringLiteral("TEL;VALUE=uri") + params + QStringLiteral(":tel:") + phone.value);
        else if (phone.value.startsWith(u"tel:", Qt::CaseInsensitive)) // read from "tel:tel:..."
            w.line(QStringLiteral("TEL;VALUE=uri") + params + QStringLiteral(":tel:")
                   + uriValue(phone.value));
        else
            w.line(QStringLiteral("TEL;VALUE=text") + params + u':' + escaped(phone.value));
    }
    for (const VCardValue &email : c.emails)
        if (!email.value.isEmpty())
            w.line(QStringLiteral("EMAIL") + typeParameters(email.types, email.preferred) + u':'
                   + escaped(email.value));
    for (const VCardAddress &a : c.addresses) {
        QStringList
            parts{a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country};
        for (QString &part : parts)
            part = escaped(part);
        w.line(QStringLiteral("ADR") + typeParameters(a.types, a.preferred) + u':'
               + parts.join(u';'));
    }
    for (const VCardValue &url : c.urls)
        if (!url.value.isEmpty())
            w.line(QStringLiteral("URL") + typeParameters(url.types, url.preferred) + u':'
                   + uriValue(url.value));
    if (!c.categories.isEmpty()) {
        QStringList categories;
        for (const QString &category : c.categories)
            if (!category.isEmpty())
                categories.append(escaped(category));
        if (!categories.isEmpty())
            w.line(QStringLiteral("CATEGORIES:") + categories.join(u','));
    }
    w.text("NOTE", c.note);
    w.line(QStringLiteral("END:VCARD"));
}

} // namespace

QString vCardDisplayName(const VCardContact &contact)
{
    if (const QString fn = contact.formattedName.trimmed(); !fn.isEmpty())
        return fn;
    const QString name = QStringList{contact.givenName.trimmed(), contact.familyName.trimmed()}
                             .join(u' ')
                             .trimmed();
    if (!name.isEmpty())
        return name;
    if (!contact.organisation.trimmed().isEmpty())
        return contact.organisation.trimmed();
    for (const VCardValue &email : contact.emails)
        if (!email.value.trimmed().isEmpty())
            return email.value.trimmed();
    return {};
}

QByteArray writeVCards(const std::vector<VCardContact> &contacts)
{
    QByteArray out;
    out.reserve(qsizetype(contacts.size()) * 256);
    CardWriter writer(out);
    for (const VCardContact &contact : contacts)
        writeCard(writer, contact);
    return out;
}

} // namespace rapport::io
