#include "core/services/surveyservice.h"

#include "core/services/changebus.h"
#include "core/services/workspace.h"
#include "core/storage/transaction.h"

namespace rapport {

SurveyService::SurveyService(Workspace &workspace)
    : m_workspace(workspace)
    , m_repo(workspace.database())
{}

Result<qint64> SurveyService::add(SurveyAnswer &answer)
{
    SurveyAnswer draft = answer;
    draft.tidy();
    if (!draft.answeredAt.isValid())
        draft.answeredAt = m_workspace.now();
    if (Status s = draft.validate(); !s)
        return s.error();
    {
        WriteTransaction tx(m_workspace.database());
        if (!tx.begun())
            return tx.begun().error();
        if (Result<qint64> id = m_repo.insert(draft); !id)
            return id.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    answer = draft;
    m_workspace.changes().publish({ChangeNotice::Entity::Survey,
                                   ChangeNotice::Action::Created,
                                   {answer.id},
                                   {answer.customerId}});
    return answer.id;
}

Result<SurveyAnswer> SurveyService::remove(qint64 id)
{
    WriteTransaction tx(m_workspace.database());
    if (!tx.begun())
        return tx.begun().error();
    Result<SurveyAnswer> answer = m_repo.get(id);
    if (!answer)
        return answer.error();
    if (Status s = m_repo.remove(id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_workspace.changes().publish(
        {ChangeNotice::Entity::Survey, ChangeNotice::Action::Deleted, {id}, {answer->customerId}});
    return answer;
}

} // namespace rapport
