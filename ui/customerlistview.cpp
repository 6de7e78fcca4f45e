#include "ui/customerlistview.h"

#include "core/domain/customer.h"
#include "core/models/customerlistmodel.h"
#include "core/util/displayformat.h"
#include "ui/customerfilterbar.h"
#include "ui/customertable.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

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

// The search field hands Down to the list and clears itself on Escape.
class SearchField final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void()> down;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown) && down) {
            down();
            return;
        }
        if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
            clear();
            Q_EMIT textEdited(QString());
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

CustomerListView::CustomerListView(QWidget *parent)
    : QWidget(parent)
    , m_search(new SearchField(this))
    , m_filters(new CustomerFilterBar(this))
    , m_count(new QLabel(this))
    , m_closeNote(new QLabel(this))
    , m_emptyNote(new QWidget(this))
    , m_emptyText(new QLabel(m_emptyNote))
    , m_searchAll(new QPushButton(tr("Search &all customers"), m_emptyNote))
    , m_table(new CustomerTable(this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, organisation, e-mail, city or phone…"));
    m_search->setToolTip(tr("Type to narrow the list; Enter opens the best match"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    static_cast<SearchField *>(m_search)->down = [this] {
        applySearch();
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_table->model()
            && m_table->model()->rowCount() > 0)
            m_table->setCurrentIndex(m_table->model()->index(0, 0));
    };
    m_table->typed = [this](const QString &text) {
        // Typing in the list searches, as in the search field itself.
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->end(false);
        m_search->insert(text);
    };
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerListView::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerListView::activateBestMatch);
    connect(m_filters, &CustomerFilterBar::filterChanged, this, &CustomerListView::applyFilter);
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The count takes the room right of the filters whatever its text: a count growing from
    // "980 matches" to "20,000 customers" must not push the search and the filters sideways.
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%L1 customers").arg(8'888'888))
                             + 8);
    // Says when the matches are guesses at a typo; hidden otherwise.
    m_closeNote->setObjectName(QStringLiteral("closeMatchNote"));
    m_closeNote->setWordWrap(true);
    m_closeNote->setContentsMargins(6, 0, 6, 0);
    m_closeNote->setTextFormat(Qt::PlainText);
    m_closeNote->hide();

    // A search that found nothing under filters says so, and offers the whole list.
    m_emptyNote->setObjectName(QStringLiteral("emptySearchNote"));
    m_emptyText->setObjectName(QStringLiteral("emptySearchText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_searchAll->setObjectName(QStringLiteral("searchAllCustomers"));
    m_searchAll->setToolTip(tr("Remove the selection and the filters and search every customer"
                               " (Enter in the search field)"));
    connect(m_searchAll, &QPushButton::clicked, this, [this] {
        searchAllCustomers();
        m_search->setFocus(Qt::OtherFocusReason);
    });
    auto *noteLayout = new QHBoxLayout(m_emptyNote);
    noteLayout->setContentsMargins(6, 0, 6, 0);
    noteLayout->addWidget(m_emptyText, 1);
    noteLayout->addWidget(m_searchAll);
    m_emptyNote->hide();

    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setItemDelegate(new RowDelegate(m_table));
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    m_table->viewport()->installEventFilter(this);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->setMinimumSectionSize(fontMetrics().height() + 4);

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false); // the spare width goes to names and e-mails
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSortIndicatorClearable(true);
    columns->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns,
            &QHeaderView::customContextMenuRequested,
            this,
            &CustomerListView::showColumnMenu);
    m_table->setSortingEnabled(true);
    // Connected after setSortingEnabled(), so the model has sorted before the indicator shows
    // what it did (a search's best-first order has no column).
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &CustomerListView::showModelOrder);

    // Escape in the table leaves a selection (and does nothing else it did before).
    m_table->escape = [this] {
        if (!selection())
            return false;
        clearSelection();
        return true;
    };

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(CustomerListModel::IdRole).toLongLong())
            Q_EMIT customerActivated(id);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 3);
    top->addWidget(m_filters);
    top->addWidget(m_count, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    top->setContentsMargins(6, 0, 6, 0);
    layout->addLayout(top);
    auto *chipRow = new QHBoxLayout;
    chipRow->setContentsMargins(6, 0, 6, 0);
    chipRow->addWidget(m_filters->selectionChip());
    chipRow->addStretch(1);
    layout->addLayout(chipRow);
    layout->addWidget(m_closeNote);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_table, 1);

    setFocusProxy(m_table);
    setTabOrder(m_search, m_searchAll);
    setTabOrder(m_searchAll, m_filters);
    setTabOrder(m_filters, m_table);
    showCount();
    showTitle();
}

