#include "core/models/customerlistmodel.h"

#include "core/services/changebus.h"
#include "core/services/revenuewindowscheduler.h"
#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"

#include <QCollator>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

namespace rapport {
namespace {

Q_LOGGING_CATEGORY(lcList, "rapport.customerlist")

PhoneNormalizer normalizerFor(const Database &db)
{
    SettingsRepository settings(db);
    return PhoneNormalizer(settings.phoneRegion());
}

} // namespace

CustomerListModel::CustomerListModel(const Database &db, ChangeBus *bus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_bus(bus)
    , m_repo(db)
    , m_search(db, normalizerFor(db))
    , m_phones(normalizerFor(db))
{
    m_rows.setMaxCost(DefaultCachedPages * RowsPerPage);
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, &CustomerListModel::fillStep);
    // The revenue column counts the last 12 months as of today. Moved before the first read and
    // before listening, so this list reads the new figures once; other views hear of them.
    m_revenueWindow = std::make_unique<RevenueWindowScheduler>(db, bus, [this](const Error &e) {
        report(e);
    });
    m_revenueWindow->start();
    if (bus)
        connect(bus, &ChangeBus::changed, this, &CustomerListModel::onChange);
    reload();
}

CustomerListModel::~CustomerListModel() = default;

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// ---- order, filter, search ---------------------------------------------------------------------

CustomerListOrder CustomerListModel::currentOrder() const
{
    return isSearching() ? m_searchOrder.value_or(CustomerListOrder{}) : m_order;
}

std::optional<CustomerListOrder> CustomerListModel::order() const
{
    return isSearching() ? m_searchOrder : std::optional<CustomerListOrder>(m_order);
}

std::optional<Qt::SortOrder> CustomerListModel::figureOrder() const
{
    if (!hasFigure())
        return std::nullopt;
    return isSearching() ? m_searchFigureOrder : m_figureOrder;
}

int CustomerListModel::sortColumn() const
{
    if (figureOrder())
        return Figure;
    const std::optional<CustomerListOrder> o = order();
    return o ? int(o->key) : -1;
}

Qt::SortOrder CustomerListModel::sortOrder() const
{
    if (const std::optional<Qt::SortOrder> byFigure = figureOrder())
        return *byFigure;
    const std::optional<CustomerListOrder> o = order();
    return o ? o->direction : Qt::AscendingOrder;
}

void CustomerListModel::sort(int column, Qt::SortOrder direction)
{
    if (!isSortable(column))
        return;
    const bool allRead = m_complete && !m_idsFailed && std::size_t(m_rowCount) == m_ids.size();
    std::optional<Qt::SortOrder> &byFigure = isSearching() ? m_searchFigureOrder : m_figureOrder;
    const std::optional<Qt::SortOrder> figureBefore = figureOrder();
    if (column == Figure) {
        if (!hasFigure() || figureBefore == direction)
            return;
        byFigure = direction;
        if (figureBefore && allRead)
            reverseIds(); // ties turn round too: the same rows, the other way
        else
            requery();
        return;
    }
    byFigure.reset();
    std::optional<CustomerListOrder> wanted;
    if (column >= 0)
        wanted = CustomerListOrder{CustomerListOrder::Key(column), direction};
    else if (!isSearching())
        wanted = CustomerListOrder{};
    if (wanted == order() && !figureBefore)
        return;
    const std::optional<CustomerListOrder> before = order();
    if (!figureBefore && allRead && wanted && before && wanted->key == before->key) {
        // The same key the other way round is the vector reversed: no query, and the rows the
        // view holds on to (current, selection) stay with their customers.
        reverseOrder(*wanted);
        return;
    }
    if (isSearching())
        m_searchOrder = wanted;
    else
        m_order = *wanted;
    requery();
}

void CustomerListModel::reverseOrder(const CustomerListOrder &order)
{
    if (isSearching())
        m_searchOrder = order;
    else
        m_order = order;
    reverseIds();
}

void CustomerListModel::reverseIds()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << this->index(m_rowCount - 1 - index.row(), index.column());
    std::reverse(m_ids.begin(), m_ids.end());
    m_cursor.reset();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CustomerListModel::setFilter(const CustomerListFilter &wanted)
{
    CustomerListFilter filter = wanted;
    filter.scope = m_filter.scope;
    if (filter == m_filter)
        return;
    const bool newSelection = filter.selection != m_filter.selection;
    m_filter = filter;
    if (newSelection) {
        // A drill-down opens sorted by what put its customers there, largest first.
        m_searchFigureOrder.reset();
        m_figureOrder.reset();
        if (hasFigure())
            m_figureOrder = Qt::DescendingOrder;
    }
    requery();
}

void CustomerListModel::setScope(const CustomerScope &scope)
{
    if (scope == m_filter.scope)
        return;
    m_filter.scope = scope;
    requery();
}

void CustomerListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const bool wasSearching = isSearching();
    const QString before = m_searchText.trimmed();
    m_searchText = text;
    if (!isSearching()) {
        m_searchOrder.reset(); // a new search starts best match first
        m_searchFigureOrder.reset();
    }
    if (wasSearching || isSearching()) {
        if (before != m_searchText.trimmed() || wasSearching != isSearching())
            requery();
    }
}

