#pragma once

#include "core/domain/supportcase.h"
#include "core/services/caseservice.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace rapport {

class PermissionGate;
class Workspace;

// CaseDialog opens a new case for a customer or works an existing one: subject, kind, status
// (only the moves CaseService allows are offered), priority, category, owner, description and
// resolution. Choosing "resolved" or "closed" (Ctrl+R resolves at once) asks for the resolution
// in place; the service stamps the time. Ctrl+Enter or Ctrl+S saves; a save over a case changed
// meanwhile shows the conflict and offers to reload, never overwriting. With an undo stack each
// save is a step on it (OpenCaseCommand, SaveCaseCommand): "Undo Set case C-00012 to Resolved".
// Saving is a Create (a new case) or an Edit of the case's customer, as the door checks: where
// the role may not, Save and Resolve are disabled with the reason, also shown in the dialog.
class CaseDialog final : public QDialog
{
    Q_OBJECT
public:
    // Works the existing case `caseId`.
    CaseDialog(Workspace &workspace, qint64 caseId, QWidget *parent = nullptr);
    // A new case for `customerId`, owned by the signed-in user.
    static CaseDialog *forNewCase(Workspace &workspace,
                                  qint64 customerId,
                                  QWidget *parent = nullptr);
    ~CaseDialog() override;

    qint64 caseId() const { return m_case.id; }
    const SupportCase &supportCase() const { return m_case; }
    bool isLoaded() const { return m_loaded; }
    // Saves go on `stack` as undoable steps; without one they are not undoable.
    void setUndoStack(QUndoStack *stack);
    // The message shown for the last refused save; empty when none.
    QString errorText() const;
    QPushButton *saveButton() const { return m_save; }

public Q_SLOTS:
    bool save();
    // Chooses "resolved" and puts the cursor in the resolution.
    void resolve();
    // Reads the case again, dropping what was typed (after a conflict).
    void reload();

Q_SIGNALS:
    void caseSaved(qint64 caseId);
    void customerActivated(qint64 customerId);

private:
    CaseDialog(Workspace &workspace, QWidget *parent);
    void build();
    void display(const SupportCase &supportCase);
    void fillStatuses(CaseStatus current);
    void updateResolution();
    void showError(const Error &error);
    SupportCase collect() const;

    Workspace &m_workspace;
    CaseService &m_service;
    SupportCase m_case;
    QString m_customerName;
    QPointer<QUndoStack> m_undo;
    bool m_loaded = false;
    QLabel *m_header = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_category = nullptr;
    QComboBox *m_owner = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_resolutionLabel = nullptr;
    QPlainTextEdit *m_resolution = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_customerButton = nullptr;
    QPushButton *m_save = nullptr;
    PermissionGate *m_gate = nullptr; // Save and Resolve as the role allows for the customer
};

} // namespace rapport