CustomerListView::~CustomerListView() = default;

QAbstractItemModel *CustomerListView::model() const
{
    return m_table->model();
}

QTableView *CustomerListView::table() const
{
    return m_table;
}

void CustomerListView::setModel(CustomerListModel *model)
{
    if (m_table->model()) {
        m_keptHeader = m_table->horizontalHeader()->saveState();
        if (m_model)
            m_keptSort = std::make_pair(int(m_model->browseOrder().key),
                                        m_model->browseOrder().direction);
    }
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    m_table->setModel(model);
    if (model) {
        m_modelConnections
            << connect(model, &CustomerListModel::countChanged, this, &CustomerListView::showCount)
            << connect(model,
                       &QAbstractItemModel::modelReset,
                       this,
                       [this] {
                           showFigureColumn();
                           showModelOrder();
                           updatePlaceholder();
                           showCloseNote();
                       })
            // After the order turned round, the current customer is still current but far away.
            << connect(model,
                       &QAbstractItemModel::layoutChanged,
                       this,
                       [this] {
                           if (m_table->currentIndex().isValid())
                               m_table->scrollTo(m_table->currentIndex(),
                                                 QAbstractItemView::PositionAtCenter);
                       })
            << connect(m_table->selectionModel(),
                       &QItemSelectionModel::currentRowChanged,
                       this,
                       [this](const QModelIndex &current) {
                           Q_EMIT currentCustomerChanged(
                               current.data(CustomerListModel::IdRole).toLongLong());
                       });
        m_filters->setChoiceProviders([model] { return model->owners(); },
                                      [model] { return model->tags(); });
        // The bar shows what the user chose; the reader's scope is the model's alone.
        m_filters->setFilter(model->filter().chosen());
        {
            const QSignalBlocker blocker(m_search);
            m_search->setText(model->searchText());
        }
        applyKeptState();
    } else {
        m_filters->setChoiceProviders({}, {});
    }
    showModelOrder();
    showCount();
    showCloseNote();
    showTitle();
    updatePlaceholder();
}

qint64 CustomerListView::currentCustomerId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CustomerListModel::IdRole).toLongLong() : 0;
}

void CustomerListView::setSearchDelay(int ms)
{
    m_searchTimer->setInterval(std::max(ms, 0));
}

void CustomerListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerListView::clearSearch()
{
    m_search->clear();
    applySearch();
}

void CustomerListView::applySearch()
{
    m_searchTimer->stop();
    if (m_model && m_model->searchText() != m_search->text())
        m_model->setSearchText(m_search->text());
}

