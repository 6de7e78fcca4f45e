#pragma once

#include "core/domain/customernote.h"
#include "core/storage/noterepository.h"
#include "core/util/result.h"

namespace rapport {

class Workspace;

// NoteService is the use case layer for customer notes: each write tidies and validates the
// note, writes it through the workspace's door (one transaction, the door's clock, its history)
// and, once committed, announces it on the bus (Entity::Note, with the customer's id), so an
// open timeline shows it at once.
class NoteService final
{
public:
    // The Workspace owns one (Workspace::notes()); it must not outlive the workspace.
    explicit NoteService(Workspace &workspace);

    // Adds a note to note.customerId; sets its id, version and times.
    Result<qint64> add(CustomerNote &note);
    Status update(CustomerNote &note);
    // Deletes the note; returns it as it was, so that an undo can add it again.
    Result<CustomerNote> remove(qint64 id);
    Result<CustomerNote> get(qint64 id) { return m_repo.get(id); }

private:
    Workspace &m_workspace;
    NoteRepository m_repo;
};

} // namespace rapport
