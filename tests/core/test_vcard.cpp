#include "core/io/vcard.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace rapport::io;

namespace {

const QString kEvolutionDir = QStringLiteral(
    "/usr/libexec/evolution-data-server/installed-tests/vcards");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

VCardFile readOwn(const char *name)
{
    return readVCards(fileBytes(QStringLiteral(RAPPORT_VCARD_DIR "/") + QLatin1StringView(name)));
}

QStringList types(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *t : list)
        out.append(QString::fromUtf16(t));
    return out;
}

std::string describe(const VCardFile &file)
{
    std::string out;
    for (const VCardProblem &p : file.problems)
        out += std::to_string(p.line) + ": " + p.message.toStdString() + "\n";
    return out;
}

// Everything the reader keeps, for comparing contacts (the line and version excepted).
QString dump(const VCardContact &c)
{
    QStringList out{c.kind,
                    c.uid,
                    c.formattedName,
                    c.familyName,
                    c.givenName,
                    c.additionalNames,
                    c.prefixes,
                    c.suffixes,
                    c.organisation,
                    c.unit,
                    c.title,
                    c.birthday.toString(Qt::ISODate),
                    c.categories.join(u'|'),
                    c.note};
    const auto values = [&out](const char *kind, const std::vector<VCardValue> &list) {
        for (const VCardValue &v : list)
            out.append(QLatin1StringView(kind) + u' ' + v.types.join(u',') + u' ' + v.value
                       + (v.preferred ? u" *" : u""));
    };
    values("tel", c.phones);
    values("email", c.emails);
    values("url", c.urls);
    for (const VCardAddress &a : c.addresses)
        out.append(QStringList{QStringLiteral("adr"),
                               a.types.join(u','),
                               a.poBox,
                               a.extended,
                               a.street,
                               a.locality,
                               a.region,
                               a.postalCode,
                               a.country,
                               a.preferred ? QStringLiteral("*") : QString()}
                       .join(u'|'));
    return out.join(u'\n');
}

} // namespace

TEST_CASE("Every vCard Evolution's tests ship is read", "[vcard]")
{
    const QDir dir(kEvolutionDir);
    if (!dir.exists()) {
        WARN("evolution-data-server-tests is not installed (" << kEvolutionDir.toStdString()
                                                              << "): skipped");
        return;
    }
    const QStringList names = dir.entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name);
    REQUIRE(names.size() >= 30);
    QByteArray all;
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QByteArray bytes = fileBytes(dir.filePath(name));
        const VCardFile file = readVCards(bytes);
        CHECK(file.problems.empty());
        REQUIRE(file.contacts.size() == 1);
        CHECK(file.contacts[0].line == 1);
        CHECK_FALSE(vCardDisplayName(file.contacts[0]).isEmpty());
        all += bytes;
        if (!all.endsWith('\n'))
            all += "\r\n"; // logo-1.vcf ends without a line break
    }
    // All in one file: each card starts where it was put.
    const VCardFile together = readVCards(all);
    CHECK(together.problems.empty());
    CHECK(together.contacts.size() == size_t(names.size()));
}

