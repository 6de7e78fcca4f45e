#include "ui/dashboards/dashboardpanel.h"

#include "ui/dashboards/chartstyle.h"
#include "ui/filedialogs.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace rapport {

DashboardPanel::DashboardPanel(const QString &title, const QString &exportName, QWidget *parent)
    : QFrame(parent)
    , m_title(title)
    , m_exportName(exportName)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_titleLabel = new QLabel(title, this);
    QFont f = m_titleLabel->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_titleLabel->setFont(f);

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save this chart as a picture or its numbers as a table"));
    m_exportButton->setAutoRaise(true);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    for (const auto format : {ChartExport::Format::Png,
                              ChartExport::Format::Svg,
                              ChartExport::Format::Pdf,
                              ChartExport::Format::Csv}) {
        QAction *action = menu->addAction(ChartExport::actionText(format));
        action->setObjectName(QStringLiteral("export_") + ChartExport::suffix(format));
        connect(action, &QAction::triggered, this, [this, format] { exportWithDialog(format); });
    }
    m_exportButton->setMenu(menu);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, chartstyle::mutedText(p));
    m_message->setPalette(p);
    m_stack->addWidget(m_message);

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    showMessage(tr("No data yet."));
}

void DashboardPanel::setBody(QWidget *body)
{
    m_body = body;
    m_stack->addWidget(body);
}

bool DashboardPanel::showsMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString DashboardPanel::message() const
{
    return showsMessage() ? m_message->text() : QString();
}

void DashboardPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_exportButton->setEnabled(false);
}

void DashboardPanel::showBody()
{
    if (m_body)
        m_stack->setCurrentWidget(m_body);
    m_exportButton->setEnabled(m_body != nullptr);
}

ExportContext DashboardPanel::fullExportContext() const
{
    ExportContext context = m_context;
    context.notes << exportNotes();
    return context;
}

QString DashboardPanel::exportComments() const
{
    return ChartExport::csvComments(m_title, fullExportContext());
}

QString DashboardPanel::suggestedFileName(ChartExport::Format format) const
{
    return ChartExport::fileName(m_exportName, m_context, format);
}

Status DashboardPanel::exportTo(ChartExport::Format format, const QString &path)
{
    if (showsMessage() || !m_body)
        return Error(Error::Kind::NotFound, tr("The chart has nothing to export yet."));
    if (format == ChartExport::Format::Csv) {
        const QString table = csv();
        return ChartExport::writeCsv(table.isEmpty() ? table : exportComments() + table, path);
    }
    const QString caption = ChartExport::describe(fullExportContext());
    // A full-size stand-in, laid out off screen, or the body as it is.
    std::unique_ptr<QWidget> full = pictureBody();
    QWidget *picture = m_body;
    if (full) {
        full->setAttribute(Qt::WA_DontShowOnScreen);
        full->show();
        picture = full.get();
    }
    switch (format) {
    case ChartExport::Format::Png:
        return ChartExport::writePng(picture, m_title, path, caption);
    case ChartExport::Format::Svg:
        return ChartExport::writeSvg(picture, m_title, path, caption);
    case ChartExport::Format::Pdf:
        return ChartExport::writePdf(picture, m_title, path, caption);
    case ChartExport::Format::Csv:
        break;
    }
    return {};
}

void DashboardPanel::exportWithDialog(ChartExport::Format format)
{
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(m_lastDirectory).filePath(suggestedFileName(format));
    QString path = FileDialogs::saveFileName(this,
                                             tr("Export %1").arg(m_title),
                                             suggested,
                                             ChartExport::nameFilter(format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ChartExport::suffix(format);
    m_lastDirectory = QFileInfo(path).absolutePath();
    const Status status = saveAs(format, path);
    if (!status)
        QMessageBox::warning(this, tr("Export %1").arg(m_title), status.error().message());
}

Status DashboardPanel::saveAs(ChartExport::Format format, const QString &path)
{
    const Status status = exportTo(format, path);
    if (!status)
        return status;
    Q_EMIT exported(tr("Saved %1 (%2) to %3")
                        .arg(m_title,
                             ChartExport::suffix(format).toUpper(),
                             QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return status;
}

void DashboardPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paletteChanged();
}

void DashboardPanel::requestCustomers(analytics::DrillDown customers, const QString &label)
{
    QToolTip::hideText();
    Q_EMIT customersRequested(CustomerSelection::make(label,
                                                      std::move(customers.ids),
                                                      std::move(customers.values),
                                                      std::move(customers.figure)));
}

} // namespace rapport
