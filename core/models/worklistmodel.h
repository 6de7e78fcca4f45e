#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>
#include <optional>

namespace rapport {

// WorkListModel is the common part of the short work lists ("my open cases", "my day"): a few
// hundred rows at most, held whole, kept in the list's order by before(). A change to one row
// becomes place(): a precise insertion, move, change or removal, never a reset, so a view keeps
// its selection and scroll position while the list updates under it.
template<typename Item>
class WorkListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    const QList<Item> &items() const { return m_items; }
    const Item &itemAt(int row) const { return m_items.at(row); }
    // The row showing `id`; -1 when none does.
    int rowOfId(qint64 id) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (idOf(m_items.at(row)) == id)
                return row;
        }
        return -1;
    }

protected:
    virtual qint64 idOf(const Item &item) const = 0;
    // The list's order: true when `a` is shown above `b`. Must be strict (ties broken by id).
    virtual bool before(const Item &a, const Item &b) const = 0;

    void resetItems(QList<Item> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }

    // Shows `item` (for `id`) where it belongs, or takes the row of `id` away when `item` is
    // empty (the row left the list).
    void place(qint64 id, std::optional<Item> item)
    {
        const int from = rowOfId(id);
        if (!item) {
            if (from < 0)
                return;
            beginRemoveRows({}, from, from);
            m_items.removeAt(from);
            endRemoveRows();
            return;
        }
        int to = 0; // its row once it is in place, counted without its old row
        for (int row = 0; row < m_items.size(); ++row) {
            if (row != from && before(m_items.at(row), *item))
                ++to;
        }
        if (from < 0) {
            beginInsertRows({}, to, to);
            m_items.insert(to, std::move(*item));
            endInsertRows();
            return;
        }
        if (to != from) {
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            m_items.move(from, to);
            endMoveRows();
        }
        m_items[to] = std::move(*item);
        Q_EMIT dataChanged(index(to, 0), index(to, columnCount() - 1));
    }

    // Brings the rows to `fresh` (a list read again) row by row: those gone leave, the others are
    // placed; no reset, so the view keeps its selection. For changes that may bring rows in that
    // no notice names (a customer who moved into the reader's scope brings its tasks along).
    void resync(const QList<Item> &fresh)
    {
        QList<qint64> gone;
        for (const Item &item : std::as_const(m_items)) {
            const qint64 id = idOf(item);
            const bool kept = std::any_of(fresh.cbegin(), fresh.cend(), [&](const Item &f) {
                return idOf(f) == id;
            });
            if (!kept)
                gone << id;
        }
        for (qint64 id : std::as_const(gone))
            place(id, std::nullopt);
        for (const Item &item : fresh)
            place(idOf(item), item);
    }

    // Repaints one column of every row (times shown relative to now).
    void repaintColumn(int column)
    {
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }

private:
    QList<Item> m_items;
};

} // namespace rapport
