#include "core/domain/relationship.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Relationship validRelationship()
{
    Relationship r;
    r.fromId = 1;
    r.toId = 2;
    r.kind = RelationshipKind::WorksAt;
    r.role = QStringLiteral("Head of purchasing");
    r.since = QDate(2020, 1, 15);
    return r;
}

QString brokenField(const Relationship &r)
{
    const Status s = r.validate();
    if (s.ok())
        return QStringLiteral("<valid>");
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK_FALSE(s.error().message().isEmpty());
    return s.error().field();
}

} // namespace

TEST_CASE("Relationship kinds have keys, schema codes and names both ways", "[domain][relationship]")
{
    test::checkEnumeration<RelationshipKind>(relationshipKindKeys, relationshipKindName);
    CHECK(int(RelationshipKind::Supplier) == 4);
    CHECK(relationshipKindInverseName(RelationshipKind::WorksAt)
          != relationshipKindName(RelationshipKind::WorksAt));
    CHECK_FALSE(relationshipKindInverseName(RelationshipKind::Supplier).isEmpty());
}

TEST_CASE("A relationship is validated field by field", "[domain][relationship]")
{
    CHECK(validRelationship().validate().ok());

    Relationship r = validRelationship();
    r.fromId = 0;
    CHECK(brokenField(r) == QStringLiteral("fromId"));
    r = validRelationship();
    r.toId = -3;
    CHECK(brokenField(r) == QStringLiteral("toId"));
    r = validRelationship();
    r.toId = r.fromId;
    CHECK(brokenField(r) == QStringLiteral("toId"));
    r = validRelationship();
    r.kind = static_cast<RelationshipKind>(5);
    CHECK(brokenField(r) == QStringLiteral("kind"));
    r = validRelationship();
    r.role = QString(201, QLatin1Char('r'));
    CHECK(brokenField(r) == QStringLiteral("role"));
    r = validRelationship();
    r.since = QDate::currentDate().addYears(1);
    CHECK(brokenField(r) == QStringLiteral("since"));
    r.since = QDate(); // unknown is fine
    CHECK(brokenField(r) == QStringLiteral("<valid>"));
    r.note = QString(2001, QLatin1Char('n'));
    CHECK(brokenField(r) == QStringLiteral("note"));
}

TEST_CASE("The other end of a relationship depends on the side", "[domain][relationship]")
{
    const Relationship r = validRelationship();
    CHECK(r.otherId(1) == 2);
    CHECK(r.otherId(2) == 1);
}
