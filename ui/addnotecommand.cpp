#include "ui/addnotecommand.h"

#include "core/services/workspace.h"

#include <QCoreApplication>

namespace rapport {

AddNoteCommand::AddNoteCommand(Workspace &workspace, CustomerNote saved, ErrorHandler onError)
    : m_service(workspace.database(), workspace.changes())
    , m_note(std::move(saved))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("AddNoteCommand", "Add Note"));
}

void AddNoteCommand::undo()
{
    Result<CustomerNote> removed = m_service.remove(m_note.id);
    if (!removed && m_onError)
        m_onError(removed.error().message());
}

void AddNoteCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    CustomerNote again = m_note;
    again.id = 0;
    again.version = 0;
    if (Result<qint64> id = m_service.add(again); !id) {
        if (m_onError)
            m_onError(id.error().message());
        return;
    }
    m_note = again;
}

} // namespace rapport
