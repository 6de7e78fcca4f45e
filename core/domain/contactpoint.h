#pragma once

#include "core/util/result.h"

#include <QString>

#include <array>

namespace rapport {

class Countries;
class PhoneNormalizer;

enum class ContactKind { Phone = 0, Email = 1, Postal = 2, Web = 3 };
inline constexpr std::array<const char *, 4> contactKindKeys{"phone", "email", "postal", "web"};

enum class ContactLabel { Work = 0, Home = 1, Mobile = 2, Other = 3 };
inline constexpr std::array<const char *, 4> contactLabelKeys{"work", "home", "mobile", "other"};

QString contactKindName(ContactKind kind);
// The kind as a noun inside a sentence ("Add phone number to …"), spelt as each language does.
QString contactKindNoun(ContactKind kind);
QString contactLabelName(ContactLabel label);

struct PostalAddress
{
    QString street;
    QString postalCode;
    QString city;
    QString region;
    QString country; // ISO 3166-1 alpha-2

    // The address on one line: "Hauptstraße 5, 10115 Berlin, DE".
    QString oneLine() const;
    // The same for people to read, the country by its name: "Hauptstraße 5, 10115 Berlin,
    // Deutschland".
    QString oneLine(const Countries &names) const;
};

// One way to reach a customer. `value` holds the normalised form: E.164 for phones, the
// lower-cased address for e-mail, the URL for web, the one-line address for postal.
struct ContactPoint
{
    qint64 id = 0;
    qint64 customerId = 0;
    ContactKind kind = ContactKind::Phone;
    ContactLabel label = ContactLabel::Work;
    QString value;
    PostalAddress address; // postal only
    bool primary = false;
    int version = 0;

    // Builders that normalise what a user typed and refuse what cannot be right.
    static Result<ContactPoint> phone(const QString &text,
                                      ContactLabel label,
                                      const PhoneNormalizer &normalizer);
    static Result<ContactPoint> email(const QString &text, ContactLabel label);
    static Result<ContactPoint> web(const QString &text, ContactLabel label);
    // The country may be given as a code or a name (read by Countries::forUser()) and is stored
    // as its alpha-2 code; a text that names no country is refused, never cut short.
    static Result<ContactPoint> postal(PostalAddress address, ContactLabel label);
    // The same with the country read by `countries` (an import holds its list once: looking up
    // the user's list costs more than the rest of an address).
    static Result<ContactPoint> postal(PostalAddress address,
                                       ContactLabel label,
                                       const Countries &countries);

    // The search key for phones (digits reversed); empty for other kinds.
    QString phoneKey() const;
    Status validate() const;
};

// Normalises an e-mail address (trimmed, lower case) or says why it is not one.
Result<QString> normalizeEmail(const QString &text, const QString &field = QStringLiteral("email"));

} // namespace rapport
