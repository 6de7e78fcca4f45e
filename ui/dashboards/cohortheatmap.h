#pragma once

#include "core/analytics/dashboard.h"
#include "ui/dashboards/dashboardpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace rapport {

class CohortTableModel;

// The cohort retention heat map: rows are the months of the first purchase (with the cohort's
// size), columns the months since, each cell the share of the cohort that bought in that month.
// Clicking a cell, or Enter on it, emits cellActivated (the page turns it into customers).
class CohortHeatmap final : public DashboardPanel
{
    Q_OBJECT

public:
    explicit CohortHeatmap(QWidget *parent = nullptr);

    // `asOf`: the period's last day (the running month's cells are hatched up to it).
    void setPanel(const analytics::CohortPanel &panel, const QDate &asOf = {});
    QString csv() const override;
    QTableView *table() const { return m_table; }
    CohortTableModel *model() const { return m_model; }
    // The table at the size that shows every row and column (what picture exports draw).
    QSize fullTableSize() const;

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);

Q_SIGNALS:
    // `cohort` indexes RetentionResult::cohorts (0 = the oldest), `monthsSince` the column.
    void cellActivated(int cohort, int monthsSince);

protected:
    void paletteChanged() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    std::unique_ptr<QWidget> pictureBody() const override;
    QStringList exportNotes() const override;

private:
    void activate(const QModelIndex &index);
    QString runningNote() const;
    void setUpTable(QTableView *table) const;

    QTableView *m_table = nullptr;
    CohortTableModel *m_model = nullptr;
    QLabel *m_caption = nullptr;
};

// Retention curves: for a few cohorts (spread over the period) and for all of them together, the
// share still buying by months since the first purchase, from the first month after it.
class RetentionCurves final : public DashboardPanel
{
    Q_OBJECT

public:
    static constexpr int MaxCurves = 4;

    explicit RetentionCurves(QWidget *parent = nullptr);

    // `asOf`: the period's last day; a month still running on it is left out of the curves.
    void setPanel(const analytics::CohortPanel &panel, const QDate &asOf = {});
    QString csv() const override;
    QChartView *chartView() const { return m_view; }
    // The cohorts drawn (indexes into the cohort table), oldest first.
    const std::vector<int> &cohorts() const { return m_cohorts; }

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);

protected:
    void paletteChanged() override;
    QStringList exportNotes() const override;

private:
    void rebuild();
    // The months of cohort c that are over (the running month left out).
    int completeMonths(int cohort) const;

    std::optional<analytics::CohortTable> m_table;
    QDate m_runningUntil; // valid when the table's last month was still running
    std::vector<int> m_cohorts;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace rapport
