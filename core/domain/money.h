#pragma once

#include "core/util/result.h"

#include <QLocale>
#include <QString>

namespace rapport {

// An amount of money: an integer count of the currency's minor units (cents for EUR, yen for
// JPY) and its ISO 4217 code. Never a float, so sums are exact and 0.1 + 0.2 is 0.3.
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217: three upper-case letters

    friend bool operator==(const Money &, const Money &) = default;

    // The currency's minor-unit exponent: 2 for most, 0 for JPY or KRW, 3 for KWD or TND.
    static int decimals(QStringView currency);
    // Three upper-case ASCII letters. The code is not checked against the ISO list: a new
    // currency must not need a new Rapport.
    static bool isCurrencyCode(QStringView code);
    static Status validateCurrency(const QString &code,
                                   const QString &field = QStringLiteral("currency"));

    // Parses a plain decimal ("1234.5", "-0.01", "+12") into minor units with `decimals` places,
    // exactly, without floating point. Refuses group separators ("1,234.56"), a comma as the
    // decimal point, more decimals than the currency has (unless they are zeros) and amounts
    // that do not fit 64 bits. Meant for files and the command line.
    static Result<qint64> parseMinor(QStringView text,
                                     int decimals,
                                     const QString &field = QStringLiteral("amount"));
    // The same for text a user typed in `locale`: its decimal point, its group separator between
    // groups of three digits ("1.234,56" in German) and its minus sign are understood.
    static Result<qint64> parseMinor(QStringView text,
                                     int decimals,
                                     const QLocale &locale,
                                     const QString &field = QStringLiteral("amount"));
    static Result<Money> parse(QStringView text,
                               const QString &currency,
                               const QString &field = QStringLiteral("amount"));

    // "1,234.50" in English, "1.234,50" in German: the amount without the currency.
    static QString formatMinor(qint64 minor, int decimals, const QLocale &locale = QLocale());
    // "1,234.50 EUR": the amount in the locale's digits and separators, then the code.
    QString format(const QLocale &locale = QLocale()) const;

    // The first rule the amount breaks (the currency code), as an Error naming `field`.
    Status validate(const QString &field = QStringLiteral("currency")) const;
};

// minor * quantity and a + b, or an Error naming `field` when the result does not fit 64 bits.
Result<qint64> multiplyMinor(qint64 minor,
                             qint64 quantity,
                             const QString &field = QStringLiteral("amount"));
Result<qint64> addMinor(qint64 a, qint64 b, const QString &field = QStringLiteral("amount"));

} // namespace rapport
