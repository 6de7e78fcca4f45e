#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/phonenumber.h"
#include "core/domain/textfold.h"

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("Phone numbers in any format become E.164", "[domain][phone]")
{
    const PhoneNormalizer de(QStringLiteral("DE"));
    CHECK(*de.toE164(QStringLiteral("030 1234567")) == QStringLiteral("+49301234567"));
    CHECK(*de.toE164(QStringLiteral("+49 (0)30 1234567")) == QStringLiteral("+49301234567"));
    CHECK(*de.toE164(QStringLiteral("0049 30 1234567")) == QStringLiteral("+49301234567"));
    CHECK(*de.toE164(QStringLiteral("(030) 123-45-67")) == QStringLiteral("+49301234567"));
    CHECK(*de.toE164(QStringLiteral("+33 1 42 68 53 00")) == QStringLiteral("+33142685300"));

    const PhoneNormalizer us(QStringLiteral("us"));
    CHECK(*us.toE164(QStringLiteral("(415) 555-2671")) == QStringLiteral("+14155552671"));

    auto bad = de.toE164(QStringLiteral("12"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind() == Error::Kind::Validation);
    CHECK(bad.error().field() == QStringLiteral("phone"));
    CHECK_FALSE(de.toE164(QStringLiteral("call me maybe")).ok());
    CHECK_FALSE(de.toE164(QString()).ok());
    CHECK(PhoneNormalizer::isKnownRegion(QStringLiteral("fr")));
    CHECK_FALSE(PhoneNormalizer::isKnownRegion(QStringLiteral("XX")));
    CHECK(de.formatInternational(QStringLiteral("+49301234567"))
          == QStringLiteral("+49 30 1234567"));
}

TEST_CASE("The phone key is the digits reversed", "[domain][phone]")
{
    CHECK(phoneKey(u"+49 30 1234567") == QStringLiteral("76543210394"));
    CHECK(digitsOf(u"(030) 12-34") == QStringLiteral("0301234"));
    CHECK(phoneKey(u"no digits").isEmpty());
}

TEST_CASE("E-mail addresses are trimmed, lower-cased and checked", "[domain][email]")
{
    CHECK(*normalizeEmail(QStringLiteral("  Ann.Smith@Example.COM "))
          == QStringLiteral("ann.smith@example.com"));
    CHECK(normalizeEmail(QStringLiteral("jörg@müller.de")).ok());
    for (const char *bad : {"",
                            "plain",
                            "a@b",
                            "a@@b.com",
                            "a b@c.com",
                            "@example.com",
                            "a@-example.com",
                            "a@example..com"}) {
        INFO(bad);
        auto r = normalizeEmail(QString::fromUtf8(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field() == QStringLiteral("email"));
    }
}

TEST_CASE("Web and postal contact points validate themselves", "[domain][contact]")
{
    auto web = ContactPoint::web(QStringLiteral("example.org/shop"), ContactLabel::Work);
    REQUIRE(web.ok());
    CHECK(web->value == QStringLiteral("https://example.org/shop"));
    CHECK_FALSE(ContactPoint::web(QStringLiteral("not a url"), ContactLabel::Work).ok());
    CHECK_FALSE(ContactPoint::web(QStringLiteral("ftp://example.org"), ContactLabel::Work).ok());

    auto noPlace = ContactPoint::postal({}, ContactLabel::Home);
    REQUIRE_FALSE(noPlace.ok());
    CHECK(noPlace.error().field() == QStringLiteral("city"));
    PostalAddress a;
    a.city = QStringLiteral("Lyon");
    a.country = QStringLiteral("Frence");
    auto badCountry = ContactPoint::postal(a, ContactLabel::Home);
    REQUIRE_FALSE(badCountry.ok());
    CHECK(badCountry.error().field() == QStringLiteral("country"));
    CHECK(badCountry.error().message().contains(QStringLiteral("Frence")));
}

TEST_CASE("Text folds for sorting and matching", "[domain][fold]")
{
    CHECK(foldText(u"Müller") == QStringLiteral("muller"));
    CHECK(foldText(u"  Ærø   Çelik ") == QStringLiteral("ærø celik"));
    CHECK(foldText(u"ÉCOLE") == QStringLiteral("ecole"));
    CHECK(foldText(u"Łódź") == QStringLiteral("łodz"));
    CHECK(foldText(u"") == QString());
}

TEST_CASE("Customers validate themselves", "[domain][customer]")
{
    Customer c;
    c.firstName = QStringLiteral("Ada");
    CHECK(c.validate().ok());
    c.firstName.clear();
    CHECK(c.validate().error().field() == QStringLiteral("lastName"));
    c.lastName = QString(201, QLatin1Char('x'));
    CHECK(c.validate().error().field() == QStringLiteral("lastName"));
    c.lastName = QStringLiteral("Lovelace");
    c.acquiredOn = QDate::currentDate().addDays(30);
    CHECK(c.validate().error().field() == QStringLiteral("acquiredOn"));
    c.acquiredOn = {};
    c.tags = {QStringLiteral(" vip "), QStringLiteral("VIP"), QString()};
    c.tidy();
    CHECK(c.tags == QStringList{QStringLiteral("vip")});
    CHECK(c.validate().ok());
}
