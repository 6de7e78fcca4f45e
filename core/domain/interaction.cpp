#include "core/domain/interaction.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct InteractionTexts
{
    Q_DECLARE_TR_FUNCTIONS(Interaction)
};

constexpr qsizetype MaxSubjectLength = 200;
constexpr qsizetype MaxNotesLength = 20000;
constexpr qint64 MaxDurationSeconds = 7 * 24 * 3600;
// Clocks of two machines sharing a file disagree a little; a day is far beyond that.
constexpr qint64 FutureToleranceSeconds = 24 * 3600;

} // namespace

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return InteractionTexts::tr("Phone");
    case Channel::Email:
        return InteractionTexts::tr("E-mail");
    case Channel::Meeting:
        return InteractionTexts::tr("Meeting");
    case Channel::Letter:
        return InteractionTexts::tr("Letter");
    case Channel::WebForm:
        return InteractionTexts::tr("Web form");
    case Channel::Chat:
        return InteractionTexts::tr("Chat");
    case Channel::Sms:
        return InteractionTexts::tr("Text message");
    case Channel::Visit:
        return InteractionTexts::tr("Visit");
    }
    return {};
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return InteractionTexts::tr("Inbound");
    case Direction::Outbound:
        return InteractionTexts::tr("Outbound");
    }
    return {};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed:
        return InteractionTexts::tr("Completed");
    case Outcome::NoAnswer:
        return InteractionTexts::tr("No answer");
    case Outcome::LeftMessage:
        return InteractionTexts::tr("Left a message");
    case Outcome::FollowUp:
        return InteractionTexts::tr("Follow-up needed");
    case Outcome::Sale:
        return InteractionTexts::tr("Sale");
    case Outcome::Complaint:
        return InteractionTexts::tr("Complaint");
    case Outcome::NotInterested:
        return InteractionTexts::tr("Not interested");
    }
    return {};
}

void Interaction::tidy()
{
    subject = subject.simplified();
    notes = notes.trimmed();
}

Status Interaction::validate() const
{
    using K = Error::Kind;
    if (customerId <= 0)
        return Error(K::Validation,
                     InteractionTexts::tr("The interaction belongs to no customer."),
                     QStringLiteral("customerId"));
    if (!enumFromInt<Channel>(int(channel), channelKeys))
        return Error(K::Validation,
                     InteractionTexts::tr("The channel is not one Rapport knows."),
                     QStringLiteral("channel"));
    if (!enumFromInt<Direction>(int(direction), directionKeys))
        return Error(K::Validation,
                     InteractionTexts::tr("The direction is not one Rapport knows."),
                     QStringLiteral("direction"));
    if (!occurredAt.isValid())
        return Error(K::Validation,
                     InteractionTexts::tr("The interaction needs the time it happened."),
                     QStringLiteral("occurredAt"));
    if (occurredAt.toSecsSinceEpoch() > QDateTime::currentSecsSinceEpoch() + FutureToleranceSeconds)
        return Error(K::Validation,
                     InteractionTexts::tr(
                         "The interaction lies in the future; plan it as a task instead."),
                     QStringLiteral("occurredAt"));
    if (durationSeconds < 0 || durationSeconds > MaxDurationSeconds)
        return Error(K::Validation,
                     InteractionTexts::tr("The duration must lie between zero and seven days."),
                     QStringLiteral("durationSeconds"));
    if (agentId && *agentId <= 0)
        return Error(K::Validation,
                     InteractionTexts::tr("The agent is not a valid user."),
                     QStringLiteral("agentId"));
    if (subject.size() > MaxSubjectLength)
        return Error(K::Validation,
                     InteractionTexts::tr("The subject is longer than %1 characters.")
                         .arg(MaxSubjectLength),
                     QStringLiteral("subject"));
    if (notes.size() > MaxNotesLength)
        return Error(K::Validation,
                     InteractionTexts::tr("The notes are longer than %1 characters.")
                         .arg(MaxNotesLength),
                     QStringLiteral("notes"));
    if (!enumFromInt<Outcome>(int(outcome), outcomeKeys))
        return Error(K::Validation,
                     InteractionTexts::tr("The outcome is not one Rapport knows."),
                     QStringLiteral("outcome"));
    if (caseId && *caseId <= 0)
        return Error(K::Validation,
                     InteractionTexts::tr("The case is not a valid case."),
                     QStringLiteral("caseId"));
    return {};
}

} // namespace rapport
