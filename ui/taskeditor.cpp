#include "ui/taskeditor.h"

#include "core/services/taskservice.h"
#include "core/services/workspace.h"
#include "core/util/displayformat.h"
#include "ui/choicestrip.h"
#include "ui/permissiongate.h"
#include "ui/timeedit.h"
#include "ui/undo/edittaskcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

TaskEditor::TaskEditor(Workspace &workspace, Task task, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(std::move(task))
    , m_title(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("&Due"), this))
    , m_date(new QDateEdit(this))
    , m_time(new TimeEdit(this))
    , m_assignee(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("taskEditor"));
    setWindowTitle(tr("Edit Task"));
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setText(m_original.title);
    m_title->setMaxLength(200);
    m_hasDue->setObjectName(QStringLiteral("taskHasDue"));
    m_date->setObjectName(QStringLiteral("taskDueDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(display::dateFormat());
    m_time->setObjectName(QStringLiteral("taskDueTime"));
    m_time->setDisplayFormat(display::timeFormat());
    m_assignee->setObjectName(QStringLiteral("taskAssignee"));

    // The due time as it is, or (for a task without one) tomorrow at nine to start from.
    const QDateTime due = m_original.dueAt.isValid()
                              ? m_original.dueAt.toLocalTime()
                              : quickDue(Quick::Tomorrow, m_workspace.now()).toLocalTime();
    m_hasDue->setChecked(m_original.dueAt.isValid());
    m_date->setDate(due.date());
    m_time->setTime(due.time());
    connect(m_hasDue, &QCheckBox::toggled, this, &TaskEditor::updateDueEnabled);

    m_assignee->addItem(tr("Nobody"), QVariant());
    if (Result<QList<User>> users = m_workspace.activeUsers()) {
        for (const User &user : std::as_const(*users))
            m_assignee->addItem(user.displayName, user.id);
    } else {
        m_error->setText(users.error().message());
    }
    if (m_original.assigneeId) {
        int index = m_assignee->findData(*m_original.assigneeId);
        if (index < 0) { // someone who has left keeps the task until it is handed on
            m_assignee->addItem(tr("User %1 (inactive)").arg(*m_original.assigneeId),
                                *m_original.assigneeId);
            index = m_assignee->count() - 1;
        }
        m_assignee->setCurrentIndex(index);
    }

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_date, 1);
    dueRow->addWidget(m_time, 1);
    auto *quickRow = new QHBoxLayout;
    addQuick(quickRow, Quick::LaterToday, tr("&Later today"));
    addQuick(quickRow, Quick::Tomorrow, tr("T&omorrow %1").arg(display::time(QTime(9, 0))));
    addQuick(quickRow, Quick::NextWeek, tr("Ne&xt week"));
    quickRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    form->addRow(m_hasDue, dueRow);
    form->addRow(QString(), quickRow);
    auto *assigneeLabel = new QLabel(tr("&Assigned to:"), this);
    assigneeLabel->setBuddy(m_assignee);
    form->addRow(assigneeLabel, m_assignee);

    m_error->setObjectName(QStringLiteral("taskEditorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(!m_error->text().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("taskSave"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    updateDueEnabled();
    m_title->setFocus();
    m_title->selectAll();

    // Saving is an edit of the task's customer (the door's check); a task about no customer
    // needs the level alone.
    m_gate = new PermissionGate(this);
    m_gate->setWorkspace(&m_workspace);
    m_gate->setCurrentCustomer([this] { return m_original.customerId.value_or(0); });
    m_gate->bind(m_save, Permission::Edit, PermissionGate::Reach::CurrentCustomer);
    if (const QString refusal = m_gate->refusal(m_save);
        !refusal.isEmpty() && errorText().isEmpty()) {
        m_error->setText(refusal);
        m_error->show();
    }
}

void TaskEditor::addQuick(QLayout *row, Quick choice, const QString &textWithMnemonic)
{
    // A button's own mnemonic would click it 100 ms later; the shortcut acts at once (as in the
    // quick log's choices), also while the cursor is in the title.
    auto *button = new QToolButton(this);
    button->setText(textWithMnemonic);
    button->setShortcut(QKeySequence());
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::TabFocus);
    const QKeySequence key = ChoiceStrip::mnemonicKey(textWithMnemonic);
    button->setToolTip(key.toString(QKeySequence::NativeText));
    connect(button, &QToolButton::clicked, this, [this, choice] { choose(choice); });
    if (!key.isEmpty()) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this, choice] { choose(choice); });
    }
    row->addWidget(button);
}

