#include "ui/casedialog.h"

#include "core/models/mycasesmodel.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "ui/permissiongate.h"
#include "ui/undo/casecommands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

CaseDialog::CaseDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_service(workspace.cases())
{
    setObjectName(QStringLiteral("caseDialog"));
    build();
}

CaseDialog::CaseDialog(Workspace &workspace, qint64 caseId, QWidget *parent)
    : CaseDialog(workspace, parent)
{
    Result<CaseListItem> item = m_service.item(caseId);
    if (!item) {
        m_case.id = caseId;
        showError(item.error());
        m_subject->setEnabled(false);
        return;
    }
    m_customerName = item->customerName;
    display(item->supportCase);
}

CaseDialog *CaseDialog::forNewCase(Workspace &workspace, qint64 customerId, QWidget *parent)
{
    auto *dialog = new CaseDialog(workspace, parent);
    SupportCase c;
    c.customerId = customerId;
    c.ownerId = workspace.currentUserId();
    c.status = CaseStatus::New;
    c.openedAt = workspace.now();
    CustomerService &customers = workspace.customers();
    if (Result<Customer> customer = customers.get(customerId); customer)
        dialog->m_customerName = customer->displayName();
    dialog->display(c);
    return dialog;
}

CaseDialog::~CaseDialog() = default;

void CaseDialog::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

void CaseDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_header = new QLabel(this);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_header->setFont(big);
    m_customerButton = new QPushButton(tr("Open C&ustomer"), this);
    m_customerButton->setAutoDefault(false);
    connect(m_customerButton, &QPushButton::clicked, this, [this] {
        Q_EMIT customerActivated(m_case.customerId);
    });
    top->addWidget(m_header, 1);
    top->addWidget(m_customerButton);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    form->addRow(tr("&Subject:"), m_subject);

    auto *row = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(caseKindName(CaseKind::Complaint), int(CaseKind::Complaint));
    m_kind->addItem(caseKindName(CaseKind::ServiceRequest), int(CaseKind::ServiceRequest));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (std::size_t i = 0; i < priorityKeys.size(); ++i)
        m_priority->addItem(priorityName(Priority(i)), int(i));
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *priorityLabel = new QLabel(tr("&Priority:"), this);
    priorityLabel->setBuddy(m_priority);
    row->addWidget(m_kind);
    row->addSpacing(12);
    row->addWidget(statusLabel);
    row->addWidget(m_status);
    row->addSpacing(12);
    row->addWidget(priorityLabel);
    row->addWidget(m_priority);
    row->addStretch(1);
    form->addRow(tr("&Kind:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_kind);

    m_category = new QLineEdit(this);
    m_category->setPlaceholderText(tr("e.g. Delivery, Billing, Repair"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->addItem(tr("Nobody (in the queue)"), QVariant());
    if (Result<QList<User>> users = m_workspace.activeUsers(); users) {
        for (const User &u : std::as_const(*users))
            m_owner->addItem(tr("%1 (%2)").arg(u.displayName, roleName(u.role)), u.id);
    }
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_category, 1);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    row2->addSpacing(12);
    row2->addWidget(ownerLabel);
    row2->addWidget(m_owner, 1);
    form->addRow(tr("C&ategory:"), row2);
    qobject_cast<QLabel *>(form->labelForField(row2))->setBuddy(m_category);

    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Description:"), m_description);
    m_resolution = new QPlainTextEdit(this);
    m_resolution->setObjectName(QStringLiteral("resolutionEdit"));
    m_resolution->setTabChangesFocus(true);
    m_resolution->setMinimumHeight(m_resolution->fontMetrics().lineSpacing() * 3);
    m_resolution->setPlaceholderText(tr("How was it resolved? Needed to resolve or close."));
    m_resolutionLabel = new QLabel(tr("&Resolution:"), this);
    m_resolutionLabel->setBuddy(m_resolution);
    form->addRow(m_resolutionLabel, m_resolution);
    m_dates = new QLabel(this);
    m_dates->setEnabled(false);
    form->addRow(QString(), m_dates);
    layout->addLayout(form, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(tr("Reload"), QDialogButtonBox::ResetRole);
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, &CaseDialog::reload);
    auto *resolveButton = buttons->addButton(tr("Resolve\u2026  (Ctrl+R)"),
                                             QDialogButtonBox::ActionRole);
    connect(resolveButton, &QPushButton::clicked, this, &CaseDialog::resolve);
    QPushButton *saveButton = buttons->addButton(tr("Save  (Ctrl+Enter)"),
                                                 QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *p = qobject_cast<QPushButton *>(b))
            p->setAutoDefault(false);
    }
    m_save = saveButton;
    m_save->setObjectName(QStringLiteral("saveCaseButton"));
    // A new case is a Create on its customer, a saved one an Edit (the door's question).
    m_gate = new PermissionGate(this);
    m_gate->setWorkspace(&m_workspace);
    m_gate->setCurrentCustomer([this] { return m_case.customerId; });
    const auto loaded = [this] { return m_loaded; };
    m_gate->bind(
        saveButton,
        [this] { return m_case.id == 0 ? Permission::Create : Permission::Edit; },
        PermissionGate::Reach::CurrentCustomer,
        loaded);
    m_gate->bind(resolveButton, Permission::Edit, PermissionGate::Reach::CurrentCustomer, loaded);
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(saveButton, &QPushButton::clicked, this, &CaseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
    layout->addWidget(buttons);

    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter),
                                    QKeySequence(QKeySequence::Save)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &CaseDialog::save);
    }
    auto *resolveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(resolveKey, &QShortcut::activated, this, &CaseDialog::resolve);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseDialog::updateResolution);
    resize(640, 520);
}

