#include "ui/consentstrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

namespace rapport {
namespace {

// The marks stay readable without colour (a tick, a cross, a dash); colour only adds to them.
QString styleFor(const std::optional<Consent> &c)
{
    if (!c)
        return QStringLiteral("QToolButton { color: #6d6d6d; }");
    return c->status == Consent::Answer::OptIn ? QStringLiteral("QToolButton { color: #1b5e20; }")
                                               : QStringLiteral("QToolButton { color: #b71c1c; }");
}

} // namespace

ConsentStrip::ConsentStrip(QWidget *parent)
    : QFrame(parent)
    , m_protection(new QToolButton(this))
{
    setObjectName(QStringLiteral("consentStrip"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 2, 16, 4);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("Consent:"), this);
    title->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    for (Consent::Channel channel : Consent::channels()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("consent_") + Consent::channelKey(channel));
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this, [this, channel] {
            Q_EMIT channelClicked(channel);
        });
        m_buttons.insert(int(channel), button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_protection->setObjectName(QStringLiteral("dataProtectionButton"));
    m_protection->setText(tr("Data Protection"));
    m_protection->setPopupMode(QToolButton::InstantPopup);
    m_protection->setAutoRaise(true);
    m_protection->setMenu(new QMenu(m_protection));
    // Export and Erase Personal Data disabled for a role say why when the pointer rests on them.
    m_protection->menu()->setToolTipsVisible(true);
    m_protection->hide();
    layout->addWidget(m_protection);
    setConsents({});
}

void ConsentStrip::setConsents(const QList<Consent> &consents)
{
    m_consents.clear();
    for (const Consent &c : consents)
        m_consents.insert(int(c.channel), c);
    for (Consent::Channel channel : Consent::channels()) {
        QToolButton *button = m_buttons.value(int(channel));
        const std::optional<Consent> c = consent(channel);
        button->setText(channelText(channel));
        button->setStyleSheet(styleFor(c));
        const QString tip = c ? tr("%1. Click to change.").arg(describe(channel, c))
                              : tr("%1: nobody asked whether it may be used. Click to record an "
                                   "answer.")
                                    .arg(Consent::channelName(channel));
        button->setToolTip(tip);
    }
}

std::optional<Consent> ConsentStrip::consent(Consent::Channel channel) const
{
    const auto it = m_consents.constFind(int(channel));
    if (it == m_consents.constEnd())
        return std::nullopt;
    return *it;
}

QString ConsentStrip::channelText(Consent::Channel channel) const
{
    const std::optional<Consent> c = consent(channel);
    const QString name = Consent::channelName(channel);
    if (!c)
        return tr("%1 – not asked").arg(name);
    const QString day = QLocale().toString(c->givenOn, QLocale::ShortFormat);
    const QString when = c->source.isEmpty() ? day : tr("%1, %2").arg(day, c->source);
    return c->status == Consent::Answer::OptIn ? tr("%1 ✓ opted in (%2)").arg(name, when)
                                               : tr("%1 ✗ opted out (%2)").arg(name, when);
}

QString ConsentStrip::describe(Consent::Channel channel, const std::optional<Consent> &c)
{
    const QString name = Consent::channelName(channel);
    if (!c)
        return tr("%1: not asked").arg(name);
    // ISO days: one reading in the three languages Rapport speaks, as the exports write them.
    const QString day = c->givenOn.toString(Qt::ISODate);
    const bool in = c->status == Consent::Answer::OptIn;
    if (c->source.isEmpty())
        return (in ? tr("%1: opted in on %2") : tr("%1: opted out on %2")).arg(name, day);
    return (in ? tr("%1: opted in on %2 (%3)") : tr("%1: opted out on %2 (%3)"))
        .arg(name, day, c->source);
}

QToolButton *ConsentStrip::channelButton(Consent::Channel channel) const
{
    return m_buttons.value(int(channel));
}

void ConsentStrip::setProtectionActions(const QList<QAction *> &actions)
{
    QMenu *menu = m_protection->menu();
    menu->clear();
    menu->addActions(actions);
    m_protection->setVisible(!actions.isEmpty());
}

} // namespace rapport
