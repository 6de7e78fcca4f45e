#include "core/domain/supportcase.h"
#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

SupportCase validCase()
{
    SupportCase c;
    c.customerId = 4;
    c.kind = CaseKind::Complaint;
    c.subject = QStringLiteral("Invoice twice");
    c.openedAt = test::utc(2024, 2, 1, 8);
    return c;
}

QString brokenField(const SupportCase &c)
{
    const Status s = c.validate();
    if (s.ok())
        return QStringLiteral("<valid>");
    CHECK(s.error().kind() == Error::Kind::Validation);
    CHECK_FALSE(s.error().message().isEmpty());
    return s.error().field();
}

} // namespace

TEST_CASE("Case kinds, statuses and priorities have keys, schema codes and names", "[domain][case]")
{
    test::checkEnumeration<CaseKind>(caseKindKeys, caseKindName);
    test::checkEnumeration<CaseStatus>(caseStatusKeys, caseStatusName);
    test::checkEnumeration<Priority>(priorityKeys, priorityName);
    CHECK(int(CaseKind::ServiceRequest) == 1);
    CHECK(int(CaseStatus::Closed) == 4);
    CHECK(int(Priority::Normal) == 1);
    CHECK(int(Priority::Urgent) == 3);
}

TEST_CASE("A case is validated field by field", "[domain][case]")
{
    CHECK(validCase().validate().ok());

    SupportCase c = validCase();
    c.customerId = -1;
    CHECK(brokenField(c) == QStringLiteral("customerId"));
    c = validCase();
    c.kind = static_cast<CaseKind>(2);
    CHECK(brokenField(c) == QStringLiteral("kind"));
    c = validCase();
    c.subject = QStringLiteral("  ");
    CHECK(brokenField(c) == QStringLiteral("subject"));
    c.subject = QString(201, QLatin1Char('s'));
    CHECK(brokenField(c) == QStringLiteral("subject"));
    c = validCase();
    c.description = QString(20001, QLatin1Char('d'));
    CHECK(brokenField(c) == QStringLiteral("description"));
    c = validCase();
    c.category = QString(101, QLatin1Char('c'));
    CHECK(brokenField(c) == QStringLiteral("category"));
    c = validCase();
    c.status = static_cast<CaseStatus>(5);
    CHECK(brokenField(c) == QStringLiteral("status"));
    c = validCase();
    c.priority = static_cast<Priority>(4);
    CHECK(brokenField(c) == QStringLiteral("priority"));
    c = validCase();
    c.ownerId = 0;
    CHECK(brokenField(c) == QStringLiteral("ownerId"));
    c = validCase();
    c.openedAt = QDateTime();
    CHECK(brokenField(c) == QStringLiteral("openedAt"));
    c = validCase();
    c.resolution = QString(20001, QLatin1Char('r'));
    CHECK(brokenField(c) == QStringLiteral("resolution"));
}

TEST_CASE("A resolved or closed case needs a resolution time after its opening", "[domain][case]")
{
    SupportCase c = validCase();
    c.status = CaseStatus::Resolved;
    CHECK(brokenField(c) == QStringLiteral("resolvedAt"));
    c.resolvedAt = c.openedAt.addSecs(-60);
    CHECK(brokenField(c) == QStringLiteral("resolvedAt"));
    c.resolvedAt = c.openedAt; // resolved on the spot
    CHECK(brokenField(c) == QStringLiteral("<valid>"));
    c.status = CaseStatus::Closed;
    c.resolvedAt = c.openedAt.addDays(2);
    CHECK(c.isFinished());
    CHECK(brokenField(c) == QStringLiteral("<valid>"));

    // Reopened: the old resolution time must go, or the dashboards count it as resolved.
    c.status = CaseStatus::Open;
    CHECK_FALSE(c.isFinished());
    CHECK(brokenField(c) == QStringLiteral("resolvedAt"));
    c.resolvedAt = QDateTime();
    CHECK(brokenField(c) == QStringLiteral("<valid>"));
}

TEST_CASE("A case is named one way: #id, never digit-grouped", "[domain][case]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(caseReference(9211) == QStringLiteral("#9211"));
    CHECK(caseReference(1234567) == QStringLiteral("#1234567"));
    QLocale::setDefault(before);
}