TEST_CASE("Known values from Evolution's vCards", "[vcard]")
{
    if (!QDir(kEvolutionDir).exists()) {
        WARN("evolution-data-server-tests is not installed: skipped");
        return;
    }
    const auto read = [](const char *name) {
        const VCardFile file = readVCards(fileBytes(kEvolutionDir + u'/' + QLatin1StringView(name)));
        REQUIRE(file.contacts.size() == 1);
        return file.contacts[0];
    };

    const VCardContact custom1 = read("custom-1.vcf");
    CHECK(custom1.uid == u"custom-1");
    CHECK(custom1.formattedName == u"Micheal Jackson");
    REQUIRE(custom1.phones.size() == 1);
    CHECK(custom1.phones[0].value == u"+1-221-5423789");
    CHECK(custom1.phones[0].types == types({u"home"})); // 2.1's bare TEL;HOME
    REQUIRE(custom1.emails.size() == 1);
    CHECK(custom1.emails[0].value == u"micheal@jackson.com");
    CHECK(custom1.emails[0].types == types({u"home", u"work"}));

    const VCardContact custom2 = read("custom-2.vcf");
    CHECK(custom2.familyName == u"Janet");
    REQUIRE(custom2.emails.size() == 2);
    CHECK(custom2.emails[1].value == u"janny@jackson.com");

    const VCardContact custom4 = read("custom-4.vcf");
    REQUIRE(custom4.phones.size() == 1);
    CHECK(custom4.phones[0].types == types({u"work", u"pref"}));
    CHECK(custom4.phones[0].preferred);

    const VCardContact custom6 = read("custom-6.vcf");
    CHECK(custom6.formattedName == u"%Stran_ge Name");
    CHECK(custom6.phones[0].value == u"ask Jenny for Lisa's number");

    const VCardContact sorted9 = read("sorted-9.vcf");
    CHECK(sorted9.familyName == u"côté");
    CHECK(sorted9.givenName == u"First Name");
    CHECK(read("sorted-20.vcf").familyName == u"Müller");

    const VCardContact simple1 = read("simple-1.vcf");
    CHECK(simple1.emails[0].types == types({u"internet"}));

    // Base64 pictures are skipped whole, and what follows them is read.
    const VCardContact logo = read("logo-1.vcf");
    CHECK(logo.version == u"3.0");
    CHECK(logo.givenName == u"logo");
    REQUIRE(logo.emails.size() == 1);
    CHECK(logo.emails[0].value == u"logo@no.where");
    CHECK(logo.emails[0].types == types({u"work"}));
    const VCardContact photo = read("photo-1.vcf");
    CHECK(photo.formattedName == u"photo");
    CHECK(read("custom-7.vcf").phones.size() == 1); // after KEY;ENCODING=b
}

TEST_CASE("vCard 2.1 with quoted-printable soft line breaks, UTF-8 and ISO-8859-1", "[vcard]")
{
    const VCardFile file = readOwn("qp-2.1.vcf");
    INFO(describe(file));
    CHECK(file.problems.empty());
    REQUIRE(file.contacts.size() == 2);

    const VCardContact &j = file.contacts[0];
    CHECK(j.version == u"2.1");
    CHECK(j.familyName == u"Müller");
    CHECK(j.givenName == u"Jürgen");
    CHECK(j.formattedName == u"Jürgen Müller");
    REQUIRE(j.phones.size() == 2);
    CHECK(j.phones[0].types == types({u"cell"}));
    CHECK(j.phones[1].types == types({u"home", u"voice"}));
    CHECK(j.phones[1].value == u"030 1234567");
    REQUIRE(j.addresses.size() == 1);
    CHECK(j.addresses[0].street == u"Straße 1");
    CHECK(j.addresses[0].locality == u"Köln");
    CHECK(j.addresses[0].postalCode == u"50667");
    CHECK(j.addresses[0].country == u"Deutschland");
    CHECK(j.note
          == u"Erste Zeile\nZweite Zeile, die sehr lang ist und deshalb umgebrochen wird, mit "
             u"weichem Zeilenumbruch am Ende.");

    const VCardContact &f = file.contacts[1];
    CHECK(f.line == 13);
    CHECK(f.familyName == u"Dupré");
    CHECK(f.givenName == u"Françoise");
    CHECK(f.formattedName == u"Françoise Dupré"); // raw ISO-8859-1 bytes, no quoted-printable
    CHECK(f.organisation == u"Société Générale");
    CHECK(f.unit == u"Service clientèle"); // a soft break right before "=E8"
    CHECK(f.title == u"Chargée de clientèle");
    REQUIRE(f.phones.size() == 1);
    CHECK(f.phones[0].preferred);
    CHECK(f.phones[0].types == types({u"work", u"voice", u"pref"}));
    REQUIRE(f.addresses.size() == 1);
    CHECK(f.addresses[0].country == u"France");
    CHECK(f.addresses[0].preferred);
    // The unfolded BASE64 picture ends at the blank line; the e-mail after it is read.
    REQUIRE(f.emails.size() == 1);
    CHECK(f.emails[0].value == u"francoise.dupre@example.fr");
}

