#include "ui/undo/surveycommands.h"

#include "core/services/surveyservice.h"
#include "core/services/workspace.h"
#include "ui/undo/undotext.h"

namespace rapport {
namespace {

Error closedWorkspace()
{
    return Error(Error::Kind::Io,
                 QCoreApplication::translate("CustomerCommand",
                                             "The database this step belongs to is closed."));
}

} // namespace

AddSurveyAnswerCommand::AddSurveyAnswerCommand(Workspace &workspace, SurveyAnswer answer)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_answer(std::move(answer))
{
    setUndoText(*this, tr("Add survey answer (score %1)").arg(m_answer.score));
}

Status AddSurveyAnswerCommand::apply()
{
    if (!m_workspace)
        return closedWorkspace();
    SurveyService &surveys = m_workspace->surveys();
    if (m_saved)
        return surveys.reinstate(m_answer);
    SurveyAnswer draft = m_answer;
    if (Result<qint64> id = surveys.add(draft); !id)
        return id.error();
    m_answer = draft;
    m_saved = true;
    return {};
}

Status AddSurveyAnswerCommand::revert()
{
    if (!m_workspace)
        return closedWorkspace();
    return m_workspace->surveys().remove(m_answer);
}

RemoveSurveyAnswerCommand::RemoveSurveyAnswerCommand(Workspace &workspace, SurveyAnswer answer)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_answer(std::move(answer))
{
    setUndoText(*this, tr("Remove survey answer (score %1)").arg(m_answer.score));
}

Status RemoveSurveyAnswerCommand::apply()
{
    if (!m_workspace)
        return closedWorkspace();
    return m_workspace->surveys().remove(m_answer);
}

Status RemoveSurveyAnswerCommand::revert()
{
    if (!m_workspace)
        return closedWorkspace();
    return m_workspace->surveys().reinstate(m_answer);
}

} // namespace rapport
