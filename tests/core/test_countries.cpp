// Countries: ISO 3166 names in the user's language, what users type read as alpha-2 codes, and the
// phone region: a customer's number is read in the country of the customer's address, else in the
// database's region, never in the user's language.
#include "core/domain/contactpoint.h"
#include "core/domain/countries.h"
#include "core/domain/phonenumber.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/storage/settingsrepository.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <QCollator>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

bool haveIsoCodes()
{
    return QFile::exists(Countries::defaultListPath())
           && QFile::exists(Countries::defaultLocaleDir()
                            + QStringLiteral("/de/LC_MESSAGES/iso_3166-1.mo"));
}

QString parsed(const Countries &list, const char *text)
{
    const Result<QString> code = list.parse(QString::fromUtf8(text));
    return code ? *code : QStringLiteral("error: ") + code.error().message();
}

} // namespace

TEST_CASE("Countries read typed names and codes as alpha-2 codes", "[domain][countries]")
{
    if (!haveIsoCodes())
        WARN("iso-codes is not installed: the test runs on QLocale's territories");
    const Countries german = Countries::load({QStringLiteral("de_DE"), QStringLiteral("de")});
    REQUIRE(german.all().size() >= 240);

    // The reported case: "Germany" is Germany, never "GE" (Georgia).
    CHECK(parsed(german, "Germany") == QStringLiteral("DE"));
    CHECK(parsed(german, "germany ") == QStringLiteral("DE"));
    CHECK(parsed(german, "DE") == QStringLiteral("DE"));
    CHECK(parsed(german, "de") == QStringLiteral("DE"));
    CHECK(parsed(german, "GE") == QStringLiteral("GE"));
    CHECK(parsed(german, "Georgia") == QStringLiteral("GE"));
    CHECK(parsed(german, "UK") == QStringLiteral("GB"));
    CHECK(parsed(german, "") == QString());
    const Result<QString> unknown = german.parse(QStringLiteral("Germanyy"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field() == QStringLiteral("country"));
    CHECK(unknown.error().message().contains(QStringLiteral("Germanyy")));

    if (!haveIsoCodes())
        return;
    CHECK(german.fromIsoCodes());
    CHECK((german.language() == QStringLiteral("de_DE")
           || german.language() == QStringLiteral("de")));
    CHECK(parsed(german, "Deutschland") == QStringLiteral("DE"));
    CHECK(parsed(german, "DEU") == QStringLiteral("DE"));
    CHECK(parsed(german, "Österreich") == QStringLiteral("AT"));
    CHECK(parsed(german, "osterreich") == QStringLiteral("AT")); // accents and case ignored
    CHECK(parsed(german, "Georgien") == QStringLiteral("GE"));
    CHECK(parsed(german, "Vereinigtes Königreich") == QStringLiteral("GB"));
    CHECK(german.name(QStringLiteral("DE")) == QStringLiteral("Deutschland"));
    CHECK(german.name(QStringLiteral("FR")) == QStringLiteral("Frankreich"));
    CHECK(german.name(QStringLiteral("XX")) == QStringLiteral("XX"));

    // Sorted by the German name: Österreich comes after Oman, before Pakistan.
    QCollator collator{QLocale(QLocale::German)};
    for (qsizetype i = 1; i < german.all().size(); ++i)
        CHECK(collator.compare(german.all()[i - 1].name, german.all()[i].name) <= 0);

    // English names stay English; German names are not accepted by the English list.
    const Countries english = Countries::load({QStringLiteral("en_US"), QStringLiteral("en")});
    CHECK(english.name(QStringLiteral("DE")) == QStringLiteral("Germany"));
    CHECK(english.language().isEmpty());
    CHECK(parsed(english, "Germany") == QStringLiteral("DE"));
    CHECK(parsed(english, "Bolivia") == QStringLiteral("BO"));
    CHECK(parsed(english, "Bolivia, Plurinational State of") == QStringLiteral("BO"));
}

TEST_CASE("Countries fall back on English names and on QLocale", "[domain][countries]")
{
    QTemporaryDir empty;
    // No translation for the language: English names.
    const Countries noTranslation = Countries::load({QStringLiteral("de")},
                                                    Countries::defaultListPath(),
                                                    empty.path());
    CHECK(noTranslation.name(QStringLiteral("DE")) == QStringLiteral("Germany"));
    CHECK(noTranslation.language().isEmpty());
    CHECK(parsed(noTranslation, "Germany") == QStringLiteral("DE"));

    // No list at all: QLocale's territories, English names, alpha-2 codes.
    const Countries noList = Countries::load({QStringLiteral("de")},
                                             empty.filePath(QStringLiteral("missing.json")),
                                             empty.path());
    CHECK_FALSE(noList.fromIsoCodes());
    CHECK(noList.all().size() >= 200);
    CHECK(noList.contains(QStringLiteral("DE")));
    CHECK(noList.name(QStringLiteral("DE")) == QStringLiteral("Germany"));
    CHECK(parsed(noList, "Germany") == QStringLiteral("DE"));
    CHECK(parsed(noList, "FR") == QStringLiteral("FR"));
    CHECK_FALSE(noList.parse(QStringLiteral("Atlantis")).ok());

    CHECK(readGettextCatalogue(empty.filePath(QStringLiteral("none.mo"))).isEmpty());
    CHECK(readGettextCatalogue(Countries::defaultListPath()).isEmpty()); // not a .mo file
}

TEST_CASE("An address stores its country as a code and refuses unknown ones", "[domain][contact]")
{
    PostalAddress a;
    a.postalCode = QStringLiteral("20095");
    a.city = QStringLiteral("Hamburg");
    a.country = QStringLiteral("Germany");
    auto typedName = ContactPoint::postal(a, ContactLabel::Work);
    REQUIRE(typedName.ok());
    CHECK(typedName->address.country == QStringLiteral("DE"));

    a.country = QStringLiteral("deu");
    CHECK(ContactPoint::postal(a, ContactLabel::Work)->address.country == QStringLiteral("DE"));

    // What reaches the database by another way (an import, the CLI) is checked again: a code
    // that is no country is refused with one sentence naming it.
    ContactPoint stored = *typedName;
    stored.address.country = QStringLiteral("GX");
    const Status refused = stored.validate();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("country"));
    CHECK(refused.error().message()
          == QStringLiteral("\"GX\" is not an ISO 3166 country code such as DE for Germany."));
    stored.address.country = QStringLiteral("Germany");
    CHECK_FALSE(stored.validate().ok());

    if (QFile::exists(Countries::defaultListPath()))
        CHECK(typedName->address.oneLine(Countries::load({QStringLiteral("de")}))
              == QStringLiteral("20095 Hamburg, Deutschland"));
}

