#include "ui/dashboards/rfmsegmentschart.h"

#include "core/domain/money.h"
#include "core/io/csv.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace rapport {

using analytics::RfmSegment;
using analytics::RfmSegmentCount;

RfmSegmentsChart::RfmSegmentsChart(QWidget *parent)
    : DashboardPanel(tr("RFM segments"), QStringLiteral("rfm-segments"), parent)
{
    auto *body = new QWidget(this);
    m_chart = new QChart;
    m_view = chartstyle::newChartView(m_chart, body);
    m_view->setObjectName(QStringLiteral("rfmView"));
    m_view->setMinimumHeight(320);
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setCursor(Qt::PointingHandCursor);
    m_caption = chartstyle::newCaption(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    setBody(body);
}

int RfmSegmentsChart::row(RfmSegment segment)
{
    return int(RfmSegmentCount) - 1 - int(segment);
}

void RfmSegmentsChart::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        m_summary.reset();
        rebuild();
        showMessage(tr("No data yet."));
        return;
    }
    setPanel(result->rfm, result->filters.segment, result->currency);
}

void RfmSegmentsChart::setPanel(const analytics::RfmPanel &panel,
                                std::optional<RfmSegment> selected,
                                const QString &currency)
{
    m_summary.reset();
    m_selected = selected;
    m_currency = currency;
    m_customers = 0;
    m_revenue = 0;
    if (panel.result) {
        m_summary = panel.result->summary;
        for (const auto &s : *m_summary) {
            m_customers += s.customers;
            m_revenue += std::max<qint64>(0, s.revenue);
        }
    }
    rebuild();
    if (m_customers == 0) {
        showMessage(panel.message.isEmpty() ? tr("Nobody bought up to the end of the period.")
                                            : panel.message);
        return;
    }
    m_caption->setText(
        tr("%Ln customer(s) scored as of the end of the period; bars are each segment's share of "
           "the customers and of the revenue. Click a segment to list its customers.",
           nullptr,
           int(m_customers)));
    showBody();
}

void RfmSegmentsChart::rebuild()
{
    m_chart->removeAllSeries();
    m_series = nullptr;
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    const QPalette pal = palette();
    chartstyle::style(m_chart, pal);
    if (!m_summary || m_customers == 0)
        return;
    QStringList categories;
    for (int r = 0; r < int(RfmSegmentCount); ++r)
        categories << analytics::rfmSegmentName(RfmSegment(int(RfmSegmentCount) - 1 - r));
    auto *customers = new QBarSet(tr("Customers"));
    auto *revenue = new QBarSet(tr("Revenue"));
    customers->setColor(chartstyle::seriesColour(0));
    revenue->setColor(chartstyle::seriesColour(2));
    customers->setBorderColor(Qt::transparent);
    revenue->setBorderColor(Qt::transparent);
    // Labels read like display::percent: whole percent from 10%, one decimal from 1%, two below
    // (the chart writes them in the locale's digits; rounding the value sets the decimals).
    const auto rounded = [](double percent) {
        const double scale = percent >= 10 ? 1 : (percent >= 1 ? 10 : 100);
        return std::round(percent * scale) / scale;
    };
    double top = 0;
    for (int r = 0; r < int(RfmSegmentCount); ++r) {
        const auto &s = (*m_summary)[std::size_t(RfmSegmentCount - 1 - std::size_t(r))];
        const double c = double(s.customers) / double(m_customers) * 100.0;
        const double v = m_revenue > 0
                             ? double(std::max<qint64>(0, s.revenue)) / double(m_revenue) * 100.0
                             : 0.0;
        customers->append(rounded(c));
        revenue->append(rounded(v));
        top = std::max({top, c, v});
    }
    if (m_selected) {
        // Everything else fades, the filtered segment keeps its colour.
        const int selectedRow = row(*m_selected);
        customers->setColor(chartstyle::tint(chartstyle::seriesColour(0), 0.35, pal));
        revenue->setColor(chartstyle::tint(chartstyle::seriesColour(2), 0.35, pal));
        customers->setSelectedColor(chartstyle::seriesColour(0));
        revenue->setSelectedColor(chartstyle::seriesColour(2));
        customers->selectBar(selectedRow);
        revenue->selectBar(selectedRow);
        categories[selectedRow] = QStringLiteral("▶ ") + categories[selectedRow];
    }
    m_series = new QHorizontalBarSeries;
    m_series->setBarWidth(0.8);
    m_series->append(revenue);
    m_series->append(customers);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value") + QLocale().percent());
    m_series->setLabelsPrecision(4);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet *set : {customers, revenue}) {
        set->setLabelColor(pal.color(QPalette::WindowText));
        QFont f = set->labelFont();
        f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.8));
        set->setLabelFont(f);
    }
    m_chart->addSeries(m_series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    // Room on the right for the labels outside the bars' ends.
    auto *axisX = chartstyle::valueAxis(0,
                                        std::min(100.0, std::max(1.0, top * 1.18)),
                                        chartstyle::AxisUnit::Percent);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    chartstyle::style(axisY, pal);
    chartstyle::style(axisX, pal);
    axisY->setGridLineVisible(false);
    axisY->setTruncateLabels(false);
    m_series->attachAxis(axisY);
    m_series->attachAxis(axisX);
    auto segmentOf = [](int index) { return RfmSegment(int(RfmSegmentCount) - 1 - index); };
    connect(m_series,
            &QAbstractBarSeries::hovered,
            this,
            [this, segmentOf](bool on, int index, QBarSet *) {
                // Not once hidden: a hover replayed after a drill-down would sit over the list.
                if (!on || !m_summary || !m_view->isVisible()) {
                    QToolTip::hideText();
                    return;
                }
                const RfmSegment segment = segmentOf(index);
                const auto &s = (*m_summary)[std::size_t(segment)];
                const int decimals = Money::decimals(m_currency);
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 customers, %3 %4\nClick to list them")
                                       .arg(analytics::rfmSegmentName(segment),
                                            display::count(s.customers),
                                            Money::formatMinor(s.revenue, decimals),
                                            m_currency),
                                   m_view);
            });
}

