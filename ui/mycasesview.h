#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace rapport {

class CaseDialog;
class MyCasesModel;
class Workspace;

// MyCasesView is "my open cases": the signed-in user's new, open and waiting cases with
// customer, subject, priority, status and age, most urgent and oldest first (a click on a header
// sorts by that column). Enter or a double click asks for the case (caseActivated), Ctrl+Enter
// for its customer (customerActivated): the window that hosts the view opens them, so a case
// opens the same way from every list. A host of its own can answer caseActivated with openCase().
class MyCasesView final : public QWidget
{
    Q_OBJECT
public:
    explicit MyCasesView(Workspace &workspace, QWidget *parent = nullptr);

    MyCasesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *openCaseAction() const { return m_openCase; }         // Enter
    QAction *openCustomerAction() const { return m_openCustomer; } // Ctrl+Enter
    qint64 currentCaseId() const;
    qint64 currentCustomerId() const;
    // The stack openCase()'s editor puts its saves on (status changes undoable from there too).
    void setUndoStack(QUndoStack *stack);

public Q_SLOTS:
    // Opens the case editor (window-modal, deleted when closed; its "open customer" becomes
    // customerActivated), for a host that has no case editor of its own.
    CaseDialog *openCase(qint64 caseId);
    void openCurrentCase();
    void openCurrentCustomer();
    void refreshAges();

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void customerActivated(qint64 customerId);

private:
    void updateTitle();

    Workspace &m_workspace;
    MyCasesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_empty;
    QAction *m_openCase;
    QAction *m_openCustomer;
    QPointer<QUndoStack> m_undo;
};

} // namespace rapport