TEST_CASE("Phone numbers are read in the customer's country, else the database's region",
          "[service][phone]")
{
    test::TempDatabase t;
    ChangeBus bus;
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();
    SettingsRepository settings(t.db());

    // An empty database without the setting: the fixed fallback, whatever the locale says.
    CHECK(settings.phoneRegion() == SettingsRepository::FallbackPhoneRegion);

    // The reported number of a customer in Hamburg, in a database whose region is the US.
    REQUIRE(settings.setValue(SettingsRepository::PhoneRegion, QStringLiteral("US")).ok());
    const QString hamburg = QStringLiteral("040 30 12 45 67");
    CHECK_FALSE(service.phoneNormalizer().toE164(hamburg).ok());
    const Result<QString> read = service.phoneNormalizer(QStringLiteral("DE")).toE164(hamburg);
    REQUIRE(read.ok());
    CHECK(*read == QStringLiteral("+494030124567"));
    // A country libphonenumber does not know (or none) is the database's region.
    CHECK(service.phoneNormalizer(QStringLiteral("XX")).defaultRegion() == QStringLiteral("US"));
    CHECK(service.phoneNormalizer().defaultRegion() == QStringLiteral("US"));
}

TEST_CASE("Without a setting the phone region is where most addresses are", "[storage][phone]")
{
    test::TempDatabase t;
    ChangeBus bus;
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();
    const auto add = [&service](const QString &name, const QString &country) {
        Customer c;
        c.kind = CustomerKind::Organisation;
        c.organisation = name;
        PostalAddress a;
        a.city = QStringLiteral("Somewhere");
        a.country = country;
        QList<ContactPoint> points{*ContactPoint::postal(a, ContactLabel::Work)};
        REQUIRE(service.create(c, points).ok());
    };
    add(QStringLiteral("A"), QStringLiteral("FR"));
    add(QStringLiteral("B"), QStringLiteral("AT"));
    add(QStringLiteral("C"), QStringLiteral("FR"));
    CHECK(SettingsRepository(t.db()).phoneRegion() == QStringLiteral("FR"));
    REQUIRE(SettingsRepository(t.db())
                .setValue(SettingsRepository::PhoneRegion, QStringLiteral("AT"))
                .ok());
    CHECK(SettingsRepository(t.db()).phoneRegion() == QStringLiteral("AT"));
}
