#include "core/domain/interaction.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Interaction", text);
}

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
        return tr("Phone");
    case Channel::Email:
        return tr("E-mail");
    case Channel::Meeting:
        return tr("Meeting");
    case Channel::Letter:
        return tr("Letter");
    case Channel::WebForm:
        return tr("Web form");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Sms:
        return tr("Text message");
    case Channel::Visit:
        return tr("Visit");
    }
    return {};
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return tr("Inbound");
    case Direction::Outbound:
        return tr("Outbound");
    }
    return {};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed:
        return tr("Completed");
    case Outcome::NoAnswer:
        return tr("No answer");
    case Outcome::LeftMessage:
        return tr("Left a message");
    case Outcome::FollowUp:
        return tr("Follow-up needed");
    case Outcome::Sale:
        return tr("Sale");
    case Outcome::Complaint:
        return tr("Complaint");
    case Outcome::NotInterested:
        return tr("Not interested");
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
                     tr("The interaction belongs to no customer."),
                     QStringLiteral("customerId"));
    if (!enumFromInt<Channel>(int(channel), channelKeys))
        return Error(K::Validation,
                     tr("The channel is not one Rapport knows."),
                     QStringLiteral("channel"));
    if (!enumFromInt<Direction>(int(direction), directionKeys))
        return Error(K::Validation,
                     tr("The direction is not one Rapport knows."),
                     QStringLiteral("direction"));
    if (!occurredAt.isValid())
        return Error(K::Validation,
                     tr("The interaction needs the time it happened."),
                     QStringLiteral("occurredAt"));
    if (occurredAt.toSecsSinceEpoch() > QDateTime::currentSecsSinceEpoch() + FutureToleranceSeconds)
        return Error(K::Validation,
                     tr("The interaction lies in the future; plan it as a task instead."),
                     QStringLiteral("occurredAt"));
    if (durationSeconds < 0 || durationSeconds > MaxDurationSeconds)
        return Error(K::Validation,
                     tr("The duration must lie between zero and seven days."),
                     QStringLiteral("durationSeconds"));
    if (agentId && *agentId <= 0)
        return Error(K::Validation, tr("The agent is not a valid user."), QStringLiteral("agentId"));
    if (subject.size() > MaxSubjectLength)
        return Error(K::Validation,
                     tr("The subject is longer than %1 characters.").arg(MaxSubjectLength),
                     QStringLiteral("subject"));
    if (notes.size() > MaxNotesLength)
        return Error(K::Validation,
                     tr("The notes are longer than %1 characters.").arg(MaxNotesLength),
                     QStringLiteral("notes"));
    if (!enumFromInt<Outcome>(int(outcome), outcomeKeys))
        return Error(K::Validation,
                     tr("The outcome is not one Rapport knows."),
                     QStringLiteral("outcome"));
    if (caseId && *caseId <= 0)
        return Error(K::Validation, tr("The case is not a valid case."), QStringLiteral("caseId"));
    return {};
}

} // namespace rapport
