#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QTableView;
class QUndoStack;

namespace rapport {

class ChoiceStrip;
class MyCasesView;
class MyDayModel;
class PermissionGate;
class Workspace;

// MyDayView is the signed-in user's working day on one page: the follow-ups due today and
// overdue (overdue ones in red), then those without a date, above "my open cases". A filter
// (Alt+T today, Alt+U upcoming, Alt+L all open) shows what comes from tomorrow on, each row
// naming its day. Space or Ctrl+D ticks off the current follow-up, Enter, F2 or a double click
// edits it (both undoable when an undo stack is given, and undo selects the task again);
// Ctrl+Enter asks for its customer (customerActivated); Enter on a case asks for the case
// (caseActivated): the host opens them. A minute timer catches up with the clock: what turns
// overdue turns red, a new day brings its tasks. Ticking off and editing are edits of the task's
// customer: where the role may not (a manager's "team" edit on another team's customer), both
// actions are disabled with the reason as tooltip (PermissionGate).
class MyDayView final : public QWidget
{
    Q_OBJECT
public:
    explicit MyDayView(Workspace &workspace,
                       QUndoStack *undoStack = nullptr,
                       QWidget *parent = nullptr);

    MyDayModel *model() const { return m_model; }
    QTableView *tasksTable() const { return m_table; }
    MyCasesView *casesView() const { return m_cases; }
    QAction *markDoneAction() const { return m_markDone; }         // Space, Ctrl+D
    QAction *openCustomerAction() const { return m_openCustomer; } // Ctrl+Enter
    QAction *editTaskAction() const { return m_editTask; }         // Enter, F2
    ChoiceStrip *filterStrip() const { return m_filter; }
    PermissionGate *permissionGate() const { return m_gate; }
    qint64 currentTaskId() const;
    // The header's summary line ("3 overdue · 2 due today"), for tests and the status bar.
    QString summary() const;

public Q_SLOTS:
    void markCurrentDone();
    void openCurrentCustomer();
    // Opens the task editor on the current follow-up; returns it (nullptr when there is none).
    QDialog *editCurrentTask();
    // Makes the task the current row when it is shown.
    void selectTask(qint64 taskId);
    void refresh();

Q_SIGNALS:
    void customerActivated(qint64 customerId);
    void caseActivated(qint64 caseId);
    void errorOccurred(const QString &message);

private:
    void updateHeader();

    Workspace &m_workspace;
    QUndoStack *m_undo;
    MyDayModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_empty;
    ChoiceStrip *m_filter;
    MyCasesView *m_cases;
    QAction *m_markDone;
    QAction *m_openCustomer;
    QAction *m_editTask;
    PermissionGate *m_gate; // the two actions above, for the current follow-up's customer
    QTimer m_clock;
};

} // namespace rapport
