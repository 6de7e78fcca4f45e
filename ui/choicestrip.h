#pragma once

#include <QKeySequence>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace rapport {

// ChoiceStrip is a row of mutually exclusive choices picked with one key each: every choice is a
// button whose text marks its key with "&" ("&Phone": Alt+P), drawn underlined. The keys work
// anywhere in the window, also while the focus is in a text field, and take effect at once (a
// button's own mnemonic would click it 100 ms later, after a fast typist's next key).
class ChoiceStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit ChoiceStrip(QWidget *parent = nullptr);

    // Adds a choice for `value`; the first one added is chosen until another is.
    void addChoice(int value, const QString &textWithMnemonic, const QString &toolTip = {});
    int value() const { return m_value; }
    // Chooses `value` (one that was added); emits valueChanged when it changes.
    void setValue(int value);
    QToolButton *button(int value) const;
    // The key that picks `value` (Alt+letter), empty when its text marks none.
    QKeySequence keyOf(int value) const;
    static QKeySequence mnemonicKey(const QString &text);

Q_SIGNALS:
    void valueChanged(int value);

private:
    QButtonGroup *m_group;
    QList<int> m_values;
    int m_value = -1;
};

} // namespace rapport