void CaseDialog::fillStatuses(CaseStatus current)
{
    m_status->clear();
    for (CaseStatus s : CaseService::reachable(current))
        m_status->addItem(caseStatusName(s), int(s));
    m_status->setCurrentIndex(0);
}

void CaseDialog::display(const SupportCase &c)
{
    m_case = c;
    m_loaded = true;
    const bool isNew = c.id == 0;
    setWindowTitle(isNew ? tr("New Case") : tr("Case %1").arg(caseReference(c.id)));
    m_header->setText(isNew ? tr("New case for %1").arg(m_customerName)
                            : tr("%1 \u00b7 %2").arg(caseReference(c.id), m_customerName));
    m_subject->setText(c.subject);
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    fillStatuses(c.status);
    m_status->setEnabled(!isNew);
    m_priority->setCurrentIndex(m_priority->findData(int(c.priority)));
    m_category->setText(c.category);
    int owner = c.ownerId ? m_owner->findData(*c.ownerId) : 0;
    if (owner < 0) { // a deactivated user: keep them rather than unassign silently
        m_owner->addItem(tr("User %1 (deactivated)").arg(*c.ownerId), *c.ownerId);
        owner = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(owner);
    m_description->setPlainText(c.description);
    m_resolution->setPlainText(c.resolution);
    const QLocale locale;
    QString dates;
    if (!isNew) {
        const int age = MyCasesModel::ageInDays(c.openedAt, m_workspace.now());
        dates = tr("Opened %1 (%2 days ago)")
                    .arg(locale.toString(c.openedAt.toLocalTime(), QLocale::ShortFormat))
                    .arg(age);
        if (c.resolvedAt.isValid())
            dates += tr("; resolved %1")
                         .arg(locale.toString(c.resolvedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_dates->setText(dates);
    m_dates->setVisible(!dates.isEmpty());
    m_error->hide();
    m_reload->hide();
    m_gate->update();
    if (const QString refusal = m_gate->refusal(m_save); !refusal.isEmpty()) {
        m_error->setText(refusal);
        m_error->show();
    }
    updateResolution();
    m_subject->setFocus();
}

void CaseDialog::updateResolution()
{
    const auto status = CaseStatus(m_status->currentData().toInt());
    const bool needed = (status == CaseStatus::Resolved || status == CaseStatus::Closed)
                        && !m_case.isFinished();
    m_resolutionLabel->setText(needed ? tr("&Resolution (needed):") : tr("&Resolution:"));
    QFont f = m_resolutionLabel->font();
    f.setBold(needed);
    m_resolutionLabel->setFont(f);
    if (needed)
        m_resolution->setFocus();
}

void CaseDialog::resolve()
{
    if (m_case.id == 0 || !m_gate->refusal(m_save).isEmpty())
        return;
    const int index = m_status->findData(int(CaseStatus::Resolved));
    if (index >= 0)
        m_status->setCurrentIndex(index);
    m_resolution->setFocus();
}

QString CaseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

SupportCase CaseDialog::collect() const
{
    SupportCase c = m_case;
    c.subject = m_subject->text();
    c.kind = CaseKind(m_kind->currentData().toInt());
    if (c.id != 0)
        c.status = CaseStatus(m_status->currentData().toInt());
    c.priority = Priority(m_priority->currentData().toInt());
    c.category = m_category->text();
    const QVariant owner = m_owner->currentData();
    c.ownerId = owner.isValid() ? std::optional<qint64>(owner.toLongLong()) : std::nullopt;
    c.description = m_description->toPlainText();
    c.resolution = m_resolution->toPlainText();
    return c;
}

bool CaseDialog::save()
{
    if (!m_loaded)
        return false;
    // Ctrl+Enter reaches here with Save disabled too: say why instead of asking the door.
    if (const QString refusal = m_gate->refusal(m_save); !refusal.isEmpty()) {
        showError(Error(Error::Kind::Forbidden, refusal));
        return false;
    }
    SupportCase c = collect();
    if (m_undo) {
        // The stack owns a step once run() pushed it: read what it saved through `step`.
        if (c.id == 0) {
            auto command = std::make_unique<OpenCaseCommand>(m_workspace, c, m_customerName);
            const OpenCaseCommand *step = command.get();
            if (Status s = CustomerCommand::run(m_undo, std::move(command)); !s) {
                showError(s.error());
                return false;
            }
            c = step->supportCase();
        } else {
            auto command = std::make_unique<SaveCaseCommand>(m_workspace, m_case, c);
            const SaveCaseCommand *step = command.get();
            if (Status s = CustomerCommand::run(m_undo, std::move(command)); !s) {
                showError(s.error());
                return false;
            }
            c = step->supportCase();
        }
    } else if (c.id == 0) {
        Result<qint64> id = m_service.open(c);
        if (!id) {
            showError(id.error());
            return false;
        }
    } else if (Status s = m_service.save(c); !s) {
        showError(s.error());
        return false;
    }
    m_case = c;
    Q_EMIT caseSaved(c.id);
    accept();
    return true;
}

void CaseDialog::reload()
{
    Result<CaseListItem> item = m_service.item(m_case.id);
    if (!item) {
        showError(item.error());
        return;
    }
    m_customerName = item->customerName;
    display(item->supportCase);
}

void CaseDialog::showError(const Error &error)
{
    m_error->setText(error.message());
    m_error->show();
    m_reload->setVisible(error.kind() == Error::Kind::Conflict && m_case.id != 0);
    const QString field = error.field();
    if (field == QLatin1String("subject"))
        m_subject->setFocus();
    else if (field == QLatin1String("resolution"))
        m_resolution->setFocus();
    else if (field == QLatin1String("status"))
        m_status->setFocus();
    else if (field == QLatin1String("category"))
        m_category->setFocus();
    else if (field == QLatin1String("description"))
        m_description->setFocus();
}

} // namespace rapport
