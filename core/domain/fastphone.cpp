#include "core/domain/fastphone.h"

#include "core/domain/fastphonemetadata.h"
#include "core/domain/fastphonepattern.h"
#include "core/domain/phonenumber.h"

#include <algorithm>
#include <string>
#include <vector>

namespace rapport {

FastPhoneNormalizer::FastPhoneNormalizer()
    : m_matcher(std::make_unique<fastphone::PatternMatcher>())
{}

FastPhoneNormalizer::~FastPhoneNormalizer() = default;

Result<QString> FastPhoneNormalizer::toE164(const QString &text,
                                            const QString &region,
                                            const QString &field,
                                            PhoneNormalizer::Check check)
{
    if (std::optional<QString> fast = fastE164(text, region, check)) {
        ++m_fast;
        return *fast;
    }
    const QString key = (check == PhoneNormalizer::Check::Possible ? QStringLiteral("?") : QString())
                        + region + QLatin1Char('|') + text;
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        ++m_cached;
        return *it;
    }
    ++m_slow;
    Result<QString> e164 = PhoneNormalizer(region).toE164(text, field, check);
    if (e164 && m_cache.size() < 100'000)
        m_cache.insert(key, *e164);
    return e164;
}

std::optional<QString> FastPhoneNormalizer::fastE164(const QString &text,
                                                     const QString &regionCode,
                                                     PhoneNormalizer::Check check)
{
    using fastphone::Desc;
    using fastphone::Region;
    const fastphone::Metadata &md = fastphone::metadata();
    // Only digits and the separators people write between them; a '+' only in front.
    std::string digits;
    digits.reserve(std::size_t(text.size()));
    bool plus = false;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9')
            digits.push_back(char(c));
        else if (c == u'+' && digits.empty() && !plus)
            plus = true;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'/' && c != u'(' && c != u')')
            return std::nullopt;
    }
    if (digits.size() < 3 || digits.size() > 20)
        return std::nullopt;
    const auto isValid = [&](const Region &r, std::string_view nsn) {
        const auto matches = [&](const Desc &d) {
            if (!d.lengths.empty()
                && std::find(d.lengths.begin(), d.lengths.end(), int(nsn.size())) == d.lengths.end())
                return false;
            return d.pattern && m_matcher->fullMatch(*d.pattern, nsn);
        };
        if (!matches(r.general))
            return false;
        for (const Desc &t : r.types)
            if (matches(t))
                return true;
        return false;
    };
    int countryCode = 0;
    std::string nsn;
    if (plus) {
        // No calling code starts with 0: libphonenumber refuses those.
        if (digits.front() == '0')
            return std::nullopt;
        std::size_t len = 1;
        for (; len <= 3 && len < digits.size(); ++len) {
            countryCode = std::stoi(digits.substr(0, len));
            if (md.codes.count(countryCode))
                break;
        }
        if (len > 3 || !md.codes.count(countryCode))
            return std::nullopt;
        nsn = digits.substr(len);
        const auto main = md.regions.find(md.codes.at(countryCode).front());
        if (main == md.regions.end() || !main->second.usable)
            return std::nullopt;
        const Region &m = main->second;
        // A national prefix after the calling code ("+44 020...", "+1 1..."): libphonenumber
        // strips it (MaybeStripNationalPrefixAndCarrierCode) unless the number was a number of
        // the region and would stop being one, and keeps the stripped number only when its
        // length is possible or too long (TestNumberLength). Prefixes that are patterns or have
        // a transform rule are left to it.
        if (m.hasNationalPrefix) {
            if (!m.nationalPrefix.empty()) {
                if (nsn.compare(0, m.nationalPrefix.size(), m.nationalPrefix) == 0) {
                    if (!m.general.pattern || m.general.lengths.empty()
                        || m.general.lengths.front() < 0)
                        return std::nullopt;
                    const std::string stripped = nsn.substr(m.nationalPrefix.size());
                    const bool viable = m_matcher->fullMatch(*m.general.pattern, nsn);
                    bool strip = !viable || m_matcher->fullMatch(*m.general.pattern, stripped);
                    if (strip) {
                        const std::vector<int> &lengths = m.general.lengths;
                        const int n = int(stripped.size());
                        const bool localOnly = std::find(m.localOnlyLengths.begin(),
                                                         m.localOnlyLengths.end(),
                                                         n)
                                               != m.localOnlyLengths.end();
                        const bool possible = std::find(lengths.begin(), lengths.end(), n)
                                              != lengths.end();
                        const bool tooLong = n > lengths.back();
                        strip = !localOnly && (possible || tooLong) && n >= lengths.front();
                    }
                    if (strip)
                        nsn = stripped;
                }
            } else if (!m.nationalPrefixPattern
                       || m_matcher->somePrefixMatches(*m.nationalPrefixPattern, nsn)) {
                return std::nullopt;
            }
        }
    } else {
        const auto it = md.regions.find(regionCode.toUpper().toStdString());
        if (it == md.regions.end() || !it->second.usable)
            return std::nullopt;
        const Region &r = it->second;
        // An international call prefix (00, 011...) or the country code written without '+':
        // libphonenumber decides those.
        if (!r.internationalPrefix || m_matcher->somePrefixMatches(*r.internationalPrefix, digits))
            return std::nullopt;
        const std::string code = std::to_string(r.countryCode);
        if (digits.compare(0, code.size(), code) == 0)
            return std::nullopt;
        countryCode = r.countryCode;
        nsn = digits;
        if (r.hasNationalPrefix) {
            if (r.nationalPrefix.empty()) {
                if (!r.nationalPrefixPattern
                    || m_matcher->somePrefixMatches(*r.nationalPrefixPattern, digits))
                    return std::nullopt;
            } else if (digits.compare(0, r.nationalPrefix.size(), r.nationalPrefix) == 0) {
                // The national prefix comes off when the number without it has a possible
                // length and the number with it is not already a number of the region.
                const std::string stripped = digits.substr(r.nationalPrefix.size());
                if (r.general.pattern && m_matcher->fullMatch(*r.general.pattern, digits))
                    return std::nullopt;
                const int n = int(stripped.size());
                const std::vector<int> &lengths = r.general.lengths;
                if (lengths.empty()
                    || std::find(r.localOnlyLengths.begin(), r.localOnlyLengths.end(), n)
                           != r.localOnlyLengths.end())
                    return std::nullopt;
                const bool tooLong = n > lengths.back();
                const bool possible = n == lengths.front()
                                      || std::find(lengths.begin(), lengths.end(), n)
                                             != lengths.end();
                if (!(possible || tooLong) || n < lengths.front())
                    return std::nullopt;
                nsn = stripped;
            }
        }
    }
    if (nsn.size() < 2 || nsn.size() > 17)
        return std::nullopt;
    // The region of the number as libphonenumber finds it among those of its calling code.
    const Region *chosen = nullptr;
    for (const std::string &id : md.codes.at(countryCode)) {
        const auto it = md.regions.find(id);
        if (it == md.regions.end() || !it->second.usable)
            return std::nullopt;
        const Region &r = it->second;
        if (r.hasLeadingDigits) {
            if (m_matcher->somePrefixMatches(*r.leadingDigits, nsn)) {
                chosen = &r;
                break;
            }
        } else if (isValid(r, nsn)) {
            chosen = &r;
            break;
        }
    }
    if (!chosen || !isValid(*chosen, nsn)) {
        // Invalid. With Check::Possible a number written with its country code still passes
        // when its length is one the country's numbers can have (libphonenumber's
        // IsPossibleNumberWithReason() == IS_POSSIBLE: the main region of the calling code;
        // a local-only length is not enough, as it lacks the area code).
        // National forms are left to libphonenumber, whose prefix stripping differs for them.
        if (check != PhoneNormalizer::Check::Possible || !plus)
            return std::nullopt; // libphonenumber words the refusal
        const auto main = md.regions.find(md.codes.at(countryCode).front());
        if (main == md.regions.end() || !main->second.usable || main->second.general.lengths.empty())
            return std::nullopt;
        const auto has = [n = int(nsn.size())](const std::vector<int> &lengths) {
            return std::find(lengths.begin(), lengths.end(), n) != lengths.end();
        };
        if (!has(main->second.general.lengths) || has(main->second.localOnlyLengths))
            return std::nullopt;
    }
    return QLatin1Char('+') + QString::number(countryCode)
           + QString::fromLatin1(nsn.data(), qsizetype(nsn.size()));
}

} // namespace rapport
