#include "ui/undo/undoactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>

namespace rapport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UndoActions", text);
}

} // namespace

UndoActions createUndoActions(QUndoStack *stack, QObject *parent)
{
    UndoActions actions;
    actions.undo = stack->createUndoAction(parent, tr("&Undo"));
    actions.undo->setObjectName(QStringLiteral("undoAction"));
    actions.undo->setShortcuts(QKeySequence::Undo);
    actions.redo = stack->createRedoAction(parent, tr("&Redo"));
    actions.redo->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    actions.redo->setShortcuts(redoKeys);
    return actions;
}

QAction *createMoveToTrashAction(QObject *parent)
{
    auto *action = new QAction(tr("Move to &Trash"), parent);
    action->setObjectName(QStringLiteral("moveToTrashAction"));
    action->setShortcut(QKeySequence::Delete);
    return action;
}

} // namespace rapport
