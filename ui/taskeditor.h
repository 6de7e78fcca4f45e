#pragma once

#include "core/domain/task.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTimeEdit;
class QUndoStack;

namespace rapport {

class PermissionGate;
class Workspace;

// TaskEditor edits one task: its title, its due date and time (or none) with quick choices
// (Alt+L later today, Alt+O tomorrow at 9:00, Alt+X the first day of next week at 9:00), and who
// it is assigned to (the active users). Enter saves through TaskService; a refused save says why
// under the dialog and keeps it open. The host puts the saved edit on the undo stack (edit()
// does both). A task about a customer the role may not edit (Edit, against that customer's
// owner, as the door checks) opens with Save disabled and the reason under the fields and as
// Save's tooltip.
class TaskEditor final : public QDialog
{
    Q_OBJECT
public:
    enum class Quick { LaterToday, Tomorrow, NextWeek };

    TaskEditor(Workspace &workspace, Task task, QWidget *parent = nullptr);

    // Opens the editor (window-modal, not blocking) on task `taskId`; a saved edit becomes an
    // EditTaskCommand on `undo` (when given) that calls `reselect` after each undo and redo.
    // Returns the dialog (deleted when closed), or nullptr with `reportError` called when the
    // task cannot be read.
    static TaskEditor *edit(Workspace &workspace,
                            QUndoStack *undo,
                            qint64 taskId,
                            QWidget *parent,
                            const std::function<void(const QString &)> &reportError,
                            const std::function<void(qint64)> &reselect = {});

    // The due time (UTC) a quick choice gives at `now` (UTC), in local time: later today is two
    // hours on, at the next full hour (23:59 at the latest); next week starts on the locale's
    // first day of the week.
    static QDateTime quickDue(Quick choice, const QDateTime &now);

    void choose(Quick choice);
    // The task as the fields say now.
    Task edited() const;
    const Task &original() const { return m_original; }
    QString errorText() const;

    QLineEdit *titleEdit() const { return m_title; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QComboBox *assigneeBox() const { return m_assignee; }
    QPushButton *saveButton() const { return m_save; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The edit was saved: `before` as read, `after` as stored.
    void saved(const rapport::Task &before, const rapport::Task &after);

private:
    void addQuick(QLayout *row, Quick choice, const QString &textWithMnemonic);
    void updateDueEnabled();

    Workspace &m_workspace;
    Task m_original;
    QLineEdit *m_title;
    QCheckBox *m_hasDue;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QComboBox *m_assignee;
    QLabel *m_error;
    QPushButton *m_save = nullptr;
    PermissionGate *m_gate = nullptr; // Save as the role allows for the task's customer
};

} // namespace rapport
