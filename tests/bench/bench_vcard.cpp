// Reading and writing vCard address books of 100,000 contacts: a 4.0 file as Rapport's export
// writes it, and a 2.1 file as old phones and Outlook write them (quoted-printable with soft line
// breaks, CHARSET=, bare type parameters).
#include "bench.h"

#include "core/io/vcard.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace rapport;
using namespace rapport::io;

namespace {

const char16_t *const kGiven[] = {u"Anna",
                                  u"Jürgen",
                                  u"Françoise",
                                  u"Zoë",
                                  u"Mohammed",
                                  u"Øyvind",
                                  u"Siobhán",
                                  u"José",
                                  u"Li",
                                  u"Małgorzata"};
const char16_t *const kFamily[] = {u"Müller",
                                   u"Dupré",
                                   u"Smith",
                                   u"García",
                                   u"Nowak",
                                   u"O'Brien",
                                   u"Rossi",
                                   u"Kowalski",
                                   u"Nguyen",
                                   u"Sørensen"};
const char16_t *const kCity[] = {u"Köln", u"Paris", u"London", u"Kraków", u"Zürich", u"Dublin"};

std::vector<VCardContact> contacts(int count)
{
    QRandomGenerator random(7);
    std::vector<VCardContact> out;
    out.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        VCardContact c;
        c.givenName = QString::fromUtf16(kGiven[random.bounded(10)]);
        c.familyName = QString::fromUtf16(kFamily[random.bounded(10)]);
        c.formattedName = c.givenName + u' ' + c.familyName;
        c.uid = QStringLiteral("urn:uuid:%1").arg(i);
        c.organisation = QStringLiteral("Firma %1 GmbH").arg(random.bounded(5000));
        c.title = QStringLiteral("Einkauf");
        c.birthday = QDate(1950 + random.bounded(50),
                           1 + random.bounded(12),
                           1 + random.bounded(28));
        c.phones.push_back({{QStringLiteral("work"), QStringLiteral("voice")},
                            QStringLiteral("+49-30-%1").arg(1000000 + i),
                            true});
        c.phones.push_back(
            {{QStringLiteral("cell")}, QStringLiteral("+49 171 %1").arg(2000000 + i), false});
        c.emails.push_back(
            {{QStringLiteral("work")}, QStringLiteral("person%1@example.com").arg(i), true});
        c.addresses.push_back({{QStringLiteral("work")},
                               {},
                               {},
                               QStringLiteral("Hauptstraße %1").arg(1 + i % 200),
                               QString::fromUtf16(kCity[random.bounded(6)]),
                               {},
                               QStringLiteral("%1").arg(10000 + i % 90000),
                               QStringLiteral("Deutschland"),
                               false});
        c.categories = {QStringLiteral("Kunde"), QStringLiteral("Newsletter")};
        if (i % 4 == 0)
            c.note = QStringLiteral("Rückruf vereinbart; bevorzugt E-Mail, spricht Deutsch und "
                                    "Französisch, Ansprechpartner für Rahmenverträge.");
        out.push_back(std::move(c));
    }
    return out;
}

// The same people as an old phone's 2.1 export: UTF-8 quoted-printable, bare parameters.
QByteArray version21(const std::vector<VCardContact> &list)
{
    const auto qp = [](const QString &text) {
        QByteArray out;
        int column = 0;
        for (char ch : text.toUtf8()) {
            const auto b = static_cast<unsigned char>(ch);
            if (column > 66) {
                out += "=\r\n";
                column = 0;
            }
            if (b >= 0x80 || b == '=') {
                out += '=' + QByteArray::number(b, 16).toUpper();
                column += 3;
            } else {
                out += ch;
                ++column;
            }
        }
        return out;
    };
    QByteArray out;
    for (const VCardContact &c : list) {
        out += "BEGIN:VCARD\r\nVERSION:2.1\r\n";
        out += "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp(c.familyName + u';' + c.givenName)
               + ";;;\r\n";
        out += "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp(c.formattedName) + "\r\n";
        out += "TEL;WORK;VOICE;PREF:" + c.phones[0].value.toUtf8() + "\r\n";
        out += "TEL;CELL:" + c.phones[1].value.toUtf8() + "\r\n";
        out += "EMAIL;INTERNET:" + c.emails[0].value.toUtf8() + "\r\n";
        const VCardAddress &a = c.addresses[0];
        out += "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;"
               + qp(a.street + u';' + a.locality + u";;" + a.postalCode + u';' + a.country)
               + "\r\n";
        if (!c.note.isEmpty())
            out += "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp(c.note) + "\r\n";
        out += "END:VCARD\r\n";
    }
    return out;
}

// The best of three runs of `work`, in milliseconds.
template<typename Work>
double bestOf3(Work work)
{
    double best = 1e12;
    for (int run = 0; run < 3; ++run) {
        const qint64 start = bench::nowNs();
        work();
        best = std::min(best, bench::msSince(start));
    }
    return best;
}

// The best of three reads of `bytes`, in milliseconds; the contacts are freed outside the clock
// (an import keeps them while it works).
double bestRead(const QByteArray &bytes, size_t &contacts)
{
    double best = 1e12;
    for (int run = 0; run < 3; ++run) {
        VCardFile file;
        const qint64 start = bench::nowNs();
        file = readVCards(bytes);
        best = std::min(best, bench::msSince(start));
        contacts = file.contacts.size();
    }
    return best;
}

} // namespace

RAPPORT_BENCH("vcard")
{
    const int count = ctx.quick ? 10'000 : 100'000;
    const std::vector<VCardContact> people = contacts(count);

    QByteArray v40;
    ctx.report(QStringLiteral("vcard.write_4.0_ms"),
               bestOf3([&] { v40 = writeVCards(people); }),
               QStringLiteral("ms"));
    ctx.report(QStringLiteral("vcard.file_4.0_mb"), double(v40.size()) / 1e6, QStringLiteral("MB"));
    size_t read = 0;
    ctx.report(QStringLiteral("vcard.read_4.0_ms"), bestRead(v40, read), QStringLiteral("ms"));
    ctx.report(QStringLiteral("vcard.read_4.0_contacts"), double(read), QStringLiteral("contacts"));

    const QByteArray v21 = version21(people);
    ctx.report(QStringLiteral("vcard.file_2.1_mb"), double(v21.size()) / 1e6, QStringLiteral("MB"));
    ctx.report(QStringLiteral("vcard.read_2.1_ms"), bestRead(v21, read), QStringLiteral("ms"));
    ctx.report(QStringLiteral("vcard.read_2.1_contacts"), double(read), QStringLiteral("contacts"));
}
