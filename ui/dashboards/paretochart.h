#pragma once

#include "core/analytics/dashboard.h"
#include "ui/dashboards/dashboardpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QAreaSeries;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
QT_END_NAMESPACE

namespace rapport {

// The Pareto chart: the customers ranked by value (revenue or service load) in at most
// MaxBars bars of equal customer counts, each bar the share of the total its slice holds,
// coloured by ABC class over light class bands; the cumulative share on a second 0-100% axis
// with the 80% line dashed; top-20% share, customers for 80% and Gini below. Clicking a bar asks
// for exactly that slice's customers; clicking a band, its label or the context menu for a
// whole class.
class ParetoChart final : public DashboardPanel
{
    Q_OBJECT

public:
    static constexpr int MaxBars = 100;

    // A bar: ranks [first, last] (0-based, inclusive) of the ranking.
    struct Slice
    {
        std::size_t first = 0;
        std::size_t last = 0;
        qint64 value = 0;      // net sum of the slice
        double share = 0;      // of the (clamped) total, 0..1
        double cumulative = 0; // cumulative share at the slice's last rank, 0..1
        analytics::AbcClass abc = analytics::AbcClass::C;
    };

    explicit ParetoChart(QWidget *parent = nullptr);

    // Copies the panel (money in `currency`); setResult() shares the result instead (a million ids are not copied).
    void setPanel(const analytics::ParetoPanel &panel, const QString &currency = {});
    QString csv() const override;

    const std::vector<Slice> &slices() const { return m_slices; }
    QString sliceLabel(std::size_t bar) const;
    QString classLabel(analytics::AbcClass abc) const;
    QString caption() const;
    QChartView *chartView() const { return m_view; }
    // Where bar `bar` is drawn, in the chart view's viewport coordinates (for tests and tips).
    QPoint barPosition(std::size_t bar) const;
    // Where the label of a class band is, in viewport coordinates.
    QPoint bandLabelPosition(analytics::AbcClass abc) const;

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);
    void requestSlice(std::size_t bar);
    void requestClass(analytics::AbcClass abc);

protected:
    void paletteChanged() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(std::shared_ptr<const analytics::ParetoResult> pareto,
              analytics::ParetoMeasure measure,
              const QString &message);
    void buildSlices();
    void rebuildChart();
    void placeBandLabels();
    QString measureName() const;
    QString measureInSentence() const;

    std::shared_ptr<const analytics::ParetoResult> m_pareto;
    analytics::ParetoMeasure m_measure = analytics::ParetoMeasure::Revenue;
    QString m_currency; // of the values, for the drill-down's figure
    std::vector<Slice> m_slices;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    std::array<QGraphicsSimpleTextItem *, 3> m_bandLabels{};
    std::array<QAction *, 3> m_classActions{};
};

} // namespace rapport
