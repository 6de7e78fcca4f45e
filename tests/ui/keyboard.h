#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace rapport::test {

// Types into whatever has the keyboard focus, as a user at the keyboard does, and counts the
// keystrokes (a key with its modifiers is one; text typed with text() is not counted, for the
// free text a count should leave out, such as notes).
class Keyboard final
{
public:
    explicit Keyboard(QWidget *window)
        : m_window(window)
    {}

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target(), key, modifiers);
        ++m_count;
    }
    // Each character is a keystroke.
    void type(const QString &keys)
    {
        for (const QChar c : keys) {
            QTest::keyClick(target(), c.toLatin1());
            ++m_count;
        }
    }
    // Free text, not counted.
    void text(const QString &text) { QTest::keyClicks(target(), text); }
    int count() const { return m_count; }
    QWidget *target() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus ? focus : m_window;
    }

private:
    QWidget *m_window;
    int m_count = 0;
};

} // namespace rapport::test
