#include "core/services/interactionservice.h"

#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/workspace.h"

namespace rapport {
namespace {

constexpr qsizetype MaxDerivedSubject = 80;

// The same error with its field named inside the log: "followUp.title", "case.subject".
Error within(const Error &error, const QString &prefix)
{
    if (error.field().isEmpty())
        return error;
    return Error(error.kind(), error.message(), prefix + error.field());
}

} // namespace

InteractionService::InteractionService(Workspace &workspace)
    : m_workspace(workspace)
    , m_interactions(workspace.database())
    , m_tasks(workspace.database())
    , m_cases(workspace.database())
{}

QString InteractionService::subjectFromNotes(const QString &notes)
{
    const QString line = notes.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() <= MaxDerivedSubject)
        return line;
    // Cut at a word boundary where there is one near the end.
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), MaxDerivedSubject - 1);
    if (cut < MaxDerivedSubject / 2)
        cut = MaxDerivedSubject - 1;
    return QString(line.left(cut).trimmed() + QChar(0x2026));
}

void InteractionService::complete(CallLog &call, const QDateTime &now) const
{
    const std::optional<qint64> me = m_workspace.currentUserId();
    Interaction &i = call.interaction;
    i.tidy();
    if (!i.occurredAt.isValid())
        i.occurredAt = now.addSecs(-i.durationSeconds); // the call began that long ago
    if (!i.agentId)
        i.agentId = me;
    if (i.subject.isEmpty())
        i.subject = subjectFromNotes(i.notes);

    if (call.newCase) {
        SupportCase &c = *call.newCase;
        c.tidy();
        c.customerId = i.customerId;
        if (!c.openedAt.isValid())
            c.openedAt = now;
        if (!c.ownerId)
            c.ownerId = me;
        // Someone who opens a case on a call is working on it; without an owner it is new.
        if (c.status == CaseStatus::New && c.ownerId)
            c.status = CaseStatus::Open;
        if (c.subject.isEmpty())
            c.subject = i.subject;
        if (c.description.isEmpty())
            c.description = i.notes;
    }
    if (call.followUp) {
        Task &t = *call.followUp;
        t.tidy();
        t.customerId = i.customerId;
        if (!t.assigneeId)
            t.assigneeId = me;
        if (!t.createdAt.isValid())
            t.createdAt = now;
        if (!t.caseId)
            t.caseId = i.caseId; // the new case's id joins in log()
    }
}

Status InteractionService::validate(const CallLog &call)
{
    if (Status s = call.interaction.validate(); !s)
        return s;
    if (call.newCase) {
        if (call.interaction.caseId)
            return Error(Error::Kind::Validation,
                         tr("The call already belongs to a case; it cannot open another one."),
                         QStringLiteral("case"));
        if (Status s = call.newCase->validate(); !s)
            return within(s.error(), QStringLiteral("case."));
    }
    if (call.followUp) {
        if (Status s = call.followUp->validate(); !s)
            return within(s.error(), QStringLiteral("followUp."));
    }
    return {};
}

Result<LoggedCall> InteractionService::log(CallLog &call)
{
    CallLog draft = call;
    LoggedCall ids;
    const qint64 customer = draft.interaction.customerId;
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    const Status written
        = m_workspace.write({WriteAction::Create, customer}, [&](WriteScope &w) -> Status {
              complete(draft, w.now());
              if (Status s = validate(draft); !s)
                  return s;
              if (draft.newCase) {
                  Result<qint64> id = m_cases.insert(*draft.newCase);
                  if (!id)
                      return within(id.error(), QStringLiteral("case."));
                  ids.caseId = *id;
                  draft.interaction.caseId = *id;
                  if (draft.followUp && !draft.followUp->caseId)
                      draft.followUp->caseId = *id;
                  w.notify({Entity::Case, Action::Created, {ids.caseId}, {customer}});
              }
              Result<qint64> interaction = m_interactions.insert(draft.interaction);
              if (!interaction)
                  return interaction.error();
              ids.interactionId = *interaction;
              w.notify({Entity::Interaction, Action::Created, {ids.interactionId}, {customer}});
              if (draft.followUp) {
                  Result<qint64> id = m_tasks.insert(*draft.followUp);
                  if (!id)
                      return within(id.error(), QStringLiteral("followUp."));
                  ids.taskId = *id;
                  w.notify({Entity::Task, Action::Created, {ids.taskId}, {customer}});
              }
              return {};
          });
    if (!written)
        return written.error();
    call = draft;
    return ids;
}

Status InteractionService::remove(const CallLog &logged)
{
    const Interaction &call = logged.interaction;
    const qint64 customer = call.customerId;
    const qint64 taskId = logged.followUp ? logged.followUp->id : 0;
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    // Removing a record from a customer (mostly an undo) edits the customer: the matrix's
    // "delete" is deleting customers, which this is not.
    return m_workspace.write({WriteAction::Edit, customer}, [&](WriteScope &w) -> Status {
        // Every row must be as the log left it: versions move with every save, so a changed
        // version is someone's change, which an undo must not throw away.
        Result<Interaction> storedCall = m_interactions.get(call.id);
        if (!storedCall || storedCall->version != call.version)
            return Error(Error::Kind::Conflict,
                         tr("The call was changed or deleted since it was logged."));
        if (logged.followUp) {
            Result<Task> stored = m_tasks.get(taskId);
            if (!stored || stored->version != logged.followUp->version)
                return Error(Error::Kind::Conflict,
                             tr("Its follow-up task “%1” was changed or deleted since.")
                                 .arg(logged.followUp->title));
        }
        if (logged.newCase) {
            const SupportCase &opened = *logged.newCase;
            Result<SupportCase> stored = m_cases.get(opened.id);
            if (!stored || stored->version != opened.version)
                return Error(Error::Kind::Conflict,
                             tr("The case %1 it opened was changed or deleted since.")
                                 .arg(caseReference(opened.id)));
            Result<bool> other = m_cases.hasOtherWork(opened.id, call.id, taskId);
            if (!other)
                return other.error();
            if (*other)
                return Error(Error::Kind::Conflict,
                             tr("Other calls or tasks were added to the case %1 since.")
                                 .arg(caseReference(opened.id)));
        }
        if (logged.followUp) {
            if (Status s = m_tasks.remove(taskId); !s)
                return s;
            w.notify({Entity::Task, Action::Deleted, {taskId}, {customer}});
        }
        if (Status s = m_interactions.remove(call.id); !s)
            return s;
        w.notify({Entity::Interaction, Action::Deleted, {call.id}, {customer}});
        if (logged.newCase) {
            if (Status s = m_cases.remove(logged.newCase->id); !s)
                return s;
            w.notify({Entity::Case, Action::Deleted, {logged.newCase->id}, {customer}});
        }
        return {};
    });
}

Status InteractionService::reinstate(const CallLog &logged)
{
    const qint64 customer = logged.interaction.customerId;
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    return m_workspace.write({WriteAction::Create, customer}, [&](WriteScope &w) -> Status {
        if (logged.newCase) {
            if (Status s = m_cases.reinsert(*logged.newCase); !s)
                return s;
            w.notify({Entity::Case, Action::Created, {logged.newCase->id}, {customer}});
        }
        if (Status s = m_interactions.reinsert(logged.interaction); !s)
            return s;
        w.notify({Entity::Interaction, Action::Created, {logged.interaction.id}, {customer}});
        if (logged.followUp) {
            if (Status s = m_tasks.reinsert(*logged.followUp); !s)
                return s;
            w.notify({Entity::Task, Action::Created, {logged.followUp->id}, {customer}});
        }
        return {};
    });
}

} // namespace rapport