std::optional<RfmSegment> RfmSegmentsChart::segmentAt(const QPoint &viewportPosition) const
{
    if (!m_series)
        return std::nullopt;
    const QPointF scene = m_view->mapToScene(viewportPosition);
    if (!m_chart->plotArea().contains(scene))
        return std::nullopt;
    const QPointF value = m_chart->mapToValue(scene, m_series);
    const int r = int(std::lround(value.y()));
    if (r < 0 || r >= int(RfmSegmentCount))
        return std::nullopt;
    return RfmSegment(int(RfmSegmentCount) - 1 - r);
}

bool RfmSegmentsChart::eventFilter(QObject *watched, QEvent *event)
{
    // A whole row is the target, not just its bars: a segment with a sliver of revenue must be
    // as easy to hit as the Champions.
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            if (const auto segment = segmentAt(mouse->position().toPoint())) {
                Q_EMIT segmentActivated(*segment);
                return true;
            }
        }
    }
    return DashboardPanel::eventFilter(watched, event);
}

QPoint RfmSegmentsChart::barPosition(RfmSegment segment) const
{
    if (!m_series)
        return {};
    const QRectF plot = m_chart->plotArea();
    const QPointF centre = m_chart->mapToPosition(QPointF(0, row(segment)), m_series);
    return m_view->mapFromScene(QPointF(plot.left() + plot.width() * 0.3, centre.y()));
}

void RfmSegmentsChart::paletteChanged()
{
    rebuild();
}

QString RfmSegmentsChart::csv() const
{
    if (!m_summary || m_customers == 0)
        return {};
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("segment"),
                        QStringLiteral("name"),
                        QStringLiteral("customers"),
                        QStringLiteral("customer_share"),
                        QStringLiteral("revenue"),
                        QStringLiteral("currency"),
                        QStringLiteral("revenue_share")};
    for (std::size_t i = 0; i < RfmSegmentCount; ++i) {
        const auto &s = (*m_summary)[i];
        rows << QStringList{QString::fromLatin1(analytics::rfmSegmentKeys[i]),
                            analytics::rfmSegmentName(RfmSegment(i)),
                            QString::number(s.customers),
                            QString::number(double(s.customers) / double(m_customers), 'f', 4),
                            ChartExport::csvMoney(s.revenue, m_currency),
                            m_currency,
                            QString::number(m_revenue > 0 ? double(std::max<qint64>(0, s.revenue))
                                                                / double(m_revenue)
                                                          : 0.0,
                                            'f',
                                            4)};
    }
    return csvDocument(rows);
}

} // namespace rapport
