#pragma once

#include "core/domain/survey.h"
#include "core/storage/surveyrepository.h"
#include "core/util/result.h"

namespace rapport {

class Workspace;

// SurveyService records customers' survey answers: it tidies and validates the answer, stamps
// "now" when it has no date, commits it, and announces it on the bus (Entity::Survey, with the
// customer's id), so an open 360° view shows the new latest score.
class SurveyService final
{
public:
    // "Now" for answers without a date is the workspace's clock.
    explicit SurveyService(Workspace &workspace);

    // Adds answer to answer.customerId; sets its id (and answeredAt when it was null).
    Result<qint64> add(SurveyAnswer &answer);
    // Deletes the answer (one recorded by mistake); returns it as it was, for an undo.
    Result<SurveyAnswer> remove(qint64 id);
    Result<SurveyAnswer> get(qint64 id) { return m_repo.get(id); }
    // The customer's answers, newest first.
    Result<QList<SurveyAnswer>> answers(qint64 customerId)
    {
        return m_repo.listForCustomer(customerId);
    }

private:
    Workspace &m_workspace;
    SurveyRepository m_repo;
};

} // namespace rapport
