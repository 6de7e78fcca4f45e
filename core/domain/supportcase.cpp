#include "core/domain/supportcase.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct SupportCaseTexts
{
    Q_DECLARE_TR_FUNCTIONS(SupportCase)
};

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
        return SupportCaseTexts::tr("Complaint");
    case CaseKind::ServiceRequest:
        return SupportCaseTexts::tr("Service request");
    }
    return {};
}

QString caseReference(qint64 id)
{
    return QLatin1Char('#') + QString::number(id);
}

QString caseStatusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return SupportCaseTexts::tr("New");
    case CaseStatus::Open:
        return SupportCaseTexts::tr("Open");
    case CaseStatus::Waiting:
        return SupportCaseTexts::tr("Waiting for the customer");
    case CaseStatus::Resolved:
        return SupportCaseTexts::tr("Resolved");
    case CaseStatus::Closed:
        return SupportCaseTexts::tr("Closed");
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
                     SupportCaseTexts::tr("The case belongs to no customer."),
                     QStringLiteral("customerId"));
    if (!enumFromInt<CaseKind>(int(kind), caseKindKeys))
        return Error(K::Validation,
                     SupportCaseTexts::tr("The kind of case is not one Rapport knows."),
                     QStringLiteral("kind"));
    if (subject.trimmed().isEmpty())
        return Error(K::Validation,
                     SupportCaseTexts::tr("A case needs a subject."),
                     QStringLiteral("subject"));
    if (subject.size() > MaxSubjectLength)
        return Error(K::Validation,
                     SupportCaseTexts::tr("The subject is longer than %1 characters.")
                         .arg(MaxSubjectLength),
                     QStringLiteral("subject"));
    if (description.size() > MaxTextLength)
        return Error(K::Validation,
                     SupportCaseTexts::tr("The description is longer than %1 characters.")
                         .arg(MaxTextLength),
                     QStringLiteral("description"));
    if (category.size() > MaxCategoryLength)
        return Error(K::Validation,
                     SupportCaseTexts::tr("The category is longer than %1 characters.")
                         .arg(MaxCategoryLength),
                     QStringLiteral("category"));
    if (!enumFromInt<CaseStatus>(int(status), caseStatusKeys))
        return Error(K::Validation,
                     SupportCaseTexts::tr("The case's status is not one Rapport knows."),
                     QStringLiteral("status"));
    if (!enumFromInt<Priority>(int(priority), priorityKeys))
        return Error(K::Validation,
                     SupportCaseTexts::tr("The priority is not one Rapport knows."),
                     QStringLiteral("priority"));
    if (ownerId && *ownerId <= 0)
        return Error(K::Validation,
                     SupportCaseTexts::tr("The owner is not a valid user."),
                     QStringLiteral("ownerId"));
    if (!openedAt.isValid())
        return Error(K::Validation,
                     SupportCaseTexts::tr("The case needs the time it was opened."),
                     QStringLiteral("openedAt"));
    if (openedAt.toSecsSinceEpoch() > QDateTime::currentSecsSinceEpoch() + FutureToleranceSeconds)
        return Error(K::Validation,
                     SupportCaseTexts::tr("The case cannot be opened in the future."),
                     QStringLiteral("openedAt"));
    if (isFinished()) {
        if (!resolvedAt.isValid())
            return Error(K::Validation,
                         SupportCaseTexts::tr(
                             "A resolved or closed case needs the time it was resolved."),
                         QStringLiteral("resolvedAt"));
        if (resolvedAt < openedAt)
            return Error(K::Validation,
                         SupportCaseTexts::tr("The case cannot be resolved before it was opened."),
                         QStringLiteral("resolvedAt"));
    } else if (resolvedAt.isValid()) {
        // Resolution times feed the service dashboards; a stale one on a reopened case would
        // count it as resolved.
        return Error(K::Validation,
                     SupportCaseTexts::tr(
                         "A case that is not resolved has no resolution time; clear it when "
                         "reopening the case."),
                     QStringLiteral("resolvedAt"));
    }
    if (resolution.size() > MaxTextLength)
        return Error(K::Validation,
                     SupportCaseTexts::tr("The resolution is longer than %1 characters.")
                         .arg(MaxTextLength),
                     QStringLiteral("resolution"));
    return {};
}

} // namespace rapport
