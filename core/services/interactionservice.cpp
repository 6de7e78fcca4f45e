#include "core/services/interactionservice.h"

#include "core/services/changebus.h"
#include "core/services/workspace.h"
#include "core/storage/transaction.h"

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

void InteractionService::complete(CallLog &call) const
{
    const QDateTime now = m_workspace.now();
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
    complete(draft);
    if (Status s = validate(draft); !s)
        return s.error();

    WriteTransaction tx(m_workspace.database());
    if (!tx.begun())
        return tx.begun().error();
    LoggedCall ids;
    if (draft.newCase) {
        Result<qint64> id = m_cases.insert(*draft.newCase);
        if (!id)
            return within(id.error(), QStringLiteral("case."));
        ids.caseId = *id;
        draft.interaction.caseId = *id;
        if (draft.followUp && !draft.followUp->caseId)
            draft.followUp->caseId = *id;
    }
    Result<qint64> interaction = m_interactions.insert(draft.interaction);
    if (!interaction)
        return interaction.error();
    ids.interactionId = *interaction;
    if (draft.followUp) {
        Result<qint64> id = m_tasks.insert(*draft.followUp);
        if (!id)
            return within(id.error(), QStringLiteral("followUp."));
        ids.taskId = *id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();

    call = draft;
    const qint64 customer = draft.interaction.customerId;
    ChangeBus &bus = m_workspace.changes();
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    if (ids.caseId)
        bus.publish({Entity::Case, Action::Created, {ids.caseId}, {customer}});
    bus.publish({Entity::Interaction, Action::Created, {ids.interactionId}, {customer}});
    if (ids.taskId)
        bus.publish({Entity::Task, Action::Created, {ids.taskId}, {customer}});
    return ids;
}

} // namespace rapport
