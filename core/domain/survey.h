#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <array>

namespace rapport {

// What prompted a survey. The values are the schema's codes (surveys.kind).
enum class SurveyKind {
    Relationship = 0,  // the periodic "how are we doing" survey
    AfterPurchase = 1, // sent after an order
    AfterCase = 2      // sent after a complaint or service request was resolved
};
inline constexpr std::array<const char *, 3> surveyKindKeys{"relationship",
                                                            "after_purchase",
                                                            "after_case"};
QString surveyKindName(SurveyKind kind); // translated, for display

// The Net Promoter groups of a 0..10 score: 9-10 promoters, 7-8 passives, 0-6 detractors.
enum class NpsGroup { Detractor = 0, Passive = 1, Promoter = 2 };
NpsGroup npsGroup(int score);
QString npsGroupName(NpsGroup group); // translated: "Promoter", "Passive", "Detractor"

// One answer a customer gave to "How likely are you to recommend us to a friend or colleague?"
// on the usual 0 (not at all) to 10 (extremely likely) scale, with an optional comment. Answers
// are recorded facts: they are added, never edited.
struct SurveyAnswer
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime answeredAt; // UTC; the service stamps "now" when it is null
    int score = -1;       // 0..10; -1: not given
    SurveyKind kind = SurveyKind::Relationship;
    QString comment; // may be empty

    static constexpr int MinScore = 0;
    static constexpr int MaxScore = 10;
    static constexpr qsizetype MaxCommentLength = 5000;

    void tidy();
    // The first rule the answer breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
