// One formatting for every number and date the user reads (issue 10, item 16).
#include "core/util/displayformat.h"

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("Counts and percentages follow the locale", "[displayformat]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    CHECK(display::count(10514, en) == QStringLiteral("10,514"));
    CHECK(display::count(10514, de) == QStringLiteral("10.514"));

    CHECK(display::percent(0.659, -1, en) == QStringLiteral("66%"));
    CHECK(display::percent(0.0659, -1, en) == QStringLiteral("6.6%"));
    CHECK(display::percent(0.0659, -1, de) == QStringLiteral("6,6%"));
    CHECK(display::percent(0.000582, -1, en) == QStringLiteral("0.06%"));
    CHECK(display::percent(0.0000001, -1, en) == QStringLiteral("<0.01%"));
    CHECK(display::percent(0.0, -1, en) == QStringLiteral("0%"));
    CHECK(display::percent(0.231, 1, de) == QStringLiteral("23,1%"));
    CHECK(display::percent(-0.00001, 1, en) == QStringLiteral("0.0%"));

    CHECK(display::signedPercent(0.69, en) == QStringLiteral("+69%"));
    CHECK(display::signedPercent(-0.981, en) == QStringLiteral("−98%"));
    CHECK(display::signedPercent(0.0, en) == QStringLiteral("0%"));
}

TEST_CASE("Dates carry four-digit years and times no seconds", "[displayformat]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale c = QLocale::c();
    const QDate day(2025, 5, 30);
    CHECK(display::date(day, de) == QStringLiteral("30.05.2025"));
    CHECK(display::date(day, en) == QStringLiteral("5/30/2025"));
    CHECK(display::date(QDate(), en).isEmpty());

    const QTime t(6, 2, 43);
    CHECK(display::time(t, de) == QStringLiteral("06:02"));
    CHECK_FALSE(display::time(t, c).contains(QStringLiteral("43")));
    CHECK_FALSE(display::time(t, en).contains(QStringLiteral("43")));
    CHECK(display::time(t, en).startsWith(QStringLiteral("6:02")));

    const QDateTime at(day, t, Qt::LocalTime);
    CHECK(display::dateTime(at, de) == QStringLiteral("30.05.2025 06:02"));
}
