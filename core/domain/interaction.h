#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace rapport {

// How a contact happened. The values are the schema's codes (interactions.channel).
enum class Channel {
    Phone = 0,
    Email = 1,
    Meeting = 2,
    Letter = 3,
    WebForm = 4,
    Chat = 5,
    Sms = 6,
    Visit = 7
};
inline constexpr std::array<const char *, 8>
    channelKeys{"phone", "email", "meeting", "letter", "web_form", "chat", "sms", "visit"};

// Who started it: the customer (inbound) or we (outbound).
enum class Direction { Inbound = 0, Outbound = 1 };
inline constexpr std::array<const char *, 2> directionKeys{"inbound", "outbound"};

// What came of it. The values are the schema's codes (interactions.outcome).
enum class Outcome {
    Completed = 0,
    NoAnswer = 1,
    LeftMessage = 2,
    FollowUp = 3,
    Sale = 4,
    Complaint = 5,
    NotInterested = 6
};
inline constexpr std::array<const char *, 7> outcomeKeys{"completed",
                                                         "no_answer",
                                                         "left_message",
                                                         "follow_up",
                                                         "sale",
                                                         "complaint",
                                                         "not_interested"};

QString channelName(Channel channel);       // translated, for display
QString directionName(Direction direction); // translated, for display
QString outcomeName(Outcome outcome);       // translated, for display

// One contact with a customer (a call, a mail, a visit...) as it appears on the timeline.
// Interactions are history: they are logged when they happened, not planned (that is a Task).
struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    Channel channel = Channel::Phone;
    Direction direction = Direction::Inbound;
    QDateTime occurredAt; // UTC
    qint64 durationSeconds = 0;
    std::optional<qint64> agentId; // the user who handled it
    QString subject;
    QString notes;
    Outcome outcome = Outcome::Completed;
    std::optional<qint64> caseId; // the support case it belongs to, if any
    int version = 0;              // 0 before the first save

    void tidy();
    // The first rule the interaction breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
