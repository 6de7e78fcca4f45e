#pragma once

#include "core/domain/interaction.h"
#include "core/domain/supportcase.h"
#include "core/domain/task.h"
#include "core/storage/caserepository.h"
#include "core/storage/interactionrepository.h"
#include "core/storage/taskrepository.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <optional>

namespace rapport {

class Workspace;

// A call (or any contact) as the quick log records it: the interaction, and optionally a
// follow-up task and a case opened from it. Fields the caller leaves empty are filled in by
// InteractionService::log().
struct CallLog
{
    Interaction interaction;
    std::optional<Task> followUp;
    std::optional<SupportCase> newCase;
};

// What log() wrote: the new rows' ids (0 for the parts not asked for).
struct LoggedCall
{
    qint64 interactionId = 0;
    qint64 taskId = 0;
    qint64 caseId = 0;
};

// InteractionService logs contacts with customers. A call with its follow-up task and the case
// it opens is saved in one transaction: all of it or nothing. The signed-in user is stamped as
// the agent, the assignee and the owner where the caller names nobody; the time comes from the
// workspace's clock. After the commit the change bus hears of each new row, with the customer,
// so the timeline, the list's last contact and "my day" update at once.
class InteractionService final
{
    Q_DECLARE_TR_FUNCTIONS(InteractionService)

public:
    explicit InteractionService(Workspace &workspace);

    // Fills in the blanks, validates, saves. Validation errors name the field, prefixed with
    // "followUp." or "case." for the task's and the case's fields. On success `call` holds the
    // rows as saved.
    Result<LoggedCall> log(CallLog &call);
    Result<Interaction> get(qint64 id) { return m_interactions.get(id); }

    // The subject a log gets from its notes when it has none: their first line, shortened.
    static QString subjectFromNotes(const QString &notes);

private:
    void complete(CallLog &call) const;
    static Status validate(const CallLog &call);

    Workspace &m_workspace;
    InteractionRepository m_interactions;
    TaskRepository m_tasks;
    CaseRepository m_cases;
};

} // namespace rapport
