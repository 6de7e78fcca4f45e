#include "ui/importcheckpage.h"

#include "core/io/importsource.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/importsummaryview.h"
#include "ui/importwizard.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rapport {

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new ImportSummaryView(wizard, this))
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check Before Importing"));
    setSubTitle(tr("The whole file is read as the import would read it. Nothing is written to "
                   "the database on this page."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_status->setObjectName(QStringLiteral("importCheckStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("importCheckProgress"));
    m_progress->setTextVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);
}

void ImportCheckPage::initializePage()
{
    m_ready = false;
    m_summary->setResult(nullptr);
    m_summary->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setPalette(palette());
    const io::ImportSource *source = m_wizard->source();
    m_status->setText(tr("Checking every row of %1…")
                          .arg(source ? QFileInfo(source->fileName()).fileName() : QString()));
    ImportTask *task = m_wizard->startTask(ImportTask::Kind::DryRun);
    if (!task)
        return;
    connect(task, &ImportTask::progress, this, &ImportCheckPage::showProgress);
    connect(task, &ImportTask::finished, this, [this, task] { checked(task); });
    Q_EMIT completeChanged();
}

void ImportCheckPage::cleanupPage()
{
    // Back: the check is stale; the options may change.
    if (ImportTask *task = m_wizard->task(); task && task->kind() == ImportTask::Kind::DryRun)
        task->cancel();
    m_ready = false;
}

bool ImportCheckPage::isChecking() const
{
    const ImportTask *task = m_wizard->task();
    return task && task->kind() == ImportTask::Kind::DryRun && task->isRunning();
}

bool ImportCheckPage::isComplete() const
{
    return m_ready && !isChecking();
}

QString ImportCheckPage::statusText() const
{
    return m_status->text();
}

void ImportCheckPage::showProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // A progress bar counts in int: large totals are scaled to per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
}

void ImportCheckPage::checked(ImportTask *task)
{
    m_progress->hide();
    if (task != m_wizard->task() || !task->isFinished())
        return;
    if (task->error()) {
        if (task->error()->kind() == Error::Kind::Cancelled)
            return;
        QPalette bad = palette();
        bad.setColor(QPalette::WindowText, chartstyle::badColour(bad));
        m_status->setPalette(bad);
        m_status->setText(tr("The check stopped: %1").arg(task->error()->message()));
        return;
    }
    const CustomerImportResult &plan = *task->result();
    m_summary->setResult(task->result());
    m_summary->setEnabled(true);
    m_ready = plan.created + plan.updated > 0;
    QString text;
    if (!m_ready && plan.rejected == 0)
        text = tr("Importing this file would change nothing: every customer in it is already "
                  "in Rapport as the file has them. Nothing has been written.");
    else if (!m_ready)
        text = tr("No row of this file can be imported as it is; the table below says why. "
                  "Nothing has been written.");
    else if (plan.rejected > 0)
        text = tr("Nothing has been written yet. Import will do what is counted here; the "
                  "rejected rows are left out and listed in the report, to fix and import "
                  "again.");
    else
        text = tr("Nothing has been written yet. Import will do exactly what is counted here.");
    m_status->setText(text);
    Q_EMIT completeChanged();
}

} // namespace rapport
