#include "ui/customerpanels.h"

#include "core/models/customercasesmodel.h"
#include "core/models/customerprofile.h"
#include "core/models/customertasksmodel.h"
#include "core/models/productusagemodel.h"
#include "core/models/relatedcustomersmodel.h"
#include "ui/historypane.h"
#include "ui/sparklinedelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace rapport {
namespace {

const QColor Red(0xc6, 0x28, 0x28);
const QColor Amber(0xb2, 0x6a, 0x00);
const QColor Link(0x15, 0x65, 0xc0);

// Rows painted without a cell focus frame, with a hook that styles a cell from its roles.
class PanelDelegate final : public QStyledItemDelegate
{
public:
    using Style = std::function<void(QStyleOptionViewItem *, const QModelIndex &)>;
    PanelDelegate(Style style, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_style(std::move(style))
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
        if (m_style)
            m_style(option, index);
    }

private:
    Style m_style;
};

void setText(QStyleOptionViewItem *option, const QColor &colour)
{
    option->palette.setColor(QPalette::Text, colour);
    option->palette.setColor(QPalette::HighlightedText, colour);
}

void styleRelated(QStyleOptionViewItem *option, const QModelIndex &index)
{
    if (index.column() == RelatedCustomersModel::Name) {
        setText(option, Link);
        option->font.setUnderline(option->state & QStyle::State_MouseOver);
    }
}

void styleCase(QStyleOptionViewItem *option, const QModelIndex &index)
{
    const auto status = CaseStatus(index.data(CustomerCasesModel::StatusRole).toInt());
    if (index.data(CustomerCasesModel::FinishedRole).toBool()) {
        setText(option, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    if (index.column() == CustomerCasesModel::Status)
        setText(option, status == CaseStatus::Waiting ? Amber : Red);
    if (index.column() == CustomerCasesModel::Priority
        && index.data(CustomerCasesModel::PriorityRole).toInt() >= int(Priority::High))
        option->font.setBold(true);
}

void styleTask(QStyleOptionViewItem *option, const QModelIndex &index)
{
    const auto state = CustomerTasksModel::State(index.data(CustomerTasksModel::StateRole).toInt());
    switch (state) {
    case CustomerTasksModel::State::Done:
        setText(option, option->palette.color(QPalette::PlaceholderText));
        if (index.column() == CustomerTasksModel::Title)
            option->font.setStrikeOut(true);
        break;
    case CustomerTasksModel::State::Overdue:
        if (index.column() == CustomerTasksModel::Due)
            setText(option, Red);
        break;
    case CustomerTasksModel::State::DueToday:
        if (index.column() == CustomerTasksModel::Due)
            setText(option, Amber);
        break;
    case CustomerTasksModel::State::Open:
        break;
    }
    if (index.column() == CustomerTasksModel::Priority
        && index.data(CustomerTasksModel::PriorityRole).toInt() >= int(Priority::High))
        option->font.setBold(true);
}

} // namespace

CustomerPanels::CustomerPanels(CustomerProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_relatedTitle(new QLabel(this))
    , m_noRelated(new QLabel(tr("No people or links yet."), this))
    , m_tabs(new QTabWidget(this))
    , m_related(makeTable(profile.related(), QStringLiteral("relationshipsView")))
    , m_products(makeTable(profile.products(), QStringLiteral("productsView")))
    , m_cases(makeTable(profile.cases(), QStringLiteral("casesView")))
    , m_tasks(makeTable(profile.tasks(), QStringLiteral("tasksView")))
    , m_history(new HistoryPane(profile.history(), this))
{
    QFont titleFont = m_relatedTitle->font();
    titleFont.setBold(true);
    m_relatedTitle->setFont(titleFont);
    m_relatedTitle->setContentsMargins(6, 8, 6, 2);
    m_noRelated->setForegroundRole(QPalette::PlaceholderText);
    m_noRelated->setContentsMargins(6, 2, 6, 8);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_products, QString());
    m_tabs->addTab(m_cases, QString());
    m_tabs->addTab(m_tasks, QString());
    m_tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    // The same margin on the right as the header above, so that the tables end where it does
    // instead of at the window's edge.
    layout->setContentsMargins(6, 0, 16, 8);
    layout->setSpacing(0);
    layout->addWidget(m_relatedTitle);
    layout->addWidget(m_related);
    layout->addWidget(m_noRelated);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

    m_related->setItemDelegate(new PanelDelegate(styleRelated, m_related));
    m_related->setMouseTracking(true);
    m_products->setItemDelegate(new PanelDelegate({}, m_products));
    m_products->setItemDelegateForColumn(ProductUsageModel::Trend,
                                         new SparklineDelegate(m_products));
    m_cases->setItemDelegate(new PanelDelegate(styleCase, m_cases));
    m_tasks->setItemDelegate(new PanelDelegate(styleTask, m_tasks));

    // Names take the room left; the other columns fit what they hold (see fitColumns()).
    const int ch = fontMetrics().averageCharWidth();
    m_related->horizontalHeader()->resizeSection(RelatedCustomersModel::Relation, 12 * ch + 16);
    m_related->horizontalHeader()->resizeSection(RelatedCustomersModel::Role, 18 * ch + 16);
    m_related->horizontalHeader()->resizeSection(RelatedCustomersModel::Since, 11 * ch + 16);
    m_related->horizontalHeader()->setStretchLastSection(false);
    m_related->horizontalHeader()->setSectionResizeMode(RelatedCustomersModel::Name,
                                                        QHeaderView::Stretch);
    m_related->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_products->setColumnHidden(ProductUsageModel::FirstBought, true);
    m_products->horizontalHeader()->setStretchLastSection(false);
    m_products->horizontalHeader()->setSectionResizeMode(ProductUsageModel::Product,
                                                         QHeaderView::Stretch);
    m_cases->horizontalHeader()->setStretchLastSection(false);
    m_cases->horizontalHeader()->setSectionResizeMode(CustomerCasesModel::Subject,
                                                      QHeaderView::Stretch);
    m_tasks->horizontalHeader()->setStretchLastSection(false);
    m_tasks->horizontalHeader()->setSectionResizeMode(CustomerTasksModel::Title,
                                                      QHeaderView::Stretch);

    const auto idOf = [](const QModelIndex &index) {
        return index.data(CustomerPanelModel::IdRole).toLongLong();
    };
    // One click on a name opens the customer; Enter or a double-click anywhere on the row too.
    connect(m_related, &QTableView::clicked, this, [this, idOf](const QModelIndex &index) {
        if (index.column() == RelatedCustomersModel::Name)
            Q_EMIT customerActivated(idOf(index));
    });
    connect(m_related, &QTableView::activated, this, [this, idOf](const QModelIndex &index) {
        Q_EMIT customerActivated(idOf(index));
    });
    connect(m_cases, &QTableView::activated, this, [this, idOf](const QModelIndex &index) {
        Q_EMIT caseActivated(idOf(index));
    });
    connect(m_tasks, &QTableView::activated, this, [this, idOf](const QModelIndex &index) {
        Q_EMIT taskActivated(idOf(index));
    });
    auto *editTask = new QAction(tr("Edit Task…"), m_tasks);
    editTask->setObjectName(QStringLiteral("editPanelTaskAction"));
    editTask->setShortcut(QKeySequence(Qt::Key_F2));
    editTask->setShortcutContext(Qt::WidgetShortcut);
    connect(editTask, &QAction::triggered, this, [this, idOf] {
        if (const QModelIndex index = m_tasks->currentIndex(); index.isValid())
            Q_EMIT taskActivated(idOf(index));
    });
    auto *toggleTask = new QAction(tr("Done / Open Again"), m_tasks);
    toggleTask->setObjectName(QStringLiteral("togglePanelTaskAction"));
    toggleTask->setShortcut(QKeySequence(Qt::Key_Space));
    toggleTask->setShortcutContext(Qt::WidgetShortcut);
    connect(toggleTask, &QAction::triggered, this, [this, idOf] {
        if (const QModelIndex index = m_tasks->currentIndex(); index.isValid())
            Q_EMIT taskDoneToggled(idOf(index));
    });
    m_tasks->addAction(editTask);
    m_tasks->addAction(toggleTask);
    m_tasks->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(profile.related()),
                                      static_cast<QAbstractItemModel *>(profile.products()),
                                      static_cast<QAbstractItemModel *>(profile.cases()),
                                      static_cast<QAbstractItemModel *>(profile.tasks())})
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            updateTitles();
            fitColumns();
        });
    updateTitles();
}

