#pragma once

#include "core/services/customerrecord.h"
#include "ui/conflictdialog.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace rapport {

class ContactPointList;
class FieldMessage;
class RelationshipList;
class Workspace;

// CustomerEditor creates and edits one person or organisation: names, stage, owner, source,
// customer since, tags, notes, contact points and relationships. Each field is checked when it
// is left (and then as it is typed), its message shown under it naming the field; Save is
// refused and nothing written while any field is wrong. A save is one undoable step on the
// app's QUndoStack (create, or edit with everything changed in one transaction). A save over a
// customer that changed meanwhile opens the ConflictDialog; nothing is overwritten silently.
//
// Keyboard: Tab walks the fields in reading order, Ctrl+Enter (or Enter in a line) saves, Esc
// cancels (asking first when there are unsaved changes). The editor is a dialog; the caller shows
// it after newPerson(), newOrganisation() or editCustomer(), and may reuse it.
class CustomerEditor final : public QDialog
{
    Q_OBJECT
public:
    // How a conflict is put to the user; tests replace it to answer without a dialog.
    using ConflictResolver = std::function<ConflictDialog::Choice(QWidget *parent,
                                                                  const CustomerRecord &mine,
                                                                  const CustomerRecord &stored,
                                                                  const RecordNames &names)>;
    // Asks whether unsaved changes may be dropped (Esc, Cancel); true drops them.
    using DiscardConfirmer = std::function<bool(QWidget *parent, const QString &customerName)>;

    CustomerEditor(Workspace &workspace, QUndoStack *stack, QWidget *parent = nullptr);
    ~CustomerEditor() override;

    void newPerson();
    void newOrganisation();
    // Loads the customer as stored now; the error (e.g. NotFound) when it cannot.
    Status editCustomer(qint64 id);

    // The customer edited (0 while a new one is not saved yet).
    qint64 customerId() const { return m_base.customer.id; }
    // The customer's name as last loaded or saved.
    QString customerName() const { return m_base.customer.displayName(); }
    bool isModified() const { return m_modified; }
    // Checks every field, shows the messages, and saves when all are valid. False when the save
    // was refused or failed (the reason is shown in the editor) or a conflict is still open.
    bool save();
    QString statusText() const;

    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }
    void setDiscardConfirmer(DiscardConfirmer confirmer)
    {
        m_confirmDiscard = std::move(confirmer);
    }

    // The form's parts, for tests and for the lead's layout tweaks.
    QLineEdit *firstNameField() const { return m_firstName; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QLineEdit *organisationField() const { return m_organisation; }
    QComboBox *stageField() const { return m_stage; }
    QComboBox *ownerField() const { return m_owner; }
    QComboBox *sourceField() const { return m_source; }
    QDateEdit *acquiredField() const { return m_acquired; }
    QLineEdit *tagsField() const { return m_tags; }
    QPlainTextEdit *notesField() const { return m_notes; }
    ContactPointList *contactPoints() const { return m_points; }
    RelationshipList *relationships() const { return m_links; }
    QPushButton *saveButton() const { return m_saveButton; }
    // The message shown under a field ("firstName", "lastName", "organisation", "acquiredOn",
    // "tags"); empty when the field is fine.
    QString fieldMessage(const QString &field) const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    // The acquisition date edit's "no date" value, shown as blank.
    static QDate noDate() { return QDate(1900, 1, 1); }
    void buildForm();
    QWidget *buildDetails();
    QWidget *buildContact();
    void start(const CustomerRecord &record, const QHash<qint64, QString> &names);
    void fillOwners(std::optional<qint64> current);
    void setKind(CustomerKind kind);
    Customer formCustomer() const;
    CustomerRecord formRecord() const;
    void touch(const QString &field);
    void refreshMessages();
    bool validateAll();
    void focusFirstInvalid();
    bool saveNew();
    bool saveEdit();
    bool resolveConflict(const CustomerRecord &mine);
    RecordNames namesFor(const CustomerRecord &a, const CustomerRecord &b);
    void finishSaved();
    void showStatus(const QString &text, bool error);
    void markModified();
    void updateHeading();
    void updateTabOrder();

    QPointer<Workspace> m_workspace;
    QUndoStack *m_stack;
    CustomerRecord m_base; // the record as stored when loaded (the version a save checks)
    bool m_modified = false;
    bool m_loading = false;
    QSet<QString> m_touched; // fields whose messages show
    ConflictResolver m_resolveConflict;
    DiscardConfirmer m_confirmDiscard;

    QLabel *m_heading = nullptr;
    QLabel *m_subtitle = nullptr;
    QGridLayout *m_grid = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_source = nullptr;
    QDateEdit *m_acquired = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<QString, FieldMessage *> m_messages;
    QList<QWidget *> m_personRows;
    QList<QWidget *> m_organisationRows;
    ContactPointList *m_points = nullptr;
    RelationshipList *m_links = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace rapport
