#pragma once

#include <QString>

#include <array>
#include <optional>

namespace rapport {

// Stable text keys for the domain enumerations ("sales_rep", "web_form"...), used by the CLI,
// JSON, CSV and settings. The database stores the enumerator's integer value; the keys array of
// each enum is indexed by that value.
template<typename Enum, std::size_t N>
QString enumKey(Enum value, const std::array<const char *, N> &keys)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? QString::fromLatin1(keys[i]) : QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(QStringView key, const std::array<const char *, N> &keys)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key.compare(QLatin1String(keys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromInt(int value, const std::array<const char *, N> &)
{
    if (value < 0 || std::size_t(value) >= N)
        return std::nullopt;
    return static_cast<Enum>(value);
}

} // namespace rapport
