// CustomerListModel's answers to change notices: which rows to insert, move, repaint or remove.
#include "core/models/customerlistmodel.h"

#include "core/services/changebus.h"

namespace rapport {
namespace {

// More changed customers than this in one notice are cheaper to show by reading the list again.
constexpr qsizetype MaxPreciseChanges = 200;

} // namespace

void CustomerListModel::onChange(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    const int before = m_rowCount;
    switch (notice.entity) {
    case Entity::Everything:
        reload();
        return;
    case Entity::Customer:
        onCustomerChange(notice);
        break;
    case Entity::ContactPoint:
        onDetailChange(notice, {Phone, Email, City});
        break;
    case Entity::Interaction:
        onDetailChange(notice, {LastContact});
        break;
    case Entity::Order:
        onDetailChange(notice, {Revenue});
        break;
    case Entity::Relationship:
        onDetailChange(notice, {Organisation});
        break;
    case Entity::User:
        // An owner's name may have changed: every row may show it, and the owner order sorts
        // by it.
        if (notice.action == ChangeNotice::Action::Created)
            break;
        if (sortColumn() == Owner)
            reload();
        else
            refreshAll();
        break;
    default:
        break;
    }
    if (m_rowCount != before)
        Q_EMIT countChanged(m_rowCount);
}

void CustomerListModel::onCustomerChange(const ChangeNotice &notice)
{
    using Action = ChangeNotice::Action;
    if (notice.action == Action::Reset || notice.ids.size() > MaxPreciseChanges) {
        reload();
        return;
    }
    // An organisation's name, or its being in the trash, shows in the rows of its people.
    bool organisation = false;
    if (notice.action != Action::Created) {
        Result<std::vector<CustomerListRow>> rows = m_repo.rowsByIds(notice.ids);
        if (!rows) {
            report(rows.error());
            reload();
            return;
        }
        for (const CustomerListRow &row : *rows)
            organisation = organisation || row.kind == CustomerKind::Organisation;
    }
    if (organisation && sortColumn() == Organisation) {
        reload();
        return;
    }
    for (qint64 id : notice.ids) {
        switch (notice.action) {
        case Action::Created:
        case Action::Restored:
            // A search shows what matched when it ran; a new customer shows when the search
            // runs again.
            if (!isSearching())
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
    if (organisation)
        refreshAll();
}

// A change to a customer's details (contact points, history, orders, relationships): the rows
// repaint; when the list is sorted by one of the columns it changes, they move as well.
void CustomerListModel::onDetailChange(const ChangeNotice &notice,
                                       std::initializer_list<Column> columns)
{
    const bool moves = !fixedOrder()
                       && std::find(columns.begin(), columns.end(), Column(sortColumn()))
                              != columns.end();
    if (notice.action == ChangeNotice::Action::Reset || notice.customerIds.isEmpty()
        || notice.customerIds.size() > MaxPreciseChanges) {
        if (moves)
            reload();
        else
            refreshAll();
        return;
    }
    if (!moves) {
        refreshRows(notice.customerIds);
        return;
    }
    for (qint64 id : notice.customerIds) {
        if (rowOf(id) >= 0 || !isSearching())
            applyUpdated(id);
    }
}

// Drops the cached rows of `ids` and repaints them.
void CustomerListModel::refreshRows(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        m_rows.remove(id);
        const int row = rowOf(id);
        if (row >= 0 && row < m_rowCount)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void CustomerListModel::refreshAll()
{
    m_rows.clear();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

bool CustomerListModel::inUnreadTail(const CustomerListKey &key) const
{
    if (m_complete)
        return false;
    return !m_cursor || CustomerListKey::before(*m_cursor, key, m_order);
}

std::optional<int> CustomerListModel::lowerBound(const CustomerListKey &key, int skip) const
{
    const CustomerListOrder order = currentOrder();
    const auto size = qsizetype(m_ids.size()) - (skip >= 0 ? 1 : 0);
    const auto at = [&](qsizetype i) {
        return m_ids[std::size_t(skip >= 0 && i >= skip ? i + 1 : i)];
    };
    qsizetype lo = 0, hi = size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        Result<std::optional<CustomerListKey>> probe = m_repo.keyOf(at(mid), order);
        if (!probe || !probe.value())
            return std::nullopt;
        if (CustomerListKey::before(*probe.value(), key, order))
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
    if (figureOrder())
        return; // a selection is fixed: a customer restored into it shows on the next read
    Result<std::optional<CustomerListKey>> key = m_repo.keyOf(id, m_order, m_filter);
    if (!key) {
        report(key.error());
        return;
    }
    // Not live (deleted again already), filtered out, or the chunks still to come bring it.
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
        // the list before (restored by an update, or now passing the filter) and is inserted.
        if (!isSearching())
            applyInserted(id);
        return;
    }
    const CustomerListOrder order = currentOrder();
    Result<std::optional<CustomerListKey>> key = m_repo.keyOf(id, order, m_filter);
    if (!key) {
        report(key.error());
        return;
    }
    if (!key.value() || (!isSearching() && inUnreadTail(*key.value()))) {
        removeAt(pos);
        return;
    }
    const std::optional<int> to = fixedOrder() ? std::optional<int>(pos)
                                                 : lowerBound(*key.value(), pos);
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
