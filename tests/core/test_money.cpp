#include "core/domain/money.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace rapport;

namespace {

qint64 parsed(const char *text, int decimals = 2)
{
    auto r = Money::parseMinor(QString::fromUtf8(text), decimals);
    if (!r)
        FAIL(text << ": " << r.error().message().toStdString());
    return *r;
}

bool refused(const char *text, int decimals = 2)
{
    auto r = Money::parseMinor(QString::fromUtf8(text), decimals, QStringLiteral("price"));
    if (r.ok())
        return false;
    CHECK(r.error().kind() == Error::Kind::Validation);
    CHECK(r.error().field() == QStringLiteral("price"));
    CHECK_FALSE(r.error().message().isEmpty());
    return true;
}

} // namespace

TEST_CASE("Decimal text is parsed into exact minor units", "[domain][money]")
{
    CHECK(parsed("12.5") == 1250);
    CHECK(parsed("12.50") == 1250);
    CHECK(parsed("12") == 1200);
    CHECK(parsed("12.") == 1200);
    CHECK(parsed(".5") == 50);
    CHECK(parsed("-0.01") == -1);
    CHECK(parsed("+3.07") == 307);
    CHECK(parsed("  7.1  ") == 710);
    CHECK(parsed("0") == 0);
    CHECK(parsed("-0") == 0);
    // 0.1 + 0.2 is not 0.30000000000000004 here: no floating point on the way.
    CHECK(parsed("0.1") + parsed("0.2") == parsed("0.3"));
    CHECK(parsed("12.500") == 1250); // trailing zeros need no rounding
    CHECK(parsed("1234", 0) == 1234);
    CHECK(parsed("1.234", 3) == 1234);
}

TEST_CASE("Amounts that would need guessing are refused", "[domain][money]")
{
    CHECK(refused(""));
    CHECK(refused("   "));
    CHECK(refused("."));
    CHECK(refused("-"));
    CHECK(refused("abc"));
    CHECK(refused("12.3.4"));
    CHECK(refused("1e3"));
    CHECK(refused("--1"));
    CHECK(refused("12 000"));
    CHECK(refused("١٢")); // Arabic-Indic digits are not ASCII digits
    // Group separators and decimal commas are ambiguous in a file: refused with advice.
    CHECK(refused("1,234.56"));
    CHECK(refused("12,50"));
    auto r = Money::parseMinor(u"1,234.56", 2);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("1234.56")));
    // More decimals than the currency has would need rounding.
    CHECK(refused("0.001"));
    CHECK(refused("12.505"));
    CHECK(refused("5.5", 0));
}

TEST_CASE("Amounts beyond 64 bits are refused, the extremes are not", "[domain][money]")
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    CHECK(parsed("92233720368547758.07") == max);
    CHECK(parsed("-92233720368547758.08") == min);
    CHECK(refused("92233720368547758.08"));
    CHECK(refused("-92233720368547758.09"));
    CHECK(refused("99999999999999999999999"));
    CHECK(parsed("9223372036854775807", 0) == max);
    CHECK(refused("9223372036854775808", 0));
    // The scaling of a whole number can overflow too.
    CHECK(refused("92233720368547759"));

    CHECK(multiplyMinor(max, 2).ok() == false);
    CHECK(multiplyMinor(min, -1).ok() == false);
    CHECK(*multiplyMinor(-250, 3) == -750);
    CHECK(addMinor(max, 1).ok() == false);
    CHECK(*addMinor(max, -1) == max - 1);
}

TEST_CASE("Amounts typed in a locale understand its separators", "[domain][money]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(*Money::parseMinor(u"1.234,56", 2, german) == 123456);
    CHECK(*Money::parseMinor(u"12,5", 2, german) == 1250);
    CHECK(*Money::parseMinor(u"-0,01", 2, german) == -1);
    CHECK(*Money::parseMinor(u"1,234.56", 2, english) == 123456);
    CHECK(*Money::parseMinor(u"1,234,567", 2, english) == 123456700);
    // A group separator between groups that are not three digits is a typo, not a number.
    CHECK_FALSE(Money::parseMinor(u"12,5", 2, english).ok());
    CHECK_FALSE(Money::parseMinor(u"1,23.4", 2, english).ok());
    CHECK_FALSE(Money::parseMinor(u"12.5", 2, german).ok());
    CHECK_FALSE(Money::parseMinor(u",5", 2, english).ok());
    CHECK_FALSE(Money::parseMinor(u"1.5,2.3", 2, german).ok());
}

TEST_CASE("Money is formatted in the locale with the currency code", "[domain][money]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(Money{123450, QStringLiteral("EUR")}.format(english) == QStringLiteral("1,234.50 EUR"));
    CHECK(Money{123450, QStringLiteral("EUR")}.format(german) == QStringLiteral("1.234,50 EUR"));
    CHECK(Money{-5, QStringLiteral("EUR")}.format(english) == QStringLiteral("-0.05 EUR"));
    CHECK(Money{0, QStringLiteral("USD")}.format(english) == QStringLiteral("0.00 USD"));
    CHECK(Money{1234, QStringLiteral("JPY")}.format(english) == QStringLiteral("1,234 JPY"));
    CHECK(Money{1234, QStringLiteral("KWD")}.format(english) == QStringLiteral("1.234 KWD"));
    CHECK(Money{std::numeric_limits<qint64>::min(), QStringLiteral("EUR")}.format(english)
          == QStringLiteral("-92,233,720,368,547,758.08 EUR"));
    CHECK(Money::formatMinor(100007, 2, english) == QStringLiteral("1,000.07"));
}

TEST_CASE("Currency codes are three capital letters", "[domain][money]")
{
    CHECK(Money{100, QStringLiteral("EUR")}.validate().ok());
    CHECK(Money::isCurrencyCode(u"CHF"));
    CHECK_FALSE(Money::isCurrencyCode(u"eur"));
    CHECK_FALSE(Money::isCurrencyCode(u"EURO"));
    CHECK_FALSE(Money::isCurrencyCode(u"E1R"));
    CHECK_FALSE(Money::isCurrencyCode(u"ÄUR"));
    auto missing = Money{100, QString()}.validate(QStringLiteral("unitPrice"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field() == QStringLiteral("unitPrice"));
    auto wrong = Money::validateCurrency(QStringLiteral("eur"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind() == Error::Kind::Validation);
    CHECK(wrong.error().field() == QStringLiteral("currency"));

    CHECK(Money::decimals(u"EUR") == 2);
    CHECK(Money::decimals(u"JPY") == 0);
    CHECK(Money::decimals(u"TND") == 3);
    auto yen = Money::parse(u"1500", QStringLiteral("JPY"));
    REQUIRE(yen.ok());
    CHECK(*yen == Money{1500, QStringLiteral("JPY")});
    CHECK_FALSE(Money::parse(u"15", QStringLiteral("XX")).ok());
}
