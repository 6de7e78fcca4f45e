// Reading vCard 2.1, 3.0 and 4.0 address books (see vcard.h). The reader works on the raw bytes:
// lines are found with memchr and only folded lines are copied, so that a file of 100,000 contacts
// reads in a fraction of a second; values become QStrings only once their charset is known.

#include "core/io/vcard.h"
#include "core/io/vcardproperty.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <thread>

namespace rapport::io {
namespace {

using namespace vcardtext;
using namespace vcardparse;

QString part(const QVarLengthArray<QString, 8> &parts, qsizetype i)
{
    return i < parts.size() ? parts[i] : QString();
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

// One part of a file: whole lines starting at `firstLine`. A card left open at the part's end
// runs into the card at `nextCardLine` (0: the end of the file).
struct Part
{
    VCardFile file;
    bool anyCard = false;
};

void readPart(QByteArrayView bytes, qint64 firstLine, qint64 nextCardLine, Part &part)
{
    VCardFile &file = part.file;
    const auto problem = [&file](qint64 line, QString message) {
        file.problems.push_back(VCardProblem{line, std::move(message)});
    };
    const auto nameOrNone = [](const VCardContact &c) {
        const QString name = vCardDisplayName(c);
        return name.isEmpty() ? QCoreApplication::translate("VCardReader", "no name") : name;
    };
    const auto notClosed = [&](const OpenCard &card, qint64 nextCard) {
        problem(card.contact.line,
                QCoreApplication::translate("VCardReader",
                                            "The card at line %1 (%2) has no END:VCARD before "
                                            "the next card begins at line %3; it was not read.")
                    .arg(card.contact.line)
                    .arg(nameOrNone(card.contact))
                    .arg(nextCard));
    };
    // A guess at the number of cards, so that the contacts are not moved as the vector grows.
    file.contacts.reserve(size_t(bytes.count("BEGIN:VCARD")) + 1);
    LineReader lines(bytes, firstLine);
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
                notClosed(card, lineNumber);
            card = OpenCard{};
            card.open = part.anyCard = true;
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
    if (card.open && nextCardLine > 0)
        notClosed(card, nextCardLine);
    else if (card.open)
        problem(card.contact.line,
                QCoreApplication::translate("VCardReader",
                                            "The card at line %1 (%2) has no END:VCARD before "
                                            "the file ends; the file may be cut short. The card "
                                            "was not read.")
                    .arg(card.contact.line)
                    .arg(nameOrNone(card.contact)));
}

// Where part `index` of `count` should start: at a line "BEGIN:VCARD" at or after its share of
// the bytes (such a line is never folded onto the one before, nor joined by a soft line break),
// or -1.
qsizetype partStart(QByteArrayView bytes, int index, int count)
{
    qsizetype from = bytes.size() / count * index;
    while (from < bytes.size()) {
        const qsizetype at = bytes.indexOf("\nBEGIN:VCARD", from);
        if (at < 0)
            return -1;
        // The line must be exactly BEGIN:VCARD, as LineReader cuts it (one CR before LF dropped),
        // and the next line must not fold onto it.
        qsizetype end = at + 12;
        if (end < bytes.size() && bytes[end] == '\r')
            ++end;
        const bool folded = end + 1 < bytes.size()
                            && (bytes[end + 1] == ' ' || bytes[end + 1] == '\t');
        if (end == bytes.size() || (bytes[end] == '\n' && !folded))
            return at + 1;
        from = at + 1;
    }
    return -1;
}

} // namespace

VCardFile readVCards(QByteArrayView bytes)
{
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    return readVCards(bytes, int(std::min<qsizetype>(cores, bytes.size() / (1 << 20) + 1)));
}

VCardFile readVCards(QByteArrayView bytes, int threads)
{
    VCardFile file;
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
        file.problems.push_back(
            {1, QCoreApplication::translate("VCardReader", "The file is empty.")});
        return file;
    }

    // The parts: each starts at a line BEGIN:VCARD, so each reads exactly as the whole would.
    threads = std::clamp(threads, 1, 64);
    std::vector<qsizetype> starts{0};
    for (int i = 1; i < threads; ++i)
        if (const qsizetype start = partStart(bytes, i, threads); start > starts.back())
            starts.push_back(start);
    starts.push_back(bytes.size());
    const size_t count = starts.size() - 1;
    std::vector<qint64> firstLines{1};
    for (size_t i = 1; i < count; ++i) // the last part's end needs no line number
        firstLines.push_back(firstLines.back()
                             + bytes.sliced(starts[i - 1], starts[i] - starts[i - 1]).count('\n'));
    std::vector<Part> parts(count);
    const auto read = [&](size_t i) {
        readPart(bytes.sliced(starts[i], starts[i + 1] - starts[i]),
                 firstLines[i],
                 i + 1 < count ? firstLines[i + 1] : 0,
                 parts[i]);
    };
    std::vector<std::thread> workers;
    for (size_t i = 1; i < count; ++i)
        workers.emplace_back(read, i);
    read(0);
    for (std::thread &worker : workers)
        worker.join();

    bool anyCard = false;
    size_t contacts = 0;
    for (const Part &part : parts) {
        anyCard = anyCard || part.anyCard;
        contacts += part.file.contacts.size();
    }
    if (!anyCard) {
        file.problems.push_back(
            {1,
             QCoreApplication::translate("VCardReader",
                                         "This is not a vCard file: no line in it says "
                                         "BEGIN:VCARD.")});
        return file;
    }
    if (count == 1)
        return std::move(parts[0].file);
    file.contacts.reserve(contacts);
    for (Part &part : parts) {
        std::move(part.file.contacts.begin(),
                  part.file.contacts.end(),
                  std::back_inserter(file.contacts));
        std::move(part.file.problems.begin(),
                  part.file.problems.end(),
                  std::back_inserter(file.problems));
    }
    return file;
}

} // namespace rapport::io
