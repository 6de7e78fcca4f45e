#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rapport {

class ImportSummaryView;
class ImportTask;
class ImportWizard;

// The wizard's last page: the import itself, on a worker thread, with a progress bar and Cancel
// (a cancelled import has written nothing: it is one transaction). Then what was done: the
// counts, the batch it is in the history, the report, a button to show the imported customers
// in the list, and where the import can be reverted (File ▸ Import History).
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isImporting() const;
    void cancelImport();
    ImportSummaryView *summary() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *showCustomersButton() const { return m_showCustomers; }
    QPushButton *historyButton() const { return m_history; }
    QString statusText() const;
    QString historyText() const;

private:
    void showProgress(qint64 done, qint64 total);
    void imported(ImportTask *task);
    void showCustomers();

    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    ImportSummaryView *m_summary;
    QPushButton *m_showCustomers;
    QPushButton *m_history;
    QLabel *m_historyText;
    QWidget *m_after; // what is shown once the import has ended
};

} // namespace rapport
