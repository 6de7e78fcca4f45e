#include "core/io/csvvalues.h"

#include <QDate>

#include <charconv>
#include <string>

// Dates and numbers as people type them into spreadsheets: the same text can mean different
// values (03/07/2024 is 3 July or 7 March, 1,234 is a thousand or one), so the file's dialect
// decides, and a value that contradicts it is refused rather than guessed.

namespace rapport::io {
namespace {

// A date split into its three digit groups, as written: "07.03.2024" -> 7, 3, 2024.
struct DateParts
{
    int first = 0, second = 0, third = 0;
    int firstDigits = 0, thirdDigits = 0;
    char16_t separator = 0;
};

// Reads up to `maxDigits` digits at `i`; the count read, 0 if none.
int readNumber(QStringView text, qsizetype &i, int maxDigits, int &value)
{
    int digits = 0;
    value = 0;
    while (i < text.size() && digits < maxDigits && text[i] >= u'0' && text[i] <= u'9') {
        value = value * 10 + (text[i].unicode() - u'0');
        ++i;
        ++digits;
    }
    return digits;
}

std::optional<DateParts> splitDate(QStringView text)
{
    text = text.trimmed();
    DateParts parts;
    qsizetype i = 0;
    int secondDigits = 0;
    parts.firstDigits = readNumber(text, i, 4, parts.first);
    if (parts.firstDigits == 0 || parts.firstDigits == 3 || i >= text.size())
        return std::nullopt;
    parts.separator = text[i].unicode();
    if (parts.separator != u'-' && parts.separator != u'/' && parts.separator != u'.')
        return std::nullopt;
    ++i;
    secondDigits = readNumber(text, i, 2, parts.second);
    if (secondDigits == 0 || i >= text.size() || text[i] != QChar(parts.separator))
        return std::nullopt;
    ++i;
    parts.thirdDigits = readNumber(text, i, 4, parts.third);
    if (parts.thirdDigits == 0 || parts.thirdDigits == 3)
        return std::nullopt;
    // A time may follow ("2024-03-07T10:15", "07.03.2024 10:15"); anything else may not.
    if (i < text.size()) {
        const QChar after = text[i];
        if ((after != u'T' && after != u' ') || i + 1 >= text.size() || !text[i + 1].isDigit())
            return std::nullopt;
    }
    const bool iso = parts.firstDigits == 4 && parts.thirdDigits <= 2;
    const bool yearLast = parts.firstDigits <= 2
                          && (parts.thirdDigits == 2 || parts.thirdDigits == 4);
    if (!iso && !yearLast)
        return std::nullopt;
    return parts;
}

// A two-digit year read as the one closest to now that is at most ten years ahead: in 2026,
// "24" is 2024, "36" 2036 and "37" 1937 (birthdays and purchases lie in the past).
int fullYear(int twoDigits)
{
    const int now = QDate::currentDate().year();
    int year = now / 100 * 100 + twoDigits;
    if (year > now + 10)
        year -= 100;
    else if (year <= now - 90)
        year += 100;
    return year;
}

std::optional<QDate> validDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool isSpace(QChar c)
{
    // Spaces, no-break spaces (U+00A0, the narrow U+202F of French numbers, the thin U+2009) and
    // the Swiss apostrophe group numbers; they carry nothing.
    return c.isSpace() || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\''
           || c == u'\u2019';
}

bool isCurrency(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

// A three-letter code such as EUR or CHF at the start or end of a cell.
bool isCurrencyCode(QStringView text)
{
    if (text.size() != 3)
        return false;
    for (QChar c : text)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

// The cell reduced to its sign and its digits and marks: " -1.234,50 € " -> "-" and
// "1.234,50". False when anything else is left.
bool numberCore(QStringView text, bool &negative, std::string &core)
{
    text = text.trimmed();
    negative = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) { // accountants' negative
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.size() > 3 && isCurrencyCode(text.left(3)))
        text = text.mid(3);
    else if (text.size() > 3 && isCurrencyCode(text.right(3)))
        text.chop(3);
    core.clear();
    bool signSeen = false, digitSeen = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            core.push_back(static_cast<char>(c.unicode()));
            digitSeen = true;
        } else if (c == u'.' || c == u',') {
            core.push_back(static_cast<char>(c.unicode()));
        } else if (c == u'-' || c == u'\u2212' || c == u'+') {
            // A sign before the digits, or a minus after them (1234-, as some ledgers print).
            const bool leading = !digitSeen && core.empty();
            const bool trailing = digitSeen && c != u'+';
            if (signSeen || (!leading && !trailing))
                return false;
            if (trailing) {
                for (qsizetype j = i + 1; j < text.size(); ++j)
                    if (!isSpace(text[j]) && !isCurrency(text[j]))
                        return false;
            }
            signSeen = true;
            negative = negative != (c != u'+');
        } else if (!isSpace(c) && !isCurrency(c)) {
            return false;
        }
    }
    return digitSeen;
}

// Which mark a number shows as its decimal mark when the file does not say: both marks present,
// the last is the decimal one; one mark once, it is decimal unless exactly three digits follow a
// comma (1,234 is a thousand); one mark repeated groups thousands.
DecimalMark markOf(const std::string &core, bool &decides)
{
    const auto point = core.find('.'), comma = core.find(',');
    decides = true;
    if (point != std::string::npos && comma != std::string::npos)
        return core.rfind('.') > core.rfind(',') ? DecimalMark::Point : DecimalMark::Comma;
    if (point == std::string::npos && comma == std::string::npos) {
        decides = false;
        return DecimalMark::Point;
    }
    const char mark = point != std::string::npos ? '.' : ',';
    const auto first = core.find(mark);
    if (core.rfind(mark) != first) // repeated: groups
        return mark == '.' ? DecimalMark::Comma : DecimalMark::Point;
    const auto after = core.size() - first - 1;
    if (after == 3) { // 1.234 or 1,234: either way; read as English writes them
        decides = false;
        return DecimalMark::Point;
    }
    return mark == '.' ? DecimalMark::Point : DecimalMark::Comma;
}

} // namespace

