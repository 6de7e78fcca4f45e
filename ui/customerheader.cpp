#include "ui/customerheader.h"

#include "core/domain/countries.h"
#include "core/domain/phonenumber.h"
#include "core/domain/survey.h"
#include "core/util/displayformat.h"
#include "ui/timelineglyphs.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

// One figure of the header: a small caption, the value, and a line of detail under it.
class FactTile final : public QFrame
{
public:
    FactTile(const QString &caption, QWidget *parent)
        : QFrame(parent)
        , m_caption(new QLabel(caption, this))
        , m_value(new QLabel(this))
        , m_detail(new QLabel(this))
    {
        setObjectName(QStringLiteral("factTile"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(12, 6, 12, 6);
        layout->setSpacing(1);
        layout->addWidget(m_caption);
        layout->addWidget(m_value);
        layout->addWidget(m_detail);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.88);
        m_caption->setFont(small);
        m_detail->setFont(small);
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.25);
        big.setBold(true);
        m_value->setFont(big);
        m_caption->setForegroundRole(QPalette::PlaceholderText);
        m_detail->setForegroundRole(QPalette::PlaceholderText);
        m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_detail->setTextFormat(Qt::PlainText);
        m_value->setTextFormat(Qt::PlainText);
    }

    void set(const QString &value, const QString &detail, const QColor &colour = {})
    {
        m_value->setText(value);
        m_detail->setText(detail);
        m_detail->setToolTip(detail);
        QPalette p = palette();
        if (colour.isValid())
            p.setColor(QPalette::WindowText, colour);
        m_value->setPalette(colour.isValid() ? p : palette());
    }
    QString value() const { return m_value->text(); }

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

namespace {

const QColor Red(0xc6, 0x28, 0x28);

QIcon badgeIcon(TimelineEntryType type, Channel channel)
{
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintTimelineBadge(&painter, QRectF(2, 2, 36, 36), type, int(channel));
    return QIcon(pixmap);
}

QString initials(const QString &name)
{
    QString out;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.front().isLetter())
            out += word.front().toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QPixmap avatar(const QString &name, bool organisation, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = QColor::fromHsl(int(qHash(name) % 360), 110, 120);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    if (organisation)
        p.drawRoundedRect(QRectF(0, 0, size, size), size / 5.0, size / 5.0);
    else
        p.drawEllipse(QRectF(0, 0, size, size));
    QFont font;
    font.setBold(true);
    font.setPixelSize(size * 2 / 5);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials(name));
    return pixmap;
}

QString stageStyle(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Lead:
        return QStringLiteral("background:#eceff1;color:#37474f;");
    case LifecycleStage::Prospect:
        return QStringLiteral("background:#e3f2fd;color:#0d47a1;");
    case LifecycleStage::Active:
        return QStringLiteral("background:#e8f5e9;color:#1b5e20;");
    case LifecycleStage::Lapsed:
        return QStringLiteral("background:#fff3e0;color:#e65100;");
    case LifecycleStage::Lost:
        return QStringLiteral("background:#ffebee;color:#b71c1c;");
    }
    return {};
}

const QString Badge = QStringLiteral("border-radius:9px;padding:1px 9px;");

QString moneyList(const QList<Money> &amounts, qsizetype skip)
{
    QStringList parts;
    for (qsizetype i = skip; i < amounts.size(); ++i)
        parts << amounts[i].format();
    return parts.join(QStringLiteral(", "));
}

} // namespace

