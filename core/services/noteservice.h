#pragma once

#include "core/domain/customernote.h"
#include "core/storage/noterepository.h"
#include "core/util/result.h"

namespace rapport {

class ChangeBus;
class Database;

// NoteService is the use case layer for customer notes: each write tidies and validates the
// note, commits it, and then announces it on the bus (Entity::Note, with the customer's id), so
// an open timeline shows it at once.
class NoteService final
{
public:
    NoteService(const Database &db, ChangeBus &bus);

    // Adds a note to note.customerId; sets its id, version and times.
    Result<qint64> add(CustomerNote &note);
    Status update(CustomerNote &note);
    // Deletes the note; returns it as it was, so that an undo can add it again.
    Result<CustomerNote> remove(qint64 id);
    Result<CustomerNote> get(qint64 id) { return m_repo.get(id); }

private:
    const Database &m_db;
    ChangeBus &m_bus;
    NoteRepository m_repo;
};

} // namespace rapport
