#include "ui/fieldmessage.h"

#include <QStyle>

namespace rapport {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("fieldMessage"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    setPalette(p);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    setFont(f);
    hide();
}

void FieldMessage::showMessage(const QString &message)
{
    if (message.isEmpty()) {
        clearMessage();
        return;
    }
    setText(message);
    show();
    markField(true);
}

void FieldMessage::clearMessage()
{
    clear();
    hide();
    markField(false);
}

void FieldMessage::markField(bool invalid)
{
    if (!m_field)
        return;
    m_field->setToolTip(invalid ? text() : QString());
    m_field->setAccessibleDescription(invalid ? text() : QString());
    if (m_field->property("invalid").toBool() == invalid)
        return;
    m_field->setProperty("invalid", invalid);
    // Dynamic properties take effect in style sheets only when the style is applied again.
    m_field->style()->unpolish(m_field);
    m_field->style()->polish(m_field);
    m_field->update();
}

} // namespace rapport
