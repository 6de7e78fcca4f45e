#include "core/domain/supportcase.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SupportCase", text);
}

constexpr qsizetype MaxSubjectLength = 200;
constexpr qsizetype MaxCategoryLength = 100;
constexpr qsizetype MaxTextLength = 20000;
// Clocks of two machines sharing a file disagree a little; a day is far beyond that.
constexpr qint64 FutureToleranceSeconds = 24 * 3600;

} // namespace

QString caseKindName(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Complaint:
        return tr("Complaint");
    case CaseKind::ServiceRequest:
        return tr("Service request");
    }
    return {};
}

QString caseStatusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return tr("New");
    case CaseStatus::Open:
        return tr("Open");
    case CaseStatus::Waiting:
        return tr("Waiting for the customer");
    case CaseStatus::Resolved:
        return tr("Resolved");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

void SupportCase::tidy()
{
    subject = subject.simplified();
    description = description.trimmed();
    category = category.simplified();
    resolution = resolution.trimmed();
}

Status SupportCase::validate() const
{
    using K = Error::Kind;
    if (customerId <= 0)
        return Error(K::Validation,
                     tr("The case belongs to no customer."),
                     QStringLiteral("customerId"));
    if (!enumFromInt<CaseKind>(int(kind), caseKindKeys))
        return Error(K::Validation,
                     tr("The kind of case is not one Rapport knows."),
                     QStringLiteral("kind"));
    if (subject.trimmed().isEmpty())
        return Error(K::Validation, tr("A case needs a subject."), QStringLiteral("subject"));
    if (subject.size() > MaxSubjectLength)
        return Error(K::Validation,
                     tr("The subject is longer than %1 characters.").arg(MaxSubjectLength),
                     QStringLiteral("subject"));
    if (description.size() > MaxTextLength)
        return Error(K::Validation,
                     tr("The description is longer than %1 characters.").arg(MaxTextLength),
                     QStringLiteral("description"));
    if (category.size() > MaxCategoryLength)
        return Error(K::Validation,
                     tr("The category is longer than %1 characters.").arg(MaxCategoryLength),
                     QStringLiteral("category"));
    if (!enumFromInt<CaseStatus>(int(status), caseStatusKeys))
        return Error(K::Validation,
                     tr("The case's status is not one Rapport knows."),
                     QStringLiteral("status"));
    if (!enumFromInt<Priority>(int(priority), priorityKeys))
        return Error(K::Validation,
                     tr("The priority is not one Rapport knows."),
                     QStringLiteral("priority"));
    if (ownerId && *ownerId <= 0)
        return Error(K::Validation, tr("The owner is not a valid user."), QStringLiteral("ownerId"));
    if (!openedAt.isValid())
        return Error(K::Validation,
                     tr("The case needs the time it was opened."),
                     QStringLiteral("openedAt"));
    if (openedAt.toSecsSinceEpoch() > QDateTime::currentSecsSinceEpoch() + FutureToleranceSeconds)
        return Error(K::Validation,
                     tr("The case cannot be opened in the future."),
                     QStringLiteral("openedAt"));
    if (isFinished()) {
        if (!resolvedAt.isValid())
            return Error(K::Validation,
                         tr("A resolved or closed case needs the time it was resolved."),
                         QStringLiteral("resolvedAt"));
        if (resolvedAt < openedAt)
            return Error(K::Validation,
                         tr("The case cannot be resolved before it was opened."),
                         QStringLiteral("resolvedAt"));
    } else if (resolvedAt.isValid()) {
        // Resolution times feed the service dashboards; a stale one on a reopened case would
        // count it as resolved.
        return Error(K::Validation,
                     tr("A case that is not resolved has no resolution time; clear it when "
                        "reopening the case."),
                     QStringLiteral("resolvedAt"));
    }
    if (resolution.size() > MaxTextLength)
        return Error(K::Validation,
                     tr("The resolution is longer than %1 characters.").arg(MaxTextLength),
                     QStringLiteral("resolution"));
    return {};
}

} // namespace rapport
