#include "ui/importrunpage.h"

#include "core/domain/customerselection.h"
#include "core/io/importsource.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/importsummaryview.h"
#include "ui/importwizard.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
    , m_summary(new ImportSummaryView(wizard, this))
    , m_showCustomers(new QPushButton(tr("&Show the Imported Customers"), this))
    , m_history(new QPushButton(tr("Import &History…"), this))
    , m_historyText(new QLabel(this))
    , m_after(new QWidget(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The import is one step in the history: it can be reverted as a whole."));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("importRunStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("importRunProgress"));
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    m_showCustomers->setObjectName(QStringLiteral("importShowCustomers"));
    m_showCustomers->setAutoDefault(false);
    connect(m_showCustomers, &QPushButton::clicked, this, &ImportRunPage::showCustomers);
    m_history->setObjectName(QStringLiteral("importShowHistory"));
    m_history->setAutoDefault(false);
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (QAction *action = m_wizard->importHistoryAction()) {
            m_wizard->accept();
            action->trigger();
        }
    });
    m_historyText->setObjectName(QStringLiteral("importHistoryText"));
    m_historyText->setWordWrap(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *afterLayout = new QVBoxLayout(m_after);
    afterLayout->setContentsMargins(0, 0, 0, 0);
    afterLayout->addWidget(m_summary, 1);
    auto *next = new QHBoxLayout;
    next->addWidget(m_historyText, 1);
    next->addWidget(m_history);
    next->addWidget(m_showCustomers);
    afterLayout->addLayout(next);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_after, 1);
}

void ImportRunPage::initializePage()
{
    m_after->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setPalette(palette());
    const io::ImportSource *source = m_wizard->source();
    m_status->setText(
        tr("Importing %1…").arg(source ? QFileInfo(source->fileName()).fileName() : QString()));
    ImportTask *task = m_wizard->startTask(ImportTask::Kind::Run);
    if (!task)
        return;
    connect(task, &ImportTask::progress, this, &ImportRunPage::showProgress);
    connect(task, &ImportTask::finished, this, [this, task] { imported(task); });
    m_cancel->setFocus();
    Q_EMIT completeChanged();
}

bool ImportRunPage::isImporting() const
{
    const ImportTask *task = m_wizard->task();
    return task && task->kind() == ImportTask::Kind::Run && task->isRunning();
}

bool ImportRunPage::isComplete() const
{
    return !isImporting();
}

void ImportRunPage::cancelImport()
{
    ImportTask *task = m_wizard->task();
    if (!isImporting() || task->isCancelling())
        return;
    task->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: nothing that was read so far is kept…"));
}

QString ImportRunPage::statusText() const
{
    return m_status->text();
}

QString ImportRunPage::historyText() const
{
    return m_historyText->text();
}

void ImportRunPage::showProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
}

void ImportRunPage::imported(ImportTask *task)
{
    m_progress->hide();
    m_cancel->hide();
    Q_EMIT completeChanged();
    if (task != m_wizard->task() || !task->isFinished())
        return;
    if (task->error()) {
        QPalette bad = palette();
        bad.setColor(QPalette::WindowText, chartstyle::badColour(bad));
        m_status->setPalette(bad);
        if (task->error()->kind() == Error::Kind::Cancelled)
            m_status->setText(tr("The import was cancelled. Nothing was imported: the database "
                                 "is as it was before."));
        else
            m_status->setText(
                tr("The import failed, so nothing was imported: %1").arg(task->error()->message()));
        setSubTitle({});
        return;
    }
    const CustomerImportResult &result = *task->result();
    m_summary->setResult(task->result());
    m_after->show();
    if (result.batch == 0) {
        m_status->setText(tr("Nothing needed importing: the database is as it was."));
        m_historyText->clear();
        m_history->hide();
        m_showCustomers->hide();
        return;
    }
    m_status->setText(tr("Done: %1 new and %2 updated customers are in Rapport.")
                          .arg(display::count(result.created), display::count(result.updated)));
    QAction *history = m_wizard->importHistoryAction();
    m_history->setVisible(history && history->isEnabled());
    m_historyText->setText(
        tr("This import is batch %1 in the history. To undo it, File ▸ Import History reverts it "
           "in one step, updates included.")
            .arg(result.batch));
    m_showCustomers->setVisible(result.created + result.updated > 0);
    m_showCustomers->setDefault(true);
    m_showCustomers->setFocus();
}

// The list narrowed to the customers this import created or updated.
void ImportRunPage::showCustomers()
{
    const std::shared_ptr<const CustomerImportResult> &result = m_summary->result();
    if (!result)
        return;
    std::vector<qint64> ids;
    for (const ImportRowReport &line : result->report) {
        if ((line.outcome == RowOutcome::Created || line.outcome == RowOutcome::Updated)
            && line.customerId > 0)
            ids.push_back(line.customerId);
    }
    QString name;
    if (const io::ImportSource *source = m_wizard->source())
        name = QFileInfo(source->fileName()).fileName();
    Q_EMIT m_wizard->customersRequested(
        CustomerSelection::make(tr("Imported from %1").arg(name), std::move(ids)));
    m_wizard->accept();
}

} // namespace rapport
