#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace rapport::display {

// One way to write every number, percentage, date and time the user reads, in the default
// QLocale (the user's): the list, the 360° view, the editor, the dashboards and their exports
// all call these, so German reads "65,9 %" and "30.05.2025" everywhere and English "65.9%" and
// "5/30/2025". Times never show seconds. Machine formats (CSV, JSON) are not made here.

// "10,514" / "10.514"
QString count(qint64 n, const QLocale &locale = QLocale());

// A fraction (0.659) as a percentage with a precision that suits its size: whole percent from
// 10% up, one decimal from 1%, two below, "<0.01%" for a tiny non-zero share. `decimals` >= 0
// forces a precision.
QString percent(double fraction, int decimals = -1, const QLocale &locale = QLocale());
// A change (+0.69 -> "+69%", -0.981 -> "−98%"), always signed, same precision rules.
QString signedPercent(double fraction, const QLocale &locale = QLocale());

// A plain decimal with `decimals` places ("2,107.03").
QString decimal(double value, int decimals, const QLocale &locale = QLocale());

// The locale's short date with a four-digit year: "5/30/2025", "30.05.2025".
QString dateFormat(const QLocale &locale = QLocale());
QString date(const QDate &day, const QLocale &locale = QLocale());
// The locale's short time without seconds: "6:02 AM", "06:02".
QString timeFormat(const QLocale &locale = QLocale());
QString time(const QTime &t, const QLocale &locale = QLocale());
// Date and time (shown in local time): "30.05.2025 06:02".
QString dateTime(const QDateTime &at, const QLocale &locale = QLocale());

} // namespace rapport::display
