#include "core/models/customerlistmodel.h"

#include "core/services/changebus.h"
#include "core/storage/database.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

namespace rapport {
namespace {

Q_LOGGING_CATEGORY(lcList, "rapport.customerlist")

// More changed customers than this in one notice are cheaper to show by reading the list again.
constexpr qsizetype MaxPreciseChanges = 200;

} // namespace

CustomerListModel::CustomerListModel(const Database &db, ChangeBus *bus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(db)
{
    m_rows.setMaxCost(DefaultCachedPages * RowsPerPage);
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, &CustomerListModel::fillStep);
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

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rowCount
        || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case IdRole: {
        const qint64 id = idAt(index.row());
        return id ? QVariant(id) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    CachedRow *cached = rowAt(index.row());
    if (!cached || cached->missing)
        return {};
    if (role == Qt::DisplayRole)
        return displayText(*cached, column);

    // Tool tips: the whole text of a cell that may be cut off, and the kind and stage on the name.
    const CustomerListRow &row = cached->row;
    switch (column) {
    case Name:
        return tr("%1\n%2, %3")
            .arg(row.name, customerKindName(row.kind), lifecycleStageName(row.stage));
    case CustomerSince:
        return row.acquiredOn.isValid()
                   ? tr("Customer since %1")
                         .arg(QLocale().toString(row.acquiredOn, QLocale::LongFormat))
                   : QVariant();
    default: {
        const QString text = displayText(*cached, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QString CustomerListModel::displayText(CachedRow &cached, int column) const
{
    const CustomerListRow &row = cached.row;
    switch (column) {
    case Name:
        return row.name;
    case Kind:
        return customerKindName(row.kind);
    case Stage:
        return lifecycleStageName(row.stage);
    case Owner:
        return row.owner;
    case Phone:
        // libphonenumber takes some 20 µs a number: format once per cached row, not per paint.
        if (!cached.phoneShown)
            cached.phoneShown = row.phone.isEmpty() ? QString()
                                                    : m_phones.formatInternational(row.phone);
        return *cached.phoneShown;
    case Email:
        return row.email;
    case City:
        return row.city;
    case CustomerSince:
        return row.acquiredOn.isValid() ? QLocale().toString(row.acquiredOn, QLocale::ShortFormat)
                                        : QString();
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section != Name)
        return tr("The list can be sorted by name only, for now.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Stage:
        return tr("Stage");
    case Owner:
        return tr("Owner");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case City:
        return tr("City");
    case CustomerSince:
        return tr("Customer since");
    default:
        return {};
    }
}

bool CustomerListModel::isSortable(int column)
{
    return column == Name || column == -1;
}

int CustomerListModel::sortColumn() const
{
    return m_order.key == CustomerListOrder::Key::Name ? int(Name) : -1;
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const CustomerListOrder wanted = column == Name
                                         ? CustomerListOrder{CustomerListOrder::Key::Name, order}
                                         : CustomerListOrder{CustomerListOrder::Key::Id,
                                                             Qt::AscendingOrder};
    if (wanted == m_order)
        return;
    const bool allRead = m_complete && !m_idsFailed && std::size_t(m_rowCount) == m_ids.size();
    if (allRead && wanted.key == m_order.key) {
        // The same key the other way round is the vector reversed: no query, and the rows the
        // view holds on to (current, selection) stay with their customers.
        reverseOrder(wanted);
        return;
    }
    m_order = wanted;
    requery(allRead ? std::optional<qint64>(m_rowCount) : std::nullopt);
}

void CustomerListModel::reverseOrder(const CustomerListOrder &order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << this->index(m_rowCount - 1 - index.row(), index.column());
    std::reverse(m_ids.begin(), m_ids.end());
    m_order = order;
    m_cursor.reset();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CustomerListModel::setCachedPages(int pages)
{
    m_rows.setMaxCost(qsizetype(std::max(pages, 1)) * RowsPerPage);
}

void CustomerListModel::setIdChunkSize(int ids)
{
    m_idChunk = std::max(ids, RowsPerPage);
}

void CustomerListModel::reload()
{
    requery(std::nullopt);
}

void CustomerListModel::requery(std::optional<qint64> liveCount)
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

    // Counting the live customers exactly scans the name index (70 ms at 1M); counting them all
    // is cheap, and the few rows too many for the trash go when the id vector is complete.
    const Result<qint64> count = liveCount ? Result<qint64>(*liveCount) : m_repo.countAll();
    Result<CustomerListPage> first = m_repo.firstPage(m_order, RowsPerPage);
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
        const qint64 rows = m_complete ? qint64(m_ids.size()) : std::max<qint64>(*count, 0);
        m_rowCount = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    }
    endResetModel();
    Q_EMIT countChanged(m_rowCount);
    if (m_complete)
        Q_EMIT loadingFinished();
    else
        m_fill.start();
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
    Result<CustomerIdChunk> chunk = m_repo.idChunk(m_order, m_cursor, m_idChunk);
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

// The count read at reset includes the trash, and another program may have changed the list
// since; once all ids are read, the rows past them are taken away (or added) at the end.
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

// ---- change notices --------------------------------------------------------------------------

void CustomerListModel::onChange(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    const int before = m_rowCount;
    switch (notice.entity) {
    case Entity::Everything:
        reload();
        return;
    case Entity::Customer:
        if (notice.action == Action::Reset || notice.ids.size() > MaxPreciseChanges) {
            reload();
            return;
        }
        for (qint64 id : notice.ids) {
            switch (notice.action) {
            case Action::Created:
            case Action::Restored:
                applyInserted(id);
                break;
            case Action::Updated:
                applyUpdated(id);
                break;
            case Action::Deleted:
                applyRemoved(id);
                break;
            case Action::Reset:
                break;
            }
        }
        break;
    case Entity::ContactPoint:
        refreshRows(notice.action == Action::Reset ? QList<qint64>() : notice.customerIds);
        break;
    case Entity::User:
        // An owner's name may have changed: every cached row may show it.
        if (notice.action != Action::Created)
            refreshRows({});
        break;
    default:
        break;
    }
    if (m_rowCount != before)
        Q_EMIT countChanged(m_rowCount);
}

// Drops the cached rows of `ids` and repaints them; all rows when `ids` is empty or long.
void CustomerListModel::refreshRows(const QList<qint64> &ids)
{
    if (ids.isEmpty() || ids.size() > MaxPreciseChanges) {
        m_rows.clear();
        if (m_rowCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
        return;
    }
    for (qint64 id : ids) {
        m_rows.remove(id);
        const int row = rowOf(id);
        if (row >= 0 && row < m_rowCount)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool CustomerListModel::inUnreadTail(const CustomerListKey &key) const
{
    if (m_complete)
        return false;
    return !m_cursor || CustomerListKey::before(*m_cursor, key, m_order);
}

std::optional<int> CustomerListModel::lowerBound(const CustomerListKey &key, int skip) const
{
    const auto size = qsizetype(m_ids.size()) - (skip >= 0 ? 1 : 0);
    const auto at = [&](qsizetype i) {
        return m_ids[std::size_t(skip >= 0 && i >= skip ? i + 1 : i)];
    };
    qsizetype lo = 0, hi = size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        std::optional<CustomerListKey> probe;
        if (m_order.key == CustomerListOrder::Key::Id) {
            probe = CustomerListKey{QString(), at(mid)};
        } else {
            Result<std::optional<CustomerListKey>> read = m_repo.keyOf(at(mid), m_order);
            if (!read || !read.value())
                return std::nullopt;
            probe = *read.value();
        }
        if (CustomerListKey::before(*probe, key, m_order))
            lo = mid + 1;
        else
            hi = mid;
    }
    return int(lo);
}

void CustomerListModel::applyInserted(qint64 id)
{
    if (rowOf(id) >= 0) {
        applyUpdated(id);
        return;
    }
    Result<std::optional<CustomerListKey>> key = m_repo.keyOf(id, m_order);
    if (!key) {
        report(key.error());
        return;
    }
    // Not live (deleted again already), or the chunks still to come will bring it.
    if (!key.value() || inUnreadTail(*key.value()))
        return;
    const std::optional<int> pos = lowerBound(*key.value(), -1);
    if (!pos) {
        reload();
        return;
    }
    insertAt(*pos, id);
}

void CustomerListModel::applyUpdated(qint64 id)
{
    m_rows.remove(id);
    const int pos = rowOf(id);
    if (pos < 0) {
        // Not among the ids read: either the chunks still to come bring it, or it was not in
        // the list before (restored by an update) and is inserted now.
        applyInserted(id);
        return;
    }
    Result<std::optional<CustomerListKey>> key = m_repo.keyOf(id, m_order);
    if (!key) {
        report(key.error());
        return;
    }
    if (!key.value() || inUnreadTail(*key.value())) {
        removeAt(pos);
        return;
    }
    const std::optional<int> to = lowerBound(*key.value(), pos);
    if (!to) {
        reload();
        return;
    }
    if (*to == pos) {
        if (pos < m_rowCount)
            Q_EMIT dataChanged(index(pos, 0), index(pos, ColumnCount - 1));
        return;
    }
    moveRow(pos, *to);
}

void CustomerListModel::applyRemoved(qint64 id)
{
    m_rows.remove(id);
    const int pos = rowOf(id);
    if (pos >= 0)
        removeAt(pos);
}

// Rows are the first m_rowCount ids: a change at a position past them only touches the ids.
void CustomerListModel::insertAt(int pos, qint64 id)
{
    const bool visible = pos <= m_rowCount;
    if (visible)
        beginInsertRows({}, pos, pos);
    m_ids.insert(m_ids.begin() + pos, id);
    if (visible) {
        ++m_rowCount;
        endInsertRows();
    }
}

void CustomerListModel::removeAt(int pos)
{
    const bool visible = pos < m_rowCount;
    if (visible)
        beginRemoveRows({}, pos, pos);
    m_ids.erase(m_ids.begin() + pos);
    if (visible) {
        --m_rowCount;
        endRemoveRows();
    }
}

// Moves the id at `from` so that it ends up at `to` (an index into the ids after the move).
void CustomerListModel::moveRow(int from, int to)
{
    if (from >= m_rowCount || to >= m_rowCount) {
        const qint64 id = m_ids[std::size_t(from)];
        removeAt(from);
        insertAt(to, id);
        return;
    }
    // beginMoveRows() wants the destination as a row of the model before the move.
    const bool moved = beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    Q_ASSERT(moved); // from != to, so the destination never lies inside the moved range
    const qint64 id = m_ids[std::size_t(from)];
    m_ids.erase(m_ids.begin() + from);
    m_ids.insert(m_ids.begin() + to, id);
    if (moved)
        endMoveRows();
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

} // namespace rapport
