#include "ui/textundofallthrough.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <optional>

namespace rapport {
namespace {

enum class Step { None, Undo, Redo };

Step stepOf(const QKeyEvent *key)
{
    if (key->matches(QKeySequence::Undo))
        return Step::Undo;
    const QKeyCombination combination = key->keyCombination();
    if (key->matches(QKeySequence::Redo)
        || combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z))
        return Step::Redo;
    return Step::None;
}

// Whether the text widget has a step of its own to take; std::nullopt when it is no text widget.
std::optional<bool> hasOwnStep(QObject *watched, Step step)
{
    const bool undo = step == Step::Undo;
    if (const auto *line = qobject_cast<QLineEdit *>(watched))
        return line->isReadOnly() ? false
                                  : (undo ? line->isUndoAvailable() : line->isRedoAvailable());
    const QTextDocument *document = nullptr;
    bool readOnly = false;
    if (const auto *plain = qobject_cast<QPlainTextEdit *>(watched)) {
        document = plain->document();
        readOnly = plain->isReadOnly();
    } else if (const auto *rich = qobject_cast<QTextEdit *>(watched)) {
        document = rich->document();
        readOnly = rich->isReadOnly();
    }
    if (!document)
        return std::nullopt;
    return !readOnly && (undo ? document->isUndoAvailable() : document->isRedoAvailable());
}

} // namespace

TextUndoFallthrough::TextUndoFallthrough(QObject *parent)
    : QObject(parent)
{}

bool TextUndoFallthrough::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const Step step = stepOf(static_cast<QKeyEvent *>(event));
    if (step == Step::None)
        return false;
    const std::optional<bool> own = hasOwnStep(watched, step);
    if (!own || *own)
        return false;
    // Not accepted: the text widget does not claim the key, so the window's shortcut fires.
    event->ignore();
    return true;
}

} // namespace rapport
