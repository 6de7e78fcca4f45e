#pragma once

// What one cell tells about the way a file writes dates and numbers: the evidence
// detectCsvDialect() weighs. Internal to core/io (csvvalues.cpp); callers use parseDate() and
// parseNumber() from csvreader.h.

#include "core/io/csvreader.h"

#include <QStringView>

namespace rapport::io::detail {

enum class DateHint {
    None,            // not a date
    Iso,             // 2024-03-07
    DayFirst,        // 13.03.2024: the first part is above 12
    MonthFirst,      // 03/13/2024: the second part is above 12
    Ambiguous,       // 03/07/2024: either way
    AmbiguousDotted, // 03.07.2024: either way, but dots are written day-first
};
DateHint dateHint(QStringView text);

// Point or Comma when the cell is a number that shows its decimal mark (1.5, 1,234.50, 12,5,
// 1.234.567), Unknown when it is not a number or does not tell (12, 1,234).
DecimalMark decimalHint(QStringView text);

} // namespace rapport::io::detail
