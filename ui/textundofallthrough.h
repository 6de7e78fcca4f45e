#pragma once

#include <QObject>

namespace rapport {

// TextUndoFallthrough lets Ctrl+Z and Ctrl+Shift+Z reach the program's undo stack from a text
// field that has nothing of its own to undo or redo. Qt's text widgets claim those keys whenever
// they have the focus, even with an empty undo history, which would leave the user unable to undo
// the last saved note while the cursor still sits in the (now empty) note line. Installed on the
// application; the text's own undo always goes first.
class TextUndoFallthrough final : public QObject
{
    Q_OBJECT
public:
    explicit TextUndoFallthrough(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace rapport
