#include "ui/dashboards/kpitile.h"

#include "core/analytics/clvaverage.h"
#include "core/analytics/lostcustomers.h"
#include "core/domain/money.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"

#include <QEvent>
#include <QGridLayout>
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
    // As wide from the start as a large figure makes it, so the strip does not rearrange its
    // tiles (seven in a row, then 4 + 3) when the figures arrive and a click meant for a tab
    // lands on a tile.
    const double large = isRate(kpi)           ? 0.888
                         : !isMoney(kpi)       ? 8'888'888.0
                         : kpi == Kpi::Revenue ? 888'888'888'800.0 // minor units
                                               : 88'888'800.0;
    m_value->setMinimumWidth(
        m_value->fontMetrics().horizontalAdvance(formatValue(kpi, large, QStringLiteral("EUR"))));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("kpiChange"));
    // The change's width does not decide the tile's: it drops "vs previous period" when the
    // tile is narrow (resizeEvent), the tooltip still says it.
    m_change->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
        return display::percent(v, 1, locale);
    if (isMoney(kpi)) {
        const int decimals = Money::decimals(currency);
        const double units = v / std::pow(10.0, decimals);
        // Cents matter on small amounts only; a tile has no room for them on millions.
        const QString amount = std::abs(units) >= 1000.0
                                   ? display::decimal(std::round(units), 0, locale)
                                   : Money::formatMinor(qint64(std::llround(v)), decimals, locale);
        return currency.isEmpty() ? amount : amount + QChar(0x00a0) + currency;
    }
    return display::count(qint64(std::llround(v)), locale);
}

QString KpiTile::formatChange(Kpi kpi,
                              std::optional<double> current,
                              std::optional<double> previous,
                              const QLocale &locale)
{
    const QString change = formatShortChange(kpi, current, previous, locale);
    if (change.isEmpty() || (usable(previous) && *previous == 0.0 && !isRate(kpi)))
        return change;
    return change + QLatin1Char(' ') + tr("vs previous period");
}

QString KpiTile::formatShortChange(Kpi kpi,
                                   std::optional<double> current,
                                   std::optional<double> previous,
                                   const QLocale &locale)
{
    if (!usable(current) || !usable(previous))
        return {};
    const double diff = *current - *previous;
    const QString arrow = diff > 0 ? QStringLiteral("▲ ")
                                   : (diff < 0 ? QStringLiteral("▼ ") : QStringLiteral("± "));
    if (isRate(kpi))
        return arrow + tr("%1 pts").arg(display::decimal(std::abs(diff) * 100.0, 1, locale));
    if (*previous == 0.0) {
        // No percentage of nothing: tell the previous value instead.
        return arrow + tr("from %1").arg(formatValue(kpi, previous, QString(), locale));
    }
    return arrow + display::percent(std::abs(diff) / std::abs(*previous), -1, locale);
}

QString KpiTile::changeMeaning(int direction)
{
    return direction > 0   ? tr("Better than the previous period")
           : direction < 0 ? tr("Worse than the previous period")
                           : tr("The same as the previous period");
}

void KpiTile::setValue(const analytics::KpiValue &value, const QString &currency)
{
    m_value->setText(formatValue(m_kpi, value.current, currency));
    m_longChange = formatChange(m_kpi, value.current, value.previous);
    m_shortChange = formatShortChange(m_kpi, value.current, value.previous);
    m_direction = 0;
    if (usable(value.current) && usable(value.previous) && *value.current != *value.previous) {
        const bool up = *value.current > *value.previous;
        m_direction = up == upIsGood(m_kpi) ? 1 : -1;
    }
    if (m_longChange.isEmpty()) {
        m_longChange = usable(value.current) ? tr("no previous period") : QString(QChar(0x00a0));
        m_shortChange = usable(value.current) ? tr("no previous") : m_longChange;
    }
    // Arrow and colour say which way and whether that is good; the tooltip says it in words.
    if (usable(value.current) && usable(value.previous)) {
        m_change->setToolTip(tr("%1: %2 then, %3 now.")
                                 .arg(changeMeaning(m_direction),
                                      formatValue(m_kpi, value.previous, currency),
                                      formatValue(m_kpi, value.current, currency)));
    } else {
        m_change->setToolTip(QString());
    }
    m_change->setMinimumWidth(m_change->fontMetrics().horizontalAdvance(m_shortChange));
    fitChange();
    recolour();
}

void KpiTile::fitChange()
{
    const bool fits = m_change->fontMetrics().horizontalAdvance(m_longChange)
                      <= m_change->contentsRect().width();
    m_change->setText(fits ? m_longChange : m_shortChange);
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // The labels have their new widths once the layout ran; it runs before this event.
    fitChange();
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
    const QColor ink = m_direction > 0   ? chartstyle::goodColour(p)
                       : m_direction < 0 ? chartstyle::badColour(p)
                                         : chartstyle::mutedText(p);
    change.setColor(QPalette::WindowText, ink);
    m_change->setPalette(change);
    // The palette alone did not reach the screen (the text was painted black: a pixel check in
    // the widget test); a style sheet colour does, in every style.
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(ink.name()));
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
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    for (std::size_t i = 0; i < analytics::KpiCount; ++i) {
        m_tiles[i] = new KpiTile(Kpi(i), this);
        connect(m_tiles[i], &KpiTile::activated, this, &KpiStrip::activated);
    }
    arrange(int(analytics::KpiCount));
}

int KpiStrip::columnsFor(int width) const
{
    int widest = 0;
    for (const KpiTile *t : m_tiles)
        widest = std::max(widest, t->minimumSizeHint().width());
    // All in a row; else two rows (4 + 3), three, ...: equal tiles, never a lone straggler row
    // of one beside six.
    for (const int columns : {int(analytics::KpiCount), 4, 3, 2}) {
        if (columns * widest + (columns - 1) * m_grid->spacing() <= width)
            return columns;
    }
    return 1;
}

void KpiStrip::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (KpiTile *t : m_tiles)
        m_grid->removeWidget(t);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles[i], int(i) / columns, int(i) % columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    updateGeometry();
}

int KpiStrip::columns() const
{
    return m_columns;
}

QSize KpiStrip::minimumSizeHint() const
{
    // Narrow enough for two columns: the strip wraps rather than widening the window. As tall
    // as the rows it has now, but never more than two: a hidden page is laid out at a small
    // width first, and a minimum of seven rows then would grow the whole window (1280x800
    // became 1280x1165) and keep it so once the strip is wide again.
    int widest = 0, height = 0;
    for (const KpiTile *t : m_tiles) {
        widest = std::max(widest, t->minimumSizeHint().width());
        height = std::max(height, t->sizeHint().height());
    }
    const int columns = std::max(4, m_columns);
    const int rows = (int(m_tiles.size()) + columns - 1) / columns;
    return {2 * widest + m_grid->spacing(), rows * height + (rows - 1) * m_grid->spacing()};
}

QSize KpiStrip::sizeHint() const
{
    return m_grid->sizeHint();
}

void KpiStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(width()));
}

KpiTile *KpiStrip::tile(Kpi kpi) const
{
    return m_tiles[std::size_t(kpi)];
}

void KpiStrip::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    for (KpiTile *t : m_tiles)
        t->setResult(result);
    // New values, new widths.
    arrange(columnsFor(width()));
}

} // namespace rapport
