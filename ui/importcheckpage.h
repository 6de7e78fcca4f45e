#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;

namespace rapport {

class ImportSummaryView;
class ImportTask;
class ImportWizard;

// The wizard's fourth page: the dry run. The whole file goes through the import exactly as it
// would be imported, on a worker thread with a progress bar, and nothing is written; the page
// then says how many customers would be created, updated, left unchanged and how many rows
// would be rejected, with the rejected rows and the updates listed. Import (the commit button)
// carries the plan out; Back changes it, and the check runs again.
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const;
    ImportSummaryView *summary() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;

private:
    void showProgress(qint64 done, qint64 total);
    void checked(ImportTask *task);

    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    ImportSummaryView *m_summary;
    bool m_ready = false; // a dry run answered and there is something to import
};

} // namespace rapport
