#include "ui/mycasesview.h"

#include "core/domain/priority.h"
#include "core/models/mycasesmodel.h"
#include "ui/casedialog.h"

#include <QAction>
#include <QBrush>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {
namespace {

constexpr int OldCaseDays = 14;

// Sorts by the model's SortRole and marks what needs attention: urgent and high priorities in
// red, cases older than two weeks with a bold age.
class CasesProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == MyCasesModel::Priority) {
            const auto p = Priority(index.data(MyCasesModel::PriorityRole).toInt());
            if (p == Priority::Urgent)
                return QBrush(QColor(0xb3, 0x26, 0x1e));
            if (p == Priority::High)
                return QBrush(QColor(0xc2, 0x5e, 0x00));
        }
        if (role == Qt::FontRole
            && (index.column() == MyCasesModel::Age || index.column() == MyCasesModel::Priority)) {
            const bool old = index.data(MyCasesModel::AgeDaysRole).toInt() > OldCaseDays;
            const auto p = Priority(index.data(MyCasesModel::PriorityRole).toInt());
            if ((index.column() == MyCasesModel::Age && old)
                || (index.column() == MyCasesModel::Priority && p == Priority::Urgent)) {
                QFont f;
                f.setBold(true);
                return f;
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

MyCasesView::MyCasesView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new MyCasesModel(workspace, this))
    , m_proxy(new CasesProxy(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(tr("No open cases: nothing waits for you."), this))
{
    setObjectName(QStringLiteral("myCasesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MyCasesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    m_table->setObjectName(QStringLiteral("myCasesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The model's order (urgent, then oldest) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(MyCasesModel::Subject, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(MyCasesModel::Customer, 200);
    m_table->setColumnWidth(MyCasesModel::Priority, 80);
    m_table->setColumnWidth(MyCasesModel::Status, 160);
    m_table->setColumnWidth(MyCasesModel::Age, 70);

    m_openCase = new QAction(tr("Open Case"), this);
    m_openCase->setObjectName(QStringLiteral("openCaseAction"));
    m_openCase->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openCase->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openCase, &QAction::triggered, this, &MyCasesView::openCurrentCase);
    m_openCustomer = new QAction(tr("Open Customer of the Case"), this);
    m_openCustomer->setObjectName(QStringLiteral("openCaseCustomerAction"));
    m_openCustomer->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_openCustomer->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openCustomer, &QAction::triggered, this, &MyCasesView::openCurrentCustomer);
    m_table->addAction(m_openCase);
    m_table->addAction(m_openCustomer);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &MyCasesView::openCurrentCase);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MyCasesView::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MyCasesView::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MyCasesView::updateTitle);
    updateTitle();
    setFocusProxy(m_table);
}

void MyCasesView::updateTitle()
{
    const int n = m_model->rowCount();
    m_title->setText(tr("My open cases (%1)").arg(n));
    m_table->setVisible(n > 0);
    m_empty->setVisible(n == 0);
    if (n > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

qint64 MyCasesView::currentCaseId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(MyCasesModel::IdRole).toLongLong() : 0;
}

qint64 MyCasesView::currentCustomerId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(MyCasesModel::CustomerIdRole).toLongLong() : 0;
}

void MyCasesView::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

CaseDialog *MyCasesView::openCase(qint64 caseId)
{
    auto *dialog = new CaseDialog(m_workspace, caseId, this);
    dialog->setUndoStack(m_undo);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CaseDialog::customerActivated, this, [this, dialog](qint64 customerId) {
        dialog->reject();
        Q_EMIT customerActivated(customerId);
    });
    dialog->open();
    dialog->activateWindow();
    return dialog;
}

void MyCasesView::openCurrentCase()
{
    if (const qint64 id = currentCaseId())
        Q_EMIT caseActivated(id);
}

void MyCasesView::openCurrentCustomer()
{
    if (const qint64 id = currentCustomerId())
        Q_EMIT customerActivated(id);
}

void MyCasesView::refreshAges()
{
    m_model->refreshAges();
}

} // namespace rapport
