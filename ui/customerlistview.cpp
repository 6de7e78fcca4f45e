#include "ui/customerlistview.h"

#include "core/models/customerlistmodel.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QStyledItemDelegate>

namespace rapport {
namespace {

// Rows are selected whole: a focus frame around one cell of the current row only looks like a
// cell selection that is not there.
class RowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
    }
};

} // namespace

CustomerListView::CustomerListView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(new RowDelegate(this));

    // Every row has the same height, set once: the view never asks a row for its size.
    QHeaderView *rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->setMinimumSectionSize(fontMetrics().height() + 4);

    QHeaderView *columns = horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    setSortingEnabled(true);
    // Connected after setSortingEnabled(), so the view has passed the click to the model (which
    // ignores a column it cannot sort) before the indicator is put back.
    connect(columns,
            &QHeaderView::sortIndicatorChanged,
            this,
            &CustomerListView::keepSortIndicatorOnSortableColumn);

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(CustomerListModel::IdRole).toLongLong())
            Q_EMIT customerActivated(id);
    });
}

CustomerListModel *CustomerListView::customerModel() const
{
    return qobject_cast<CustomerListModel *>(model());
}

void CustomerListView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        m_headerState = horizontalHeader()->saveState();
    disconnect(m_layoutConnection);
    QTableView::setModel(model);
    // After the order turned round, the current customer is still current but far away.
    if (model)
        m_layoutConnection = connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            if (currentIndex().isValid())
                scrollTo(currentIndex(), QAbstractItemView::PositionAtCenter);
        });
    if (model && (m_headerState.isEmpty() || !horizontalHeader()->restoreState(m_headerState)))
        applyColumnWidths();
    showModelOrder();
}

QByteArray CustomerListView::headerState() const
{
    return model() ? horizontalHeader()->saveState() : m_headerState;
}

void CustomerListView::setHeaderState(const QByteArray &state)
{
    m_headerState = state;
    if (model() && !state.isEmpty() && horizontalHeader()->restoreState(state))
        showModelOrder();
}

qint64 CustomerListView::currentCustomerId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(CustomerListModel::IdRole).toLongLong() : 0;
}

// Widths in average characters of the view's font, so they follow the user's font size.
void CustomerListView::applyColumnWidths()
{
    const int ch = fontMetrics().averageCharWidth();
    const auto width = [ch](int chars) { return chars * ch + 16; };
    QHeaderView *columns = horizontalHeader();
    columns->resizeSection(CustomerListModel::Name, width(32));
    columns->resizeSection(CustomerListModel::Kind, width(12));
    columns->resizeSection(CustomerListModel::Stage, width(10));
    columns->resizeSection(CustomerListModel::Owner, width(16));
    columns->resizeSection(CustomerListModel::Phone, width(18));
    columns->resizeSection(CustomerListModel::Email, width(40));
    columns->resizeSection(CustomerListModel::City, width(18));
    columns->resizeSection(CustomerListModel::CustomerSince, width(14));
}

void CustomerListView::keepSortIndicatorOnSortableColumn(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!CustomerListModel::isSortable(column))
        showModelOrder();
}

void CustomerListView::showModelOrder()
{
    const CustomerListModel *list = customerModel();
    QHeaderView *columns = horizontalHeader();
    const QSignalBlocker blocker(columns);
    if (!list)
        columns->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    else if (list->sortColumn() == CustomerListModel::Name)
        columns->setSortIndicator(CustomerListModel::Name, list->sortOrder());
    else
        columns->setSortIndicator(-1, Qt::AscendingOrder);
    columns->viewport()->update();
}

} // namespace rapport
