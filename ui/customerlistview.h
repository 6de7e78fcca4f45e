#pragma once

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAbstractItemModel;
class QHeaderView;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTableView;
class QTimer;

namespace rapport {

class CustomerFilterBar;
class CustomerListModel;
class CustomerTable;
struct CustomerListFilter;
struct CustomerSelection;

// CustomerListView is where a rep finds a customer: a search field (search as you type; Enter
// opens the best match, Down walks into the list, Escape clears it), the filters (stage, owner,
// kind, tag), the number of customers shown, and the table over a CustomerListModel. Every
// column sorts by a click on its header (a third click goes back to the default order); the
// header's context menu chooses the columns shown. Widths, order, visibility and sort are kept
// by saveState()/restoreState(). Activating a row (Enter, double click) announces its customer.
// The model is the caller's: setModel() shows another one (or none). showSelection() narrows the
// list to exactly the customers a dashboard drilled down to, shown as a removable chip, with the
// figure that put each one there as a column the list is sorted by (largest first). A search that
// finds nothing under filters says which and offers to search every customer.
class CustomerListView final : public QWidget
{
    Q_OBJECT
public:
    // The QSettings key saveSettings()/restoreSettings() use.
    static inline const char *SettingsKey = "customerList/state";

    explicit CustomerListView(QWidget *parent = nullptr);
    ~CustomerListView() override;

    void setModel(CustomerListModel *model);
    CustomerListModel *customerModel() const { return m_model; }
    QAbstractItemModel *model() const;
    QTableView *table() const;
    QLineEdit *searchField() const { return m_search; }
    CustomerFilterBar *filterBar() const { return m_filters; }
    QLabel *countLabel() const { return m_count; }
    // The line above the table that says when a search shows close matches (typos forgiven).
    QLabel *closeMatchNote() const { return m_closeNote; }
    // "No customer matches … among …", with its "Search all customers" button; shown when a
    // search under filters or a selection finds nothing.
    QWidget *emptyNote() const { return m_emptyNote; }
    QLabel *emptyNoteText() const { return m_emptyText; }
    QPushButton *searchAllButton() const { return m_searchAll; }

    // The id of the current row's customer; 0 when there is none.
    qint64 currentCustomerId() const;
    // Milliseconds between the last keystroke and the search (default 120; 0: at once).
    void setSearchDelay(int ms);

    // Shows exactly the customers of `selection` (a dashboard's drill-down; a null one is
    // clearSelection()): the search and the other filters are cleared, the filter bar shows the
    // selection as a chip ("At risk · 12,345 customers ✕"), the count and the window title say
    // how many. The filter boxes and the search then narrow it further; the chip's ✕, Escape in
    // the table or clearSelection() show every customer again. Customers deleted meanwhile are
    // left out. Needs a model (setModel()); without one it does nothing.
    void showSelection(std::shared_ptr<const CustomerSelection> selection);
    // The same for `ids` (any order, duplicates allowed) under `label` (without a count).
    void showSelection(const QString &label, std::vector<qint64> ids);
    // The selection shown; null when there is none.
    std::shared_ptr<const CustomerSelection> selection() const;

    // Column widths, order and visibility and the sort order, as bytes to keep (QSettings).
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    // The same as saveState()/restoreState(), under the names the main window uses.
    QByteArray headerState() const { return saveState(); }
    void setHeaderState(const QByteArray &state) { restoreState(state); }

public Q_SLOTS:
    // Puts the keyboard in the search field with its text selected (the window's Ctrl+K).
    void focusSearch();
    void clearSearch();
    // Takes the selection away, with the filters that narrowed it: the full list again.
    void clearSelection();
    // Takes the selection and every filter away and searches all customers for the text in the
    // search field (the empty result's offer, and Enter when a filtered search found nothing).
    // True when there was something to take away.
    bool searchAllCustomers();

Q_SIGNALS:
    void customerActivated(qint64 id);
    void currentCustomerChanged(qint64 id);
    // A selection was shown or taken away (windowTitle() says which, with its count).
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void activateBestMatch();
    void applyFilter(const CustomerListFilter &filter);
    void showCount();
    void showTitle();
    void showModelOrder();
    void applyDefaultWidths();
    // Names, organisations and e-mails (the columns that get elided) share the room left.
    void shareSpareWidth();
    void showColumnMenu(const QPoint &at);
    void updatePlaceholder();
    void showCloseNote();
    void showFigureColumn();
    void applyKeptState();

    CustomerListModel *m_model = nullptr;
    QLineEdit *m_search;
    CustomerFilterBar *m_filters;
    QLabel *m_count;
    QLabel *m_closeNote;
    QWidget *m_emptyNote;
    QLabel *m_emptyText;
    QPushButton *m_searchAll;
    CustomerTable *m_table;
    QTimer *m_searchTimer;
    // The state kept for the next model (from restoreState(), or the model before).
    QByteArray m_keptHeader;
    std::optional<std::pair<int, Qt::SortOrder>> m_keptSort;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace rapport