CustomerHeader::CustomerHeader(QWidget *parent)
    : QFrame(parent)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_details(new QLabel(this))
    , m_tags(new QLabel(this))
    , m_addresses(new QLabel(this))
    , m_moreContacts(new QLabel(this))
    , m_phoneButton(new QToolButton(this))
    , m_mailButton(new QToolButton(this))
    , m_call(
          new QAction(badgeIcon(TimelineEntryType::Interaction, Channel::Phone), tr("Call"), this))
    , m_mail(new QAction(badgeIcon(TimelineEntryType::Interaction, Channel::Email),
                         tr("Write E-mail"),
                         this))
    , m_since(new FactTile(tr("Customer since"), this))
    , m_revenue(new FactTile(tr("Revenue, total"), this))
    , m_revenue12(new FactTile(tr("Revenue, 12 months"), this))
    , m_satisfaction(new FactTile(tr("Satisfaction"), this))
    , m_lastContact(new FactTile(tr("Last contact"), this))
    , m_openCases(new FactTile(tr("Open cases"), this))
    , m_followUp(new FactTile(tr("Next follow-up"), this))
{
    setObjectName(QStringLiteral("customerHeader"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFrameShape(QFrame::NoFrame);

    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.7);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setObjectName(QStringLiteral("customerName"));
    // A long name wraps instead of making the window wider than the screen (1280 px).
    m_name->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_details->setObjectName(QStringLiteral("customerDetails"));
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("customer:")))
            Q_EMIT customerActivated(link.mid(9).toLongLong());
    });
    m_tags->setTextFormat(Qt::RichText);
    m_addresses->setObjectName(QStringLiteral("customerAddresses"));
    m_addresses->setTextFormat(Qt::PlainText);
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addresses->setWordWrap(true);
    m_moreContacts->setObjectName(QStringLiteral("moreContacts"));
    m_moreContacts->setTextFormat(Qt::RichText);
    m_moreContacts->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                            | Qt::LinksAccessibleByKeyboard);
    m_moreContacts->setAlignment(Qt::AlignRight | Qt::AlignTop);
    connect(m_moreContacts, &QLabel::linkActivated, this, [](const QString &link) {
        QDesktopServices::openUrl(QUrl(link));
    });

    m_call->setObjectName(QStringLiteral("callCustomerAction"));
    m_mail->setObjectName(QStringLiteral("mailCustomerAction"));
    connect(m_call, &QAction::triggered, this, [this] {
        openUrl(QStringLiteral("tel"), m_overview.phone);
    });
    connect(m_mail, &QAction::triggered, this, [this] {
        openUrl(QStringLiteral("mailto"), m_overview.email);
    });
    for (QToolButton *button : {m_phoneButton, m_mailButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setIconSize(QSize(22, 22));
        button->setCursor(Qt::PointingHandCursor);
    }
    m_phoneButton->setDefaultAction(m_call);
    m_mailButton->setDefaultAction(m_mail);
    m_phoneButton->setObjectName(QStringLiteral("phoneButton"));
    m_mailButton->setObjectName(QStringLiteral("mailButton"));

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_kind, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_stage, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    auto *who = new QVBoxLayout;
    who->setSpacing(3);
    who->addLayout(titleRow);
    who->addWidget(m_details);
    who->addWidget(m_tags);
    who->addWidget(m_addresses);
    auto *reach = new QVBoxLayout;
    reach->setSpacing(0);
    reach->addWidget(m_phoneButton, 0, Qt::AlignRight);
    reach->addWidget(m_mailButton, 0, Qt::AlignRight);
    reach->addWidget(m_moreContacts, 0, Qt::AlignRight);
    reach->addStretch(1);
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(m_avatar, 0, Qt::AlignTop);
    top->addLayout(who, 1);
    top->addLayout(reach);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(0);
    for (FactTile *tile :
         {m_since, m_revenue, m_revenue12, m_satisfaction, m_lastContact, m_openCases, m_followUp})
        facts->addWidget(tile, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 6);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(facts);
    setStyleSheet(QStringLiteral("#factTile { border-left: 1px solid palette(midlight); }"));
}

void CustomerHeader::openUrl(const QString &scheme, const QString &address)
{
    if (address.isEmpty())
        return;
    QUrl url;
    url.setScheme(scheme);
    url.setPath(address);
    QDesktopServices::openUrl(url);
}

