#include "core/domain/interaction.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Interaction validInteraction()
{
    Interaction i;
    i.customerId = 7;
    i.channel = Channel::Phone;
    i.direction = Direction::Inbound;
    i.occurredAt = test::utc(2024, 5, 2, 9, 30);
    i.durationSeconds = 240;
    i.subject = QStringLiteral("Delivery date");
    return i;
}

QString brokenField(const Interaction &i)
{
    const Status s = i.validate();
    if (s.ok())
        return QStringLiteral("<valid>");
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK_FALSE(s.error().message().isEmpty());
    return s.error().field();
}

} // namespace

TEST_CASE("Channels, directions and outcomes have keys, schema codes and names",
          "[domain][interaction]")
{
    test::checkEnumeration<Channel>(channelKeys, channelName);
    test::checkEnumeration<Direction>(directionKeys, directionName);
    test::checkEnumeration<Outcome>(outcomeKeys, outcomeName);
    CHECK(int(Channel::Visit) == 7);
    CHECK(int(Direction::Outbound) == 1);
    CHECK(int(Outcome::NotInterested) == 6);
    CHECK(enumFromKey<Channel>(u"web_form", channelKeys) == Channel::WebForm);
}

TEST_CASE("An interaction is validated field by field", "[domain][interaction]")
{
    CHECK(validInteraction().validate().ok());

    Interaction i = validInteraction();
    i.customerId = 0;
    CHECK(brokenField(i) == QStringLiteral("customerId"));
    i = validInteraction();
    i.channel = static_cast<Channel>(8);
    CHECK(brokenField(i) == QStringLiteral("channel"));
    i = validInteraction();
    i.direction = static_cast<Direction>(2);
    CHECK(brokenField(i) == QStringLiteral("direction"));
    i = validInteraction();
    i.occurredAt = QDateTime();
    CHECK(brokenField(i) == QStringLiteral("occurredAt"));
    i.occurredAt = QDateTime::currentDateTimeUtc().addDays(3);
    CHECK(brokenField(i) == QStringLiteral("occurredAt"));
    i = validInteraction();
    i.durationSeconds = -1;
    CHECK(brokenField(i) == QStringLiteral("durationSeconds"));
    i.durationSeconds = 8 * 24 * 3600;
    CHECK(brokenField(i) == QStringLiteral("durationSeconds"));
    i = validInteraction();
    i.agentId = 0;
    CHECK(brokenField(i) == QStringLiteral("agentId"));
    i = validInteraction();
    i.subject = QString(201, QLatin1Char('s'));
    CHECK(brokenField(i) == QStringLiteral("subject"));
    i = validInteraction();
    i.notes = QString(20001, QLatin1Char('n'));
    CHECK(brokenField(i) == QStringLiteral("notes"));
    i = validInteraction();
    i.outcome = static_cast<Outcome>(7);
    CHECK(brokenField(i) == QStringLiteral("outcome"));
    i = validInteraction();
    i.caseId = -1;
    CHECK(brokenField(i) == QStringLiteral("caseId"));
    i = validInteraction();
    i.subject.clear(); // a quick note without a subject is fine
    CHECK(brokenField(i) == QStringLiteral("<valid>"));
}
