#include "ui/screenshottour.h"

#include "core/models/customerlistmodel.h"
#include "core/services/dashboardservice.h"
#include "ui/customerlistview.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/dashboards/rfmsegmentschart.h"
#include "ui/importwizard.h"
#include "ui/mainwindow.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace rapport {
namespace {

constexpr int SettleMs = 600; // time for a view to lay out, read its first rows and paint

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, QString folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(std::move(folder))
{
    addSteps();
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::addSteps()
{
    m_steps.push_back({QStringLiteral("customer-list.png"), [this]() -> QWidget * {
                           m_window.showPage(MainWindow::Page::Customers);
                           return &m_window;
                       }});
    m_steps.push_back({QStringLiteral("my-day.png"), [this]() -> QWidget * {
                           m_window.showPage(MainWindow::Page::MyDay);
                           return &m_window;
                       }});
    // The customer who brought the most revenue this year: a long history and every panel full.
    m_steps.push_back({QStringLiteral("customer-view.png"), [this]() -> QWidget * {
                           m_window.showPage(MainWindow::Page::Customers);
                           CustomerListModel *list = m_window.customerModel();
                           if (!list || list->rowCount() == 0)
                               return nullptr;
                           list->sort(CustomerListModel::Revenue, Qt::DescendingOrder);
                           m_window.customerView()->table()->selectRow(0);
                           m_window.openCustomer(list->idAt(0));
                           return &m_window;
                       }});
    // The dashboards, one picture per tab, once the figures are computed.
    const auto dashboards = [this](int tab) -> QWidget * {
        m_window.showPage(MainWindow::Page::Dashboards);
        DashboardView *view = m_window.dashboardView();
        if (!view)
            return nullptr;
        view->tabs()->setCurrentIndex(tab);
        return &m_window;
    };
    const auto computed = [this] {
        DashboardView *view = m_window.dashboardView();
        return !view || (!view->service()->isBusy() && view->result());
    };
    const char *tabs[] = {"dashboard-value.png",
                          "dashboard-retention.png",
                          "dashboard-lifetime-value.png",
                          "dashboard-team.png",
                          "dashboard-satisfaction.png"};
    for (int tab = 0; tab < 5; ++tab)
        m_steps.push_back({QLatin1String(tabs[tab]), [=] { return dashboards(tab); }, computed});
    // A drill-down: the customers of the "At risk" RFM segment in the customer list.
    m_steps.push_back({QStringLiteral("drill-down.png"), [this]() -> QWidget * {
                           DashboardView *view = m_window.dashboardView();
                           if (!view || !view->result())
                               return nullptr;
                           view->tabs()->setCurrentIndex(0);
                           Q_EMIT view->rfmChart()->segmentActivated(analytics::RfmSegment::AtRisk);
                           return &m_window;
                       }});
    m_steps.push_back(
        {QStringLiteral("quick-log.png"), [this]() -> QWidget * { return m_window.logCall(); }});
    m_steps.push_back({QStringLiteral("customer-editor.png"),
                       [this]() -> QWidget * { return m_window.editCurrentCustomer(); }});
    // The import wizard's column mapping, on a spreadsheet as German offices export them.
    m_steps.push_back({QStringLiteral("import-mapping.png"), [this]() -> QWidget * {
                           const QString file = writeImportSample();
                           ImportWizard *wizard = file.isEmpty() ? nullptr
                                                                 : m_window.importCustomers(file);
                           if (!wizard || !wizard->source())
                               return nullptr;
                           wizard->next();
                           return wizard;
                       }});
}

// A small customer export in Windows-1252 with German headers, in a folder of the tour's own.
QString ScreenshotTour::writeImportSample()
{
    m_sampleDir = std::make_shared<QTemporaryDir>();
    if (!m_sampleDir->isValid())
        return {};
    const QString path = m_sampleDir->filePath(QStringLiteral("Kunden.csv"));
    QFile file(path);
    const QString text = QStringLiteral(
        "Kundennummer;Vorname;Nachname;Firma;E-Mail;Telefon;Straße;PLZ;Ort;Land;Notiz;Fax\r\n"
        "K-1001;Jürgen;Müller;Bäckerei Müller GmbH;j.mueller@example.de;030 1234567;"
        "Hauptstraße 5;10115;Berlin;Deutschland;Stammkunde seit 2019;\r\n"
        "K-1002;Änne;Schäfer;;a.schaefer@example.de;0171 2345678;Am Markt 2;20095;Hamburg;"
        "Deutschland;;\r\n"
        "K-1003;Günther;Groß;Straßenbau Groß KG;g.gross@example.de;089 5550123;"
        "Leopoldstraße 12;80802;München;Deutschland;Rückruf erbeten;\r\n");
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toLatin1()) < 0)
        return {};
    return path;
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_folder)) {
        Q_EMIT finished(false, tr("The folder %1 cannot be created.").arg(m_folder));
        return;
    }
    next();
}

void ScreenshotTour::next()
{
    if (m_next == m_steps.size()) {
        Q_EMIT finished(true, {});
        return;
    }
    const Step &step = m_steps[m_next++];
    QWidget *widget = step.show();
    if (!widget) {
        QTimer::singleShot(0, this, &ScreenshotTour::next);
        return;
    }
    QTimer::singleShot(SettleMs, this, [this, &step, widget] { grabWhenReady(step, widget, 0); });
}

void ScreenshotTour::grabWhenReady(const Step &step, QWidget *widget, int waitedMs)
{
    constexpr int PollMs = 100, GiveUpMs = 120'000;
    if (step.ready && !step.ready() && waitedMs < GiveUpMs) {
        QTimer::singleShot(PollMs, this, [this, &step, widget, waitedMs] {
            grabWhenReady(step, widget, waitedMs + PollMs);
        });
        return;
    }
    if (step.ready && waitedMs > 0) {
        // Let the charts lay out and paint what just arrived.
        QTimer::singleShot(SettleMs, this, [this, &step, widget] { grab(step, widget); });
        return;
    }
    grab(step, widget);
}

void ScreenshotTour::grab(const Step &step, QWidget *widget)
{
    const QString file = QDir(m_folder).filePath(step.file);
    if (!widget->grab().save(file)) {
        Q_EMIT finished(false, tr("The picture %1 cannot be saved.").arg(file));
        return;
    }
    m_written.append(file);
    if (auto *dialog = qobject_cast<QDialog *>(widget)) {
        // Dialogs close without asking: nothing was typed into them.
        dialog->setResult(QDialog::Rejected);
        dialog->hide();
        dialog->deleteLater();
    }
    next();
}

} // namespace rapport