void CustomerHeader::showContactPoints(const CustomerOverview &o)
{
    const PhoneNormalizer phones;
    // The primary phone and e-mail are the buttons; their labels go into the tooltips.
    const ContactPoint *primaryPhone = nullptr;
    const ContactPoint *primaryMail = nullptr;
    for (const ContactPoint &p : o.contactPoints) {
        if (p.kind == ContactKind::Phone && p.value == o.phone && !primaryPhone)
            primaryPhone = &p;
        if (p.kind == ContactKind::Email && p.value == o.email && !primaryMail)
            primaryMail = &p;
    }
    if (primaryPhone)
        m_call->setToolTip(tr("Call %1 (%2)")
                               .arg(phones.formatInternational(primaryPhone->value),
                                    contactLabelName(primaryPhone->label)));
    if (primaryMail)
        m_mail->setToolTip(
            tr("Write to %1 (%2)").arg(primaryMail->value, contactLabelName(primaryMail->label)));

    QStringList lines;
    QStringList addresses;
    for (const ContactPoint &p : o.contactPoints) {
        if (&p == primaryPhone || &p == primaryMail)
            continue;
        QString href;
        QString shown = p.value;
        switch (p.kind) {
        case ContactKind::Phone:
            shown = phones.formatInternational(p.value);
            href = QStringLiteral("tel:") + p.value;
            break;
        case ContactKind::Email:
            href = QStringLiteral("mailto:") + p.value;
            break;
        case ContactKind::Web:
            href = p.value;
            break;
        case ContactKind::Postal:
            addresses << tr("%1 (%2): %3")
                             .arg(contactKindName(p.kind),
                                  contactLabelName(p.label),
                                  p.address.oneLine(Countries::forUser()));
            continue;
        }
        lines << QStringLiteral("%1 <a href=\"%2\">%3</a>")
                     .arg(tr("%1:").arg(contactLabelName(p.label)).toHtmlEscaped(),
                          href.toHtmlEscaped(),
                          shown.toHtmlEscaped());
    }
    m_moreContacts->setText(lines.join(QStringLiteral("<br>")));
    m_moreContacts->setVisible(!lines.isEmpty());
    m_addresses->setText(addresses.join(QLatin1Char('\n')));
    m_addresses->setVisible(!addresses.isEmpty());
}

QString CustomerHeader::relativeDay(const QDate &day, const QDate &today)
{
    const qint64 days = today.daysTo(day);
    if (days == 0)
        return tr("today");
    if (days == -1)
        return tr("yesterday");
    if (days == 1)
        return tr("tomorrow");
    const qint64 n = qAbs(days);
    if (days < 0) {
        if (n < 14)
            return tr("%n days ago", nullptr, int(n));
        if (n < 60)
            return tr("%n weeks ago", nullptr, int(n / 7));
        if (n < 730)
            return tr("%n months ago", nullptr, int(n / 30));
        return tr("%n years ago", nullptr, int(n / 365));
    }
    if (n < 14)
        return tr("in %n days", nullptr, int(n));
    if (n < 60)
        return tr("in %n weeks", nullptr, int(n / 7));
    return tr("in %n months", nullptr, int(n / 30));
}

QString CustomerHeader::age(const QDate &day, const QDate &today)
{
    if (!day.isValid() || day > today)
        return {};
    int months = (today.year() - day.year()) * 12 + today.month() - day.month();
    if (today.day() < day.day())
        --months;
    if (months < 1)
        return tr("%n day(s)", nullptr, int(day.daysTo(today)));
    const int years = months / 12;
    months %= 12;
    if (years == 0)
        return tr("%n month(s)", nullptr, months);
    if (months == 0)
        return tr("%n year(s)", nullptr, years);
    return tr("%1 %2").arg(tr("%n year(s)", nullptr, years), tr("%n month(s)", nullptr, months));
}

