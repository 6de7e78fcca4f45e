#include "ui/dashboards/kpitile.h"

#include "core/analytics/clvaverage.h"
#include "core/analytics/lostcustomers.h"
#include "core/domain/money.h"
#include "ui/dashboards/chartstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <cmath>

namespace rapport {

using analytics::Kpi;

namespace {

bool isRate(Kpi kpi)
{
    return kpi == Kpi::RetentionRate;
}

bool isMoney(Kpi kpi)
{
    return kpi == Kpi::Revenue || kpi == Kpi::AverageClv;
}

bool usable(std::optional<double> v)
{
    return v && std::isfinite(*v);
}

// What the figure is, in the words of its one definition in core where it has one (lost
// customers, average lifetime value), then what a click does. Rich text, so the tooltip wraps.
QString definition(Kpi kpi)
{
    QString text;
    switch (kpi) {
    case Kpi::ActiveCustomers:
        text = KpiTile::tr("Active customers: those who bought in the period.");
        break;
    case Kpi::NewCustomers:
        text = KpiTile::tr("New customers: those whose first purchase ever was in the period.");
        break;
    case Kpi::LostCustomers:
        text = analytics::lostDefinition();
        break;
    case Kpi::RetentionRate:
        text = KpiTile::tr("Retention rate: of the customers who bought in the previous period, "
                           "the share who bought again in this one.");
        break;
    case Kpi::Revenue:
        text = KpiTile::tr("Revenue: the net of the period's open and fulfilled orders, credit "
                           "notes deducted.");
        break;
    case Kpi::AverageClv:
        text = analytics::averageLifetimeValueDefinition();
        break;
    case Kpi::OpenComplaints:
        text = KpiTile::tr("Open complaints: complaints still open at the end of the period.");
        break;
    }
    return QStringLiteral("<p>%1</p><p>%2</p>")
        .arg(text.toHtmlEscaped(),
             kpi == Kpi::Revenue ? KpiTile::tr("Click to show the customers who bought.")
                                 : KpiTile::tr("Click to show these customers."));
}

} // namespace

KpiTile::KpiTile(Kpi kpi, QWidget *parent)
    : QFrame(parent)
    , m_kpi(kpi)
{
    setObjectName(QStringLiteral("kpiTile"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setToolTip(definition(kpi));

    m_title = new QLabel(title(kpi), this);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("kpiChange"));
    for (QLabel *l : {m_title, m_value, m_change})
        l->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    clear();
}

QString KpiTile::title(Kpi kpi)
{
    switch (kpi) {
    case Kpi::ActiveCustomers:
        return tr("Active customers");
    case Kpi::NewCustomers:
        return tr("New customers");
    case Kpi::LostCustomers:
        return tr("Lost customers");
    case Kpi::RetentionRate:
        return tr("Retention rate");
    case Kpi::Revenue:
        return tr("Revenue");
    case Kpi::AverageClv:
        return tr("Average lifetime value");
    case Kpi::OpenComplaints:
        return tr("Open complaints");
    }
    return {};
}

bool KpiTile::upIsGood(Kpi kpi)
{
    return kpi != Kpi::LostCustomers && kpi != Kpi::OpenComplaints;
}

QString KpiTile::formatValue(Kpi kpi,
                             std::optional<double> value,
                             const QString &currency,
                             const QLocale &locale)
{
    if (!usable(value))
        return QStringLiteral("—");
    const double v = *value;
    if (isRate(kpi))
        return locale.toString(v * 100.0, 'f', 1) + locale.percent();
    if (isMoney(kpi)) {
        const int decimals = Money::decimals(currency);
        const double units = v / std::pow(10.0, decimals);
        // Cents matter on small amounts only; a tile has no room for them on millions.
        const QString amount = std::abs(units) >= 1000.0
                                   ? locale.toString(std::round(units), 'f', 0)
                                   : Money::formatMinor(qint64(std::llround(v)), decimals, locale);
        return currency.isEmpty() ? amount : amount + QChar(0x00a0) + currency;
    }
    return locale.toString(qint64(std::llround(v)));
}

QString KpiTile::formatChange(Kpi kpi,
                              std::optional<double> current,
                              std::optional<double> previous,
                              const QLocale &locale)
{
    if (!usable(current) || !usable(previous))
        return {};
    const double diff = *current - *previous;
    const QString arrow = diff > 0 ? QStringLiteral("▲ ")
                                   : (diff < 0 ? QStringLiteral("▼ ") : QStringLiteral("± "));
    if (isRate(kpi)) {
        return arrow + tr("%1 pts").arg(locale.toString(std::abs(diff) * 100.0, 'f', 1))
               + QLatin1Char(' ') + tr("vs previous period");
    }
    if (*previous == 0.0) {
        // No percentage of nothing: tell the previous value instead.
        return arrow + tr("from %1").arg(formatValue(kpi, previous, QString(), locale));
    }
    const double percent = std::abs(diff) / std::abs(*previous) * 100.0;
    return arrow + locale.toString(percent, 'f', percent < 10 ? 1 : 0) + locale.percent()
           + QLatin1Char(' ') + tr("vs previous period");
}

void KpiTile::setValue(const analytics::KpiValue &value, const QString &currency)
{
    m_value->setText(formatValue(m_kpi, value.current, currency));
    m_change->setText(formatChange(m_kpi, value.current, value.previous));
    m_direction = 0;
    if (usable(value.current) && usable(value.previous) && *value.current != *value.previous) {
        const bool up = *value.current > *value.previous;
        m_direction = up == upIsGood(m_kpi) ? 1 : -1;
    }
    if (m_change->text().isEmpty())
        m_change->setText(usable(value.current) ? tr("no previous period") : QString(QChar(0x00a0)));
    if (usable(value.previous))
        m_change->setToolTip(
            tr("Previous period: %1").arg(formatValue(m_kpi, value.previous, currency)));
    recolour();
}

void KpiTile::clear()
{
    setValue({}, QString());
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

void KpiTile::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        clear();
        return;
    }
    setValue(result->kpis[std::size_t(m_kpi)], result->currency);
}

void KpiTile::recolour()
{
    QPalette p = palette();
    QPalette change = m_change->palette();
    change.setColor(QPalette::WindowText,
                    m_direction > 0   ? chartstyle::goodColour(p)
                    : m_direction < 0 ? chartstyle::badColour(p)
                                      : chartstyle::mutedText(p));
    m_change->setPalette(change);
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText, chartstyle::mutedText(p));
    m_title->setPalette(titlePalette);
}

void KpiTile::focusInEvent(QFocusEvent *event)
{
    // The ring is for keyboard users; a window opening gives its first tile the focus too.
    m_keyboardFocus = event->reason() == Qt::TabFocusReason
                      || event->reason() == Qt::BacktabFocusReason
                      || event->reason() == Qt::ShortcutFocusReason;
    QFrame::focusInEvent(event);
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_change) // not while constructing
        recolour();
}

void KpiTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        if (rect().contains(event->position().toPoint()))
            Q_EMIT activated(m_kpi);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_kpi);
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus() || !m_keyboardFocus)
        return;
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRect(rect().adjusted(1, 1, -2, -2));
}

KpiStrip::KpiStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (std::size_t i = 0; i < analytics::KpiCount; ++i) {
        m_tiles[i] = new KpiTile(Kpi(i), this);
        layout->addWidget(m_tiles[i]);
        connect(m_tiles[i], &KpiTile::activated, this, &KpiStrip::activated);
    }
}

KpiTile *KpiStrip::tile(Kpi kpi) const
{
    return m_tiles[std::size_t(kpi)];
}

void KpiStrip::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    for (KpiTile *t : m_tiles)
        t->setResult(result);
}

} // namespace rapport
