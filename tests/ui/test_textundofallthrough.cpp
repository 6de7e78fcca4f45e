// Who takes Ctrl+Z in a text field: the typing or the window's undo stack, whichever the user did
// last (a merge done after typing a search word is undone first, then the typing).
#include "tests/ui/editorfixture.h"
#include "ui/textundofallthrough.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// A command that counts how often it was undone and redone.
class Counted final : public QUndoCommand
{
public:
    Counted(int &value, int by)
        : m_value(value)
        , m_by(by)
    {}
    void redo() override { m_value += m_by; }
    void undo() override { m_value -= m_by; }

private:
    int &m_value;
    int m_by;
};

// A window with a search box and the Undo and Redo actions of a stack, as the main window has.
struct Window
{
    QWidget window;
    QLineEdit *search = new QLineEdit(&window);
    QLineEdit *other = new QLineEdit(&window);
    QUndoStack stack;
    TextUndoFallthrough fallthrough;
    int value = 0;

    Window()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(search);
        layout->addWidget(other);
        QAction *undo = stack.createUndoAction(&window);
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = stack.createRedoAction(&window);
        redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        window.addAction(undo);
        window.addAction(redo);
        fallthrough.setUndoStack(&stack);
        qApp->installEventFilter(&fallthrough);
        test::showActive(window);
    }
    ~Window() { qApp->removeEventFilter(&fallthrough); }

    void press(QWidget *to, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(to, Qt::Key_Z, modifiers);
    }
};

} // namespace

TEST_CASE("Ctrl+Z in a search box undoes a merge done after the typing, then the typing",
          "[ui][undo]")
{
    Window w;
    w.search->setFocus();
    REQUIRE(QTest::qWaitFor([&w] { return w.search->hasFocus(); }));
    QTest::keyClicks(w.search, QStringLiteral("weber"));
    w.stack.push(new Counted(w.value, 1)); // the merge, done after typing the search word
    REQUIRE(w.value == 1);

    w.press(w.search, Qt::ControlModifier);
    CHECK(w.value == 0);                               // the merge is undone...
    CHECK(w.search->text() == QLatin1String("weber")); // ...and the search word stays

    w.press(w.search, Qt::ControlModifier);
    CHECK(w.search->text().isEmpty()); // then the typing

    // Redo goes the other way: the typing undone last comes back first, then the merge.
    w.press(w.search, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.search->text() == QLatin1String("weber"));
    CHECK(w.value == 0);
    w.press(w.search, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.value == 1);
}

TEST_CASE("Typing after the last command is undone first, as in any text field", "[ui][undo]")
{
    Window w;
    w.stack.push(new Counted(w.value, 1));
    w.search->setFocus();
    REQUIRE(QTest::qWaitFor([&w] { return w.search->hasFocus(); }));
    QTest::keyClicks(w.search, QStringLiteral("anna"));

    w.press(w.search, Qt::ControlModifier);
    CHECK(w.search->text().isEmpty());
    CHECK(w.value == 1);
    // Nothing left to undo in the field: the window's undo takes the key.
    w.press(w.search, Qt::ControlModifier);
    CHECK(w.value == 0);
}

TEST_CASE("A field that was not typed into since a command leaves Ctrl+Z to the window",
          "[ui][undo]")
{
    Window w;
    w.other->setFocus();
    REQUIRE(QTest::qWaitFor([&w] { return w.other->hasFocus(); }));
    QTest::keyClicks(w.other, QStringLiteral("old words"));
    w.stack.push(new Counted(w.value, 1));
    w.stack.push(new Counted(w.value, 10));
    w.press(w.other, Qt::ControlModifier);
    w.press(w.other, Qt::ControlModifier);
    CHECK(w.value == 0);
    CHECK(w.other->text() == QLatin1String("old words"));
}
