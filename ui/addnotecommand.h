#pragma once

#include "core/domain/customernote.h"
#include "core/services/noteservice.h"

#include <QUndoCommand>

#include <functional>

namespace rapport {

class Workspace;

// AddNoteCommand makes a note added in the 360° view undoable: undo deletes the note, redo adds
// it again (same text, author and time; a new id). It is pushed after the note was saved, so its
// first redo() does nothing. It holds a service on the workspace's database: the undo stack must
// be cleared before that workspace goes (MainWindow does).
class AddNoteCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    AddNoteCommand(Workspace &workspace, CustomerNote saved, ErrorHandler onError);

    void undo() override;
    void redo() override;
    const CustomerNote &note() const { return m_note; }

private:
    NoteService m_service;
    CustomerNote m_note;
    ErrorHandler m_onError;
    bool m_first = true;
};

} // namespace rapport
