#pragma once

#include "core/domain/phonenumber.h"
#include "core/services/customersearch.h"
#include "core/storage/customerlistrepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace rapport {

class ChangeBus;
class Database;
class Error;
class RevenueWindowScheduler;
struct ChangeNotice;

// CustomerListModel is the customer list of a table view, for any number of customers. It never
// loads a whole table: it holds the ids in list order (8 bytes a row) and an LRU cache of rows
// fetched a page at a time by id from the customer_list read model. A reset reads the count (for
// any filter, from a table of counts) and the first page by keyset, so the view paints at once;
// the rest of the id vector follows in keyset chunks from a zero-interval timer, and a row
// beyond the part read so far reads the chunks up to it.
//
// Every column sorts both ways through an index of its own. A filter (stage, kind, owner, tag)
// narrows the list; a selection in the filter (a dashboard's drill-down) shows exactly its
// customers: a small one (up to 1/SparseSelection of the list) read whole and sorted from the
// selection, a large one by keyset like any filter, its count counted over the selection; a search text turns it into the matches of CustomerSearch, best first, with
// the filter applied, which a column sort then orders by that column (sort(-1): best first
// again). Change notices from the ChangeBus become precise updates, moves, insertions and
// removals: a logged interaction repaints its customer's last contact, an order the revenue.
// A selection with a figure (CustomerSelection::figure: what put each customer there) shows it
// in the Figure column and is sorted by it, largest first, until another column is chosen; that
// order is read from the selection in memory and stays put when rows change.
// The model reads through `db`, which must outlive it, on the thread it lives in. On
// construction it moves the revenue window to today (RevenueWindowScheduler), and again after
// midnight. Cell texts are in customerlistdisplay.cpp, answers to change notices in
// customerlistchanges.cpp.
class CustomerListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Columns follow CustomerListOrder::Key: column i sorts by Key(i); the last, Figure, is the
    // selection's figure (empty without one) and sorts by its values.
    enum Column {
        Name,
        Kind,
        Organisation,
        Stage,
        Owner,
        Phone,
        Email,
        City,
        LastContact,
        Revenue,
        Figure,
        ColumnCount
    };
    Q_ENUM(Column)
    // CloseMatchRole: true for a search's close match (a typo forgiven: "Müller" for "muler").
    // FigureRole: the selection's figure of the row's customer as a double (none: invalid).
    enum Role { IdRole = Qt::UserRole, CloseMatchRole, FigureRole };

    static constexpr int RowsPerPage = CustomerListRepository::RowsPerQuery;
    static constexpr int DefaultCachedPages = 64;
    static constexpr int DefaultIdChunk = 50'000;
    // A selection of up to 1/SparseSelection of the list is read whole from the selection.
    static constexpr int SparseSelection = 20;
    // The most matches a search shows (CustomerSearch's candidate bound).
    static constexpr int SearchLimit = CustomerSearch::CandidateLimit;

    CustomerListModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);
    ~CustomerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Any column, either way; -1 restores the default order (name, or best match first while
    // searching). A new order re-queries the ids (a model reset); the same column the other way
    // round, once all ids are read, reverses them (a layout change that keeps the rows a view
    // holds on to).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column) { return column >= -1 && column < ColumnCount; }
    // True when the selection shown carries a figure (the Figure column has values).
    bool hasFigure() const { return m_filter.selection && m_filter.selection->hasFigure(); }
    // The direction the list is sorted by the figure in; empty when it is sorted otherwise.
    std::optional<Qt::SortOrder> figureOrder() const;
    // The order of the list: the browsing order, or while searching the column the matches are
    // sorted by (empty for best match first). Ignored while figureOrder() is set.
    std::optional<CustomerListOrder> order() const;
    // The order of the list when it is not searching (kept while it is).
    CustomerListOrder browseOrder() const { return m_order; }
    // The column sorted by; -1 for best match first.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    // Narrows the list (and the search) to the customers passing `filter`: a reset. The
    // filter's scope is ignored: the model keeps its own (setScope()).
    void setFilter(const CustomerListFilter &filter);
    // Limits rows, counts, search and the owner choices to the customers the reader may see
    // (AccessPolicy::scope(Permission::View)); every customer by default. A new scope is a
    // reset: the signed-in user changed.
    void setScope(const CustomerScope &scope);
    const CustomerScope &scope() const { return m_filter.scope; }
    const CustomerListFilter &filter() const { return m_filter; }
    // The filter's selection; null when the list shows every customer the rest lets through.
    const CustomerSelection *selection() const { return m_filter.selection.get(); }
    // Shows the matches of `text` (empty: the whole list again): a reset. Text is only ever
    // text: quotes, operators and SQL in it are searched for, never run.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_searchText; }
    bool isSearching() const { return !m_searchText.trimmed().isEmpty(); }
    // True when the search found SearchLimit matches and shows the best of perhaps more.
    bool isSearchCapped() const { return m_searchCapped; }
    // How many of the search's matches are close matches, found by forgiving a typo; they come
    // after the exact ones (CustomerSearch), and CloseMatchRole marks their rows.
    int closeMatchCount() const { return int(m_closeIds.size()); }
    // The choices of the owner and tag filters, by name; owners only within the scope.
    QList<CustomerListChoice> owners() const;
    QList<CustomerListChoice> tags() const;

    // The customer shown in `row`, 0 when there is none. Reads ids up to the row if needed.
    qint64 idAt(int row) const;
    // The row of a customer among the ids read so far; -1 when it is not (yet) there.
    int rowOf(qint64 id) const;
    // True once the whole id vector is read.
    bool isComplete() const { return m_complete; }
    qsizetype loadedIds() const { return qsizetype(m_ids.size()); }
    qsizetype cachedRows() const { return m_rows.size(); }
    qsizetype cacheCapacity() const { return m_rows.maxCost(); }
    void setCachedPages(int pages);
    void setIdChunkSize(int ids);
    // Reads the rest of the id vector now rather than behind the view.
    void loadAll();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The number of rows changed (a reset, a filter, a search, rows added or removed).
    void countChanged(int count);
    void loadingFinished();
    void errorOccurred(const QString &message);

private:
    struct CachedRow
    {
        CustomerListRow row;
        std::optional<QString> phoneShown; // formatted on first display
        bool missing = false;              // the id has no row (any more)
    };

    CustomerListOrder currentOrder() const;
    bool rankedSearch() const { return isSearching() && !m_searchOrder; }
    // True when rows keep their places on changes (best match first, or by the figure).
    bool fixedOrder() const { return rankedSearch() || figureOrder().has_value(); }
    void sortByFigure(std::vector<qint64> &ids) const;
    void readByFigure();
    void reverseIds();
    void requery();
    void readSearch();
    bool readsSelectionWhole() const;
    void readSelected();
    int chunkSize() const;
    void reverseOrder(const CustomerListOrder &order);
    void fillStep();
    void readChunk() const;
    void ensureIds(int row) const;
    CachedRow *rowAt(int row) const;
    void fetchPage(int page) const;
    QString displayText(CachedRow &cached, int column) const;
    QString figureText(qint64 id) const;
    QVariant toolTip(CachedRow &cached, int column) const;
    void reconcileCount();
    void report(const Error &error) const;

    // Change notices (customerlistchanges.cpp).
    void onChange(const ChangeNotice &notice);
    void onCustomerChange(const ChangeNotice &notice);
    void onDetailChange(const ChangeNotice &notice, std::initializer_list<Column> columns);
    void applyInserted(qint64 id);
    void applyUpdated(qint64 id);
    void applyRemoved(qint64 id);
    void refreshRows(const QList<qint64> &ids);
    void refreshAll();
    bool inUnreadTail(const CustomerListKey &key) const;
    // Where `key` belongs among the ids read, leaving out position `skip`; empty when a key
    // needed for the search cannot be read (the caller then reloads).
    std::optional<int> lowerBound(const CustomerListKey &key, int skip) const;
    void insertAt(int pos, qint64 id);
    void removeAt(int pos);
    void moveRow(int from, int to);

    const Database &m_db;
    ChangeBus *m_bus;
    mutable CustomerListRepository m_repo;
    mutable CustomerSearch m_search;
    PhoneNormalizer m_phones;
    CustomerListOrder m_order;                        // browsing
    std::optional<CustomerListOrder> m_searchOrder;   // searching; empty: best match first
    std::optional<Qt::SortOrder> m_figureOrder;       // browsing by the selection's figure
    std::optional<Qt::SortOrder> m_searchFigureOrder; // the same for a search's matches
    CustomerListFilter m_filter;
    QString m_searchText;
    bool m_searchCapped = false;
    QSet<qint64> m_closeIds; // the search's close matches
    int m_rowCount = 0;
    int m_idChunk = DefaultIdChunk;
    // The share of the order's index entries the filter lets through, where a selection makes it
    // small: chunks ask for m_idChunk * m_chunkShare ids, so each reads some m_idChunk entries.
    double m_chunkShare = 1.0;
    // The ids read so far; the first m_rowCount of them are rows, rows past them are not read yet.
    mutable std::vector<qint64> m_ids;
    mutable std::optional<CustomerListKey> m_cursor; // the key of the last id read
    mutable bool m_complete = true;
    mutable bool m_idsFailed = false; // reading ids failed: the vector is short
    mutable bool m_errorReported = false;
    mutable QCache<qint64, CachedRow> m_rows;
    QTimer m_fill;
    std::unique_ptr<RevenueWindowScheduler> m_revenueWindow; // its daily move, on a worker thread
};

} // namespace rapport
