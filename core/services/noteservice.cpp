#include "core/services/noteservice.h"

#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/workspace.h"

namespace rapport {

NoteService::NoteService(Workspace &workspace)
    : m_workspace(workspace)
    , m_repo(workspace.database())
{}

Result<qint64> NoteService::add(CustomerNote &note)
{
    note.tidy();
    CustomerNote draft = note;
    const WriteRequest request(WriteAction::Create, draft.customerId);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        if (Result<qint64> id = m_repo.insert(draft, w.now()); !id)
            return id.error();
        w.notify({ChangeNotice::Entity::Note,
                  ChangeNotice::Action::Created,
                  {draft.id},
                  {draft.customerId}});
        return {};
    });
    if (!written)
        return written.error();
    note = draft;
    return note.id;
}

Status NoteService::update(CustomerNote &note)
{
    note.tidy();
    CustomerNote draft = note;
    const WriteRequest request(WriteAction::Edit, draft.customerId);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        if (Status s = m_repo.update(draft, w.now()); !s)
            return s;
        w.notify({ChangeNotice::Entity::Note,
                  ChangeNotice::Action::Updated,
                  {draft.id},
                  {draft.customerId}});
        return {};
    });
    if (!written)
        return written;
    note = draft;
    return {};
}

Result<CustomerNote> NoteService::remove(qint64 id)
{
    Result<CustomerNote> note = m_repo.get(id);
    if (!note)
        return note.error();
    // Removing a record from a customer (mostly an undo) edits the customer: the matrix's
    // "delete" is deleting customers, which this is not.
    const WriteRequest request(WriteAction::Edit, note->customerId);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        // Read again inside the transaction: what is removed is what the undo brings back.
        note = m_repo.get(id);
        if (!note)
            return note.error();
        if (Status s = m_repo.remove(id); !s)
            return s;
        w.notify(
            {ChangeNotice::Entity::Note, ChangeNotice::Action::Deleted, {id}, {note->customerId}});
        return {};
    });
    if (!written)
        return written.error();
    return note;
}

} // namespace rapport
