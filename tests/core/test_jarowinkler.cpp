#include "core/domain/jarowinkler.h"
#include "core/domain/textfold.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace rapport;

namespace {

double jw(const char *a, const char *b)
{
    return jaroWinkler(QString::fromUtf8(a), QString::fromUtf8(b));
}

} // namespace

TEST_CASE("Jaro-Winkler gives the published values", "[jarowinkler][duplicates]")
{
    // Winkler (1990) and the usual textbook examples, rounded to three places.
    CHECK(jw("MARTHA", "MARHTA") == Approx(0.961).margin(0.0005));
    CHECK(jw("DWAYNE", "DUANE") == Approx(0.840).margin(0.0005));
    CHECK(jw("DIXON", "DICKSONX") == Approx(0.813).margin(0.0005));
    CHECK(jaroSimilarity(u"MARTHA", u"MARHTA") == Approx(0.944).margin(0.0005));
    CHECK(jaroSimilarity(u"DWAYNE", u"DUANE") == Approx(0.822).margin(0.0005));
    CHECK(jaroSimilarity(u"DIXON", u"DICKSONX") == Approx(0.767).margin(0.0005));
}

TEST_CASE("Jaro-Winkler is symmetric, 1 for equal texts and 0 for nothing in common",
          "[jarowinkler][duplicates]")
{
    CHECK(jw("weber", "weber") == 1.0);
    CHECK(jw("", "") == 1.0);
    CHECK(jw("abc", "") == 0.0);
    CHECK(jw("abc", "xyz") == 0.0);
    for (const auto &[a, b] : {std::pair{"martha", "marhta"},
                               std::pair{"schmidt", "schmitt"},
                               std::pair{"a", "ab"},
                               std::pair{"jellyfish", "smellyfish"}}) {
        CHECK(jw(a, b) == Approx(jw(b, a)));
        CHECK(jw(a, b) > 0.0);
        CHECK(jw(a, b) < 1.0);
    }
    // No bonus below 0.7: a shared first letter alone does not make names alike.
    CHECK(jw("abcd", "axyz") == Approx(jaroSimilarity(u"abcd", u"axyz")));
}

TEST_CASE("Jaro-Winkler handles texts longer than the stack buffer", "[jarowinkler][duplicates]")
{
    const QString a = QString(100, u'a') + QStringLiteral("xyz");
    const QString b = QString(100, u'a') + QStringLiteral("xzy");
    const double s = jaroWinkler(a, b);
    CHECK(s > 0.98);
    CHECK(s < 1.0);
}

TEST_CASE("Name similarity forgives word order, accents and case once folded",
          "[jarowinkler][duplicates]")
{
    const auto name = [](const char *a, const char *b) {
        return nameSimilarity(foldText(QString::fromUtf8(a)), foldText(QString::fromUtf8(b)));
    };
    CHECK(name("Anna Weber", "Weber, Anna") < 1.0); // the comma stays a character
    CHECK(name("Anna Weber", "Weber Anna") == 1.0);
    CHECK(name("Jürgen Müller", "juergen mueller") > 0.85);
    CHECK(name("Jürgen Müller", "Jurgen Muller") == 1.0);
    CHECK(name("Anna Weber", "Otto Schulz") < 0.6);
    CHECK(sortedTokens(u"weber  anna maria") == QLatin1String("anna maria weber"));
}
