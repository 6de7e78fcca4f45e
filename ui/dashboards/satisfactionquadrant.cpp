#include "ui/dashboards/satisfactionquadrant.h"

#include "core/domain/money.h"
#include "core/io/csv.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/dashboards/clvchart.h"
#include "ui/dashboards/kpitile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

namespace rapport {

// The 2x2 grid, painted; value on the vertical axis (high on top), satisfaction on the
// horizontal one (satisfied on the right).
class QuadrantGrid final : public QWidget
{
public:
    QuadrantGrid(SatisfactionQuadrant *owner, QWidget *parent)
        : QWidget(parent)
        , m_owner(owner)
    {
        setObjectName(QStringLiteral("quadrantGrid"));
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(320, 220);
        setCursor(Qt::PointingHandCursor);
        setMouseTracking(true);
    }

    void setData(const analytics::SatisfactionPanel *panel, const QString &currency)
    {
        m_panel = panel;
        m_currency = currency;
        update();
    }

    // Quadrant q's cell: advocates top right, vulnerable top left, potential bottom right,
    // saboteurs bottom left.
    QRect cell(int q) const
    {
        const QRect area = rect().adjusted(AxisMargin, 4, -4, -AxisMargin);
        const int w = area.width() / 2, h = area.height() / 2;
        const bool right = q == SatisfactionQuadrant::Advocates
                           || q == SatisfactionQuadrant::Potential;
        const bool top = q == SatisfactionQuadrant::Advocates
                         || q == SatisfactionQuadrant::Vulnerable;
        return QRect(area.left() + (right ? w : 0), area.top() + (top ? 0 : h), w, h)
            .adjusted(3, 3, -3, -3);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_panel)
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const qint64 answered = std::max<qint64>(1, m_panel->answered);
        const QLocale locale;
        for (int q = 0; q < 4; ++q) {
            const QRect r = cell(q);
            const QColor tone = q == SatisfactionQuadrant::Advocates   ? chartstyle::seriesColour(2)
                                : q == SatisfactionQuadrant::Saboteurs ? chartstyle::seriesColour(3)
                                : q == SatisfactionQuadrant::Vulnerable
                                    ? chartstyle::seriesColour(1)
                                    : chartstyle::seriesColour(0);
            const qint64 n = qint64(m_panel->customers[std::size_t(q)].size());
            const QColor fill = chartstyle::tint(tone,
                                                 0.18 + 0.5 * double(n) / double(answered),
                                                 pal);
            p.setPen(q == m_current && hasFocus() ? QPen(pal.color(QPalette::Highlight), 2)
                                                  : QPen(tone, 1));
            p.setBrush(fill);
            p.drawRoundedRect(r, 6, 6);
            const QColor text = chartstyle::textOn(fill);
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            p.setPen(text);
            const QRect inner = r.adjusted(10, 6, -10, -6);
            p.drawText(inner, Qt::AlignTop | Qt::AlignLeft, SatisfactionQuadrant::quadrantName(q));
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            p.setFont(small);
            const int line = QFontMetrics(f).height();
            p.drawText(inner.adjusted(0, line, 0, 0),
                       Qt::AlignTop | Qt::AlignLeft,
                       SatisfactionQuadrant::quadrantDescription(q));
            QFont big = font();
            big.setPointSizeF(big.pointSizeF() * 1.9);
            big.setBold(true);
            p.setFont(big);
            p.drawText(inner, Qt::AlignVCenter | Qt::AlignHCenter, display::count(n));
            p.setFont(small);
            const double share = double(n) / double(answered);
            const QString value = ClvChart::compactMoney(double(m_panel->value[std::size_t(q)]),
                                                         m_currency,
                                                         locale);
            p.drawText(inner,
                       Qt::AlignBottom | Qt::AlignHCenter,
                       SatisfactionQuadrant::tr("%1 of the answers\nworth %2 %3")
                           .arg(display::percent(share, 0),
                                value,
                                m_currency));
        }
        // Axis names.
        p.setPen(chartstyle::mutedText(pal));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        const QRect all = rect().adjusted(AxisMargin, 4, -4, -AxisMargin);
        p.drawText(QRect(all.left(), all.bottom() + 2, all.width(), AxisMargin - 2),
                   Qt::AlignCenter,
                   SatisfactionQuadrant::tr("← dissatisfied      satisfaction      satisfied →"));
        p.save();
        p.translate(0, all.bottom());
        p.rotate(-90);
        p.drawText(QRect(0, 0, all.height(), AxisMargin - 2),
                   Qt::AlignCenter,
                   SatisfactionQuadrant::tr("← low    value (12 months)    high →"));
        p.restore();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        for (int q = 0; q < 4; ++q) {
            if (cell(q).contains(event->position().toPoint())) {
                m_current = q;
                update();
                m_owner->requestQuadrant(q);
                return;
            }
        }
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        // Arrows move between the quadrants as they are laid out; Enter lists the current one.
        const bool right = m_current == SatisfactionQuadrant::Advocates
                           || m_current == SatisfactionQuadrant::Potential;
        const bool top = m_current == SatisfactionQuadrant::Advocates
                         || m_current == SatisfactionQuadrant::Vulnerable;
        auto at = [](bool r, bool t) {
            return t ? (r ? SatisfactionQuadrant::Advocates : SatisfactionQuadrant::Vulnerable)
                     : (r ? SatisfactionQuadrant::Potential : SatisfactionQuadrant::Saboteurs);
        };
        switch (event->key()) {
        case Qt::Key_Left:
            m_current = at(false, top);
            break;
        case Qt::Key_Right:
            m_current = at(true, top);
            break;
        case Qt::Key_Up:
            m_current = at(right, true);
            break;
        case Qt::Key_Down:
            m_current = at(right, false);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            m_owner->requestQuadrant(m_current);
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
        }
        update();
    }

