#pragma once

#include <QLabel>

namespace rapport {

// FieldMessage is the line under an input that says what is wrong with it, in one sentence that
// names the field ("“030 12” is not a valid phone number…"). It takes no room while there is
// nothing to say, marks its field (the `invalid` property, which the style sheet outlines) and
// gives the field the message as its tooltip and accessible description, for screen readers.
class FieldMessage final : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void clearMessage();
    bool hasMessage() const { return !text().isEmpty(); }
    QWidget *field() const { return m_field; }

private:
    void markField(bool invalid);

    QWidget *m_field;
};

} // namespace rapport
