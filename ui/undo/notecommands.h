#pragma once

#include "core/domain/customernote.h"
#include "ui/undo/customercommand.h"

#include <QPointer>

namespace rapport {

class Workspace;

// AddNoteCommand adds a note to a customer (the 360° view's note line); undo deletes it, redo
// adds it again with the same text, author and time (and a new id). Run it through
// CustomerCommand::run(), which saves it before it goes on the stack.
class AddNoteCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNoteCommand)

public:
    AddNoteCommand(Workspace &workspace, CustomerNote note);
    // The note as saved last (its id is valid after run() succeeded).
    const CustomerNote &note() const { return m_note; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    CustomerNote m_note;
};

} // namespace rapport