    void focusInEvent(QFocusEvent *) override { update(); }
    void focusOutEvent(QFocusEvent *) override { update(); }

private:
    static constexpr int AxisMargin = 22;
    SatisfactionQuadrant *m_owner;
    const analytics::SatisfactionPanel *m_panel = nullptr;
    QString m_currency;
    int m_current = SatisfactionQuadrant::Advocates;
};

SatisfactionQuadrant::SatisfactionQuadrant(QWidget *parent)
    : DashboardPanel(tr("Satisfaction and value"), QStringLiteral("satisfaction"), parent)
{
    auto *body = new QWidget(this);
    m_grid = new QuadrantGrid(this, body);
    m_caption = chartstyle::newCaption(body);
    m_caption->setObjectName(QStringLiteral("satisfactionCaption"));
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_caption);
    setBody(body);
}

QWidget *SatisfactionQuadrant::grid() const
{
    return m_grid;
}

QRect SatisfactionQuadrant::quadrantRect(int quadrant) const
{
    return m_grid->cell(quadrant);
}

QString SatisfactionQuadrant::quadrantName(int quadrant)
{
    switch (quadrant) {
    case Advocates:
        return tr("Advocates");
    case Vulnerable:
        return tr("Vulnerable");
    case Potential:
        return tr("Potential");
    case Saboteurs:
        return tr("Saboteurs");
    }
    return {};
}

QString SatisfactionQuadrant::quadrantDescription(int quadrant)
{
    switch (quadrant) {
    case Advocates:
        return tr("high value, satisfied");
    case Vulnerable:
        return tr("high value, dissatisfied");
    case Potential:
        return tr("low value, satisfied");
    case Saboteurs:
        return tr("low value, dissatisfied");
    }
    return {};
}

void SatisfactionQuadrant::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        setPanel({}, {});
        showMessage(tr("No data yet."));
        return;
    }
    setPanel(result->satisfaction, result->currency);
}

void SatisfactionQuadrant::setPanel(const analytics::SatisfactionPanel &panel,
                                    const QString &currency)
{
    m_panel = panel;
    m_currency = currency;
    m_grid->setData(&m_panel, m_currency);
    if (m_panel.answered <= 0) {
        showMessage(panel.message.isEmpty() ? tr("No survey answers in the period.")
                                            : panel.message);
        return;
    }
    QString text = tr("%Ln customer(s) answered a survey.", nullptr, int(m_panel.answered));
    if (m_panel.nps && std::isfinite(*m_panel.nps)) {
        const double nps = *m_panel.nps;
        text += QLatin1Char(' ')
                + tr("Net promoter score %1.")
                      .arg((nps > 0 ? QLocale().positiveSign() : QString())
                           + display::decimal(nps, 0));
    }
    // Which value splits the rows, so that "high" and "low" can be checked.
    if (m_panel.valueFrom.isValid()) {
        text += QLatin1Char(' ')
                + tr("Value: net revenue in the 12 months from %1; high value from %2 (the "
                     "median of those who bought in them).")
                      .arg(display::date(m_panel.valueFrom),
                           KpiTile::formatValue(analytics::Kpi::Revenue,
                                                m_panel.highValueFrom,
                                                m_currency));
    }
    m_caption->setText(text);
    showBody();
}

QString SatisfactionQuadrant::caption() const
{
    return m_caption->text();
}

void SatisfactionQuadrant::requestQuadrant(int quadrant)
{
    if (quadrant < 0 || quadrant > 3 || m_panel.answered <= 0)
        return;
    requestCustomers(analytics::Dashboard::quadrantCustomers(m_panel, std::size_t(quadrant)),
                     tr("%1 (%2)").arg(quadrantName(quadrant), quadrantDescription(quadrant)));
}

QString SatisfactionQuadrant::csv() const
{
    if (m_panel.answered <= 0)
        return {};
    static constexpr std::array<const char *, 4> keys{"advocates",
                                                      "vulnerable",
                                                      "potential",
                                                      "saboteurs"};
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("quadrant"),
                        QStringLiteral("name"),
                        QStringLiteral("customers"),
                        QStringLiteral("share"),
                        QStringLiteral("value"),
                        QStringLiteral("currency")};
    for (int q = 0; q < 4; ++q) {
        const qint64 n = qint64(m_panel.customers[std::size_t(q)].size());
        rows << QStringList{QString::fromLatin1(keys[std::size_t(q)]),
                            quadrantName(q),
                            QString::number(n),
                            QString::number(double(n) / double(m_panel.answered), 'f', 4),
                            ChartExport::csvMoney(m_panel.value[std::size_t(q)], m_currency),
                            m_currency};
    }
    return csvDocument(rows);
}

} // namespace rapport
