#include "ui/choicestrip.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QShortcut>
#include <QToolButton>

namespace rapport {

ChoiceStrip::ChoiceStrip(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addStretch(1);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &ChoiceStrip::setValue);
    setStyleSheet(QStringLiteral(
        "QToolButton { padding: 2px 8px; border: 1px solid palette(mid); border-radius: 9px;"
        " background: palette(base); }"
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border-color: palette(highlight); }"
        "QToolButton:focus { border-color: palette(highlight); }"));
}

QKeySequence ChoiceStrip::mnemonicKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar c = text.at(i + 1);
        if (c == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(c.toUpper().unicode())));
    }
    return {};
}

void ChoiceStrip::addChoice(int value, const QString &textWithMnemonic, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(textWithMnemonic);
    button->setShortcut(QKeySequence()); // the strip's own shortcut below acts at once
    button->setCheckable(true);
    button->setFocusPolicy(Qt::TabFocus);
    const QKeySequence key = mnemonicKey(textWithMnemonic);
    button->setToolTip(toolTip.isEmpty()
                           ? key.toString(QKeySequence::NativeText)
                           : tr("%1 (%2)").arg(toolTip, key.toString(QKeySequence::NativeText)));
    m_group->addButton(button, value);
    auto *box = static_cast<QHBoxLayout *>(layout());
    box->insertWidget(box->count() - 1, button);
    m_values << value;
    if (!key.isEmpty()) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, value] { setValue(value); });
    }
    if (m_value < 0)
        setValue(value);
}

void ChoiceStrip::setValue(int value)
{
    QAbstractButton *button = m_group->button(value);
    if (!button)
        return;
    button->setChecked(true);
    if (value == m_value)
        return;
    m_value = value;
    Q_EMIT valueChanged(value);
}

QToolButton *ChoiceStrip::button(int value) const
{
    return static_cast<QToolButton *>(m_group->button(value));
}

QKeySequence ChoiceStrip::keyOf(int value) const
{
    const QToolButton *b = button(value);
    return b ? mnemonicKey(b->text()) : QKeySequence();
}

} // namespace rapport
