#pragma once

#include "core/domain/survey.h"
#include "ui/undo/customercommand.h"

#include <QPointer>

namespace rapport {

class Workspace;

// Adding and removing a customer's survey answer, as undoable steps in the CustomerCommand
// pattern. Each undoes the other through SurveyService: a removal only while the answer is as
// the step left it, a write-back with the id it had (a Conflict when that was taken meanwhile).
// No view adds or removes answers yet (they come from imports and the demo data); these are the
// steps such a view pushes.
class AddSurveyAnswerCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSurveyAnswerCommand)

public:
    AddSurveyAnswerCommand(Workspace &workspace, SurveyAnswer answer);
    const SurveyAnswer &answer() const { return m_answer; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    SurveyAnswer m_answer;
    bool m_saved = false;
};

class RemoveSurveyAnswerCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSurveyAnswerCommand)

public:
    // `answer` as it was read.
    RemoveSurveyAnswerCommand(Workspace &workspace, SurveyAnswer answer);

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    SurveyAnswer m_answer;
};

} // namespace rapport
