#include "ui/consentdialog.h"

#include "ui/consentstrip.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rapport {

ConsentDialog::ConsentDialog(Consent::Channel channel,
                             const std::optional<Consent> &current,
                             const QDate &today,
                             QWidget *parent)
    : QDialog(parent)
    , m_channel(channel)
    , m_status(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_source(new QLineEdit(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("%1 Consent").arg(Consent::channelName(channel)));
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->addItem(tr("Opted in"), 1);
    m_status->addItem(tr("Opted out"), 2);
    m_status->addItem(tr("Not asked"), 0);
    m_status->setCurrentIndex(!current ? 2 : current->status == Consent::Answer::OptIn ? 0 : 1);
    m_date->setObjectName(QStringLiteral("consentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(current ? current->givenOn : today);
    m_date->setMaximumDate(today.addYears(1));
    m_source->setObjectName(QStringLiteral("consentSource"));
    m_source->setText(current ? current->source : QString());
    m_source->setPlaceholderText(tr("e.g. web form, phone call, letter"));
    m_source->setMaxLength(int(Consent::MaxSourceLength));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        const bool asked = m_status->currentData().toInt() != 0;
        m_date->setEnabled(asked);
        m_source->setEnabled(asked);
    };
    connect(m_status, &QComboBox::currentIndexChanged, this, update);
    update();

    auto *form = new QFormLayout(this);
    // The dialog opens over the strip's four channels: it says which one it changes and what
    // that channel's answer is now.
    auto *summary = new QLabel(ConsentStrip::describe(channel, current), this);
    summary->setObjectName(QStringLiteral("consentSummary"));
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    form->addRow(summary);
    // Wide enough for the line above on one line with a usual source ("web form", "letter").
    setMinimumWidth(qMin(summary->fontMetrics().horizontalAdvance(summary->text()) + 48, 560));
    form->addRow(tr("&Answer:"), m_status);
    form->addRow(tr("&Given on:"), m_date);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(buttons);
}

std::optional<Consent> ConsentDialog::consent() const
{
    const int status = m_status->currentData().toInt();
    if (status == 0)
        return std::nullopt;
    Consent c;
    c.channel = m_channel;
    c.status = status == 1 ? Consent::Answer::OptIn : Consent::Answer::OptOut;
    c.givenOn = m_date->date();
    c.source = m_source->text().simplified();
    return c;
}

} // namespace rapport
