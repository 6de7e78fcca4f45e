#include "core/domain/survey.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct SurveyTexts
{
    Q_DECLARE_TR_FUNCTIONS(SurveyAnswer)
};

} // namespace

QString surveyKindName(SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Relationship:
        return SurveyTexts::tr("Periodic survey");
    case SurveyKind::AfterPurchase:
        return SurveyTexts::tr("After a purchase");
    case SurveyKind::AfterCase:
        return SurveyTexts::tr("After a case");
    }
    return {};
}

NpsGroup npsGroup(int score)
{
    return score >= 9 ? NpsGroup::Promoter : score >= 7 ? NpsGroup::Passive : NpsGroup::Detractor;
}

QString npsGroupName(NpsGroup group)
{
    switch (group) {
    case NpsGroup::Detractor:
        return SurveyTexts::tr("Detractor");
    case NpsGroup::Passive:
        return SurveyTexts::tr("Passive");
    case NpsGroup::Promoter:
        return SurveyTexts::tr("Promoter");
    }
    return {};
}

void SurveyAnswer::tidy()
{
    comment = comment.trimmed();
}

Status SurveyAnswer::validate() const
{
    using K = Error::Kind;
    if (customerId <= 0)
        return Error(K::Validation,
                     SurveyTexts::tr("The survey answer belongs to no customer."),
                     QStringLiteral("customerId"));
    if (score < MinScore || score > MaxScore)
        return Error(K::Validation,
                     SurveyTexts::tr("The score must be a whole number from %1 to %2.")
                         .arg(MinScore)
                         .arg(MaxScore),
                     QStringLiteral("score"));
    if (int(kind) < 0 || std::size_t(kind) >= surveyKindKeys.size())
        return Error(K::Validation,
                     SurveyTexts::tr("The kind of survey is not known."),
                     QStringLiteral("kind"));
    if (!answeredAt.isValid())
        return Error(K::Validation,
                     SurveyTexts::tr("The survey answer has no date."),
                     QStringLiteral("answeredAt"));
    if (comment.size() > MaxCommentLength)
        return Error(K::Validation,
                     SurveyTexts::tr("The comment is longer than %1 characters.")
                         .arg(MaxCommentLength),
                     QStringLiteral("comment"));
    return {};
}

} // namespace rapport
