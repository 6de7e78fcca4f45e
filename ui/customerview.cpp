#include "ui/customerview.h"

#include "core/models/customerprofile.h"
#include "core/models/timelinemodel.h"
#include "core/services/taskservice.h"
#include "core/services/workspace.h"
#include "ui/consentstrip.h"
#include "ui/customerheader.h"
#include "ui/customerpanels.h"
#include "ui/permissiongate.h"
#include "ui/taskdonecommand.h"
#include "ui/taskeditor.h"
#include "ui/timelinedelegate.h"
#include "ui/timelinepane.h"
#include "ui/timelineview.h"
#include "ui/undo/notecommands.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {
namespace {

const QString SplitterKey = QStringLiteral("customerView/splitter");

} // namespace

CustomerView::CustomerView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_profile(new CustomerProfile(workspace.database(), &workspace.changes(), this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_header(new CustomerHeader(this))
    , m_consent(new ConsentStrip(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_timeline(new TimelinePane(m_profile->timeline(), this))
    , m_panels(new CustomerPanels(*m_profile, this))
    , m_addNote(new QAction(tr("Add Note"), this))
    , m_reload(new QAction(tr("Reload Customer"), this))
    , m_exportData(new QAction(tr("Export Personal Data…"), this))
    , m_eraseData(new QAction(tr("Erase Personal Data…"), this))
    , m_gate(new PermissionGate(this))
{
    setObjectName(QStringLiteral("customerView"));
    m_message->setObjectName(QStringLiteral("customerViewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(40);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.2);
    m_message->setFont(messageFont);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_banner->setObjectName(QStringLiteral("trashBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #8a4b00; "
                       "padding: 6px 16px; border-bottom: 1px solid #ffcc80; }"));
    m_banner->hide();

    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_panels);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray()))
        m_splitter->setSizes({700, 520});

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_consent);
    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Midlight);
    contentLayout->addWidget(line);
    contentLayout->addWidget(m_splitter, 1);
    m_pages->addWidget(m_message);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_addNote->setObjectName(QStringLiteral("addNoteAction"));
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_addNote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reload->setObjectName(QStringLiteral("reloadCustomerAction"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {m_addNote, m_reload, callAction(), mailAction()})
        addAction(action);
    connect(m_addNote, &QAction::triggered, this, [this] {
        m_timeline->noteEditor()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_reload, &QAction::triggered, this, [this] { showCustomer(currentCustomerId()); });
    m_exportData->setObjectName(QStringLiteral("exportPersonalDataAction"));
    m_eraseData->setObjectName(QStringLiteral("erasePersonalDataAction"));
    connect(m_exportData, &QAction::triggered, this, &CustomerView::askExportPersonalData);
    connect(m_eraseData, &QAction::triggered, this, &CustomerView::askErasePersonalData);
    m_consent->setProtectionActions({m_exportData, m_eraseData});
    connect(m_consent, &ConsentStrip::channelClicked, this, &CustomerView::editConsent);

    connect(m_profile, &CustomerProfile::overviewChanged, this, &CustomerView::refresh);
    connect(m_profile, &CustomerProfile::errorOccurred, this, &CustomerView::report);
    connect(m_header, &CustomerHeader::customerActivated, this, &CustomerView::customerActivated);
    connect(m_panels, &CustomerPanels::customerActivated, this, &CustomerView::customerActivated);
    connect(m_panels, &CustomerPanels::caseActivated, this, &CustomerView::caseActivated);
    connect(m_panels, &CustomerPanels::taskActivated, this, &CustomerView::taskActivated);
    connect(m_timeline->view(), &TimelineView::caseActivated, this, &CustomerView::caseActivated);
    connect(m_timeline->view(), &TimelineView::taskActivated, this, &CustomerView::taskActivated);
    connect(m_timeline, &TimelinePane::noteSubmitted, this, &CustomerView::addNote);
    connect(this, &CustomerView::taskActivated, this, &CustomerView::editTask);
    connect(m_panels, &CustomerPanels::taskDoneToggled, this, &CustomerView::toggleTaskDone);

    // What the profile may show is the signed-in user's to decide; another user re-reads it.
    m_profile->setAccess(workspace.access());
    connect(&workspace, &Workspace::currentUserChanged, this, [this] {
        m_profile->setAccess(m_workspace.access());
        refresh();
    });
    gateActions();

    setFocusProxy(m_timeline->view());
    refresh();
}

// What the signed-in user may do to this customer: a note is a new row (Create), consent and
// its tasks an edit, the personal data an export or an erasure; the rest also needs the
// customer shown.
void CustomerView::gateActions()
{
    using Reach = PermissionGate::Reach;
    using State = CustomerProfile::State;
    m_gate->setWorkspace(&m_workspace);
    m_gate->setCurrentCustomer([this] { return m_profile->customerId(); });
    const auto live = [this] { return m_profile->state() == State::Live; };
    const auto shown = [this] {
        return m_profile->state() == State::Live || m_profile->state() == State::InTrash;
    };
    const auto writable = [this, shown] { return shown() && m_workspace.door() != nullptr; };
    m_gate->bind(m_addNote, Permission::Create, Reach::CurrentCustomer, live);
    m_gate->bind(m_timeline->noteEditor(), Permission::Create, Reach::CurrentCustomer, live);
    m_gate->bind(m_exportData, Permission::Export, Reach::CurrentCustomer, shown);
    m_gate->bind(m_eraseData, Permission::Erase, Reach::CurrentCustomer, writable);
    for (Consent::Channel channel : Consent::channels())
        m_gate->bind(m_consent->channelButton(channel),
                     Permission::Edit,
                     Reach::CurrentCustomer,
                     writable);
    // Editing a task and ticking it off are edits of the customer (the task editor's Save asks
    // the same for a task opened from the timeline).
    for (const char *name : {"editPanelTaskAction", "togglePanelTaskAction"}) {
        if (auto *action = m_panels->findChild<QAction *>(QString::fromLatin1(name)))
            m_gate->bind(action, Permission::Edit, Reach::CurrentCustomer, live);
    }
}

CustomerView::~CustomerView()
{
    QSettings().setValue(SplitterKey, m_splitter->saveState());
}

QAction *CustomerView::callAction() const
{
    return m_header->callAction();
}

QAction *CustomerView::mailAction() const
{
    return m_header->mailAction();
}

qint64 CustomerView::currentCustomerId() const
{
    return m_profile->customerId();
}

QString CustomerView::title() const
{
    return m_title;
}

QString CustomerView::message() const
{
    return m_pages->currentWidget() == m_message ? m_message->text() : QString();
}

void CustomerView::showCustomer(qint64 id)
{
    const QDateTime now = m_workspace.now();
    m_profile->setAsOf(now);
    m_timeline->view()->timelineDelegate()->setToday(now.toLocalTime().date());
    if (id != m_profile->customerId())
        m_timeline->clearFilters();
    m_profile->open(id);
    m_timeline->noteEditor()->setText({}); // also forgets its own undo steps
    m_timeline->view()->scrollToTop();
    refresh();
}

// Shows what the profile holds: the view, the view with the trash banner, or a message.
void CustomerView::refresh()
{
    using State = CustomerProfile::State;
    const State state = m_profile->state();
    QString title;
    switch (state) {
    case State::Empty:
        m_message->setText(tr("No customer is open.\nFind one with Ctrl+K and press Enter."));
        m_pages->setCurrentWidget(m_message);
        title = tr("Customer");
        break;
    case State::Gone:
        m_message->setText(tr("Customer %1 does not exist any more.\nIt was deleted for good, "
                              "perhaps in another window or by a colleague.")
                               .arg(m_profile->customerId()));
        m_pages->setCurrentWidget(m_message);
        title = tr("Customer not found");
        break;
    case State::Forbidden:
        m_message->setText(m_profile->errorMessage());
        m_pages->setCurrentWidget(m_message);
        title = tr("Customer not shown");
        break;
    case State::Live:
    case State::InTrash: {
        const bool trashed = state == State::InTrash;
        m_header->setOverview(m_profile->overview(), m_profile->asOf());
        m_banner->setVisible(trashed);
        if (trashed)
            m_banner->setText(
                tr("%1 is in the trash since %2. Its history stays readable here; restore it "
                   "from the trash to work with it again.")
                    .arg(m_profile->overview().name,
                         QLocale().toString(m_profile->overview().deletedAt.toLocalTime().date(),
                                            QLocale::LongFormat)));
        refreshConsent();
        m_pages->setCurrentIndex(1);
        title = trashed ? tr("%1 (in the trash)").arg(m_profile->overview().name)
                        : m_profile->overview().name;
        break;
    }
    }
    m_reload->setEnabled(state != State::Empty);
    m_gate->update(); // the note, the consent and the personal data actions
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
}

void CustomerView::addNote(const QString &text)
{
    if (m_profile->state() != CustomerProfile::State::Live)
        return;
    CustomerNote note;
    note.customerId = m_profile->customerId();
    note.body = text;
    note.authorId = m_workspace.currentUserId();
    note.createdAt = m_workspace.now();
    // Saved first, then (when there is a stack) put on it to be undone.
    const Status saved = CustomerCommand::run(m_undo,
                                              std::make_unique<AddNoteCommand>(m_workspace, note));
    if (!saved) {
        // The text stays in the line, so nothing typed is lost.
        report(saved.error().message());
        return;
    }
    m_timeline->noteEditor()->setText({}); // also forgets its own undo steps
}

QDialog *CustomerView::editTask(qint64 taskId)
{
    const QPointer<CustomerView> view(this);
    return TaskEditor::edit(
        m_workspace,
        m_undo,
        taskId,
        this,
        [view](const QString &message) {
            if (view)
                view->report(message);
        },
        [view](qint64 id) {
            if (view)
                view->m_panels->selectTask(id);
        });
}

void CustomerView::toggleTaskDone(qint64 taskId)
{
    TaskService &tasks = m_workspace.tasks();
    Result<Task> found = tasks.get(taskId);
    if (!found) {
        report(found.error().message());
        return;
    }
    Task task = std::move(found).value();
    const bool done = task.isDone();
    if (Status s = done ? tasks.reopen(task) : tasks.markDone(task); !s) {
        report(s.error().message());
        return;
    }
    m_panels->selectTask(taskId);
    if (!m_undo)
        return;
    const QPointer<CustomerView> view(this);
    auto *command = new TaskDoneCommand(
        m_workspace,
        task,
        [view](const QString &message) {
            if (view)
                view->report(message);
        },
        done ? TaskDoneCommand::Step::Reopened : TaskDoneCommand::Step::Done);
    command->setReselect([view](qint64 id) {
        if (view)
            view->m_panels->selectTask(id);
    });
    m_undo->push(command);
}

void CustomerView::report(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace rapport
