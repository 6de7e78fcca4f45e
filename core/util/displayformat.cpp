#include "core/util/displayformat.h"

#include <cmath>

namespace rapport::display {

namespace {

// Qt's short formats differ in what they carry: the C locale's time has seconds, English dates
// have a two-digit year. Both are normalised here.
QString withoutSeconds(QString format)
{
    // "HH:mm:ss" -> "HH:mm", "h:mm:ss AP" -> "h:mm AP"
    static const QLatin1String seconds[] = {QLatin1String(":ss"), QLatin1String(".ss")};
    for (const QLatin1String &s : seconds)
        format.remove(s);
    return format;
}

QString withFullYear(QString format)
{
    if (format.contains(QLatin1String("yyyy")))
        return format;
    format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

int autoDecimals(double percentValue)
{
    const double magnitude = std::fabs(percentValue);
    if (magnitude >= 10.0 || magnitude == 0.0)
        return 0;
    if (magnitude >= 1.0)
        return 1;
    return 2;
}

} // namespace

QString count(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

QString percent(double fraction, int decimals, const QLocale &locale)
{
    if (!std::isfinite(fraction))
        return QStringLiteral("–");
    const double value = fraction * 100.0;
    const int places = decimals >= 0 ? decimals : autoDecimals(value);
    if (decimals < 0 && value != 0.0 && std::fabs(value) < 0.01)
        return QStringLiteral("<") + locale.toString(0.01, 'f', 2) + locale.percent();
    QString text = locale.toString(value, 'f', places);
    // -0 reads oddly: a value that rounds to zero is zero.
    if (text.startsWith(locale.negativeSign()) && locale.toDouble(text) == 0.0)
        text.remove(0, locale.negativeSign().size());
    return text + locale.percent();
}

QString signedPercent(double fraction, const QLocale &locale)
{
    const QString magnitude = percent(std::fabs(fraction), -1, locale);
    if (magnitude == percent(0.0, 0, locale) || !std::isfinite(fraction))
        return magnitude;
    return (fraction < 0 ? QStringLiteral("−") : locale.positiveSign()) + magnitude;
}

QString decimal(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString dateFormat(const QLocale &locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString date(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, dateFormat(locale)) : QString();
}

QString timeFormat(const QLocale &locale)
{
    return withoutSeconds(locale.timeFormat(QLocale::ShortFormat));
}

QString time(const QTime &t, const QLocale &locale)
{
    return t.isValid() ? locale.toString(t, timeFormat(locale)) : QString();
}

QString dateTime(const QDateTime &at, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return date(local.date(), locale) + QLatin1Char(' ') + time(local.time(), locale);
}

} // namespace rapport::display
