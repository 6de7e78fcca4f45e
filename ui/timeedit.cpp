#include "ui/timeedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace rapport {

void TimeEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    const bool digit = typed.size() == 1 && typed.at(0).isDigit();
    const QLineEdit *edit = lineEdit();
    if (digit && edit->hasSelectedText() && edit->selectedText() == edit->text()) {
        // Typing over everything starts again at the first section, as the user means.
        setSelectedSection(sectionAt(0));
    }
    QTimeEdit::keyPressEvent(event);
}

} // namespace rapport
