// libFuzzer target for the vCard reader and writer (core/io/vcard.h): any bytes are read; what
// was read is written as 4.0 and read again. The sanitizers catch memory and undefined-behaviour
// errors; the checks below catch broken promises (every card is a contact or a problem, lines in
// order and inside the file, every contact has a name, and the writer's output reads back as the
// same contacts without a problem).
#include "core/io/vcard.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rapport::io;

namespace {

// A broken promise stops the run like a crash, naming the line of the promise.
#define check(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "fuzz_vcard.cpp:%d: %s does not hold\n", __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)

// Everything the reader keeps but the line and the version. A carriage return alone in a value
// (possible in a file, impossible to write in a vCard) comes back as a line break.
QString dump(const VCardContact &c)
{
    QStringList out{c.kind,
                    c.uid,
                    vCardDisplayName(c),
                    c.familyName,
                    c.givenName,
                    c.additionalNames,
                    c.prefixes,
                    c.suffixes,
                    c.organisation,
                    c.unit,
                    c.title,
                    c.birthday.toString(Qt::ISODate),
                    c.categories.join(u'\x1F'),
                    c.note};
    const auto values = [&out](char16_t kind, const std::vector<VCardValue> &list) {
        for (const VCardValue &v : list)
            out.append(QChar(kind) + v.types.join(u'\x1F') + u'\x1E' + v.value
                       + (v.preferred ? u"*" : u""));
    };
    values(u't', c.phones);
    values(u'e', c.emails);
    values(u'u', c.urls);
    for (const VCardAddress &a : c.addresses)
        out.append(QStringList{a.types.join(u'\x1F'),
                               a.poBox,
                               a.extended,
                               a.street,
                               a.locality,
                               a.region,
                               a.postalCode,
                               a.country,
                               a.preferred ? QStringLiteral("*") : QString()}
                       .join(u'\x1E'));
    QString text = out.join(u'\x1D');
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const VCardFile file = readVCards(bytes);

    const qint64 lines = bytes.count('\n') + bytes.count('\r') + 1; // a generous bound
    qint64 previous = 0;
    for (const VCardContact &c : file.contacts) {
        check(c.line > previous && c.line <= lines);
        previous = c.line;
        check(!vCardDisplayName(c).isEmpty()); // a card without a name is a problem instead
    }
    check(!file.contacts.empty() || !file.problems.empty()); // something is said about any file
    for (const VCardProblem &p : file.problems) {
        check(p.line >= 1 && p.line <= lines);
        check(!p.message.isEmpty());
    }

    const QByteArray written = writeVCards(file.contacts);
    const VCardFile back = readVCards(written);
    if (file.contacts.empty()) {
        check(written.isEmpty());
        return 0;
    }
    check(back.problems.empty());
    check(back.contacts.size() == file.contacts.size());
    for (std::size_t i = 0; i < file.contacts.size(); ++i) {
        check(back.contacts[i].version == u"4.0");
        check(dump(back.contacts[i]) == dump(file.contacts[i]));
    }
    // Folded at 75 octets, never inside a UTF-8 sequence.
    for (QByteArrayView line : QByteArray(written).split('\n'))
        check(line.size() <= 76 && QString::fromUtf8(line).toUtf8() == line);
    return 0;
}
