#pragma once

#include "core/domain/phonenumber.h"
#include "core/storage/customerlistrepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QTimer>

#include <optional>
#include <vector>

namespace rapport {

class ChangeBus;
class Database;
class Error;
struct ChangeNotice;

// CustomerListModel is the customer list of a table view, for any number of customers. It never
// loads a whole table: it holds the ids in list order (8 bytes a row) and an LRU cache of rows
// fetched a page at a time by id. A reset reads the count and the first page by keyset, so the
// view paints at once; the rest of the id vector follows in keyset chunks from a zero-interval
// timer, and a row beyond the part read so far reads the chunks up to it.
// Until the id vector is complete, rowCount() also counts the customers in the trash (counting
// them all is much cheaper than counting the live ones); the rows too many go at the end then.
// Change notices from the ChangeBus become precise updates, moves, insertions and removals.
// The model reads through `db`, which must outlive it, on the thread it lives in.
class CustomerListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Stage, Owner, Phone, Email, City, CustomerSince, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole };

    static constexpr int RowsPerPage = CustomerListRepository::RowsPerQuery;
    static constexpr int DefaultCachedPages = 64;
    static constexpr int DefaultIdChunk = 50'000;

    CustomerListModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);
    ~CustomerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Name sorts by name; -1 restores the order of entry (by id). Other columns are not
    // sortable yet and are ignored. A new order re-queries the ids (a model reset); the same
    // key the other way round, once all ids are read, reverses them (a layout change).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    CustomerListOrder order() const { return m_order; }
    // The column sorted by (Name), or -1 for the order of entry.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_order.direction; }

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

    void requery(std::optional<qint64> liveCount);
    void reverseOrder(const CustomerListOrder &order);
    void fillStep();
    void readChunk() const;
    void ensureIds(int row) const;
    CachedRow *rowAt(int row) const;
    void fetchPage(int page) const;
    QString displayText(CachedRow &cached, int column) const;
    void reconcileCount();
    void report(const Error &error) const;

    void onChange(const ChangeNotice &notice);
    void applyInserted(qint64 id);
    void applyUpdated(qint64 id);
    void applyRemoved(qint64 id);
    void refreshRows(const QList<qint64> &ids);
    bool inUnreadTail(const CustomerListKey &key) const;
    // Where `key` belongs among the ids read, leaving out position `skip`; empty when a key
    // needed for the search cannot be read (the caller then reloads).
    std::optional<int> lowerBound(const CustomerListKey &key, int skip) const;
    void insertAt(int pos, qint64 id);
    void removeAt(int pos);
    void moveRow(int from, int to);

    mutable CustomerListRepository m_repo;
    PhoneNormalizer m_phones;
    CustomerListOrder m_order;
    int m_rowCount = 0;
    int m_idChunk = DefaultIdChunk;
    // The ids read so far; the first m_rowCount of them are rows, rows past them are not read yet.
    mutable std::vector<qint64> m_ids;
    mutable std::optional<CustomerListKey> m_cursor; // the key of the last id read
    mutable bool m_complete = true;
    mutable bool m_idsFailed = false; // reading ids failed: the vector is short
    mutable bool m_errorReported = false;
    mutable QCache<qint64, CachedRow> m_rows;
    QTimer m_fill;
};

} // namespace rapport
