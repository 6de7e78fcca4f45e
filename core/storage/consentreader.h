#pragma once

#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <span>
#include <unordered_map>

namespace rapport {

class Database;

// ConsentReader reads consents (schema 12: one row per customer and channel, opt_in or opt_out)
// for many customers at once, as an export needs them: a batch of ids in, each customer's
// channels out as two bit sets. Read-only; the privacy part (consent, erase) writes them through
// the door. It belongs to the thread of its Database.
class ConsentReader final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentReader)
public:
    enum class Channel : quint8 { Email, Phone, Sms, Post };
    static constexpr std::array<const char *, 4> channelKeys{"email", "phone", "sms", "post"};
    static constexpr quint8 bit(Channel channel) { return quint8(1u << int(channel)); }
    static std::optional<Channel> channelFromKey(QStringView key);

    // What a customer said, per channel: bit(channel) set in optedIn or optedOut.
    struct Consent
    {
        quint8 optedIn = 0;
        quint8 optedOut = 0;
    };

    explicit ConsentReader(const Database &db);

    // The consents of `ids` (customers nobody asked are not in the map).
    Result<std::unordered_map<qint64, Consent>> of(std::span<const qint64> ids);

private:
    Statement m_of;
};

} // namespace rapport