TEST_CASE("Apple Contacts: item groups and their labels, BOM, omitted birth year", "[vcard]")
{
    const VCardFile file = readOwn("apple-3.0.vcf");
    INFO(describe(file));
    CHECK(file.problems.empty());
    REQUIRE(file.contacts.size() == 2);

    const VCardContact &j = file.contacts[0];
    CHECK(j.line == 1);
    CHECK(j.formattedName == u"Johnny Appleseed");
    CHECK(j.organisation == u"Apple Inc.");
    CHECK(j.unit == u"Retail");
    CHECK(j.title == u"Genius");
    REQUIRE(j.emails.size() == 2);
    CHECK(j.emails[0].value == u"johnny@example.com");
    CHECK(j.emails[0].types == types({u"internet", u"other", u"pref"}));
    CHECK(j.emails[0].preferred);
    CHECK(j.emails[1].types == types({u"internet", u"work"}));
    REQUIRE(j.phones.size() == 2);
    CHECK(j.phones[0].value == u"+1 (408) 555-0100");
    CHECK(j.phones[0].types == types({u"cell", u"voice", u"pref"}));
    CHECK(j.phones[1].types == types({u"büro"})); // the user's own label
    REQUIRE(j.addresses.size() == 1);
    CHECK(j.addresses[0].street == u"1 Infinite Loop");
    CHECK(j.addresses[0].region == u"CA");
    CHECK(j.addresses[0].types == types({u"home", u"pref"}));
    REQUIRE(j.urls.size() == 1);
    CHECK(j.urls[0].value == u"http://www.apple.example");
    CHECK(j.urls[0].types == types({u"homepage", u"pref"}));
    CHECK_FALSE(j.birthday.isValid()); // 1604 stands for "no year"
    CHECK(j.note == u"Met at WWDC\nLikes apples, pears");

    const VCardContact &acme = file.contacts[1];
    CHECK(acme.kind == u"org");
    CHECK(acme.organisation == u"Acme Corp");
    CHECK(acme.unit.isEmpty());
    CHECK(acme.familyName.isEmpty());
    CHECK(acme.birthday == QDate(1990, 3, 1));
    REQUIRE(acme.phones.size() == 1);
    CHECK(acme.phones[0].types == types({u"main", u"pref"}));
}

TEST_CASE("Google Contacts export: categories, empty labels, a contact named only by e-mail",
          "[vcard]")
{
    const VCardFile file = readOwn("google-3.0.vcf");
    INFO(describe(file));
    CHECK(file.problems.empty());
    REQUIRE(file.contacts.size() == 2);
    const VCardContact &ada = file.contacts[0];
    CHECK(ada.givenName == u"Ada");
    CHECK(ada.familyName == u"Lovelace");
    CHECK(ada.birthday == QDate(1815, 12, 10));
    CHECK(ada.categories
          == QStringList{QStringLiteral("myContacts"), QStringLiteral("Mathematicians")});
    REQUIRE(ada.emails.size() == 2);
    CHECK(ada.emails[1].types == types({u"internet", u"work"}));
    REQUIRE(ada.addresses.size() == 1);
    CHECK(ada.addresses[0].street == u"12 St James's Square");
    CHECK(ada.addresses[0].postalCode == u"SW1Y 4JH");
    REQUIRE(ada.urls.size() == 1);
    CHECK(ada.urls[0].value == u"https://ada.example.org");
    CHECK(ada.urls[0].types.isEmpty());

    const VCardContact &noName = file.contacts[1];
    CHECK(noName.formattedName.isEmpty());
    CHECK(vCardDisplayName(noName) == u"no.name@example.com");
}

