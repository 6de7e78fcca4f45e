#include "ui/mydayview.h"

#include "core/models/mydaymodel.h"
#include "core/services/taskservice.h"
#include "core/services/workspace.h"
#include "ui/choicestrip.h"
#include "ui/mycasesview.h"
#include "ui/permissiongate.h"
#include "ui/taskdonecommand.h"
#include "ui/taskeditor.h"

#include <QAction>
#include <QBrush>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {
namespace {

constexpr int RefreshMs = 60'000;

// The due time of an overdue follow-up in bold red (a whole red row would make a long list a
// wall of red); urgent and high priorities coloured as in "my open cases".
class MyDayDecoration final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::ForegroundRole && role != Qt::FontRole)
            return QIdentityProxyModel::data(index, role);
        const bool overdue = index.column() == MyDayModel::Due
                             && index.data(MyDayModel::OverdueRole).toBool();
        const auto p = Priority(index.data(MyDayModel::PriorityRole).toInt());
        const bool urgent = index.column() == MyDayModel::Priority && p == Priority::Urgent;
        const bool high = index.column() == MyDayModel::Priority && p == Priority::High;
        if (role == Qt::ForegroundRole) {
            if (overdue || urgent)
                return QBrush(QColor(0xb3, 0x26, 0x1e));
            if (high)
                return QBrush(QColor(0xc2, 0x5e, 0x00));
        } else if (overdue || urgent) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

MyDayView::MyDayView(Workspace &workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undoStack)
    , m_model(new MyDayModel(workspace, this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_filter(new ChoiceStrip(this))
    , m_cases(new MyCasesView(workspace, this))
    , m_gate(new PermissionGate(this))
{
    setObjectName(QStringLiteral("myDayView"));
    m_cases->setUndoStack(undoStack);
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("myDaySummary"));
    layout->addWidget(m_title);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *tasks = new QWidget(splitter);
    auto *tasksLayout = new QVBoxLayout(tasks);
    tasksLayout->setContentsMargins(0, 6, 0, 6);
    auto *tasksTitle = new QLabel(tr("Follow-ups"), tasks);
    QFont sectionFont = tasksTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    tasksTitle->setFont(sectionFont);
    auto *keys = new QLabel(tr("Space: done · Enter or F2: edit · Ctrl+Enter: customer"), tasks);
    keys->setEnabled(false);
    m_filter->setObjectName(QStringLiteral("myDayFilter"));
    m_filter->setAccessibleName(tr("Show follow-ups"));
    m_filter->addChoice(int(MyDayModel::Filter::Today),
                        tr("&Today and overdue"),
                        tr("Due today, overdue, and those without a date"));
    m_filter->addChoice(int(MyDayModel::Filter::Upcoming),
                        tr("&Upcoming"),
                        tr("Due from tomorrow on"));
    m_filter->addChoice(int(MyDayModel::Filter::AllOpen),
                        tr("A&ll open"),
                        tr("Every open follow-up"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(tasksTitle);
    titleRow->addSpacing(12);
    titleRow->addWidget(keys);
    titleRow->addStretch(1);
    titleRow->addWidget(m_filter);
    tasksLayout->addLayout(titleRow);
    tasksLayout->addWidget(m_table, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    tasksLayout->addWidget(m_empty, 1);
    splitter->addWidget(tasks);
    splitter->addWidget(m_cases);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *decoration = new MyDayDecoration(this);
    decoration->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("myDayTable"));
    m_table->setModel(decoration);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The due text ("Overdue since yesterday", "Wednesday 9:00 AM") and the priority are as wide
    // as they need in any language; the title takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MyDayModel::Title, QHeaderView::Stretch);

    m_markDone = new QAction(tr("Mark Follow-up Done"), this);
    m_markDone->setObjectName(QStringLiteral("markTaskDoneAction"));
    m_markDone->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_markDone->setShortcutContext(Qt::WidgetShortcut);
    connect(m_markDone, &QAction::triggered, this, &MyDayView::markCurrentDone);
    m_openCustomer = new QAction(tr("Open Customer"), this);
    m_openCustomer->setObjectName(QStringLiteral("openTaskCustomerAction"));
    m_openCustomer->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_openCustomer->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openCustomer, &QAction::triggered, this, &MyDayView::openCurrentCustomer);
    m_editTask = new QAction(tr("Edit Follow-up…"), this);
    m_editTask->setObjectName(QStringLiteral("editTaskAction"));
    m_editTask->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    m_editTask->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editTask, &QAction::triggered, this, &MyDayView::editCurrentTask);
    m_table->addAction(m_editTask);
    m_table->addAction(m_markDone);
    m_table->addAction(m_openCustomer);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editTask->isEnabled())
            editCurrentTask();
    });
    // Done and Edit are edits of the current follow-up's customer (the door's check); one
    // without a customer needs the level alone.
    m_gate->setWorkspace(&m_workspace);
    m_gate->setCurrentCustomer([this] {
        const QModelIndex index = m_table->currentIndex();
        return index.isValid() ? index.data(MyDayModel::CustomerIdRole).toLongLong() : 0;
    });
    const auto current = [this] { return m_table->currentIndex().isValid(); };
    m_gate->bind(m_markDone, Permission::Edit, PermissionGate::Reach::CurrentCustomer, current);
    m_gate->bind(m_editTask, Permission::Edit, PermissionGate::Reach::CurrentCustomer, current);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentChanged,
            m_gate,
            &PermissionGate::update);
    connect(m_filter, &ChoiceStrip::valueChanged, this, [this](int value) {
        m_model->setFilter(MyDayModel::Filter(value));
        m_table->setFocus();
    });

    connect(m_cases, &MyCasesView::caseActivated, this, &MyDayView::caseActivated);
    connect(m_cases, &MyCasesView::customerActivated, this, &MyDayView::customerActivated);
    connect(m_model, &MyDayModel::errorOccurred, this, &MyDayView::errorOccurred);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyDayView::updateHeader);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MyDayView::updateHeader);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MyDayView::updateHeader);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MyDayView::updateHeader);
    connect(&workspace, &Workspace::currentUserChanged, this, &MyDayView::updateHeader);

    m_clock.setInterval(RefreshMs);
    connect(&m_clock, &QTimer::timeout, this, &MyDayView::refresh);
    m_clock.start();
    updateHeader();
    setFocusProxy(m_table);
}

