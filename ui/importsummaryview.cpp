#include "ui/importsummaryview.h"

#include "core/io/importsource.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/importreportmodel.h"
#include "ui/importwizard.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString outcomeTitle(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Created:
        return ImportSummaryView::tr("New customers");
    case RowOutcome::Updated:
        return ImportSummaryView::tr("Updated");
    case RowOutcome::Unchanged:
        return ImportSummaryView::tr("Unchanged");
    case RowOutcome::Rejected:
        return ImportSummaryView::tr("Rejected rows");
    }
    return {};
}

QTableView *newReportTable(ImportReportModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setColumnWidth(ImportReportModel::LineColumn, 70);
    table->setColumnWidth(ImportReportModel::SecondColumn, 200);
    table->setColumnWidth(ImportReportModel::ReasonColumn, 160);
    return table;
}

} // namespace

ImportSummaryView::ImportSummaryView(ImportWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_rejectedModel(new ImportReportModel(RowOutcome::Rejected, this))
    , m_updatesModel(new ImportReportModel(RowOutcome::Updated, this))
    , m_saveReport(new QPushButton(tr("Save &Report…"), this))
    , m_saved(new QLabel(this))
    , m_wizard(wizard)
{
    m_rejected = newReportTable(m_rejectedModel, QStringLiteral("importRejectedTable"), this);
    m_updates = newReportTable(m_updatesModel, QStringLiteral("importUpdatesTable"), this);
    m_updatesModel->setNameLookup([wizard](qint64 id) { return wizard->customerName(id); });
    m_tabs->setObjectName(QStringLiteral("importReportTabs"));
    m_tabs->addTab(m_rejected, QString());
    m_tabs->addTab(m_updates, QString());

    // The counts as tiles, in the dashboards' manner: a caption over a large figure.
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    const RowOutcome outcomes[]
        = {RowOutcome::Created, RowOutcome::Updated, RowOutcome::Unchanged, RowOutcome::Rejected};
    for (RowOutcome outcome : outcomes) {
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setBackgroundRole(QPalette::Base);
        tile->setAutoFillBackground(true);
        auto *caption = new QLabel(outcomeTitle(outcome), tile);
        // On the tile's Base background labels draw with Text, not WindowText.
        QPalette muted = caption->palette();
        muted.setColor(QPalette::Text, chartstyle::mutedText(muted));
        caption->setPalette(muted);
        auto *value = new QLabel(QStringLiteral("—"), tile);
        value->setObjectName(QStringLiteral("importCount_%1")
                                 .arg(QLatin1String(rowOutcomeKeys[std::size_t(outcome)])));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        if (outcome == RowOutcome::Rejected) {
            QPalette bad = value->palette();
            bad.setColor(QPalette::Text, chartstyle::badColour(bad));
            value->setPalette(bad);
        }
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(12, 8, 12, 8);
        tileLayout->addWidget(caption);
        tileLayout->addWidget(value);
        tiles->addWidget(tile, 1);
        m_counts[int(outcome)] = value;
    }

    m_saveReport->setObjectName(QStringLiteral("importSaveReport"));
    m_saveReport->setAutoDefault(false);
    m_saveReport->setToolTip(
        tr("Every row of the file with what happens to it, as a CSV file for a spreadsheet"));
    connect(m_saveReport, &QPushButton::clicked, this, &ImportSummaryView::saveReport);
    m_saved->setObjectName(QStringLiteral("importReportSaved"));
    m_saved->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saved, 1);
    saveRow->addWidget(m_saveReport);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(saveRow);
    setResult(nullptr);
}

void ImportSummaryView::setResult(std::shared_ptr<const CustomerImportResult> result)
{
    m_result = std::move(result);
    m_rejectedModel->setResult(m_result);
    m_updatesModel->setResult(m_result);
    for (int i = 0; i < 4; ++i)
        m_counts[i]->setText(countText(RowOutcome(i)));
    m_tabs->setTabText(0, tr("Rejected rows (%1)").arg(countText(RowOutcome::Rejected)));
    m_tabs->setTabText(1, tr("Updates (%1)").arg(countText(RowOutcome::Updated)));
    // The tab with something to look at first: the rejections, else the updates.
    if (m_result)
        m_tabs->setCurrentIndex(m_result->rejected == 0 && m_result->updated > 0 ? 1 : 0);
    m_saveReport->setEnabled(m_result != nullptr);
    m_saved->clear();
}

QString ImportSummaryView::countText(RowOutcome outcome) const
{
    if (!m_result)
        return QStringLiteral("—");
    switch (outcome) {
    case RowOutcome::Created:
        return display::count(m_result->created);
    case RowOutcome::Updated:
        return display::count(m_result->updated);
    case RowOutcome::Unchanged:
        return display::count(m_result->unchanged);
    case RowOutcome::Rejected:
        return display::count(m_result->rejected);
    }
    return {};
}

QString ImportSummaryView::saveMessage() const
{
    return m_saved->text();
}

void ImportSummaryView::saveReport()
{
    if (!m_result)
        return;
    QString suggested;
    if (const io::ImportSource *source = m_wizard->source()) {
        const QFileInfo file(source->fileName());
        suggested = file.dir().filePath(
            (m_result->dryRun ? tr("%1 - check.csv") : tr("%1 - import report.csv"))
                .arg(file.completeBaseName()));
    }
    const QString path = m_wizard->askFile(ImportWizard::FileQuestion::SaveReport, suggested);
    if (path.isEmpty())
        return;
    const Status saved = m_result->saveReport(path);
    QPalette p = palette();
    if (!saved)
        p.setColor(QPalette::WindowText, chartstyle::badColour(p));
    m_saved->setPalette(p);
    m_saved->setText(saved ? tr("The report is saved as %1.").arg(QFileInfo(path).fileName())
                           : saved.error().message());
}

} // namespace rapport