void CustomerListView::activateBestMatch()
{
    applySearch(); // Enter before the pause: search now
    // Nothing under the filters: Enter takes the offer to search everyone (and opens the best
    // match when that finds someone).
    if (m_model && m_model->rowCount() == 0 && m_model->isSearching() && searchAllCustomers()
        && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    if (!m_model || m_model->rowCount() == 0)
        return;
    m_table->setCurrentIndex(m_model->index(0, 0));
    if (const qint64 id = m_model->idAt(0))
        Q_EMIT customerActivated(id);
}

void CustomerListView::applyFilter(const CustomerListFilter &filter)
{
    if (!m_model)
        return;
    const bool selectionBefore = m_model->filter().selection != nullptr;
    m_model->setFilter(filter);
    showCount();
    updatePlaceholder();
    if (selectionBefore != (filter.selection != nullptr)) {
        showTitle();
        Q_EMIT selectionChanged();
    }
}

std::shared_ptr<const CustomerSelection> CustomerListView::selection() const
{
    return m_model ? m_model->filter().selection : nullptr;
}

void CustomerListView::showSelection(std::shared_ptr<const CustomerSelection> selection)
{
    if (!selection) {
        clearSelection();
        return;
    }
    if (!m_model)
        return;
    // Exactly these customers: no search, no other filter (the user may add them back).
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_model->setSearchText(QString());
    CustomerListFilter filter;
    filter.selection = std::move(selection);
    m_model->setFilter(filter);
    m_filters->setFilter(filter);
    showCount();
    showTitle();
    updatePlaceholder();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_table->scrollToTop();
    m_table->setFocus(Qt::OtherFocusReason);
    Q_EMIT selectionChanged();
}

void CustomerListView::showSelection(const QString &label, std::vector<qint64> ids)
{
    showSelection(CustomerSelection::make(label, std::move(ids)));
}

void CustomerListView::clearSelection()
{
    if (selection())
        m_filters->clearSelection(); // announces the filter without it: applyFilter()
}

bool CustomerListView::searchAllCustomers()
{
    if (!m_model || m_model->filter().chosen().isEmpty())
        return false;
    m_filters->clear(); // announces the empty filter: applyFilter()
    applySearch();
    updatePlaceholder();
    return true;
}

void CustomerListView::showTitle()
{
    const std::shared_ptr<const CustomerSelection> shown = selection();
    if (!shown) {
        setWindowTitle(tr("Customers"));
        return;
    }
    const qsizetype n = shown->size();
    const QString count = n == 1 ? tr("1 customer") : tr("%L1 customers").arg(n);
    setWindowTitle(shown->label.isEmpty() ? count : tr("%1 · %2").arg(shown->label, count));
}

void CustomerListView::showCount()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    // The count is short, so it always fits the room it keeps beside the filters (the chip and
    // the filters say what narrows the list); the tooltip says it whole.
    const int n = m_model->rowCount();
    QString text = n == 1 ? tr("1 customer") : tr("%L1 customers").arg(n), whole;
    if (m_model->isSearching()) {
        text = m_model->isSearchCapped() ? tr("The best %L1 matches").arg(n)
               : n == 1                  ? tr("1 match")
                                         : tr("%L1 matches").arg(n);
    } else if (const CustomerSelection *shown = m_model->filter().selection.get()) {
        if (m_model->filter().chosen().withoutSelection().isEmpty()) {
            whole = n == 1 ? tr("1 selected customer") : tr("%L1 selected customers").arg(n);
        } else {
            text = tr("%L1 of %L2").arg(n).arg(shown->size());
            whole = tr("%L1 of %L2 selected customers match the filters").arg(n).arg(shown->size());
        }
    } else if (!m_model->filter().chosen().isEmpty()) {
        whole = n == 1 ? tr("1 customer matches the filters")
                       : tr("%L1 customers match the filters").arg(n);
    }
    m_count->setText(text);
    m_count->setToolTip(whole);
}

void CustomerListView::showCloseNote()
{
    const int close = m_model && m_model->isSearching() ? m_model->closeMatchCount() : 0;
    if (close == 0) {
        m_closeNote->hide();
        m_closeNote->clear();
        return;
    }
    const QString text = m_model->searchText().trimmed();
    m_closeNote->setText(
        close >= m_model->rowCount()
            ? tr("No exact match — showing close matches for “%1”.").arg(text)
            : tr("Few exact matches — close matches for “%1” follow them.").arg(text));
    m_closeNote->show();
}

void CustomerListView::updatePlaceholder()
{
    // A search under filters names them, so that they never hide a customer unnoticed, and
    // offers everyone instead.
    const bool filtered = m_model && m_model->isSearching()
                          && !m_model->filter().chosen().isEmpty();
    const bool none = filtered && m_model->rowCount() == 0;
    if (filtered) {
        QStringList filters = m_filters->activeFilters();
        if (filters.isEmpty())
            filters << tr("the filters");
        const QString within = QLocale().createSeparatedList(filters);
        m_emptyText->setText(none ? tr("No customer matches “%1” within %2.")
                                        .arg(m_model->searchText().trimmed(), within)
                                  : tr("Only matches within %1 are shown.").arg(within));
    }
    m_emptyNote->setVisible(filtered);
    if (none)
        m_table->placeholder.clear();
    else if (!m_model)
        m_table->placeholder.clear();
    else if (m_model->isSearching())
        m_table->placeholder = tr("No customer matches “%1”.").arg(m_model->searchText().trimmed());
    else if (m_model->filter().selection && m_model->filter().selection->isEmpty())
        m_table->placeholder = tr("This selection holds no customers.");
    else if (m_model->filter().selection && !m_model->filter().chosen().withoutSelection().isEmpty())
        m_table->placeholder = tr("No selected customer passes these filters.");
    else if (m_model->filter().selection)
        m_table->placeholder = tr("None of the selected customers is in the list any more.");
    else if (!m_model->filter().chosen().isEmpty())
        m_table->placeholder = tr("No customer passes these filters.");
    else
        m_table->placeholder = tr("There are no customers yet.");
    m_table->viewport()->update();
}

} // namespace rapport
