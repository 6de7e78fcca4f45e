#pragma once

// vCard (2.1, 3.0 and 4.0; RFC 2426, RFC 6350): reading address books and writing 4.0.
// Interface agreed for issue 12; vcardreader.cpp reads, vcardwriter.cpp writes.

#include "core/util/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace rapport::io {

// A typed value: TEL, EMAIL, URL. `types` lower case, as given ("work", "home", "cell", "voice",
// "pref", "internet"...), from TYPE= parameters, 2.1's bare parameters and 4.0's PREF.
struct VCardValue
{
    QStringList types;
    QString value; // a tel: URI's number without "tel:"; e-mail as written
    bool preferred = false;
};

struct VCardAddress
{
    QStringList types;
    QString poBox, extended, street, locality, region, postalCode, country; // ADR's seven parts
    bool preferred = false;
};

// One contact as the file holds it (unknown properties ignored).
struct VCardContact
{
    qint64 line = 0; // the BEGIN:VCARD line (1-based, physical)
    QString version; // "2.1", "3.0", "4.0"; empty when the card has no VERSION line
    QString kind;    // KIND (4.0: "individual", "org"...), "org" for Apple's X-ABShowAs:COMPANY
    QString uid;
    QString formattedName;                                              // FN
    QString familyName, givenName, additionalNames, prefixes, suffixes; // N
    QString organisation, unit; // ORG: name;unit(s joined by ", ")
    QString title;              // TITLE
    QDate birthday;             // BDAY (date forms only)
    QStringList categories;     // CATEGORIES
    QString note;               // NOTE
    std::vector<VCardValue> phones, emails, urls;
    std::vector<VCardAddress> addresses;
};

// The name to show for a contact: FN, else N's given and family names, else ORG, else the first
// e-mail. The writer fills an empty FN with it (4.0 requires FN); importers name customers with it.
QString vCardDisplayName(const VCardContact &contact);

// A problem met while reading: where (1-based line) and what, in one sentence.
struct VCardProblem
{
    qint64 line = 0;
    QString message;
};

struct VCardFile
{
    std::vector<VCardContact> contacts;
    std::vector<VCardProblem> problems; // damaged records: reported, never silently dropped
};

// Reads raw file bytes: line folding (all versions), QUOTED-PRINTABLE with soft line breaks,
// CHARSET= (UTF-8, ISO-8859-1, Windows-1252...) and ENCODING=B/BASE64 skipped for binary
// (PHOTO), item groups (item1.EMAIL), escaped \, \; \n. A record without END:VCARD or without
// any name is a problem at its line; reading goes on. Every BEGIN:VCARD yields either a contact or
// a problem (a damaged record is not among the contacts); lines outside any card, an empty file
// and a file without any card are problems too. Values in no declared charset are read as UTF-8,
// or as Windows-1252 where they are not valid UTF-8 (ISO-8859-1 is read as Windows-1252 too).
VCardFile readVCards(QByteArrayView bytes);

// Writes contacts as vCard 4.0 (CRLF, lines folded at 75 octets, values escaped), in order.
QByteArray writeVCards(const std::vector<VCardContact> &contacts);

} // namespace rapport::io
