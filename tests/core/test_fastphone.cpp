// The fast phone path of the import (core/domain/fastphone.h) against libphonenumber.
#include "core/domain/fastphone.h"
#include "core/domain/phonenumber.h"

#include <catch2/catch.hpp>

#include <iterator>

using namespace rapport;

TEST_CASE("The fast phone path gives exactly what libphonenumber gives", "[import][phone]")
{
    // Numbers of many countries in the forms people write, their last digits varied, some a
    // digit short or long: every one must come out as PhoneNormalizer says (or be refused).
    const char *const bases[] = {"+49 30 1234567",
                                 "+49 171 2345678",
                                 "0221 123456",
                                 "089 1234567",
                                 "030/12345678",
                                 "0170-1234567",
                                 "+44 20 7946 0018",
                                 "07700 900123",
                                 "+33 1 42 68 53 00",
                                 "06 12 34 56 78",
                                 "+1 212 555 0100",
                                 "(415) 555-2671",
                                 "+39 06 1234 5678",
                                 "+39 347 123 4567",
                                 "+34 912 345 678",
                                 "+31 20 123 4567",
                                 "+43 1 234567",
                                 "+41 44 668 18 00",
                                 "+32 2 123 45 67",
                                 "+48 22 123 45 67",
                                 "+46 8 123 456 78",
                                 "+81 3-1234-5678",
                                 "+91 98765 43210",
                                 "+61 2 1234 5678",
                                 "+7 495 123-45-67",
                                 "8 495 123-45-67",
                                 "+55 11 91234-5678",
                                 "+86 10 1234 5678",
                                 "+353 1 234 5678",
                                 "+45 32 12 34 56",
                                 "+47 22 12 34 56",
                                 "+420 212 345 678",
                                 // A national prefix after the calling code, as people write
                                 // it; random digits after "+1" start with 1 one time in ten.
                                 "+44 020 7946 0018",
                                 "+49 030 1234567",
                                 "+33 06 12 34 56 78",
                                 "+1 123 456 7890",
                                 "+1 1 212 555 0100",
                                 "+7 8 495 123 4567",
                                 "+61 02 1234 5678",
                                 "+81 03 1234 5678",
                                 "+31 020 123 4567",
                                 "+91 0 98765 43210",
                                 "+46 08 123 456 78",
                                 "+1 1 415 555 2671",
                                 "+44 0 7700 900123",
                                 "+49 0171 2345678",
                                 // National prefixes for parsing that are patterns with groups.
                                 "+55 021 1234 5678",
                                 "+55 9021 1234 5678",
                                 "+61 1831 234 567",
                                 "+61 4 1234 5678"};
    const char *const regions[] = {"DE", "FR", "US", "GB", "IT", "RU", "CH", "AU", "BR"};
    FastPhoneNormalizer fast;
    quint32 seed = 12345;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    int compared = 0;
    int possible = 0;
    for (int round = 0; round < 400; ++round) {
        for (const char *base : bases) {
            QString text = QString::fromLatin1(base);
            // Vary up to five of the last digits.
            int changed = 0;
            for (qsizetype i = text.size() - 1; i >= 0 && changed < 5; --i) {
                if (text[i].isDigit()) {
                    if (round > 0)
                        text[i] = QChar(u'0' + char16_t(next() % 10));
                    ++changed;
                }
            }
            if (round % 7 == 3)
                text.append(QChar(u'0' + char16_t(next() % 10)));
            if (round % 11 == 5)
                text.chop(1);
            const QString region = QLatin1String(regions[next() % std::size(regions)]);
            // Both checks: valid numbers only, and possible ones too (what imports take).
            for (const auto check :
                 {PhoneNormalizer::Check::Valid, PhoneNormalizer::Check::Possible}) {
                const Result<QString> expected
                    = PhoneNormalizer(region).toE164(text, QStringLiteral("phone"), check);
                const Result<QString> got
                    = fast.toE164(text, region, QStringLiteral("phone"), check);
                INFO(text.toStdString()
                     << " in " << region.toStdString() << ", check " << int(check));
                REQUIRE(expected.ok() == got.ok());
                if (expected)
                    REQUIRE(*expected == *got);
                else
                    REQUIRE(expected.error().message() == got.error().message());
                if (check == PhoneNormalizer::Check::Possible && expected)
                    ++possible;
            }
            ++compared;
        }
    }
    CHECK(compared == 400 * int(std::size(bases)));
    CHECK(possible > compared / 2);
    // Most took the fast path (else this test proves nothing about it).
    CHECK(fast.fast() > compared / 2);
}
