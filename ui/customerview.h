#pragma once

#include "core/domain/consent.h"
#include "core/util/result.h"

#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace rapport {

class ConsentStrip;
class CustomerHeader;
class CustomerPanels;
class CustomerProfile;
class PermissionGate;
class TimelinePane;
class Workspace;

// CustomerView is the 360° view of one customer, made for all-day use: the header with the facts
// that matter on top, the timeline of everything that happened as the main area, and tabs beside
// it for relationships, products, cases and tasks. It reads through a CustomerProfile and stays
// true through the workspace's change bus (a call logged anywhere shows at once). A customer in
// the trash is shown with a banner saying so; one that does not exist (any more) gives a clear
// message instead of the view.
class CustomerView final : public QWidget
{
    Q_OBJECT
public:
    CustomerView(Workspace &workspace, QWidget *parent = nullptr);
    ~CustomerView() override;

    // Shows the customer (0: none); reads everything once, the rest follows on demand.
    void showCustomer(qint64 id);
    qint64 currentCustomerId() const;
    // The customer's name, or what is shown instead ("Customer not found").
    QString title() const;
    // When set, adding a note is an undoable command on this stack (its failures go to the
    // stack's UndoFeedback).
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    // Actions the lead may put in menus. They work inside the view (WidgetWithChildrenShortcut):
    // Add Note (Ctrl+Alt+N) puts the cursor in the note line; Reload (F5) reads the customer
    // again; Call and Write E-mail open tel: and mailto: for the primary phone and e-mail.
    QAction *addNoteAction() const { return m_addNote; }
    QAction *reloadAction() const { return m_reload; }
    QAction *callAction() const;
    QAction *mailAction() const;
    // Data protection (customerviewprivacy.cpp): Export Personal Data… asks for a file and
    // writes everything held about the customer as JSON; Erase Personal Data… asks, naming the
    // person, and erases them (not undoable: the undo stack is cleared, since its steps hold
    // the erased values). Both sit in the consent line's Data Protection button too.
    QAction *exportPersonalDataAction() const { return m_exportData; }
    QAction *erasePersonalDataAction() const { return m_eraseData; }
    // The same without asking (the actions call these once the user has answered).
    Status exportPersonalData(const QString &path);
    Status erasePersonalData();
    // Opens the dialog that changes the customer's answer for `channel` (an undoable step once
    // saved); returns it.
    QDialog *editConsent(Consent::Channel channel);
    ConsentStrip *consentStrip() const { return m_consent; }
    PermissionGate *permissionGate() const { return m_gate; }

    // Opens the task editor on the task (a saved edit is undoable on the stack); returns it.
    QDialog *editTask(qint64 taskId);
    // Ticks the task off, or opens a done one again, undoably (Space in the tasks tab).
    void toggleTaskDone(qint64 taskId);

    CustomerProfile *profile() const { return m_profile; }
    CustomerHeader *header() const { return m_header; }
    TimelinePane *timelinePane() const { return m_timeline; }
    CustomerPanels *panels() const { return m_panels; }
    // The text shown in place of the view (no customer, or one that is gone); empty otherwise.
    QString message() const;

Q_SIGNALS:
    // A related customer was clicked (relationships tab, the organisation in the header).
    void customerActivated(qint64 id);
    void caseActivated(qint64 id);
    // A task was activated (Enter, double click, F2); the view opens the task editor itself.
    void taskActivated(qint64 id);
    // The title changed (another customer, renamed, gone).
    void titleChanged(const QString &title);
    void errorOccurred(const QString &message);

private:
    void refresh();
    void refreshConsent();
    void gateActions();
    void askExportPersonalData();
    void askErasePersonalData();
    void addNote(const QString &text);
    void report(const QString &message);

    Workspace &m_workspace;
    QUndoStack *m_undo = nullptr;
    CustomerProfile *m_profile;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QLabel *m_banner;
    CustomerHeader *m_header;
    ConsentStrip *m_consent;
    QSplitter *m_splitter;
    TimelinePane *m_timeline;
    CustomerPanels *m_panels;
    QAction *m_addNote;
    QAction *m_reload;
    QAction *m_exportData;
    QAction *m_eraseData;
    PermissionGate *m_gate; // what the signed-in user may do to the customer shown
    QString m_title;
};

} // namespace rapport