std::optional<QDate> parseDate(QStringView text, DateOrder order)
{
    const QStringView trimmed = text.trimmed();
    // 20240307: ISO's basic form.
    if (trimmed.size() == 8 && order != DateOrder::DayFirst && order != DateOrder::MonthFirst) {
        qsizetype i = 0;
        int value = 0;
        if (readNumber(trimmed, i, 8, value) == 8 && value / 10000 >= 1800)
            return validDate(value / 10000, value / 100 % 100, value % 100);
    }
    const std::optional<DateParts> parts = splitDate(trimmed);
    if (!parts)
        return std::nullopt;
    if (parts->firstDigits == 4)
        return validDate(parts->first, parts->second, parts->third);
    const int year = parts->thirdDigits == 2 ? fullYear(parts->third) : parts->third;
    bool dayFirst = order == DateOrder::DayFirst;
    if (order != DateOrder::DayFirst && order != DateOrder::MonthFirst) {
        // Nothing said: the value must tell (a part above 12 is the day; dots are day-first).
        if (parts->first > 12 && parts->second <= 12)
            dayFirst = true;
        else if (parts->second > 12 && parts->first <= 12)
            dayFirst = false;
        else if (parts->separator == u'.' || parts->first == parts->second)
            dayFirst = true;
        else
            return std::nullopt;
    }
    return dayFirst ? validDate(year, parts->second, parts->first)
                    : validDate(year, parts->first, parts->second);
}

std::optional<double> parseNumber(QStringView text, DecimalMark mark)
{
    bool negative = false;
    std::string core;
    if (!numberCore(text, negative, core))
        return std::nullopt;
    if (mark == DecimalMark::Unknown) {
        bool decides = false;
        mark = markOf(core, decides);
    }
    const char decimal = mark == DecimalMark::Comma ? ',' : '.';
    const char group = mark == DecimalMark::Comma ? '.' : ',';
    // Digits in groups of three after each group mark, then at most one decimal mark.
    std::string plain;
    plain.reserve(core.size() + 1);
    if (negative)
        plain.push_back('-');
    int sinceGroup = -1; // digits since the last group mark; -1 before any
    bool decimalSeen = false;
    for (char c : core) {
        if (c == group) {
            if (decimalSeen || plain.empty() || plain.back() == '-' || sinceGroup == 0
                || (sinceGroup > 0 && sinceGroup != 3))
                return std::nullopt;
            sinceGroup = 0;
        } else if (c == decimal) {
            if (decimalSeen || (sinceGroup >= 0 && sinceGroup != 3))
                return std::nullopt;
            decimalSeen = true;
            sinceGroup = -1;
            plain.push_back('.');
        } else {
            plain.push_back(c);
            if (sinceGroup >= 0)
                ++sinceGroup;
        }
    }
    if (sinceGroup >= 0 && sinceGroup != 3)
        return std::nullopt;
    double value = 0;
    const char *begin = plain.data();
    const char *end = begin + plain.size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

namespace detail {

DateHint dateHint(QStringView text)
{
    const std::optional<DateParts> parts = splitDate(text);
    if (!parts)
        return DateHint::None;
    if (parts->firstDigits == 4)
        return validDate(parts->first, parts->second, parts->third) ? DateHint::Iso
                                                                    : DateHint::None;
    if (parts->first > 31 || parts->second > 31 || parts->first == 0 || parts->second == 0)
        return DateHint::None;
    if (parts->first > 12 && parts->second <= 12)
        return DateHint::DayFirst;
    if (parts->second > 12 && parts->first <= 12)
        return DateHint::MonthFirst;
    if (parts->first > 12) // both above 12: not a date
        return DateHint::None;
    return parts->separator == u'.' ? DateHint::AmbiguousDotted : DateHint::Ambiguous;
}

DecimalMark decimalHint(QStringView text)
{
    bool negative = false;
    std::string core;
    if (!numberCore(text, negative, core) || dateHint(text) != DateHint::None)
        return DecimalMark::Unknown;
    bool decides = false;
    const DecimalMark mark = markOf(core, decides);
    if (!decides || !parseNumber(text, mark))
        return DecimalMark::Unknown;
    return mark;
}

} // namespace detail
} // namespace rapport::io
