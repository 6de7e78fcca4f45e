#pragma once

#include "core/analytics/dashboard.h"
#include "core/domain/customerselection.h"
#include "ui/dashboards/chartexport.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace rapport {

class AccessPolicy;
class ActivityChart;
class ChangeBus;
class ClvChart;
class CohortHeatmap;
class DashboardFilterBar;
class DashboardService;
class KpiStrip;
class ParetoChart;
class RetentionCurves;
class RfmSegmentsChart;
class SatisfactionQuadrant;

// DashboardView is the main window's Dashboards page: the filters, the KPI tiles against the
// previous period, and the charts in tabs (value: Pareto and RFM; retention: cohorts and curves;
// lifetime value; team; satisfaction). The numbers come from a DashboardService working off the
// GUI thread: while it works, a progress bar with a Cancel button shows what it does and the last
// figures stay on screen. Clicking a tile, a bar, a segment, a cell or a quadrant asks for the
// customer list narrowed to exactly those customers (customersRequested).
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    // Whose figures the dashboards show (DashboardService::setAccess); a shown result is
    // computed again for the new reader.
    void setAccess(const AccessPolicy &access);
    // `path`: the open database (the service reads it on a connection of its own); `bus`: its
    // change bus (the figures are recomputed when the data change).
    DashboardView(const QString &path, ChangeBus *bus, QWidget *parent = nullptr);
    ~DashboardView() override;

    DashboardService *service() const { return m_service; }
    DashboardFilterBar *filterBar() const { return m_filters; }
    KpiStrip *kpis() const { return m_kpis; }
    QTabWidget *tabs() const { return m_tabs; }
    ParetoChart *paretoChart() const { return m_pareto; }
    RfmSegmentsChart *rfmChart() const { return m_rfm; }
    CohortHeatmap *cohortHeatmap() const { return m_cohorts; }
    ClvChart *clvChart() const { return m_clv; }
    ActivityChart *activityChart() const { return m_activity; }
    SatisfactionQuadrant *satisfactionChart() const { return m_satisfaction; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    // Says so when the dashboards opened on another period than the last 12 months because
    // those held no order (hidden otherwise).
    QLabel *periodNote() const { return m_periodNote; }
    std::shared_ptr<const analytics::DashboardResult> result() const { return m_result; }

public Q_SLOTS:
    // Computes for the filters shown (from memory when nothing changed).
    void refresh();
    // Reads the database again (F5).
    void reload();

Q_SIGNALS:
    // A tile, bar, segment, cell or quadrant was clicked: exactly these customers, each with the
    // figure that put them there.
    void customersRequested(rapport::CustomerSelectionPtr selection);
    void customerActivated(qint64 id);
    // A sentence for the window's status bar ("Saved Pareto… (CSV) to /path").
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showResult(std::shared_ptr<const analytics::DashboardResult> result);
    void setBusy(bool busy);
    void showProgress(int percent, const QString &step);
    void showFailure(const QString &message);
    void kpiActivated(analytics::Kpi kpi);
    void cohortActivated(int cohort, int monthsSince);
    void segmentActivated(analytics::RfmSegment segment);
    void clvBinActivated(int bin);
    QString periodText() const;
    ExportContext exportContext() const;
    void request(analytics::DrillDown customers, const QString &label);

    DashboardService *m_service;
    DashboardFilterBar *m_filters;
    QComboBox *m_measure;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_periodNote;
    KpiStrip *m_kpis;
    QTabWidget *m_tabs;
    ParetoChart *m_pareto;
    RfmSegmentsChart *m_rfm;
    CohortHeatmap *m_cohorts;
    RetentionCurves *m_curves;
    ClvChart *m_clv;
    ActivityChart *m_activity;
    SatisfactionQuadrant *m_satisfaction;
    std::shared_ptr<const analytics::DashboardResult> m_result;
    bool m_stopped = false;       // Cancel was pressed; the job is ending
    bool m_periodChecked = false; // the first result was looked at for a period with data
};

} // namespace rapport
