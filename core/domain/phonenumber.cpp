#include "core/domain/phonenumber.h"

#include <QCoreApplication>

#include <algorithm>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct PhoneNormalizerTexts
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNormalizer)
};

} // namespace

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormalizer::PhoneNormalizer(QString defaultRegion)
    : m_region(std::move(defaultRegion).toUpper())
{}

PhoneNormalizer PhoneNormalizer::forCountry(const QString &country) const
{
    return !country.isEmpty() && isKnownRegion(country) ? PhoneNormalizer(country) : *this;
}

bool PhoneNormalizer::isKnownRegion(const QString &region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString())
           != 0;
}

Result<QString> PhoneNormalizer::toE164(const QString &text, const QString &field, Check check) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Validation,
                     PhoneNormalizerTexts::tr("The phone number is empty."),
                     field);
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(trimmed.toStdString(), m_region.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return Error(Error::Kind::Validation,
                     PhoneNormalizerTexts::tr("\"%1\" is not a phone number.").arg(trimmed),
                     field);
    // IS_POSSIBLE only: a number of a length dialled only locally lacks its area code.
    if (check == Check::Possible && !util->IsValidNumber(number)
        && util->IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE) {
        std::string out;
        util->Format(number, PhoneNumberUtil::E164, &out);
        return QString::fromStdString(out);
    }
    if (!util->IsValidNumber(number) && trimmed.startsWith(QLatin1Char('+')))
        return Error(Error::Kind::Validation,
                     PhoneNormalizerTexts::tr("\"%1\" is not a phone number: no country has "
                                              "numbers like it.")
                         .arg(trimmed),
                     field);
    if (!util->IsValidNumber(number))
        return Error(Error::Kind::Validation,
                     PhoneNormalizerTexts::tr(
                         "\"%1\" is not a valid phone number for region %2; give the country code "
                         "(+…) if it is a foreign number.")
                         .arg(trimmed, m_region),
                     field);
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString PhoneNormalizer::formatInternational(const QString &e164) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), m_region.toStdString(), &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString digitsOf(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

QString phoneKey(QStringView text)
{
    QString key = digitsOf(text);
    std::reverse(key.begin(), key.end());
    return key;
}

} // namespace rapport
