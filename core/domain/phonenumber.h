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

    // The number in E.164, or a Validation error naming `field` when it is not a valid number.
    Result<QString> toE164(const QString &text,
                           const QString &field = QStringLiteral("phone")) const;
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
