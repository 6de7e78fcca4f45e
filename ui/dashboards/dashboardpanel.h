#pragma once

#include "core/analytics/dashboard.h"
#include "core/domain/customerselection.h"
#include "ui/dashboards/chartexport.h"

#include <QFrame>

#include <memory>
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
    // The chart's numbers as RFC 4180 CSV with a header line, money in major units beside a
    // currency column; empty when it shows a message. Exports put comment lines naming the
    // period and filters before it.
    virtual QString csv() const = 0;

    bool showsMessage() const;
    QString message() const;
    QWidget *body() const { return m_body; }
    QToolButton *exportButton() const { return m_exportButton; }

    // Writes the chart (without the export button, with its title and context) or its CSV
    // (after comment lines naming the context) to `path`.
    Status exportTo(ChartExport::Format format, const QString &path);
    // exportTo(), then exported() with the sentence for the status bar.
    Status saveAs(ChartExport::Format format, const QString &path);

    // The period and filters the chart shows, for its exports.
    void setExportContext(const ExportContext &context) { m_context = context; }
    const ExportContext &exportContext() const { return m_context; }
    // The context with this chart's own notes (e.g. a month still running).
    ExportContext fullExportContext() const;
    // "rapport-pareto-2025-12-01_2026-11-30-owner-anna-berger.csv"
    QString suggestedFileName(ChartExport::Format format) const;
    // The comment lines a CSV export starts with.
    QString exportComments() const;
    QString exportName() const { return m_exportName; }

public Q_SLOTS:
    // Asks for a path with a file dialog, exports, and tells a failure in a message box.
    void exportWithDialog(rapport::ChartExport::Format format);

Q_SIGNALS:
    // The customers behind a bar, a band or a quadrant, for the customer list: its label says
    // what they are ("Revenue ranks 1–2,000 (top 1%)"), its figure what put each one there.
    void customersRequested(rapport::CustomerSelectionPtr selection);
    // A file was written, for the status bar: "Saved Cohort retention (PNG) to /path".
    void exported(const QString &message);

protected:
    // Hides the chart's tooltip (it would stay over the list) and asks for the customers.
    void requestCustomers(analytics::DrillDown customers, const QString &label);
    // `exportName`: the file name stem of its exports ("pareto"), never translated.
    DashboardPanel(const QString &title, const QString &exportName, QWidget *parent = nullptr);
    void setBody(QWidget *body);
    // A widget drawn for picture exports instead of the body, at its full size (e.g. a table
    // without scroll bars, every row and column shown); null: the body as it is on screen.
    virtual std::unique_ptr<QWidget> pictureBody() const { return nullptr; }
    // Remarks the chart adds to its exports' context.
    virtual QStringList exportNotes() const { return {}; }
    void showMessage(const QString &message);
    void showBody();
    void changeEvent(QEvent *event) override;
    // Called when the palette changes, to recolour the chart.
    virtual void paletteChanged() {}

private:
    QString m_title;
    QString m_exportName;
    ExportContext m_context;
    QLabel *m_titleLabel = nullptr;
    QToolButton *m_exportButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_message = nullptr;
    QString m_lastDirectory;
};

} // namespace rapport
