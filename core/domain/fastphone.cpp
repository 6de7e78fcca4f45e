#include "core/domain/fastphone.h"

#include "core/domain/phonenumber.h"

namespace rapport {

FastPhoneNormalizer::FastPhoneNormalizer() = default;
FastPhoneNormalizer::~FastPhoneNormalizer() = default;

Result<QString> FastPhoneNormalizer::toE164(const QString &text,
                                            const QString &region,
                                            const QString &field)
{
    const QString key = region + QLatin1Char('|') + text;
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        ++m_cached;
        return *it;
    }
    ++m_slow;
    Result<QString> e164 = PhoneNormalizer(region).toE164(text, field);
    if (e164 && m_cache.size() < 100'000)
        m_cache.insert(key, *e164);
    return e164;
}

} // namespace rapport
