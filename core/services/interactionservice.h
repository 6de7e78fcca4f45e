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
// it opens is saved as one write through the workspace's door: all of it or nothing, with its
// history. The signed-in user is stamped as the agent, the assignee and the owner where the
// caller names nobody; the time comes from the door's clock. After the commit the change bus
// hears of each new row, with the customer, so the timeline, the list's last contact and "my
// day" update at once. A logged call can be taken back whole (remove) and written back with the
// same ids (reinstate): the undo and redo of the quick log.
class InteractionService final
{
    Q_DECLARE_TR_FUNCTIONS(InteractionService)

public:
    explicit InteractionService(Workspace &workspace);

    // Fills in the blanks, validates, saves. Validation errors name the field, prefixed with
    // "followUp." or "case." for the task's and the case's fields. On success `call` holds the
    // rows as saved.
    Result<LoggedCall> log(CallLog &call);
    // Takes a logged call back (an undo): deletes the interaction, the follow-up task and the
    // case that `logged` holds, as log() or reinstate() left it, in one write. Refused with a
    // Conflict, deleting nothing, when one of them changed or went since (another version) or
    // when another call or task hangs on the case now.
    Status remove(const CallLog &logged);
    // Writes a removed call back with the ids and versions it had (a redo); a Conflict when one
    // of the ids was taken meanwhile.
    Status reinstate(const CallLog &logged);
    Result<Interaction> get(qint64 id) { return m_interactions.get(id); }

    // The subject a log gets from its notes when it has none: their first line, shortened.
    static QString subjectFromNotes(const QString &notes);

private:
    void complete(CallLog &call, const QDateTime &now) const;
    static Status validate(const CallLog &call);

    Workspace &m_workspace;
    InteractionRepository m_interactions;
    TaskRepository m_tasks;
    CaseRepository m_cases;
};

} // namespace rapport