void CustomerPanels::selectTask(qint64 taskId)
{
    QAbstractItemModel *model = m_tasks->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CustomerTasksModel::Title);
        if (index.data(CustomerPanelModel::IdRole).toLongLong() == taskId) {
            m_tasks->setCurrentIndex(index);
            m_tasks->scrollTo(index);
            return;
        }
    }
}

QTableView *CustomerPanels::makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setFrameShape(QFrame::NoFrame);
    view->setCornerButtonEnabled(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

void CustomerPanels::fitColumns()
{
    for (int column : {int(RelatedCustomersModel::Relation), int(RelatedCustomersModel::Since)})
        m_related->resizeColumnToContents(column);
    for (int column : {int(ProductUsageModel::Quantity),
                       int(ProductUsageModel::Revenue),
                       int(ProductUsageModel::LastBought),
                       int(ProductUsageModel::Trend)})
        m_products->resizeColumnToContents(column);
    for (int column : {int(CustomerCasesModel::Status),
                       int(CustomerCasesModel::Priority),
                       int(CustomerCasesModel::Opened),
                       int(CustomerCasesModel::Owner)})
        m_cases->resizeColumnToContents(column);
    for (int column : {int(CustomerTasksModel::Due),
                       int(CustomerTasksModel::Priority),
                       int(CustomerTasksModel::Assignee)})
        m_tasks->resizeColumnToContents(column);
}

void CustomerPanels::updateTitles()
{
    // The relationships take the room of their rows, up to eight; the tabs get the rest.
    const int related = m_profile.related()->rowCount();
    const int people = m_profile.related()->sectionCount(RelatedCustomer::Section::People);
    m_relatedTitle->setText(people > 0 ? tr("People and links (%1)").arg(related)
                                       : tr("Links (%1)").arg(related));
    m_related->setVisible(related > 0);
    m_noRelated->setVisible(related == 0);
    const int rows = std::min(related, 8);
    m_related->setFixedHeight(m_related->horizontalHeader()->height()
                              + rows * m_related->verticalHeader()->defaultSectionSize() + 2);
    m_tabs->setTabText(Products, tr("Products (%1)").arg(m_profile.products()->rowCount()));
    const int openCases = m_profile.cases()->openCount();
    m_tabs->setTabText(Cases,
                       openCases > 0 ? tr("Cases (%1 open)").arg(openCases)
                                     : tr("Cases (%1)").arg(m_profile.cases()->rowCount()));
    const int openTasks = m_profile.tasks()->openCount();
    m_tabs->setTabText(Tasks,
                       openTasks > 0 ? tr("Tasks (%1 open)").arg(openTasks)
                                     : tr("Tasks (%1)").arg(m_profile.tasks()->rowCount()));
}

} // namespace rapport
