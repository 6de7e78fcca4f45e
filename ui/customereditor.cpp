#include "ui/customereditor.h"

#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "core/util/displayformat.h"
#include "ui/contactpointlist.h"
#include "ui/fieldmessage.h"
#include "ui/relationshiplist.h"
#include "ui/undo/createcustomercommand.h"
#include "ui/undo/editcustomercommand.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {
namespace {

// Invalid inputs get a red outline (FieldMessage sets the property).
const char *const invalidStyle
    = "*[invalid=\"true\"] { border: 1px solid #b01e1e; border-radius: 2px; }";

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(QLatin1Char(','))) {
        if (!t.trimmed().isEmpty())
            tags << t;
    }
    return tags;
}

ConflictDialog::Choice askWithDialog(QWidget *parent,
                                     const CustomerRecord &mine,
                                     const CustomerRecord &stored,
                                     const RecordNames &names)
{
    ConflictDialog dialog(mine, stored, names, parent);
    dialog.exec();
    return dialog.choice();
}

bool askToDiscard(QWidget *parent, const QString &name)
{
    QMessageBox box(QMessageBox::Question,
                    CustomerEditor::tr("Discard Changes?"),
                    name.isEmpty()
                        ? CustomerEditor::tr("The new customer has not been saved.")
                        : CustomerEditor::tr("Your changes to %1 have not been saved.").arg(name),
                    QMessageBox::NoButton,
                    parent);
    QPushButton *discard = box.addButton(CustomerEditor::tr("&Discard"),
                                         QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(CustomerEditor::tr("&Keep Editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace

CustomerEditor::CustomerEditor(Workspace &workspace, QUndoStack *stack, QWidget *parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_stack(stack ? stack : new QUndoStack(this))
    , m_resolveConflict(askWithDialog)
    , m_confirmDiscard(askToDiscard)
{
    setObjectName(QStringLiteral("CustomerEditor"));
    setStyleSheet(QString::fromLatin1(invalidStyle));
    buildForm();
    CustomerService &service = workspace.customers();
    m_points->setPhoneNormalizer(service.phoneNormalizer());
    m_links->setSearch(&workspace.database(),
                       service.phoneNormalizer(),
                       workspace.access().scope(Permission::View));
    resize(980, 600);
    newPerson();
}

CustomerEditor::~CustomerEditor()
{
    // Hidden while the members are alive: hiding moves the focus, and leaving a field checks it.
    m_loading = true;
    hide();
}

void CustomerEditor::newPerson()
{
    CustomerRecord r;
    r.customer.kind = CustomerKind::Person;
    if (m_workspace)
        r.customer.ownerId = m_workspace->currentUserId();
    start(r, {});
}

void CustomerEditor::newOrganisation()
{
    CustomerRecord r;
    r.customer.kind = CustomerKind::Organisation;
    if (m_workspace)
        r.customer.ownerId = m_workspace->currentUserId();
    start(r, {});
}

Status CustomerEditor::editCustomer(qint64 id)
{
    if (!m_workspace)
        return Error(Error::Kind::Io, tr("No database is open."));
    CustomerService &service = m_workspace->customers();
    Result<CustomerRecord> record = service.record(id);
    if (!record)
        return record.error();
    start(*record, namesFor(*record, *record).customers);
    return {};
}

void CustomerEditor::start(const CustomerRecord &record, const QHash<qint64, QString> &names)
{
    m_loading = true;
    m_base = record;
    m_touched.clear();
    const Customer &c = record.customer;
    setKind(c.kind);
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_organisation->setText(c.organisation);
    m_stage->setCurrentIndex(m_stage->findData(int(c.stage)));
    fillOwners(c.ownerId);
    m_source->setCurrentText(c.source);
    m_acquired->setDate(c.acquiredOn.isValid() ? c.acquiredOn : noDate());
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(c.notes);
    m_points->setPoints(record.contactPoints);
    m_links->setRelationships(c.id, record.relationships, names);
    for (FieldMessage *m : std::as_const(m_messages))
        m->clearMessage();
    m_loading = false;
    m_modified = false;
    showStatus(QString(), false);
    updateHeading();
    QWidget *first = c.kind == CustomerKind::Person ? m_firstName : m_organisation;
    first->setFocus(Qt::OtherFocusReason);
}

void CustomerEditor::setKind(CustomerKind kind)
{
    for (QWidget *w : std::as_const(m_personRows))
        w->setVisible(kind == CustomerKind::Person);
    for (QWidget *w : std::as_const(m_organisationRows))
        w->setVisible(kind == CustomerKind::Organisation);
    m_messages.value(QStringLiteral("firstName"))->clearMessage();
    m_messages.value(QStringLiteral("lastName"))->clearMessage();
    m_messages.value(QStringLiteral("organisation"))->clearMessage();
    m_base.customer.kind = kind;
}

void CustomerEditor::fillOwners(std::optional<qint64> current)
{
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Nobody"), QVariant());
    if (m_workspace) {
        CustomerService &service = m_workspace->customers();
        if (Result<QList<User>> users = service.owners(); users) {
            for (const User &u : std::as_const(*users))
                m_owner->addItem(u.displayName, u.id);
        }
    }
    int index = 0;
    if (current) {
        index = m_owner->findData(*current);
        if (index < 0) { // an owner who left keeps the customer until someone else takes it
            m_owner->addItem(tr("User %1").arg(*current), *current);
            index = m_owner->count() - 1;
        }
    }
    m_owner->setCurrentIndex(index);
}

Customer CustomerEditor::formCustomer() const
{
    Customer c = m_base.customer;
    c.firstName = m_firstName->text();
    c.lastName = m_lastName->text();
    c.organisation = m_organisation->text();
    if (c.kind == CustomerKind::Person)
        c.organisation.clear();
    else
        c.firstName = c.lastName = QString();
    c.stage = LifecycleStage(m_stage->currentData().toInt());
    const QVariant owner = m_owner->currentData();
    c.ownerId = owner.isValid() ? std::optional<qint64>(owner.toLongLong()) : std::nullopt;
    c.source = m_source->currentText();
    c.acquiredOn = m_acquired->date() == noDate() ? QDate() : m_acquired->date();
    c.tags = splitTags(m_tags->text());
    c.notes = m_notes->toPlainText();
    c.tidy();
    return c;
}

CustomerRecord CustomerEditor::formRecord() const
{
    CustomerRecord r;
    r.customer = formCustomer();
    r.contactPoints = m_points->points();
    r.relationships = m_links->relationships();
    return r;
}

QString CustomerEditor::fieldMessage(const QString &field) const
{
    const FieldMessage *m = m_messages.value(field);
    return m ? m->text() : QString();
}

void CustomerEditor::touch(const QString &field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    refreshMessages();
}

void CustomerEditor::refreshMessages()
{
    if (m_loading)
        return;
    QHash<QString, QString> shown;
    for (const Error &e : formCustomer().problems()) {
        if (!shown.contains(e.field()))
            shown.insert(e.field(), e.message());
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (m_touched.contains(it.key()) && shown.contains(it.key()))
            it.value()->showMessage(shown.value(it.key()));
        else
            it.value()->clearMessage();
    }
}

bool CustomerEditor::validateAll()
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        m_touched.insert(it.key());
    refreshMessages();
    bool ok = formCustomer().problems().isEmpty();
    ok = m_points->validate() && ok;
    ok = m_links->validate() && ok;
    return ok;
}

void CustomerEditor::focusFirstInvalid()
{
    for (QWidget *field : {static_cast<QWidget *>(m_firstName),
                           static_cast<QWidget *>(m_lastName),
                           static_cast<QWidget *>(m_organisation),
                           static_cast<QWidget *>(m_acquired),
                           static_cast<QWidget *>(m_tags)}) {
        if (field->isVisibleTo(this) && field->property("invalid").toBool()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (QWidget *w = m_points->firstInvalidField())
        w->setFocus(Qt::OtherFocusReason);
    else if (QWidget *l = m_links->firstInvalidField())
        l->setFocus(Qt::OtherFocusReason);
}

bool CustomerEditor::save()
{
    if (!validateAll()) {
        int count = 0;
        for (const FieldMessage *m : findChildren<FieldMessage *>())
            count += m->hasMessage() ? 1 : 0;
        showStatus(count == 1 ? tr("One field needs correcting (marked in red); nothing was saved.")
                              : tr("%1 fields need correcting (marked in red); nothing was saved.")
                                    .arg(count),
                   true);
        focusFirstInvalid();
        return false;
    }
    if (!m_workspace) {
        showStatus(tr("The database is closed; nothing was saved."), true);
        return false;
    }
    return m_base.customer.id == 0 ? saveNew() : saveEdit();
}

bool CustomerEditor::saveNew()
{
    auto command = std::make_unique<CreateCustomerCommand>(*m_workspace, formRecord());
    CreateCustomerCommand *created = command.get();
    if (Status s = CustomerCommand::run(m_stack, std::move(command)); !s) {
        showStatus(s.error().message(), true);
        return false;
    }
    m_base = created->record(); // the command is the stack's now
    finishSaved();
    return true;
}

bool CustomerEditor::saveEdit()
{
    CustomerRecord mine = rebased(formRecord(), m_base);
    if (sameContent(mine, m_base)) {
        finishSaved();
        return true;
    }
    auto command = std::make_unique<EditCustomerCommand>(*m_workspace, m_base, mine);
    EditCustomerCommand *edit = command.get();
    Status s = CustomerCommand::run(m_stack, std::move(command));
    if (!s && s.error().kind() == Error::Kind::Conflict)
        return resolveConflict(mine);
    if (!s) {
        showStatus(s.error().message(), true);
        return false;
    }
    m_base = edit->after();
    finishSaved();
    return true;
}

bool CustomerEditor::resolveConflict(const CustomerRecord &mine)
{
    CustomerService &service = m_workspace->customers();
    Result<CustomerRecord> stored = service.record(m_base.customer.id);
    if (!stored) {
        showStatus(tr("%1 Your changes are still here.").arg(stored.error().message()), true);
        return false;
    }
    const RecordNames names = namesFor(mine, *stored);
    switch (m_resolveConflict(this, mine, *stored, names)) {
    case ConflictDialog::Choice::KeepMine: {
        // Saved over the version the user has now seen; a third writer in between is one more
        // conflict to show, never an overwrite.
        m_base = *stored;
        CustomerRecord over = rebased(mine, *stored);
        auto command = std::make_unique<EditCustomerCommand>(*m_workspace, *stored, over);
        EditCustomerCommand *edit = command.get();
        Status s = CustomerCommand::run(m_stack, std::move(command));
        if (!s && s.error().kind() == Error::Kind::Conflict)
            return resolveConflict(mine);
        if (!s) {
            showStatus(s.error().message(), true);
            return false;
        }
        m_base = edit->after();
        finishSaved();
        return true;
    }
    case ConflictDialog::Choice::TakeStored:
        start(*stored, names.customers);
        showStatus(tr("This is the stored version; your changes were dropped."), false);
        return false;
    case ConflictDialog::Choice::KeepEditing:
        // The stored version becomes the one the next save is checked against: the user has
        // seen it, and Save now means "mine over that".
        m_base = *stored;
        showStatus(tr("Your changes are still here, not saved. Save writes them over the stored "
                      "version."),
                   false);
        return false;
    }
    return false;
}

RecordNames CustomerEditor::namesFor(const CustomerRecord &a, const CustomerRecord &b)
{
    RecordNames names;
    for (int i = 0; i < m_owner->count(); ++i) {
        if (m_owner->itemData(i).isValid())
            names.users.insert(m_owner->itemData(i).toLongLong(), m_owner->itemText(i));
    }
    names.customers = m_links->names();
    if (!m_workspace)
        return names;
    CustomerService &service = m_workspace->customers();
    for (const CustomerRecord *r : {&a, &b}) {
        if (r->customer.ownerId && !names.users.contains(*r->customer.ownerId)) {
            // An owner who is no longer active is still named.
            names.users.insert(*r->customer.ownerId, tr("User %1").arg(*r->customer.ownerId));
        }
        for (const Relationship &link : r->relationships) {
            const qint64 other = link.otherId(r->customer.id);
            if (other <= 0 || names.customers.contains(other))
                continue;
            Result<Customer> c = service.get(other);
            names.customers.insert(other, c ? c->displayName() : tr("Customer %1").arg(other));
        }
    }
    return names;
}

void CustomerEditor::finishSaved()
{
    m_modified = false;
    showStatus(QString(), false);
    Q_EMIT saved(m_base.customer.id);
    accept();
}

void CustomerEditor::reject()
{
    if (m_modified
        && !m_confirmDiscard(this, m_base.customer.id ? m_base.customer.displayName() : QString()))
        return;
    m_modified = false;
    QDialog::reject();
}

QString CustomerEditor::statusText() const
{
    return m_status->text();
}

void CustomerEditor::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_status->setPalette(p);
    m_status->setVisible(!text.isEmpty());
}

void CustomerEditor::markModified()
{
    if (!m_loading)
        m_modified = true;
}

void CustomerEditor::updateHeading()
{
    const Customer c = formCustomer();
    const bool isNew = m_base.customer.id == 0;
    const bool person = c.kind == CustomerKind::Person;
    QString name = c.displayName();
    if (name.isEmpty())
        name = person ? tr("New person") : tr("New organisation");
    m_heading->setText(name);
    const Customer &stored = m_base.customer;
    QStringList facts{customerKindName(c.kind)};
    if (!isNew) {
        facts << tr("customer no. %1").arg(stored.id);
        if (stored.updatedAt.isValid())
            facts << tr("last changed %1").arg(display::dateTime(stored.updatedAt));
        if (stored.isDeleted())
            facts << tr("in the trash");
    } else {
        facts << tr("not saved yet");
    }
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    if (isNew)
        setWindowTitle(person ? tr("New Person") : tr("New Organisation"));
    else
        setWindowTitle(tr("Edit %1").arg(m_base.customer.displayName()));
}

} // namespace rapport
