#pragma once

#include "core/util/result.h"

#include <QString>

namespace rapport {

// Phone numbers are stored in E.164 (+4930123456) and parsed with libphonenumber, so a number
// typed in any national or international form is understood in the configured default region
// (ISO 3166-1 alpha-2, e.g. "DE"). Parsing is thread-safe.
class PhoneNormalizer final
{
public:
    explicit PhoneNormalizer(QString defaultRegion = QStringLiteral("DE"));

    const QString &defaultRegion() const { return m_region; }
    // The normaliser for a customer whose address is in `country` (alpha-2): numbers are read in
    // that country when libphonenumber knows it, else in this normaliser's region.
    PhoneNormalizer forCountry(const QString &country) const;
    // True when libphonenumber knows the region code.
    static bool isKnownRegion(const QString &region);

    // How sure a number must be. Valid: a number libphonenumber's metadata knows as in use (what
    // a user typing a number gets checked against). Possible: a number with a country code and
    // a length that country's numbers can have, valid or not: imports take those, because
    // address books hold numbers in ranges newer than the metadata, and rejecting the whole
    // customer for it would lose more than it protects.
    enum class Check { Valid, Possible };

    // The number in E.164, or a Validation error naming `field` when it is not a valid (or, with
    // Check::Possible, not a possible) number.
    Result<QString> toE164(const QString &text,
                           const QString &field = QStringLiteral("phone"),
                           Check check = Check::Valid) const;
    // The number written the international way for display ("+49 30 1234567").
    QString formatInternational(const QString &e164) const;

private:
    QString m_region;
};

// The phone search key: the digits of `text` in reverse order, so that a suffix of the number
// (the last digits a caller reads out) becomes a prefix that an index range can find.
QString phoneKey(QStringView text);
// The digits of `text` only.
QString digitsOf(QStringView text);

} // namespace rapport
