#pragma once

#include "core/analytics/dashboard.h"
#include "ui/dashboards/dashboardpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
QT_END_NAMESPACE

namespace rapport {

// The eleven RFM segments, best on top, each with two bars on one percentage axis: its share of
// the customers and its share of the revenue (Champions: 12% of the customers, 45% of the
// revenue). The segment the dashboard is filtered on is highlighted. Clicking a segment's bars
// emits segmentActivated.
class RfmSegmentsChart final : public DashboardPanel
{
    Q_OBJECT

public:
    explicit RfmSegmentsChart(QWidget *parent = nullptr);

    // `selected`: the segment filter, highlighted; nullopt for none.
    void setPanel(const analytics::RfmPanel &panel,
                  std::optional<analytics::RfmSegment> selected = std::nullopt,
                  const QString &currency = {});
    QString csv() const override;
    QChartView *chartView() const { return m_view; }
    QPoint barPosition(analytics::RfmSegment segment) const; // viewport coordinates
    // The segment whose row is at a point of the view's viewport.
    std::optional<analytics::RfmSegment> segmentAt(const QPoint &viewportPosition) const;
    std::optional<analytics::RfmSegment> selected() const { return m_selected; }

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);

Q_SIGNALS:
    void segmentActivated(analytics::RfmSegment segment);

protected:
    void paletteChanged() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    static int row(analytics::RfmSegment segment); // category index: the best at the top

    std::optional<std::array<analytics::RfmSegmentSummary, analytics::RfmSegmentCount>> m_summary;
    std::optional<analytics::RfmSegment> m_selected;
    QString m_currency;
    qint64 m_customers = 0;
    qint64 m_revenue = 0;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace rapport