TEST_CASE("Outlook's vCard 2.1 in Windows-1252", "[vcard]")
{
    const VCardFile file = readOwn("outlook-2.1.vcf");
    INFO(describe(file));
    CHECK(file.problems.empty());
    REQUIRE(file.contacts.size() == 1);
    const VCardContact &h = file.contacts[0];
    CHECK(h.familyName == u"Müller");
    CHECK(h.givenName == u"Hans");
    CHECK(h.organisation == u"Müller & Söhne GmbH");
    CHECK(h.unit == u"Vertrieb");
    REQUIRE(h.phones.size() == 3);
    CHECK(h.phones[2].types == types({u"work", u"fax"}));
    CHECK(h.phones[2].value == u"+49 30 1234568");
    REQUIRE(h.addresses.size() == 1);
    CHECK(h.addresses[0].street == u"Friedrichstraße 1");
    CHECK(h.addresses[0].types == types({u"work", u"pref"}));
    REQUIRE(h.emails.size() == 1);
    CHECK(h.emails[0].preferred);
    CHECK(h.emails[0].types == types({u"internet", u"pref"}));
    REQUIRE(h.urls.size() == 1);
    CHECK(h.urls[0].value == u"http://www.mueller-soehne.example");
    CHECK(h.note == u"Kunde seit 2019 – Rabatt 5 €");
    CHECK(h.categories == QStringList{QStringLiteral("Großkunde")}); // no CHARSET, not UTF-8
}

