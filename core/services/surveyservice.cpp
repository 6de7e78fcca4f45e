#include "core/services/surveyservice.h"

#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/workspace.h"

namespace rapport {
namespace {

bool sameAnswer(const SurveyAnswer &a, const SurveyAnswer &b)
{
    return a.id == b.id && a.customerId == b.customerId && a.answeredAt == b.answeredAt
           && a.score == b.score && a.kind == b.kind && a.comment == b.comment;
}

} // namespace

SurveyService::SurveyService(Workspace &workspace)
    : m_workspace(workspace)
    , m_repo(workspace.database())
{}

Result<qint64> SurveyService::add(SurveyAnswer &answer)
{
    SurveyAnswer draft = answer;
    draft.tidy();
    // Validated before the write with a stand-in date, so a bad score never takes the lock.
    SurveyAnswer dated = draft;
    if (!dated.answeredAt.isValid())
        dated.answeredAt = m_workspace.now();
    if (Status s = dated.validate(); !s)
        return s.error();
    const Status written = m_workspace.write({WriteAction::Create, draft.customerId},
                                             [&](WriteScope &w) -> Status {
                                                 if (!draft.answeredAt.isValid())
                                                     draft.answeredAt = w.now();
                                                 if (Result<qint64> id = m_repo.insert(draft); !id)
                                                     return id.error();
                                                 w.notify({ChangeNotice::Entity::Survey,
                                                           ChangeNotice::Action::Created,
                                                           {draft.id},
                                                           {draft.customerId}});
                                                 return {};
                                             });
    if (!written)
        return written.error();
    answer = draft;
    return answer.id;
}

Result<SurveyAnswer> SurveyService::remove(qint64 id)
{
    // Read first for the customer the permission check asks about; read again inside the write.
    Result<SurveyAnswer> answer = m_repo.get(id);
    if (!answer)
        return answer.error();
    // Removing a record from a customer (mostly an undo) edits the customer: the matrix's
    // "delete" is deleting customers, which this is not.
    const Status written = m_workspace.write({WriteAction::Edit, answer->customerId},
                                             [&](WriteScope &w) -> Status {
                                                 answer = m_repo.get(id);
                                                 if (!answer)
                                                     return answer.error();
                                                 if (Status s = m_repo.remove(id); !s)
                                                     return s;
                                                 w.notify({ChangeNotice::Entity::Survey,
                                                           ChangeNotice::Action::Deleted,
                                                           {id},
                                                           {answer->customerId}});
                                                 return {};
                                             });
    if (!written)
        return written.error();
    return answer;
}

Status SurveyService::remove(const SurveyAnswer &expected)
{
    // Removing a record from a customer (mostly an undo) edits the customer: the matrix's
    // "delete" is deleting customers, which this is not.
    return m_workspace.write({WriteAction::Edit, expected.customerId}, [&](WriteScope &w) -> Status {
        Result<SurveyAnswer> stored = m_repo.get(expected.id);
        if (!stored || !sameAnswer(*stored, expected))
            return Error(Error::Kind::Conflict,
                         tr("The survey answer was changed or deleted since."));
        if (Status s = m_repo.remove(expected.id); !s)
            return s;
        w.notify({ChangeNotice::Entity::Survey,
                  ChangeNotice::Action::Deleted,
                  {expected.id},
                  {expected.customerId}});
        return {};
    });
}

Status SurveyService::reinstate(const SurveyAnswer &answer)
{
    return m_workspace.write({WriteAction::Create, answer.customerId}, [&](WriteScope &w) -> Status {
        if (Status s = m_repo.reinsert(answer); !s)
            return s;
        w.notify({ChangeNotice::Entity::Survey,
                  ChangeNotice::Action::Created,
                  {answer.id},
                  {answer.customerId}});
        return {};
    });
}

} // namespace rapport