qint64 MyDayView::currentTaskId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(MyDayModel::IdRole).toLongLong() : 0;
}

QString MyDayView::summary() const
{
    return m_summary->text();
}

void MyDayView::updateHeader()
{
    const QDate today = m_workspace.now().toLocalTime().date();
    m_title->setText(tr("My day: %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    QStringList parts;
    const QString who = m_workspace.currentUserName();
    parts << (who.isEmpty() ? tr("Nobody signed in: unassigned work")
                            : tr("Signed in as %1").arg(who));
    if (const int n = m_model->overdueCount())
        parts << tr("%1 overdue").arg(n);
    if (const int n = m_model->dueTodayCount())
        parts << tr("%1 due later today").arg(n);
    if (const int n = m_model->upcomingCount())
        parts << tr("%n coming up", nullptr, n);
    if (const int n = m_model->undatedCount())
        parts << tr("%1 without a date").arg(n);
    m_summary->setText(parts.join(QStringLiteral("  \u00b7  ")));
    switch (m_model->filter()) {
    case MyDayModel::Filter::Today:
        m_empty->setText(tr("Nothing due today. Well done."));
        break;
    case MyDayModel::Filter::Upcoming:
        m_empty->setText(tr("Nothing coming up from tomorrow on."));
        break;
    case MyDayModel::Filter::AllOpen:
        m_empty->setText(tr("No open follow-ups."));
        break;
    }
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    if (any && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
    m_gate->update(); // the current row's customer may be another one now
}

void MyDayView::markCurrentDone()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const int row = index.row();
    Task task = m_model->taskAt(row);
    TaskService &tasks = m_workspace.tasks();
    if (Status s = tasks.markDone(task); !s) {
        Q_EMIT errorOccurred(s.error().message());
        return;
    }
    // The row left with the bus notice; keep the cursor where it was for the next one.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(
            m_table->model()->index(std::min(row, m_model->rowCount() - 1), index.column()));
    if (m_undo) {
        const QPointer<MyDayView> view(this);
        auto *command = new TaskDoneCommand(m_workspace, task, [view](const QString &message) {
            if (view)
                Q_EMIT view->errorOccurred(message);
        });
        command->setReselect([view](qint64 id) {
            if (view)
                view->selectTask(id);
        });
        m_undo->push(command);
    }
}

QDialog *MyDayView::editCurrentTask()
{
    const qint64 id = currentTaskId();
    if (id == 0)
        return nullptr;
    const QPointer<MyDayView> view(this);
    return TaskEditor::edit(
        m_workspace,
        m_undo,
        id,
        this,
        [view](const QString &message) {
            if (view)
                Q_EMIT view->errorOccurred(message);
        },
        [view](qint64 taskId) {
            if (view)
                view->selectTask(taskId);
        });
}

void MyDayView::selectTask(qint64 taskId)
{
    const int row = m_model->rowOfTask(taskId);
    if (row < 0)
        return;
    const QModelIndex index = m_table->model()->index(row, MyDayModel::Title);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void MyDayView::openCurrentCustomer()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    if (const qint64 id = index.data(MyDayModel::CustomerIdRole).toLongLong())
        Q_EMIT customerActivated(id);
}

void MyDayView::refresh()
{
    m_model->refresh();
    m_cases->refreshAges();
    updateHeader();
}

} // namespace rapport
