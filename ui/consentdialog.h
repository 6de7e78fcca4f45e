#pragma once

#include "core/domain/consent.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace rapport {

// ConsentDialog asks for a customer's answer for one channel: opted in, opted out or not asked,
// the day it was given and where (a web form, a call...). It edits a value; the caller saves it.
class ConsentDialog final : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(Consent::Channel channel,
                  const std::optional<Consent> &current,
                  const QDate &today,
                  QWidget *parent = nullptr);

    // The answer as the user left it; nullopt: not asked.
    std::optional<Consent> consent() const;

private:
    Consent::Channel m_channel;
    QComboBox *m_status;
    QDateEdit *m_date;
    QLineEdit *m_source;
};

} // namespace rapport
