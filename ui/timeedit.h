#pragma once

#include <QTimeEdit>

namespace rapport {

// A time field that takes a time typed over its whole text: with everything selected (Ctrl+A,
// or Home then Shift+End), "10:30" becomes 10:30. QTimeEdit alone reads the first digit as the
// whole text and ends at ":30", which it saves as 00:30 without a word.
class TimeEdit final : public QTimeEdit
{
public:
    using QTimeEdit::QTimeEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace rapport
