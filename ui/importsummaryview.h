#pragma once

#include "core/services/customerimport.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rapport {

class ImportReportModel;
class ImportWizard;

// What an import did, or its dry run would do: the counts (created, updated, unchanged,
// rejected) in large type, the rejected rows (line, column, reason) and the updates (customer,
// what changes) in two tables, and "Save Report…", which writes every row of the file with its
// outcome as CSV. Shared by the wizard's check and import pages.
class ImportSummaryView final : public QWidget
{
    Q_OBJECT
public:
    explicit ImportSummaryView(ImportWizard *wizard, QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const CustomerImportResult> result);
    const std::shared_ptr<const CustomerImportResult> &result() const { return m_result; }

    QString countText(RowOutcome outcome) const;
    QTableView *rejectedTable() const { return m_rejected; }
    QTableView *updatesTable() const { return m_updates; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveReportButton() const { return m_saveReport; }
    // The sentence under the button after a save (or why it failed).
    QString saveMessage() const;

    void saveReport();

private:
    QLabel *m_counts[4] = {};
    QTabWidget *m_tabs;
    QTableView *m_rejected;
    QTableView *m_updates;
    ImportReportModel *m_rejectedModel;
    ImportReportModel *m_updatesModel;
    QPushButton *m_saveReport;
    QLabel *m_saved;
    ImportWizard *m_wizard;
    std::shared_ptr<const CustomerImportResult> m_result;
};

} // namespace rapport