TEST_CASE("vCard 4.0: tel URIs, PREF, KIND, escapes, folds with space and tab, LF only", "[vcard]")
{
    const VCardFile file = readOwn("rfc6350-4.0.vcf");
    INFO(describe(file));
    CHECK(file.problems.empty());
    REQUIRE(file.contacts.size() == 3);
    const VCardContact &g = file.contacts[0];
    CHECK(g.version == u"4.0");
    CHECK(g.kind == u"individual");
    CHECK(g.uid == u"urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
    CHECK(g.prefixes == u"Dr.");
    CHECK(g.additionalNames == u"Brewster Murray");
    REQUIRE(g.phones.size() == 3);
    CHECK(g.phones[0].value == u"+1-555-555-5555"); // tel: and ;ext= gone
    CHECK(g.phones[0].types == types({u"voice", u"work", u"pref"}));
    CHECK(g.phones[0].preferred);
    CHECK(g.phones[1].value == u"+1-555-555-0101");
    CHECK_FALSE(g.phones[2].preferred); // PREF=2 is not the first choice
    CHECK(g.phones[2].types == types({u"home"}));
    REQUIRE(g.emails.size() == 2);
    CHECK(g.emails[0].preferred);
    CHECK(g.emails[1].types.isEmpty());
    REQUIRE(g.addresses.size() == 1); // LABEL="...:..." is a quoted parameter
    CHECK(g.addresses[0].locality == u"Arlington");
    CHECK(g.birthday == QDate(1906, 12, 9));
    CHECK(g.categories == QStringList{QStringLiteral("Navy"), QStringLiteral("COBOL, compilers")});
    CHECK(
        g.note
        == u"Line one\nLine two; with semicolon \\ and a backslash. This note is long enough to be "
           u"folded, once with a space and once with a tab.");

    const VCardContact &abc = file.contacts[1];
    CHECK(abc.kind == u"org");
    CHECK(abc.formattedName == u"ABC, Inc.");
    CHECK(abc.organisation == u"ABC, Inc.");
    CHECK(abc.unit == u"North American Division, Marketing");
    CHECK(abc.phones[0].value == u"+1-418-656-9254");

    const VCardContact &partial = file.contacts[2]; // lower-case names, --MMDD
    CHECK(partial.line == 28);
    CHECK(partial.formattedName == u"Partial Birthday");
    CHECK_FALSE(partial.birthday.isValid());
    CHECK(partial.phones[0].types == types({u"cell"}));
}

TEST_CASE("Damaged records are reported with their line and reading goes on", "[vcard]")
{
    const VCardFile file = readOwn("truncated.vcf");
    REQUIRE(file.contacts.size() == 2);
    CHECK(file.contacts[0].formattedName == u"First Complete");
    CHECK(file.contacts[1].formattedName == u"Second Complete");
    CHECK(file.contacts[1].line == 15);
    INFO(describe(file));
    REQUIRE(file.problems.size() == 4);
    CHECK(file.problems[0].line == 6); // no END:VCARD before the next card
    CHECK(file.problems[0].message.contains(u"Never Closed"));
    CHECK(file.problems[0].message.contains(u"10"));
    CHECK(file.problems[1].line == 10); // a telephone number and no name
    CHECK(file.problems[1].message.contains(u"no name"));
    CHECK(file.problems[2].line == 14); // a stray line
    CHECK(file.problems[3].line == 19); // cut off at the end
    CHECK(file.problems[3].message.contains(u"Cut Sh"));
}

TEST_CASE("Empty, blank and binary files give one clear problem and no contact", "[vcard]")
{
    for (const QByteArray &empty : {QByteArray(), QByteArray("\r\n  \n\t\n")}) {
        const VCardFile file = readVCards(empty);
        CHECK(file.contacts.empty());
        REQUIRE(file.problems.size() == 1);
        CHECK(file.problems[0].message == u"The file is empty.");
    }

    QRandomGenerator random(12);
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(random.bounded(256));
    const VCardFile binary = readVCards(garbage);
    CHECK(binary.contacts.empty());
    REQUIRE(binary.problems.size() == 1);
    CHECK(binary.problems[0].message.contains(u"not a vCard"));

    // A card inside garbage is found; the garbage around it is reported, not dropped silently.
    const QByteArray mixed = garbage.left(1000) + "\nBEGIN:VCARD\nFN:Found\nEND:VCARD\n"
                             + garbage.mid(1000, 1000);
    const VCardFile found = readVCards(mixed);
    REQUIRE(found.contacts.size() == 1);
    CHECK(found.contacts[0].formattedName == u"Found");
    CHECK(found.problems.size() == 2);

    // A 10 MB line and a card truncated inside a quoted-printable soft break.
    const VCardFile longLine = readVCards(QByteArray(10 * 1024 * 1024, 'x'));
    CHECK(longLine.problems.size() == 1);
    const VCardFile softEnd = readVCards(
        "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:Ann=\nEND:VCARD\n");
    REQUIRE(softEnd.contacts.size() == 1);
    CHECK(softEnd.contacts[0].formattedName == u"Ann=");
}

TEST_CASE("Old Mac line ends, UTF-16 with BOM and unknown charsets", "[vcard]")
{
    const VCardFile mac = readVCards("BEGIN:VCARD\rVERSION:3.0\rFN:Mac Classic\rEND:VCARD\r");
    REQUIRE(mac.contacts.size() == 1);
    CHECK(mac.contacts[0].formattedName == u"Mac Classic");

    const QString text = QStringLiteral("BEGIN:VCARD\r\nFN:Zoë Unicode\r\nEND:VCARD\r\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const VCardFile wide = readVCards(utf16);
    REQUIRE(wide.contacts.size() == 1);
    CHECK(wide.contacts[0].formattedName == u"Zoë Unicode");

    const VCardFile unknown = readVCards(
        "BEGIN:VCARD\nFN;CHARSET=X-NO-SUCH:Caf\xC3\xA9\nEND:VCARD\n");
    REQUIRE(unknown.contacts.size() == 1);
    CHECK(unknown.contacts[0].formattedName == u"Café");
}

TEST_CASE("What the writer writes reads back as the same contacts", "[vcard]")
{
    std::vector<VCardContact> contacts;
    for (const char *name : {"qp-2.1.vcf",
                             "apple-3.0.vcf",
                             "google-3.0.vcf",
                             "outlook-2.1.vcf",
                             "rfc6350-4.0.vcf",
                             "truncated.vcf"}) {
        VCardFile file = readOwn(name);
        for (VCardContact &c : file.contacts)
            contacts.push_back(std::move(c));
    }
    const QDir evolution(kEvolutionDir);
    for (const QString &name : evolution.entryList({QStringLiteral("*.vcf")}, QDir::Files))
        for (VCardContact &c : readVCards(fileBytes(evolution.filePath(name))).contacts)
            contacts.push_back(std::move(c));
    // Values the files do not have: a long line of accents to fold, line breaks, separators.
    VCardContact odd;
    odd.formattedName = QStringLiteral("Ünïcödé ") + QString(40, QChar(u'é')) + u"😀😀😀😀";
    odd.note = QStringLiteral("a;b,c\\d\ne:f ") + QString(200, QChar(u'ß'));
    odd.organisation = QStringLiteral("Semi;colon, Comma");
    odd.unit = QStringLiteral("Unit; one");
    odd.categories = {QStringLiteral("with, comma"), QStringLiteral("plain")};
    odd.phones.push_back(
        {{QStringLiteral("work"), QStringLiteral("pref")}, QStringLiteral("1 800 ELEPHANT"), true});
    odd.phones.push_back({{}, QStringLiteral("+49 (30) 1;2"), false});
    odd.urls.push_back({{QStringLiteral("a:b")}, QStringLiteral("https://x.example/a,b;c"), false});
    odd.addresses.push_back({{QStringLiteral("home")},
                             {},
                             {},
                             QStringLiteral("Line 1\nLine 2"),
                             QStringLiteral("Town"),
                             {},
                             QStringLiteral("123"),
                             {},
                             false});
    odd.birthday = QDate(2001, 2, 3);
    contacts.push_back(odd);
    REQUIRE(contacts.size() > 10);

    const QByteArray written = writeVCards(contacts);
    for (const QByteArray &line : written.split('\n')) {
        INFO(line.toStdString());
        CHECK(line.size() <= 76);                        // 75 octets and the CR
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no UTF-8 sequence split
    }
    CHECK(written.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    CHECK(written.contains("TEL;VALUE=uri;TYPE=voice,work;PREF=1:tel:+1-555-555-5555\r\n"));

    const VCardFile back = readVCards(written);
    INFO(describe(back));
    CHECK(back.problems.empty());
    REQUIRE(back.contacts.size() == contacts.size());
    for (size_t i = 0; i < contacts.size(); ++i) {
        VCardContact expected = contacts[i];
        expected.formattedName = vCardDisplayName(expected); // FN is required in 4.0
        CHECK(back.contacts[i].version == u"4.0");
        CHECK(dump(back.contacts[i]).toStdString() == dump(expected).toStdString());
    }
}

TEST_CASE("Parameters a writer would not expect: odd types, labels and tel URIs", "[vcard]")
{
    const VCardFile file = readVCards(
        "BEGIN:VCARD\r\n"
        "FN:Odd Types\r\n"
        "TEL;TYPE=quoted-printable:555=\r\n"        // a type, not an encoding: no soft line break
        "EMAIL;WORK,HOME;X-\"Q\":a@example.com\r\n" // 2.1 bare parameters with a comma
        "item1.URL:http://example.com\r\n"
        "item1.X-ABLabel:PREF\r\n" // a label named pref adds nothing
        "TEL:tel:tel:+1-555;ext=9\r\n"
        "KIND:Org\\,an\r\n"
        "END:VCARD\r\n");
    INFO(describe(file));
    REQUIRE(file.contacts.size() == 1);
    const VCardContact &c = file.contacts[0];
    REQUIRE(c.phones.size() == 2);
    CHECK(c.phones[0].value == u"555=");
    CHECK(c.phones[0].types == types({u"quoted-printable"}));
    CHECK(c.phones[1].value == u"tel:+1-555");
    REQUIRE(c.emails.size() == 1);
    CHECK(c.emails[0].types == types({u"work", u"home", u"x- q"}));
    REQUIRE(c.urls.size() == 1);
    CHECK(c.urls[0].types.isEmpty());
    CHECK_FALSE(c.urls[0].preferred);
    CHECK(c.kind == u"org,an");

    const VCardFile back = readVCards(writeVCards(file.contacts));
    REQUIRE(back.contacts.size() == 1);
    CHECK(dump(back.contacts[0]).toStdString() == dump(c).toStdString());
}

TEST_CASE("Read in parts on several threads, a file gives what one thread gives", "[vcard]")
{
    QByteArray all;
    for (const char *name : {"qp-2.1.vcf",
                             "truncated.vcf",
                             "apple-3.0.vcf",
                             "outlook-2.1.vcf",
                             "google-3.0.vcf",
                             "rfc6350-4.0.vcf"}) {
        for (int copy = 0; copy < 3; ++copy) {
            all += fileBytes(QStringLiteral(RAPPORT_VCARD_DIR "/") + QLatin1StringView(name));
            all += "\r\nstray line\r\n";
            // No place to cut: a CR inside the line, and a line folded onto BEGIN:VCARD.
            all += "BEGIN:VCARD\r.x\r\nFN:Not a line BEGIN:VCARD\r\nEND:VCARD\r\n";
            all += "BEGIN:VCARD\r\n\tX\r\nFN:Folded onto BEGIN\r\nEND:VCARD\r\n";
        }
    }
    all.replace("\xEF\xBB\xBF", ""); // the BOM of the Apple file, now inside
    const VCardFile one = readVCards(all, 1);
    REQUIRE(one.contacts.size() > 30);
    REQUIRE(one.problems.size() > 10);
    for (int threads : {2, 3, 5, 16}) {
        INFO(threads << " threads");
        const VCardFile many = readVCards(all, threads);
        REQUIRE(many.contacts.size() == one.contacts.size());
        for (size_t i = 0; i < one.contacts.size(); ++i) {
            CHECK(many.contacts[i].line == one.contacts[i].line);
            CHECK(dump(many.contacts[i]).toStdString() == dump(one.contacts[i]).toStdString());
        }
        REQUIRE(many.problems.size() == one.problems.size());
        for (size_t i = 0; i < one.problems.size(); ++i) {
            CHECK(many.problems[i].line == one.problems[i].line);
            CHECK(many.problems[i].message == one.problems[i].message);
        }
    }
}

TEST_CASE(
    "A quoted TYPE that spells encoding=quoted-printable does not make a line quoted-printable",
    "[vcard]")
{
    // Found by the fuzzer: the writer quotes such a type and may fold right after "PREF=", and
    // the reader took the quoted text for the encoding and joined " 1:..." onto "PREF=" as a soft
    // line break, reading the type "pref 1" and no preference.
    const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jo\r\n"
                             "URL;TYPE=\"x;encoding=quoted-printable:y\";PREF=\r\n"
                             " 1:http://www.example.org=\r\n"
                             "END:VCARD\r\n";
    const VCardFile file = readVCards(bytes);
    REQUIRE(file.problems.empty());
    REQUIRE(file.contacts.size() == 1);
    REQUIRE(file.contacts[0].urls.size() == 1);
    const VCardValue &url = file.contacts[0].urls[0];
    CHECK(url.value == u"http://www.example.org=");
    CHECK(url.preferred);
    CHECK_FALSE(url.types.contains(QStringLiteral("pref 1")));
}
