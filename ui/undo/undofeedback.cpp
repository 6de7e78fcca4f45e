#include "ui/undo/undofeedback.h"

#include <QUndoStack>

namespace rapport {

UndoFeedback *UndoFeedback::of(QUndoStack *stack)
{
    if (!stack)
        return nullptr;
    auto *feedback = stack->findChild<UndoFeedback *>(QString(), Qt::FindDirectChildrenOnly);
    if (!feedback)
        feedback = new UndoFeedback(stack);
    return feedback;
}

} // namespace rapport
