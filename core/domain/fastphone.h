#pragma once

#include "core/domain/phonenumber.h"
#include "core/util/result.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace rapport {

namespace fastphone {
class PatternMatcher;
}

// FastPhoneNormalizer gives exactly what PhoneNormalizer::toE164 gives (same E.164 text, same
// refusals) for the numbers of an import, faster: numbers met before come from a cache, and
// numbers already written in international form or in a plain national form of their region
// are checked against libphonenumber's own metadata without its parser. Everything else goes to
// libphonenumber. One per thread (it is not thread-safe; the metadata it reads is shared).
class FastPhoneNormalizer final
{
public:
    FastPhoneNormalizer();
    ~FastPhoneNormalizer();
    FastPhoneNormalizer(const FastPhoneNormalizer &) = delete;
    FastPhoneNormalizer &operator=(const FastPhoneNormalizer &) = delete;

    // The number `text` in E.164, read in `region` (alpha-2) when it has no country code; the
    // Validation error names `field`.
    Result<QString> toE164(const QString &text,
                           const QString &region,
                           const QString &field = QStringLiteral("phone"),
                           PhoneNormalizer::Check check = PhoneNormalizer::Check::Valid);

    // How many numbers took the fast path, the cache and libphonenumber (for benchmarks).
    qint64 fast() const { return m_fast; }
    qint64 cached() const { return m_cached; }
    qint64 slow() const { return m_slow; }

private:
    // The E.164 form when the fast path can tell for sure; nullopt leaves it to libphonenumber.
    std::optional<QString> fastE164(const QString &text,
                                    const QString &region,
                                    PhoneNormalizer::Check check);

    std::unique_ptr<fastphone::PatternMatcher> m_matcher;
    // region + '|' + text -> E.164 (numbers that passed; a Check::Possible pass is keyed with a
    // leading '?', so a strict call never takes it)
    QHash<QString, QString> m_cache;
    qint64 m_fast = 0, m_cached = 0, m_slow = 0;
};

} // namespace rapport
