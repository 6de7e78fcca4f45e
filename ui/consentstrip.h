#pragma once

#include "core/domain/consent.h"

#include <QFrame>
#include <QHash>
#include <QList>

#include <optional>

class QLabel;
class QToolButton;

namespace rapport {

// ConsentStrip is the 360° view's line about consent: for each channel (e-mail, phone, SMS,
// post) whether the customer opted in, opted out or was never asked, with the day and the
// source; a click on a channel asks to change it (channelClicked). At its end, a "Data
// Protection" button holds the actions the view gives it (export, erase). It shows what it is
// given; it reads nothing itself.
class ConsentStrip final : public QFrame
{
    Q_OBJECT
public:
    explicit ConsentStrip(QWidget *parent = nullptr);

    void setConsents(const QList<Consent> &consents);
    // The answer shown for `channel`; nullopt: not asked.
    std::optional<Consent> consent(Consent::Channel channel) const;
    // What the channel's button says ("E-mail: opted in 01/03/2026 (web form)").
    QString channelText(Consent::Channel channel) const;
    QToolButton *channelButton(Consent::Channel channel) const;
    // One line naming the channel and its answer, for the tooltip and the consent dialog:
    // "E-mail: opted out on 2026-11-02 (web form)", "Phone: not asked".
    static QString describe(Consent::Channel channel, const std::optional<Consent> &consent);
    // Puts `actions` in the Data Protection button's menu.
    void setProtectionActions(const QList<QAction *> &actions);

Q_SIGNALS:
    void channelClicked(rapport::Consent::Channel channel);

private:
    QHash<int, QToolButton *> m_buttons;
    QHash<int, Consent> m_consents;
    QToolButton *m_protection;
};

} // namespace rapport
