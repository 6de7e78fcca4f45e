#pragma once

#include "core/domain/interaction.h"
#include "core/services/interactionservice.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
class QWidget;

namespace rapport {

class CallerFinder;
class ChoiceStrip;
class Workspace;

// QuickLogDialog logs a call while it happens, from the keyboard. The caller is found by number
// or name (Enter takes the best match); channel, direction and outcome are one Alt+letter each
// (shown underlined; phone, inbound and completed unless changed); a timer runs from the moment
// the dialog opens (Ctrl+T stops and restarts it) and its time is saved as the call's duration;
// Alt+F adds a follow-up task (due tomorrow at 9:00 unless changed, Alt+D), Alt+K opens a case
// from the call (Alt+T, the complaint outcome, does it too). Ctrl+Enter saves everything in one
// transaction; Escape cancels (asking first when notes would be lost). A typical call costs the
// last digits of the number, Enter, the notes and Ctrl+Enter. With an undo stack the save is a
// LogCallCommand on it ("Undo Log call with ..." takes the call, its task and its case back).
class QuickLogDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit QuickLogDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~QuickLogDialog() override;

    // Prefills the caller (the customer open in the main window); the focus goes to the notes.
    void setCustomer(qint64 customerId);
    // Saves go on `stack` as undoable steps; without one they are not undoable.
    void setUndoStack(QUndoStack *stack);
    qint64 customerId() const;

    Channel channel() const;
    Direction direction() const;
    Outcome outcome() const;
    void setChannel(Channel channel);
    void setDirection(Direction direction);
    void setOutcome(Outcome outcome);
    bool hasFollowUp() const;
    bool opensCase() const;
    // The call's duration so far, in seconds, by the workspace's clock.
    qint64 elapsedSeconds() const;
    bool isTimerRunning() const { return m_timerRunning; }
    // What the last save wrote.
    const LoggedCall &logged() const { return m_logged; }
    // The message shown for the last refused save; empty when none.
    QString errorText() const;

public Q_SLOTS:
    // Saves the log; closes the dialog on success, shows the error and keeps everything typed
    // otherwise.
    bool save();
    void toggleTimer();
    void setFollowUp(bool on);
    void setOpensCase(bool on);
    void reject() override;

Q_SIGNALS:
    void callLogged(qint64 interactionId, qint64 customerId);
    void caseOpened(qint64 caseId);

private:
    void buildCallSection(QWidget *page);
    void buildFollowUpSection(QWidget *page);
    void buildCaseSection(QWidget *page);
    void addShortcut(const QKeySequence &key, const std::function<void()> &action);
    void onCustomerChosen(qint64 customerId, const QString &name);
    void onOutcomeChanged(int outcome);
    void loadOpenCases(qint64 customerId);
    void updateTimerLabel();
    void updateDefaults();
    void showError(const Error &error);
    QDateTime defaultDue() const;
    CallLog collect() const;

    Workspace &m_workspace;
    InteractionService &m_service;
    CallerFinder *m_caller = nullptr;
    ChoiceStrip *m_channel = nullptr;
    ChoiceStrip *m_direction = nullptr;
    ChoiceStrip *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_existingCase = nullptr;
    QLabel *m_existingCaseLabel = nullptr;
    QCheckBox *m_followUp = nullptr;
    QWidget *m_followUpBox = nullptr;
    QLineEdit *m_taskTitle = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QCheckBox *m_case = nullptr;
    QWidget *m_caseBox = nullptr;
    QComboBox *m_caseKind = nullptr;
    QComboBox *m_casePriority = nullptr;
    QLineEdit *m_caseSubject = nullptr;
    QLabel *m_timerLabel = nullptr;
    QPushButton *m_timerButton = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTimer m_tick;
    QDateTime m_timerStartedAt; // when the running stretch began
    qint64 m_timedSeconds = 0;  // the stretches before it
    bool m_timerRunning = false;
    bool m_titleEdited = false;       // the agent wrote the task's title: keep it
    bool m_followUpByOutcome = false; // the outcome turned the follow-up on, not the agent
    bool m_caseByOutcome = false;
    LoggedCall m_logged;
    QPointer<QUndoStack> m_undo;
};

} // namespace rapport
