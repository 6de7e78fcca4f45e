#pragma once

#include "core/services/batchrevert.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport {

// RevertDialog says what reverting a batch will undo (rows deleted, fields set back, rows
// restored) and, when something was changed since the batch, lists each change (customer,
// field, the value now, what the batch wrote, the value a revert restores, who changed it and
// when) with a choice per row, keep the current value or restore the old one, and buttons that
// set the choice for all. Revert stays disabled until every conflict is decided. Nothing is
// written by the dialog: the caller reverts with choices().
class RevertDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RevertDialog(const RevertPlan &plan, QWidget *parent = nullptr);

    RevertChoices choices() const;
    QTableWidget *table() const { return m_table; }
    // The choice box of conflict `row` (index 0: undecided, 1: keep, 2: restore).
    QComboBox *choiceBox(int row) const;
    QPushButton *keepAllButton() const { return m_keepAll; }
    QPushButton *overwriteAllButton() const { return m_overwriteAll; }
    QPushButton *revertButton() const { return m_revert; }

    // A value of a conflict as a person reads it ("(none)" for nothing).
    static QString valueText(const QJsonValue &value);

private:
    void setAll(ConflictChoice choice);
    void updateButtons();

    const RevertPlan m_plan;
    QTableWidget *m_table = nullptr;
    QList<QComboBox *> m_boxes;
    QPushButton *m_keepAll = nullptr;
    QPushButton *m_overwriteAll = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace rapport
