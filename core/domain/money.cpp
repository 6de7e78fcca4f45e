#include "core/domain/money.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <limits>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct MoneyTexts
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

Error invalid(const QString &message, const QString &field)
{
    return Error(Error::Kind::Validation, message, field);
}

Error tooLarge(const QString &field)
{
    return invalid(MoneyTexts::tr("The amount is too large."), field);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

int Money::decimals(QStringView currency)
{
    // ISO 4217 minor units that differ from 2; everything else has cents.
    static constexpr const char *none[] = {"BIF",
                                           "CLP",
                                           "DJF",
                                           "GNF",
                                           "ISK",
                                           "JPY",
                                           "KMF",
                                           "KRW",
                                           "PYG",
                                           "RWF",
                                           "UGX",
                                           "UYI",
                                           "VND",
                                           "VUV",
                                           "XAF",
                                           "XOF",
                                           "XPF"};
    static constexpr const char *three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    static constexpr const char *four[] = {"CLF", "UYW"};
    for (const char *code : none) {
        if (currency == QLatin1String(code))
            return 0;
    }
    for (const char *code : three) {
        if (currency == QLatin1String(code))
            return 3;
    }
    for (const char *code : four) {
        if (currency == QLatin1String(code))
            return 4;
    }
    return 2;
}

bool Money::isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

Status Money::validateCurrency(const QString &code, const QString &field)
{
    if (code.isEmpty())
        return invalid(MoneyTexts::tr("The currency is missing."), field);
    if (!isCurrencyCode(code))
        return invalid(MoneyTexts::tr(
                           "\"%1\" is not a currency code; use three capital letters such as EUR.")
                           .arg(code.left(10)),
                       field);
    return {};
}

Status Money::validate(const QString &field) const
{
    return validateCurrency(currency, field);
}

Result<qint64> Money::parseMinor(QStringView text, int decimals, const QString &field)
{
    Q_ASSERT(decimals >= 0 && decimals <= 4);
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return invalid(MoneyTexts::tr("The amount is empty."), field);
    const QString shown = t.left(30).toString();
    bool negative = false;
    if (t.front() == QLatin1Char('-') || t.front() == QLatin1Char('+')) {
        negative = t.front() == QLatin1Char('-');
        t = t.mid(1);
    }
    // The magnitude is gathered unsigned so that the most negative amount still fits.
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    quint64 magnitude = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    const auto push = [&](unsigned digit) {
        if (magnitude > (limit - digit) / 10)
            return false;
        magnitude = magnitude * 10 + digit;
        return true;
    };
    for (QChar c : t) {
        if (c == QLatin1Char('.')) {
            if (seenPoint)
                return invalid(MoneyTexts::tr("\"%1\" is not an amount.").arg(shown), field);
            seenPoint = true;
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('\''))
            return invalid(MoneyTexts::tr(
                               "\"%1\" is not an amount: write it without thousands separators and "
                               "with a point before the decimals, such as 1234.56.")
                               .arg(shown),
                           field);
        if (!isAsciiDigit(c))
            return invalid(MoneyTexts::tr("\"%1\" is not an amount.").arg(shown), field);
        seenDigit = true;
        const unsigned digit = c.unicode() - u'0';
        if (seenPoint) {
            if (fractionDigits == decimals) {
                // Trailing zeros are harmless; anything else would need rounding.
                if (digit != 0)
                    return invalid(decimals == 0
                                       ? MoneyTexts::tr(
                                             "\"%1\" has decimals, but the currency has none.")
                                             .arg(shown)
                                       : MoneyTexts::tr("\"%1\" has more than %2 decimals.")
                                             .arg(shown)
                                             .arg(decimals),
                                   field);
                continue;
            }
            ++fractionDigits;
        }
        if (!push(digit))
            return tooLarge(field);
    }
    if (!seenDigit)
        return invalid(MoneyTexts::tr("\"%1\" is not an amount.").arg(shown), field);
    for (; fractionDigits < decimals; ++fractionDigits) {
        if (!push(0))
            return tooLarge(field);
    }
    if (!negative)
        return qint64(magnitude);
    return magnitude == 0 ? qint64(0) : -qint64(magnitude - 1) - 1;
}

Result<qint64> Money::parseMinor(QStringView text,
                                 int decimals,
                                 const QLocale &locale,
                                 const QString &field)
{
    // Rewrites the locale's number into the plain form: the decimal point becomes '.', group
    // separators go, but only between groups of exactly three digits, so that "12,5" typed in
    // English is refused rather than read as 125.
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QString minus = locale.negativeSign();
    const bool spaceGroups = group.size() == 1 && group.front().isSpace();
    const QStringView t = text.trimmed();
    const QString shown = t.left(30).toString();
    const auto refuse = [&] {
        return invalid(MoneyTexts::tr("\"%1\" is not an amount.").arg(shown), field);
    };
    QString plain;
    bool afterPoint = false;
    int groupDigits = -1; // digits since the last group separator; -1 before the first one
    for (qsizetype i = 0; i < t.size();) {
        const QStringView rest = t.mid(i);
        const QChar c = t.at(i);
        if (!afterPoint && !point.isEmpty() && rest.startsWith(point)) {
            if (groupDigits >= 0 && groupDigits != 3)
                return refuse();
            plain += QLatin1Char('.');
            afterPoint = true;
            i += point.size();
        } else if (!group.isEmpty() && (rest.startsWith(group) || (spaceGroups && c.isSpace()))) {
            if (afterPoint || plain.isEmpty() || !isAsciiDigit(plain.back())
                || (groupDigits >= 0 && groupDigits != 3))
                return refuse();
            groupDigits = 0;
            i += rest.startsWith(group) ? group.size() : 1;
        } else if (i == 0 && !minus.isEmpty() && rest.startsWith(minus)) {
            plain += QLatin1Char('-');
            i += minus.size();
        } else {
            if (isAsciiDigit(c) && !afterPoint && groupDigits >= 0)
                ++groupDigits;
            plain += c;
            ++i;
        }
    }
    if (!afterPoint && groupDigits >= 0 && groupDigits != 3)
        return refuse();
    return parseMinor(plain, decimals, field);
}

Result<Money> Money::parse(QStringView text, const QString &currency, const QString &field)
{
    if (Status s = validateCurrency(currency); !s)
        return s.error();
    Result<qint64> minor = parseMinor(text, decimals(currency), field);
    if (!minor)
        return minor.error();
    return Money{*minor, currency};
}

QString Money::formatMinor(qint64 minor, int decimals, const QLocale &locale)
{
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = locale.toString(magnitude / scale);
    if (decimals > 0) {
        // The fraction in the locale's digits, zero-padded, never grouped.
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        QString fraction = plain.toString(magnitude % scale);
        const QString zero = locale.zeroDigit();
        while (fraction.size() < decimals * zero.size())
            fraction.prepend(zero);
        text += locale.decimalPoint() + fraction;
    }
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString Money::format(const QLocale &locale) const
{
    return formatMinor(minor, decimals(currency), locale) + QLatin1Char(' ') + currency;
}

Result<qint64> multiplyMinor(qint64 minor, qint64 quantity, const QString &field)
{
    qint64 product = 0;
    if (qMulOverflow(minor, quantity, &product))
        return tooLarge(field);
    return product;
}

Result<qint64> addMinor(qint64 a, qint64 b, const QString &field)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return tooLarge(field);
    return sum;
}

} // namespace rapport