void CustomerHeader::setOverview(const CustomerOverview &o, const QDateTime &now)
{
    m_overview = o;
    const QLocale locale;
    const QDate today = now.toLocalTime().date();
    const bool organisation = o.kind == CustomerKind::Organisation;

    m_avatar->setPixmap(avatar(o.name, organisation, 56, devicePixelRatioF()));
    m_name->setText(o.name);
    // Wrapped only when longer than 480 px: a wrapping label would otherwise take a narrow width.
    m_name->setMinimumWidth(std::min(m_name->fontMetrics().horizontalAdvance(o.name) + 2, 480));
    m_kind->setText(customerKindName(o.kind));
    m_kind->setStyleSheet(Badge + QStringLiteral("background:#f3e5f5;color:#4a148c;"));
    m_stage->setText(lifecycleStageName(o.stage));
    m_stage->setStyleSheet(Badge + stageStyle(o.stage));

    QStringList details;
    details << (o.owner.isEmpty() ? tr("No owner") : tr("Owner: %1").arg(o.owner.toHtmlEscaped()));
    if (o.organisationId > 0)
        details << tr("Works at %1")
                       .arg(QStringLiteral("<a href=\"customer:%1\">%2</a>")
                                .arg(o.organisationId)
                                .arg(o.organisation.toHtmlEscaped()));
    details << tr("Customer no. %1").arg(o.id);
    m_details->setText(details.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));

    QStringList chips;
    for (const QString &tag : o.tags)
        chips << QStringLiteral("<span style=\"background-color:#e8eaf6;color:#283593;\">"
                                "&nbsp;%1&nbsp;</span>")
                     .arg(tag.toHtmlEscaped());
    m_tags->setText(chips.join(QStringLiteral("&nbsp; ")));
    m_tags->setVisible(!chips.isEmpty());

    PhoneNormalizer phones;
    const QString phone = o.phone.isEmpty() ? QString() : phones.formatInternational(o.phone);
    m_call->setEnabled(!o.phone.isEmpty());
    m_call->setText(phone.isEmpty() ? tr("No phone") : phone);
    m_call->setToolTip(phone.isEmpty() ? QString() : tr("Call %1").arg(phone));
    m_mail->setEnabled(!o.email.isEmpty());
    m_mail->setText(o.email.isEmpty() ? tr("No e-mail") : o.email);
    m_mail->setToolTip(o.email.isEmpty() ? QString() : tr("Write to %1").arg(o.email));

    showContactPoints(o);

    const QDate since = o.customerSince();
    m_since->set(since.isValid() ? display::date(since) : tr("unknown"), age(since, today));

    if (o.revenueTotal.isEmpty()) {
        m_revenue->set(tr("none"), tr("no orders yet"));
    } else {
        const QString others = moneyList(o.revenueTotal, 1);
        m_revenue->set(o.revenueTotal.first().format(locale),
                       others.isEmpty() ? tr("%n order(s)", nullptr, int(o.orderCount))
                                        : tr("+ %1").arg(others));
    }
    if (o.revenueLast12Months.isEmpty())
        m_revenue12->set(tr("none"),
                         o.lastOrderAt.isValid()
                             ? tr("last order %1")
                                   .arg(relativeDay(o.lastOrderAt.toLocalTime().date(), today))
                             : QString());
    else
        m_revenue12
            ->set(o.revenueLast12Months.first().format(locale),
                  tr("last order %1").arg(relativeDay(o.lastOrderAt.toLocalTime().date(), today)));

    // The latest answer to "would you recommend us" (0..10), a detractor's in red.
    if (o.latestSurveyScore >= 0) {
        const NpsGroup group = npsGroup(o.latestSurveyScore);
        m_satisfaction->set(tr("%1 of 10").arg(o.latestSurveyScore),
                            tr("%1 · %2").arg(npsGroupName(group),
                                              locale.toString(o.latestSurveyAt.toLocalTime().date(),
                                                              QLocale::ShortFormat)),
                            group == NpsGroup::Detractor ? Red : QColor());
    } else {
        m_satisfaction->set(tr("no survey"), QString());
    }

    if (o.lastContactAt.isValid())
        m_lastContact->set(relativeDay(o.lastContactAt.toLocalTime().date(), today),
                           tr("%1 · %2 · %3")
                               .arg(channelName(o.lastContactChannel),
                                    directionName(o.lastContactDirection),
                                    locale.toString(o.lastContactAt.toLocalTime().date(),
                                                    QLocale::ShortFormat)));
    else
        m_lastContact->set(tr("never"), tr("no contact logged"));

    m_openCases->set(locale.toString(o.openCases),
                     tr("%n open task(s)", nullptr, o.openTasks),
                     o.openCases > 0 ? Red : QColor());

    if (o.nextFollowUp) {
        const CustomerOverview::FollowUp &f = *o.nextFollowUp;
        if (f.dueAt.isValid()) {
            const bool overdue = f.dueAt < now;
            const QString when = relativeDay(f.dueAt.toLocalTime().date(), today);
            m_followUp->set(overdue ? tr("overdue, %1").arg(when) : when,
                            f.title,
                            overdue ? Red : QColor());
        } else {
            m_followUp->set(tr("open, no date"), f.title);
        }
    } else {
        m_followUp->set(tr("none planned"), QString());
    }
}

} // namespace rapport