QDateTime TaskEditor::quickDue(Quick choice, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QDate today = local.date();
    switch (choice) {
    case Quick::LaterToday: {
        const QDateTime later = local.addSecs(2 * 3600);
        const QDateTime hour(later.date(), QTime(later.time().hour(), 0), Qt::LocalTime);
        const QDateTime rounded = hour < later ? hour.addSecs(3600) : hour;
        if (rounded.date() != today)
            return QDateTime(today, QTime(23, 59), Qt::LocalTime).toUTC();
        return rounded.toUTC();
    }
    case Quick::Tomorrow:
        return QDateTime(today.addDays(1), QTime(9, 0), Qt::LocalTime).toUTC();
    case Quick::NextWeek: {
        const int first = int(QLocale().firstDayOfWeek());
        int ahead = (first - today.dayOfWeek() + 7) % 7;
        if (ahead == 0)
            ahead = 7;
        return QDateTime(today.addDays(ahead), QTime(9, 0), Qt::LocalTime).toUTC();
    }
    }
    return {};
}

void TaskEditor::choose(Quick choice)
{
    const QDateTime due = quickDue(choice, m_workspace.now()).toLocalTime();
    m_hasDue->setChecked(true);
    m_date->setDate(due.date());
    m_time->setTime(due.time());
}

void TaskEditor::updateDueEnabled()
{
    m_date->setEnabled(m_hasDue->isChecked());
    m_time->setEnabled(m_hasDue->isChecked());
}

Task TaskEditor::edited() const
{
    Task task = m_original;
    task.title = m_title->text();
    const QTime time(m_time->time().hour(), m_time->time().minute());
    task.dueAt = m_hasDue->isChecked() ? QDateTime(m_date->date(), time, Qt::LocalTime).toUTC()
                                       : QDateTime();
    const QVariant assignee = m_assignee->currentData();
    task.assigneeId = assignee.isValid() ? std::optional(assignee.toLongLong()) : std::nullopt;
    return task;
}

QString TaskEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TaskEditor::accept()
{
    // Enter reaches accept() with Save disabled too: say why instead of asking the door.
    if (const QString refusal = m_gate->refusal(m_save); !refusal.isEmpty()) {
        m_error->setText(refusal);
        m_error->show();
        return;
    }
    Task task = edited();
    TaskService &tasks = m_workspace.tasks();
    if (Status s = tasks.update(task); !s) {
        m_error->setText(s.error().message());
        m_error->show();
        if (s.error().field() == QLatin1String("title"))
            m_title->setFocus();
        return;
    }
    Q_EMIT saved(m_original, task);
    QDialog::accept();
}

TaskEditor *TaskEditor::edit(Workspace &workspace,
                             QUndoStack *undo,
                             qint64 taskId,
                             QWidget *parent,
                             const std::function<void(const QString &)> &reportError,
                             const std::function<void(qint64)> &reselect)
{
    Result<Task> task = workspace.tasks().get(taskId);
    if (!task) {
        if (reportError)
            reportError(task.error().message());
        return nullptr;
    }
    auto *editor = new TaskEditor(workspace, std::move(task).value(), parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<QUndoStack> stack(undo);
    connect(editor,
            &TaskEditor::saved,
            editor,
            [&workspace, stack, reportError, reselect](const Task &before, const Task &after) {
                if (reselect)
                    reselect(after.id);
                if (!stack)
                    return;
                auto *command = new EditTaskCommand(workspace, before, after, reportError);
                command->setReselect(reselect);
                stack->push(command);
            });
    editor->open();
    editor->activateWindow();
    return editor;
}

} // namespace rapport
