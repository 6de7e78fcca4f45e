#include "ui/textundofallthrough.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoStack>

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

const QTextDocument *documentOf(QObject *watched, bool *readOnly = nullptr)
{
    if (const auto *plain = qobject_cast<QPlainTextEdit *>(watched)) {
        if (readOnly)
            *readOnly = plain->isReadOnly();
        return plain->document();
    }
    if (const auto *rich = qobject_cast<QTextEdit *>(watched)) {
        if (readOnly)
            *readOnly = rich->isReadOnly();
        return rich->document();
    }
    return nullptr;
}

// Whether the text widget has a step of its own to take; std::nullopt when it is no text widget.
std::optional<bool> hasOwnStep(QObject *watched, Step step)
{
    const bool undo = step == Step::Undo;
    if (const auto *line = qobject_cast<QLineEdit *>(watched))
        return line->isReadOnly() ? false
                                  : (undo ? line->isUndoAvailable() : line->isRedoAvailable());
    bool readOnly = false;
    const QTextDocument *document = documentOf(watched, &readOnly);
    if (!document)
        return std::nullopt;
    return !readOnly && (undo ? document->isUndoAvailable() : document->isRedoAvailable());
}

} // namespace

TextUndoFallthrough::TextUndoFallthrough(QObject *parent)
    : QObject(parent)
{}

void TextUndoFallthrough::setUndoStack(QUndoStack *stack)
{
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    m_topSince.clear();
    m_undoneAt.clear();
    m_index = stack ? stack->index() : 0;
    if (stack)
        connect(stack, &QUndoStack::indexChanged, this, &TextUndoFallthrough::stackIndexChanged);
}

void TextUndoFallthrough::stackIndexChanged(int index)
{
    if (index > m_index) { // pushed or redone: the top is the newest act
        m_topSince.insert(m_stack->command(index - 1), ++m_clock);
    } else if (index < m_index) {
        m_undoneAt.insert(m_stack->command(index), ++m_clock);
    }
    if (index == 0 && m_stack->count() == 0) {
        // Cleared: the commands are gone, and their addresses may come again.
        m_topSince.clear();
        m_undoneAt.clear();
    }
    m_index = index;
}

void TextUndoFallthrough::watch(QObject *text)
{
    if (m_editedAt.contains(text))
        return;
    m_editedAt.insert(text, 0);
    const auto edited = [this, text] { m_editedAt.insert(text, ++m_clock); };
    if (auto *line = qobject_cast<QLineEdit *>(text))
        connect(line, &QLineEdit::textChanged, this, edited);
    else if (const QTextDocument *document = documentOf(text))
        connect(document, &QTextDocument::contentsChanged, this, edited);
    connect(text, &QObject::destroyed, this, [this, text] {
        m_editedAt.remove(text);
        m_textUndoneAt.remove(text);
    });
}

bool TextUndoFallthrough::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        // Only text widgets the user can reach by the keyboard are watched, from their first
        // focus on: what they had before cannot be undone by the user anyway.
        if (qobject_cast<QLineEdit *>(watched) || documentOf(watched))
            watch(watched);
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const Step step = stepOf(static_cast<QKeyEvent *>(event));
    if (step == Step::None)
        return false;
    const std::optional<bool> own = hasOwnStep(watched, step);
    if (!own)
        return false;
    bool stackFirst = !*own;
    if (*own && m_stack) {
        if (step == Step::Undo && m_stack->canUndo()) {
            const QUndoCommand *top = m_stack->command(m_stack->index() - 1);
            stackFirst = m_topSince.value(top) > m_editedAt.value(watched);
        } else if (step == Step::Redo && m_stack->canRedo()) {
            const QUndoCommand *next = m_stack->command(m_stack->index());
            stackFirst = m_undoneAt.value(next) > m_textUndoneAt.value(watched);
        }
    }
    if (!stackFirst) {
        if (step == Step::Undo)
            m_textUndoneAt.insert(watched, ++m_clock);
        return false;
    }
    // Not accepted: the text widget does not claim the key, so the window's shortcut fires.
    event->ignore();
    return true;
}

} // namespace rapport
