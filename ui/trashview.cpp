#include "ui/trashview.h"

#include "core/models/trashmodel.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "ui/permissiongate.h"
#include "ui/undo/trashcommands.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

TrashView::TrashView(Workspace &workspace, QUndoStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(stack ? stack : new QUndoStack(this))
    , m_model(new TrashModel(workspace.database(), &workspace.changes(), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_restore(new QAction(tr("&Restore"), this))
    , m_delete(new QAction(tr("&Delete for Good…"), this))
    , m_confirm([](QWidget *owner, const QString &question) {
        return QMessageBox::warning(owner,
                                    tr("Delete for Good"),
                                    question,
                                    QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
               == QMessageBox::Yes;
    })
    , m_presentError([](QWidget *owner, const QString &message) {
        QMessageBox::warning(owner, tr("Trash"), message);
    })
{
    setObjectName(QStringLiteral("TrashView"));
    // The trash lists only the customers the signed-in user may see, as the customer list does;
    // a sign-in, a new role or team or a changed matrix changes which.
    const auto followScope = [this] {
        m_model->setScope(m_workspace.access().scope(Permission::View));
    };
    followScope();
    connect(&workspace, &Workspace::currentUserChanged, this, followScope);
    connect(&workspace.changes(), &ChangeBus::changed, this, [followScope](const ChangeNotice &n) {
        if (n.entity == ChangeNotice::Entity::User)
            followScope();
    });
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Trash</b>"), this);
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("Customers moved to the trash stay here until they are restored or "
                               "deleted for good."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->resizeSection(TrashModel::Name, 320);
    header->resizeSection(TrashModel::Kind, 120);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    m_restoreButton = new QPushButton(tr("&Restore"), this);
    m_restoreButton->setObjectName(QStringLiteral("restore"));
    m_restoreButton->setToolTip(tr("Bring the selected customers back (Enter)"));
    m_deleteButton = new QPushButton(tr("&Delete for Good…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteForGood"));
    m_deleteButton->setToolTip(
        tr("Delete the selected customers and their history (Shift+Delete)"));
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_restoreButton);
    layout->addLayout(buttons);

    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_restore->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setObjectName(QStringLiteral("deleteForGoodAction"));
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_restore);
    addAction(m_delete);
    connect(m_restore, &QAction::triggered, this, &TrashView::restoreSelected);
    connect(m_delete, &QAction::triggered, this, &TrashView::deleteSelectedForGood);
    connect(m_restoreButton, &QPushButton::clicked, this, &TrashView::restoreSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &TrashView::deleteSelectedForGood);
    connect(m_table, &QTableView::doubleClicked, this, &TrashView::restoreSelected);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &TrashView::updateActions);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &TrashView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        // A reset forgets the cursor; put it on the first row so Enter has something to act on.
        if (!m_table->currentIndex().isValid())
            selectRow(0);
        updateActions();
    });
    connect(m_model, &TrashModel::errorOccurred, this, [this](const QString &message) {
        m_presentError(this, message);
    });
    updateCount();
    selectRow(0);
    gateActions();
    setFocusProxy(m_table);
}

TrashView::~TrashView() = default;

QModelIndexList TrashView::targetRows() const
{
    // The selected rows, else the row under the cursor: Enter acts on what the user sees marked,
    // also when the cursor moved without selecting (Ctrl+arrows) or the list was read again.
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_model->index(m_table->currentIndex().row(), 0);
    return rows;
}

QList<qint64> TrashView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : targetRows())
        ids << index.data(TrashModel::IdRole).toLongLong();
    return ids;
}

void TrashView::restoreSelected()
{
    if (!m_restore->isEnabled()) // a double click on a row the role may not restore
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const int row = m_table->currentIndex().row();
    // Several customers at once are one step to undo.
    if (ids.size() > 1)
        m_stack->beginMacro(tr("Restore %1 customers").arg(ids.size()));
    QStringList failures;
    for (qint64 id : ids) {
        if (Status s = restoreCustomer(m_workspace, m_stack, id); !s)
            failures << s.error().message();
        else
            Q_EMIT restored(id);
    }
    if (ids.size() > 1)
        m_stack->endMacro();
    selectRow(row);
    if (!failures.isEmpty())
        m_presentError(this, failures.join(QLatin1Char('\n')));
}

void TrashView::deleteSelectedForGood()
{
    const QModelIndexList rows = targetRows();
    if (rows.isEmpty())
        return;
    const QString question
        = rows.size() == 1
              ? tr("Delete %1 for good, with all their calls, orders, cases and tasks? This "
                   "cannot be undone.")
                    .arg(rows.first().data().toString())
              : tr("Delete %1 customers for good, with all their calls, orders, cases and tasks? "
                   "This cannot be undone.")
                    .arg(rows.size());
    if (!m_confirm(this, question))
        return;
    QList<std::pair<qint64, int>> victims;
    for (const QModelIndex &index : rows)
        victims.append({index.data(TrashModel::IdRole).toLongLong(),
                        index.data(TrashModel::VersionRole).toInt()});
    const int row = m_table->currentIndex().row();
    CustomerService &service = m_workspace.customers();
    QStringList failures;
    for (const auto &[id, version] : std::as_const(victims)) {
        if (Status s = service.deleteForGood(id, version); !s)
            failures << s.error().message();
    }
    selectRow(row);
    if (!failures.isEmpty())
        m_presentError(this, failures.join(QLatin1Char('\n')));
}

void TrashView::selectRow(int row)
{
    if (m_model->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect
                                                   | QItemSelectionModel::Rows);
}

void TrashView::updateActions()
{
    // Enabled with rows selected, as the role allows (gateActions()).
    if (m_gate)
        m_gate->update();
}

// Restoring is an edit, deleting for good a deletion: a role without either, or whose level
// does not reach the owner of the customer under the cursor (a rep who may delete only their own
// customers, on a teammate's), sees why. Of a selection of several, the door checks every row.
void TrashView::gateActions()
{
    m_gate = new PermissionGate(this);
    m_gate->setWorkspace(&m_workspace);
    m_gate->setCurrentCustomer([this]() -> qint64 {
        const QModelIndex current = m_table->currentIndex();
        return current.isValid() ? current.siblingAtColumn(0).data(TrashModel::IdRole).toLongLong()
                                 : 0;
    });
    const auto any = [this] { return !targetRows().isEmpty(); };
    const auto reach = PermissionGate::Reach::CurrentCustomer;
    m_gate->bind(m_restore, Permission::Edit, reach, any);
    m_gate->bind(m_restoreButton, Permission::Edit, reach, any);
    m_gate->bind(m_delete, Permission::Delete, reach, any);
    m_gate->bind(m_deleteButton, Permission::Delete, reach, any);
}

void TrashView::updateCount()
{
    const qint64 total = m_model->total();
    m_count->setText(total == 0   ? tr("The trash is empty.")
                     : total == 1 ? tr("1 customer in the trash")
                                  : tr("%L1 customers in the trash").arg(total));
}

} // namespace rapport
