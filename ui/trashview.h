#pragma once

#include <QModelIndex>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace rapport {

class PermissionGate;
class TrashModel;
class Workspace;

// TrashView lists the customers in the trash (name, kind, when they were moved there), the most
// recent first, and brings them back: Restore (Enter, or the button) is an undoable step on the
// app's stack; Delete for Good (Shift+Delete) asks first and cannot be undone.
class TrashView final : public QWidget
{
    Q_OBJECT
public:
    // Asks before deleting for good; true goes ahead. Tests replace it.
    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;
    // Shows a failure (a conflict, a lost database); tests replace it.
    using ErrorPresenter = std::function<void(QWidget *parent, const QString &message)>;

    TrashView(Workspace &workspace, QUndoStack *stack, QWidget *parent = nullptr);
    ~TrashView() override;

    TrashModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *restoreAction() const { return m_restore; }
    QAction *deleteAction() const { return m_delete; }
    // The customers of the selected rows.
    QList<qint64> selectedIds() const;
    // The rows an action applies to: the selected ones, else the current row.
    QModelIndexList targetRows() const;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setErrorPresenter(ErrorPresenter presenter) { m_presentError = std::move(presenter); }

public Q_SLOTS:
    void restoreSelected();
    void deleteSelectedForGood();

Q_SIGNALS:
    // A customer came back from the trash (the main window may open it).
    void restored(qint64 id);

private:
    void updateActions();
    void gateActions();
    void updateCount();
    void selectRow(int row);

    Workspace &m_workspace;
    QUndoStack *m_stack;
    TrashModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QAction *m_restore;
    QAction *m_delete;
    QPushButton *m_restoreButton;
    QPushButton *m_deleteButton;
    PermissionGate *m_gate = nullptr; // what the role allows of the buttons above
    Confirmer m_confirm;
    ErrorPresenter m_presentError;
};

} // namespace rapport