QList<CustomerListChoice> CustomerListModel::owners() const
{
    Result<QList<CustomerListChoice>> owners = m_repo.owners();
    if (!owners) {
        report(owners.error());
        return {};
    }
    // Another owner's customers are out of a narrowed scope: choosing them would show nothing.
    owners->removeIf([this](const CustomerListChoice &c) { return !m_filter.scope.allows(c.id); });
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(owners->begin(), owners->end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return *owners;
}

QList<CustomerListChoice> CustomerListModel::tags() const
{
    Result<QList<CustomerListChoice>> tags = m_repo.tags();
    if (!tags) {
        report(tags.error());
        return {};
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(tags->begin(), tags->end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return *tags;
}

void CustomerListModel::setCachedPages(int pages)
{
    m_rows.setMaxCost(qsizetype(std::max(pages, 1)) * RowsPerPage);
}

void CustomerListModel::setIdChunkSize(int ids)
{
    m_idChunk = std::max(ids, RowsPerPage);
}

// ---- reading -----------------------------------------------------------------------------------

void CustomerListModel::reload()
{
    requery();
}

void CustomerListModel::requery()
{
    m_fill.stop();
    beginResetModel();
    m_ids.clear();
    m_cursor.reset();
    m_rows.clear();
    m_rowCount = 0;
    m_complete = true;
    m_idsFailed = false;
    m_errorReported = false;
    m_searchCapped = false;
    m_closeIds.clear();
    m_chunkShare = 1.0;
    if (isSearching()) {
        readSearch();
    } else if (figureOrder()) {
        readByFigure();
    } else if (m_filter.selection && readsSelectionWhole()) {
        readSelected();
    } else {
        // The count comes from a table of counts per stage, kind, owner and tag: exact for any
        // filter without a scan, so the scroll bar is right from the first paint.
        // A selection alone counts as its size: counting the live ones would read a table row
        // for each (seconds for 200,000 on a cold cache), and the dashboards' customers are
        // live. The last chunk corrects it for any deleted meanwhile (reconcileCount()).
        const bool selectionAlone = m_filter.selection && m_filter.withoutSelection().isEmpty();
        const Result<qint64> count = selectionAlone ? Result<qint64>(m_filter.selection->size())
                                                    : m_repo.count(m_filter);
        Result<CustomerListPage> first = m_repo.firstPage(m_order, m_filter, RowsPerPage);
        if (!count) {
            report(count.error());
        } else if (!first) {
            report(first.error());
        } else {
            m_ids.reserve(std::size_t(std::clamp<qint64>(*count, RowsPerPage, 1 << 24)));
            for (CustomerListRow &row : first->rows) {
                m_ids.push_back(row.id);
                m_rows.insert(row.id, new CachedRow{std::move(row), std::nullopt, false});
            }
            m_cursor = first->last;
            m_complete = first->complete;
            if (m_filter.selection || !m_filter.scope.isEverything()) {
                const Result<qint64> all = m_repo.count({});
                if (all && *all > 0)
                    m_chunkShare = std::clamp(double(*count) / double(*all), 0.0, 1.0);
            }
            const qint64 rows = m_complete ? qint64(m_ids.size()) : std::max<qint64>(*count, 0);
            m_rowCount = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
        }
    }
    endResetModel();
    Q_EMIT countChanged(m_rowCount);
    if (m_complete)
        Q_EMIT loadingFinished();
    else
        m_fill.start();
}

// The matches of the search text that pass the filter, best first or in the column order.
void CustomerListModel::readSearch()
{
    Result<QList<SearchHit>> hits = m_search.find(m_searchText, SearchLimit, m_filter);
    if (!hits) {
        report(hits.error());
        return;
    }
    m_searchCapped = hits->size() >= SearchLimit;
    std::vector<qint64> ids;
    ids.reserve(std::size_t(hits->size()));
    for (const SearchHit &hit : std::as_const(*hits)) {
        ids.push_back(hit.customer.id);
        if (hit.close)
            m_closeIds.insert(hit.customer.id);
    }
    if (figureOrder()) {
        sortByFigure(ids);
    } else if (m_searchOrder) {
        Result<std::vector<qint64>> sorted = m_repo.sorted(ids, *m_searchOrder);
        if (!sorted) {
            report(sorted.error());
            return;
        }
        ids = std::move(*sorted);
    }
    m_ids = std::move(ids);
    m_rowCount = int(m_ids.size());
    // The matches' rows in one go: a search shows them all within a page or two.
    for (std::size_t first = 0; first < m_ids.size(); first += RowsPerPage)
        fetchPage(int(first / RowsPerPage));
}

// A selection small next to the list is cheapest read whole from the selection, sorted: the
// work follows the selection's size. A large one is read like any filter, by keyset from the
// order's index, where the first page needs only the first few hundred entries (reading a large
// selection whole reads a table row per customer: seconds for 200,000 on a cold cache).
bool CustomerListModel::readsSelectionWhole() const
{
    const Result<qint64> all = m_repo.count({});
    return !all || qint64(m_filter.selection->size()) * SparseSelection <= *all;
}

void CustomerListModel::readSelected()
{
    Result<std::vector<qint64>> ids = m_repo.selectedIds(m_order, m_filter);
    if (!ids) {
        report(ids.error());
        return;
    }
    m_ids = std::move(*ids);
    m_rowCount = int(std::min<std::size_t>(m_ids.size(), std::numeric_limits<int>::max()));
    fetchPage(0);
}

// The selection's customers by their figure. A large selection alone is taken as the dashboard
// gave it (its customers are live; reading each row to be sure would take seconds); otherwise
// the live ones passing the other filters, by name, so that equal figures go by name.
void CustomerListModel::readByFigure()
{
    std::vector<qint64> ids;
    if (m_filter.withoutSelection().isEmpty() && !readsSelectionWhole()) {
        ids = m_filter.selection->ids;
    } else {
        Result<std::vector<qint64>> selected = m_repo.selectedIds(CustomerListOrder{}, m_filter);
        if (!selected) {
            report(selected.error());
            return;
        }
        ids = std::move(*selected);
    }
    sortByFigure(ids);
    m_ids = std::move(ids);
    m_rowCount = int(std::min<std::size_t>(m_ids.size(), std::numeric_limits<int>::max()));
    fetchPage(0);
}

void CustomerListModel::sortByFigure(std::vector<qint64> &ids) const
{
    const CustomerSelection *selection = m_filter.selection.get();
    const std::optional<Qt::SortOrder> direction = figureOrder();
    if (!selection || !direction)
        return;
    std::vector<std::pair<double, qint64>> keyed;
    keyed.reserve(ids.size());
    for (qint64 id : ids)
        keyed.emplace_back(selection->valueOf(id).value_or(0.0), id);
    const bool descending = *direction == Qt::DescendingOrder;
    std::stable_sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
        return descending ? a.first > b.first : a.first < b.first;
    });
    for (std::size_t k = 0; k < ids.size(); ++k)
        ids[k] = keyed[k].second;
}

int CustomerListModel::chunkSize() const
{
    return std::max(int(m_idChunk * m_chunkShare), RowsPerPage);
}

void CustomerListModel::loadAll()
{
    while (!m_complete)
        readChunk();
    fillStep();
}

void CustomerListModel::fillStep()
{
    if (!m_complete)
        readChunk();
    if (m_complete) {
        const bool wasFilling = m_fill.isActive();
        m_fill.stop();
        reconcileCount();
        if (wasFilling)
            Q_EMIT loadingFinished();
    }
}

void CustomerListModel::readChunk() const
{
    Result<CustomerIdChunk> chunk = m_repo.idChunk(m_order, m_filter, m_cursor, chunkSize());
    if (!chunk) {
        m_complete = true;
        m_idsFailed = true;
        report(chunk.error());
        return;
    }
    m_ids.insert(m_ids.end(), chunk->ids.begin(), chunk->ids.end());
    m_cursor = chunk->last;
    m_complete = chunk->complete;
}

void CustomerListModel::ensureIds(int row) const
{
    while (!m_complete && std::size_t(row) >= m_ids.size())
        readChunk();
}

// Another program may have changed the list between the count and the last chunk; once all ids
// are read, the rows past them are taken away (or added) at the end.
void CustomerListModel::reconcileCount()
{
    const int read = int(std::min<std::size_t>(m_ids.size(), std::numeric_limits<int>::max()));
    if (read == m_rowCount)
        return;
    if (read < m_rowCount) {
        beginRemoveRows({}, read, m_rowCount - 1);
        m_rowCount = read;
        endRemoveRows();
    } else {
        beginInsertRows({}, m_rowCount, read - 1);
        m_rowCount = read;
        endInsertRows();
    }
    Q_EMIT countChanged(m_rowCount);
}

qint64 CustomerListModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    ensureIds(row);
    return std::size_t(row) < m_ids.size() ? m_ids[std::size_t(row)] : 0;
}

int CustomerListModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

CustomerListModel::CachedRow *CustomerListModel::rowAt(int row) const
{
    const qint64 id = idAt(row);
    if (!id)
        return nullptr;
    if (CachedRow *cached = m_rows.object(id))
        return cached;
    fetchPage(row / RowsPerPage);
    return m_rows.object(id);
}

void CustomerListModel::fetchPage(int page) const
{
    const int first = page * RowsPerPage;
    const int last = std::min(first + RowsPerPage, m_rowCount) - 1;
    if (last < first)
        return;
    ensureIds(last);
    const int end = int(std::min<std::size_t>(std::size_t(last) + 1, m_ids.size()));
    std::vector<qint64> wanted;
    wanted.reserve(RowsPerPage);
    for (int row = first; row < end; ++row) {
        const qint64 id = m_ids[std::size_t(row)];
        if (!m_rows.contains(id))
            wanted.push_back(id);
    }
    if (wanted.empty())
        return;
    Result<std::vector<CustomerListRow>> rows = m_repo.rowsByIds(wanted);
    if (!rows) {
        report(rows.error());
        return;
    }
    for (CustomerListRow &row : *rows) {
        const qint64 id = row.id;
        m_rows.insert(id, new CachedRow{std::move(row), std::nullopt, false});
    }
    // An id without a row was deleted by someone who did not tell this list: remember it as
    // missing rather than asking again at every paint.
    for (qint64 id : wanted) {
        if (m_rows.contains(id))
            continue;
        auto *missing = new CachedRow;
        missing->row.id = id;
        missing->missing = true;
        m_rows.insert(id, missing);
    }
}

void CustomerListModel::report(const Error &error) const
{
    qCWarning(lcList, "%s", qUtf8Printable(error.message()));
    if (m_errorReported)
        return;
    m_errorReported = true;
    // Reading happens inside data() and paint events; the signal goes out from the event loop.
    // The model itself is not const, only this path to it.
    auto *self = const_cast<CustomerListModel *>(this);
    QMetaObject::invokeMethod(
        self,
        [self, message = error.message()] { Q_EMIT self->errorOccurred(message); },
        Qt::QueuedConnection);
}

} // namespace rapport
