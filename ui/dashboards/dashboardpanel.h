#pragma once

#include "core/analytics/dashboard.h"
#include "core/domain/customerselection.h"
#include "ui/dashboards/chartexport.h"

#include <QFrame>

#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace rapport {

// One chart of the manager dashboards: a title, an "Export" button (picture as PNG, SVG or PDF,
// numbers as CSV) and the chart, or a centred message when there is nothing to draw. The
// concrete charts (ParetoChart, CohortHeatmap...) fill the body and say what their CSV holds.
class DashboardPanel : public QFrame
{
    Q_OBJECT

public:
    QString title() const { return m_title; }
    // The chart's numbers as RFC 4180 CSV with a header line; empty when it shows a message.
    virtual QString csv() const = 0;

    bool showsMessage() const;
    QString message() const;
    QWidget *body() const { return m_body; }
    QToolButton *exportButton() const { return m_exportButton; }

    // Writes the chart (without the export button, with its title) or its CSV to `path`.
    Status exportTo(ChartExport::Format format, const QString &path);

public Q_SLOTS:
    // Asks for a path with a file dialog, exports, and tells a failure in a message box.
    void exportWithDialog(rapport::ChartExport::Format format);

Q_SIGNALS:
    // The customers behind a bar, a band or a quadrant, for the customer list: its label says
    // what they are ("Revenue ranks 1–2,000 (top 1%)"), its figure what put each one there.
    void customersRequested(rapport::CustomerSelectionPtr selection);

protected:
    // Hides the chart's tooltip (it would stay over the list) and asks for the customers.
    void requestCustomers(analytics::DrillDown customers, const QString &label);
    explicit DashboardPanel(const QString &title, QWidget *parent = nullptr);
    void setBody(QWidget *body);
    void showMessage(const QString &message);
    void showBody();
    void changeEvent(QEvent *event) override;
    // Called when the palette changes, to recolour the chart.
    virtual void paletteChanged() {}

private:
    QString m_title;
    QLabel *m_titleLabel = nullptr;
    QToolButton *m_exportButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_message = nullptr;
    QString m_lastDirectory;
};

} // namespace rapport
