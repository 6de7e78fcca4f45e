#include "ui/undo/notecommands.h"

#include "core/services/noteservice.h"
#include "core/services/workspace.h"
#include "ui/undo/undotext.h"

namespace rapport {

AddNoteCommand::AddNoteCommand(Workspace &workspace, CustomerNote note)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_note(std::move(note))
{
    setUndoText(*this, tr("Add Note"));
}

Status AddNoteCommand::apply()
{
    if (!m_workspace)
        return Error(Error::Kind::Io, tr("The database this step belongs to is closed."));
    NoteService &service = m_workspace->notes();
    CustomerNote again = m_note;
    again.id = 0;
    again.version = 0;
    if (Result<qint64> id = service.add(again); !id)
        return id.error();
    m_note = again;
    return {};
}

Status AddNoteCommand::revert()
{
    if (!m_workspace)
        return Error(Error::Kind::Io, tr("The database this step belongs to is closed."));
    NoteService &service = m_workspace->notes();
    if (Result<CustomerNote> removed = service.remove(m_note.id); !removed)
        return removed.error();
    return {};
}

} // namespace rapport
